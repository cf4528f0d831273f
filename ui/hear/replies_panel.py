"""Replies awaited: the clients whose email, request or feedback waits for our answer (app.hear.replies),
as the feedback inbox lists them and the client's Feedback tab shows its own; route one to a colleague,
or mark it as needing no reply."""

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.hear import replies
from app.hear.replies import AwaitingReply
from app.journal import records as journal
from db.models import db
from ui.hear.feedback_actions import current_user, people_combo
from ui.hear.feedback_model import OVERDUE, OVERDUE_ROW, hours_text
from ui.shell import labels
from ui.shell.errors import show_error
from ui.shell.events import bus
from ui.widgets.fields_dialog import FieldsDialog
from ui.widgets.record_views import open_dialog, record_table
from ui.widgets.saving import save_in_background

CONTEXT = "Replies"
COLUMNS = ("since", "client", "summary", "messages", "waiting", "holder")
HEADINGS = {
    "since": QT_TRANSLATE_NOOP("Replies", "Since"),
    "client": QT_TRANSLATE_NOOP("Replies", "Client"),
    "summary": QT_TRANSLATE_NOOP("Replies", "First message"),
    "messages": QT_TRANSLATE_NOOP("Replies", "Messages"),
    "waiting": QT_TRANSLATE_NOOP("Replies", "Waiting"),
    "holder": QT_TRANSLATE_NOOP("Replies", "To answer"),
}


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def due_text(clock: AwaitingReply) -> str:
    """When the answer is or was due, under the firm's rule."""
    when = clock.due_at.strftime("%H:%M") if clock.due_at.date() == dt.date.today() else (
        f"{labels.date_text(clock.due_at)} {clock.due_at.strftime('%H:%M')}")
    text = QCoreApplication.translate("Replies", "Past the reply rule since %1") if clock.overdue else QCoreApplication.translate("Replies", "To answer by %1")
    return text.replace("%1", when)


class RepliesModel(QAbstractTableModel):
    """Awaiting-reply clocks, one client a row, oldest first."""

    def __init__(self, parent=None, managers: dict[int, str] | None = None):
        super().__init__(parent)
        self.rows: list[AwaitingReply] = []
        self.managers = managers or {}

    def load(self, rows: list[AwaitingReply], managers: dict[int, str]) -> None:
        self.beginResetModel()
        self.rows, self.managers = sorted(rows, key=lambda c: c.since), managers
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("Replies", HEADINGS[COLUMNS[section]])
        return None

    def row_at(self, index: QModelIndex) -> AwaitingReply | None:
        return self.rows[index.row()] if index.isValid() and 0 <= index.row() < len(self.rows) else None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        clock = self.row_at(index)
        if clock is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(clock, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return due_text(clock)
        if role == Qt.ItemDataRole.ForegroundRole and column == "waiting" and clock.overdue:
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.BackgroundRole and clock.overdue:
            return QBrush(OVERDUE_ROW)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("messages", "waiting"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, clock: AwaitingReply, column: str) -> str:
        if column == "since":
            return f"{labels.date_text(clock.since)} {clock.since.strftime('%H:%M')}"
        if column == "client":
            return clock.client_name
        if column == "summary":
            return clock.summary
        if column == "messages":
            return str(clock.messages)
        if column == "waiting":
            return hours_text(clock.hours_waiting)
        return holder_text(clock, self.managers)


def holder_text(clock: AwaitingReply, managers: dict[int, str]) -> str:
    """Who is to answer: the colleague it was routed to, else the account manager."""
    if clock.assignee_id:
        return QCoreApplication.translate("Replies", "%1 (routed)").replace("%1", clock.assignee_name)
    return managers.get(clock.manager_id, "") if clock.manager_id else "—"


def route_reply_dialog(parent: QWidget, clock: AwaitingReply) -> FieldsDialog:
    """Route the client's awaited reply to a colleague (or back to the account manager)."""
    client_id = clock.client_id

    def save(values: dict):
        return replies.assign_reply(client_id, values["assignee"], by=current_user())

    dialog = FieldsDialog(parent, QCoreApplication.translate("Replies", "Route the reply"), save,
                          QCoreApplication.translate("Replies", "Who answers %1? They see it in their Today.").replace("%1", clock.client_name))
    dialog.add_field("assignee", QCoreApplication.translate("Replies", "&Colleague"), people_combo(clock.assignee_id, QCoreApplication.translate("Replies", "(the account manager)")))
    dialog.accepted.connect(lambda: bus().client_changed.emit(client_id))
    return dialog


def mark_no_reply_needed(parent: QWidget, clock: AwaitingReply) -> None:
    """The client's waiting messages ask for no answer: stop the clock (each message is marked), on a worker."""
    client_id, by = clock.client_id, current_user()

    def write() -> int:
        waiting = replies.waiting_message_ids(client_id, now())
        with db.atomic():
            for entry_id in waiting:
                replies.set_no_reply_needed(entry_id, by=by)
        return len(waiting)

    def saved(_count) -> None:
        bus().client_changed.emit(client_id)
        bus().interactions_changed.emit(client_id)

    save_in_background(parent, write, saved, lambda exc: show_error(parent, exc), lambda exc: show_error(parent, exc))


class RepliesPanel(QWidget):
    """The replies the firm owes, for the inbox: a table and what to do with the selected one."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("replies_panel")
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.model = RepliesModel(self)
        self.table = record_table(self, self.model, (COLUMNS.index("summary"),), (COLUMNS.index("messages"),))
        self.table.setWordWrap(False)
        self.route_button = QPushButton(QCoreApplication.translate("Replies", "Route the re&ply..."), self)
        self.no_reply_button = QPushButton(QCoreApplication.translate("Replies", "No reply nee&ded"), self)
        self.route_button.clicked.connect(self.route)
        self.no_reply_button.clicked.connect(self.no_reply)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self._open_client)
        self.table.activated.connect(self._open_client)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.route_button)
        top.addWidget(self.no_reply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def refresh(self, holder: int | None = None) -> None:
        """Read the clocks again (only those whose hand is holder's, if given)."""
        clocks = [c for c in replies.awaiting_replies(now()).values() if holder is None or c.holder_id == holder]
        managers = {u.id: u.name for u in journal.list_users()}
        self.model.load(clocks, managers)
        overdue = sum(1 for c in clocks if c.overdue)
        count = len(clocks)  # a plain name, so lupdate sees the plural
        text = QCoreApplication.translate("Replies", "Replies awaited: %n client(s)", "", count) if clocks else QCoreApplication.translate("Replies", "No reply awaited")
        if overdue:
            text += "; " + QCoreApplication.translate("Replies", "%n past the reply rule", "", overdue)
        self.heading.setText(text)
        self.heading.setStyleSheet(f"color: {OVERDUE.name()};" if overdue else "")
        self._update_buttons()

    def current(self) -> AwaitingReply | None:
        return self.model.row_at(self.table.currentIndex())

    def _update_buttons(self, *_args) -> None:
        chosen = self.current() is not None
        self.route_button.setEnabled(chosen)
        self.no_reply_button.setEnabled(chosen)

    def route(self) -> None:
        clock = self.current()
        if clock is not None:
            open_dialog(route_reply_dialog(self, clock))

    def no_reply(self) -> None:
        clock = self.current()
        if clock is not None:
            mark_no_reply_needed(self, clock)

    def _open_client(self, index) -> None:
        clock = self.model.row_at(index)
        if clock is not None:
            bus().open_client.emit(clock.client_id)
