"""Pieces the feedback, negotiation, playbook and portrait screens share: a table of records, opening a
form, a client page tab."""

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QTableView, QWidget

from ui.live.keep_place import kept_places
from ui.shell.events import bus
from ui.shell.tasks import workers_wait_while_scrolled
from ui.widgets.column_fit import fit_columns


def record_table(parent: QWidget, model: QAbstractItemModel, stretch: tuple[int, ...] = (0,),
                 give_way: tuple[int, ...] = ()) -> QTableView:
    """A read-only table that selects one whole row; columns fit their content but `stretch` (the text
    columns), which share the rest; where the room is short, the `give_way` columns hide in that order
    (ui.widgets.column_fit)."""
    table = QTableView(parent)
    table.setModel(model)
    workers_wait_while_scrolled(table)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    fit_columns(table, stretch, give_way)
    return table


def open_dialog(dialog: QDialog, on_accepted: Callable[[], object] | None = None) -> QDialog:
    """Show a form without blocking (it deletes itself when closed); on_accepted runs after a save."""
    if on_accepted is not None:
        dialog.accepted.connect(on_accepted)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class ClientTab(QWidget):
    """A tab of the client page: shows one client and reads again when that client's journal changes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.client_id: int | None = None
        events = bus()
        events.client_changed.connect(self._changed)
        events.interactions_changed.connect(self._changed)
        # Bound methods, not lambdas: Qt drops the connection when the tab is deleted.
        events.database_replaced.connect(self._database_replaced)

    def _database_replaced(self) -> None:
        self.set_client(None)

    def set_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        self.refresh()

    def _changed(self, client_id: int) -> None:
        if client_id == self.client_id:
            with kept_places(self):  # the same client read again: the selected row and the scroll stay
                self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError
