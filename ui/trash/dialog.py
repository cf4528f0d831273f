"""Edit > Trash...: what was deleted, newest first; an owner restores an item, deletes one for good, or empties it all.

Reading and every change run on a worker; a restore the journal cannot take says why, and when another item
must come back first (an entry whose client was deleted since), offers to restore that one first."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.common import rights
from app.common.errors import RapportError
from app.trash import bin as trash
from ui.audit.acting import acting_user_id
from ui.shell.events import bus
from ui.shell.tasks import run_task, workers_wait_while_scrolled
from ui.trash.model import TrashModel
from ui.widgets.column_fit import fit_columns


class TrashDialog(QDialog):
    """The trash, for owners: Restore, Delete forever, Empty trash."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trash_dialog")
        self.setWindowTitle(self.tr("Trash"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.intro = QLabel(self.tr("Deleted entries, clients, contacts, playbook entries and portrait criteria stay "
                                    "here until an owner restores them or deletes them for good."), self)
        self.intro.setWordWrap(True)
        self.model = TrashModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("trash_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        workers_wait_while_scrolled(self.table)
        self.fitter = fit_columns(self.table, stretch=(TrashModel.LABEL,), give_way=(TrashModel.WHO,))
        self.status = QLabel(self)
        self.status.setObjectName("trash_status")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = self._button(buttons, "trash_restore", self.tr("&Restore"), self.restore)
        self.forget_button = self._button(buttons, "trash_delete_forever", self.tr("&Delete forever..."), self.forget)
        self.empty_button = self._button(buttons, "trash_empty", self.tr("&Empty trash..."), self.empty)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.note = ""
        self.running = None
        self.model.loaded.connect(self._update)
        self.model.failed.connect(self._failed)
        self.model.modelReset.connect(self._update)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.resize(1100, 660)  # long labels; a small screen's window manager keeps it inside
        bus().changed_elsewhere.connect(self._changed_elsewhere)  # a bound method: gone with the dialog
        self.reload()

    def _button(self, box: QDialogButtonBox, name: str, text: str, slot) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False: slot())
        return button

    def reload(self) -> None:
        self.note = ""
        by = acting_user_id()
        self.model.set_loader(lambda before, limit: trash.list_items(by, before, limit))

    def _changed_elsewhere(self, tables: frozenset) -> None:
        """A colleague deleted, restored or emptied: read the trash again (not while this dialog changes it)."""
        if (not tables or "trash_item" in tables) and (self.running is None or self.running.done):
            self.reload()

    def current_line(self) -> trash.TrashLine | None:
        index = self.table.currentIndex()
        return self.model.line(index.row()) if index.isValid() else None

    # ---- what the owner does ----------------------------------------------------------------------

    def restore(self) -> None:
        line = self.current_line()
        if line is not None:
            self._run(self.tr("Restoring..."), lambda: trash.restore(line.id, by=acting_user_id()), self._restored,
                      self._restore_refused)

    def forget(self) -> None:
        line = self.current_line()
        if line is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete forever"), self.tr(
            "Delete “%1” for good? It cannot be restored afterwards.").replace("%1", line.label))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(self.tr("Deleting..."), lambda: trash.empty(by=acting_user_id(), item_id=line.id),
                      lambda _gone: self._done(self.tr("Deleted for good: %1").replace("%1", line.label)))

    def empty(self) -> None:
        shown = len(self.model.lines)
        if not shown:
            return
        more = "" if self.model.at_end else "+"
        answer = QMessageBox.question(self, self.tr("Empty trash"), self.tr(
            "Delete every item in the trash (%1) for good? None of them can be restored afterwards.")
            .replace("%1", f"{shown}{more}"))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(self.tr("Emptying the trash..."), lambda: trash.empty(by=acting_user_id()),
                      lambda gone: self._done(self.tr("%n item(s) deleted for good.", "", gone)))

    def _run(self, title: str, work, on_done, on_refused=None) -> None:
        if self.running is not None and not self.running.done:
            return  # one change at a time
        self._set_busy(True)

        def failed(exc) -> None:
            self._set_busy(False)
            if isinstance(exc, RapportError) and on_refused is not None:
                on_refused(exc)
                return
            from ui.shell.errors import show_error

            show_error(self, exc)

        def succeeded(result) -> None:
            self._set_busy(False)
            on_done(result)

        self.running = run_task(self, title, lambda _progress: work(), succeeded, failed, cancellable=False)

    def _restored(self, restored: trash.Restored) -> None:
        text = self.tr("Restored: %1").replace("%1", restored.label)
        if restored.renumbered:
            text += " " + self.tr("(%n record(s) took a new id: the old one went to a newer record)", "",
                                  restored.renumbered)
        self._done(text)
        events = bus()
        if restored.kind == "client":
            events.clients_changed.emit()
        if restored.client_id:
            events.client_changed.emit(restored.client_id)
            events.interactions_changed.emit(restored.client_id)

    def _restore_refused(self, exc: RapportError) -> None:
        first = getattr(exc, "first", None)
        if first is None:
            QMessageBox.warning(self, self.tr("Cannot restore"), str(exc))
            return
        answer = QMessageBox.question(self, self.tr("Cannot restore"),
                                      str(exc) + "\n\n" + self.tr("Restore that item first, then this one?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        line = self.current_line()
        by = acting_user_id()

        def both():
            trash.restore(first, by=by)
            return trash.restore(line.id, by=by)

        self._run(self.tr("Restoring..."), both, self._restored, self._restore_refused)

    def _done(self, text: str) -> None:
        self.reload()
        self.note = text
        self.status.setStyleSheet("")
        self.status.setText(text)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.restore_button, self.forget_button, self.empty_button):
            button.setEnabled(not busy)
        if not busy:
            self._update()

    # ---- what it says ----------------------------------------------------------------------------

    def _failed(self, exc) -> None:
        if isinstance(exc, RapportError):
            self.note = str(exc)
            self.status.setStyleSheet("color: #c62828;")
            self.status.setText(self.note)
            return
        from ui.shell.errors import show_error

        show_error(self, exc)

    def _update(self) -> None:
        selected = self.current_line() is not None
        idle = self.running is None or self.running.done
        self.restore_button.setEnabled(selected and idle)
        self.forget_button.setEnabled(selected and idle)
        self.empty_button.setEnabled(bool(self.model.lines) and idle)
        if self.model.loading:
            self.status.setText(self.tr("Reading the trash..."))
            return
        shown = len(self.model.lines)
        note = self.note + "  " if self.note else ""
        if not shown:
            self.status.setText(note + self.tr("The trash is empty."))
        elif self.model.at_end:
            self.status.setText(note + self.tr("%n item(s) in the trash.", "", shown))
        else:
            self.status.setText(note + self.tr("%n item(s) shown; scroll down for older ones.", "", shown))


def open_trash(parent: QWidget | None) -> TrashDialog | None:
    """The trash for an owner; anyone else is told who may open it."""
    from ui.shell.errors import show_error

    try:
        rights.require(acting_user_id(), trash.MANAGE)
    except RapportError as exc:
        show_error(parent, exc)
        return None
    dialog = TrashDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog
