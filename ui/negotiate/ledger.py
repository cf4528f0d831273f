"""The client page's Negotiations tab: the ledger (those at the table first) and one negotiation in full."""

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.common.errors import RapportError
from app.negotiate import negotiations as N
from app.negotiate.ledger import client_negotiations, negotiation_detail
from ui.hear.feedback_actions import current_user
from ui.hear.feedback_model import OVERDUE
from ui.negotiate import dialogs
from ui.negotiate.detail import NegotiationDetailView
from ui.negotiate.promise_text import promise_text
from ui.shell import labels
from ui.shell.errors import show_error
from ui.shell.events import bus
from ui.widgets.record_views import ClientTab, open_dialog, record_table
from ui.widgets.table_model import FlatTableModel


class LedgerModel(FlatTableModel):
    """A client's negotiations: topic, status, opened, target, open actions."""

    CONTEXT = "Negotiations"
    HEADERS = (QT_TRANSLATE_NOOP("Negotiations", "Topic"), QT_TRANSLATE_NOOP("Negotiations", "Status"),
               QT_TRANSLATE_NOOP("Negotiations", "Opened"), QT_TRANSLATE_NOOP("Negotiations", "Target"),
               QT_TRANSLATE_NOOP("Negotiations", "Open actions"))

    def reload(self, client_id: int | None) -> None:
        self.beginResetModel()
        self.rows = client_negotiations(client_id) if client_id else []
        self.endResetModel()

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not self.is_row(index):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.topic, labels.label("negotiation_status", row.status), labels.date_text(row.opened_at),
                    labels.date_text(row.target_date), str(row.open_actions) if row.open_actions else "")[column]
        if role == Qt.ItemDataRole.ForegroundRole and ((column == 3 and row.past_target)
                                                      or (column == 4 and row.overdue_actions)
                                                      or (column == 1 and row.status in ("deadlock", "escalated"))):
            return OVERDUE
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and row.overdue_actions:
            count = row.overdue_actions  # a plain name, so lupdate sees the plural
            return QCoreApplication.translate("Negotiations", "%n action(s) overdue", "", count)
        return None


class NegotiationLedgerTab(ClientTab):
    """The ledger of one client, and the selected negotiation in full with what can be done to it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.promises = QLabel(self)
        self.model = LedgerModel(self)
        self.list = record_table(self, self.model)
        self.list.selectionModel().currentRowChanged.connect(self._show_current)
        self.new_button = QPushButton(self.tr("&New negotiation..."), self)
        self.new_button.clicked.connect(self.new_negotiation)
        self.detail = NegotiationDetailView(self)
        self.detail.dialog_requested.connect(self._run_dialog)
        self.detail.action_done.connect(self.complete_action)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        # The list above the detail: the detail's buttons and positions need the page's full width.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([150, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(self.promises)
        layout.addWidget(self.splitter, 1)

    def current_id(self) -> int | None:
        index = self.list.currentIndex()
        return self.model.rows[index.row()].id if self.model.is_row(index) else None

    def refresh(self, keep: int | None = None) -> None:
        keep = keep or self.current_id()
        self.model.reload(self.client_id)
        self.promises.setText(promise_text(self.client_id, dt.date.today()) if self.client_id else "")
        self.new_button.setEnabled(self.client_id is not None)
        ids = [r.id for r in self.model.rows]
        row = ids.index(keep) if keep in ids else (0 if ids else -1)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))
        self._show_current()

    def _show_current(self, *_args) -> None:
        negotiation_id = self.current_id()
        self.detail.show_detail(negotiation_detail(negotiation_id) if negotiation_id else None)

    def _after_change(self, negotiation_id: int | None = None) -> None:
        self.refresh(negotiation_id)
        if self.client_id is not None:
            bus().client_changed.emit(self.client_id)

    def _run_dialog(self, make_dialog) -> None:
        detail = self.detail.current
        dialog = make_dialog(self, detail) if detail is not None else None
        if dialog is None:
            return
        open_dialog(dialog, lambda: self._after_change(detail.id))

    def new_negotiation(self) -> None:
        if self.client_id is None:
            return
        dialog = dialogs.new_negotiation_dialog(self, self.client_id)
        open_dialog(dialog, lambda: self._after_change(dialog.result_value.id))

    def complete_action(self, action_id: int, done: bool) -> None:
        try:
            by = current_user()
            N.complete_action(action_id, by=by) if done else N.reopen_action(action_id, by=by)
        except RapportError as exc:
            show_error(self, exc)
        self._after_change(self.current_id())
