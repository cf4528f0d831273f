"""The feedback inbox: every item not yet resolved, oldest first, on its working-hours clock; below it,
the replies the firm owes (ui.hear.replies_panel)."""

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.hear import feedback
from app.hear.working_time import WorkCalendar
from app.portrait import playbook
from ui.hear import feedback_actions as actions
from ui.hear.feedback_model import FeedbackTableModel, now
from ui.hear.replies_panel import RepliesPanel
from ui.live.keep_place import kept_places
from ui.shell.events import bus
from ui.widgets.record_views import open_dialog, record_table

COLUMNS = ("raised", "client", "summary", "severity", "owner", "status", "to_ack", "open_for", "repeats")


class FeedbackInboxPage(QWidget):
    """Open feedback of the whole firm (or only mine); acknowledge, resolve, or open the client."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("feedback_inbox")
        self.stale = True
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.counts = QLabel(self)
        self.mine = QCheckBox(self.tr("Only &mine"), self)
        self.mine.toggled.connect(self.refresh)
        self.model = FeedbackTableModel(COLUMNS, self)
        self.table = record_table(self, self.model, (COLUMNS.index("summary"),))
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(self.open_client)
        self.table.activated.connect(self.open_client)
        self.acknowledge_button = QPushButton(self.tr("&Acknowledge"), self)
        self.resolve_button = QPushButton(self.tr("&Resolve..."), self)
        self.client_button = QPushButton(self.tr("Open &client"), self)
        self.assign_button = QPushButton(self.tr("Ass&ign..."), self)
        self.assign_button.setToolTip(self.tr("Route the item to a colleague: they see it in their Today"))
        self.assign_button.clicked.connect(self.assign)
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.resolve_button.clicked.connect(self.resolve)
        self.client_button.clicked.connect(lambda: self.open_client(self.table.currentIndex()))
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.mine)
        buttons = QHBoxLayout()
        buttons.addWidget(self.counts, 1)
        for button in (self.acknowledge_button, self.resolve_button, self.assign_button, self.client_button):
            buttons.addWidget(button)
        self.replies = RepliesPanel(self)  # the replies the firm owes, on their own clock
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(self.replies, 2)
        events = bus()
        for signal in (events.client_changed, events.interactions_changed):
            signal.connect(self.refresh)
        events.clients_changed.connect(self.refresh)
        events.database_replaced.connect(self._database_replaced)
        self.refresh()

    def _database_replaced(self) -> None:
        """Another journal: it gets the default playbook if it has none, and the inbox reads it."""
        playbook.seed_if_empty()
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def owner_filter(self) -> int | None:
        return actions.current_user() if self.mine.isChecked() else None

    def refresh(self, *_args) -> None:
        if self.window() is not self and not self.isVisible():
            self.stale = True  # a page behind another: read again only when it is shown
            return
        self.stale = False
        moment, cal, owner = now(), WorkCalendar.load(), self.owner_filter()
        total = feedback.inbox_count(owner)
        with kept_places(self):  # read again: the selected item and the scroll stay
            self.model.load(lambda offset, limit: feedback.inbox(moment, cal, owner, offset, limit), total)
        overdue = sum(feedback.overdue_feedback_counts(moment, cal, owner).values())
        self.title.setText(self.tr("Feedback inbox"))
        self.counts.setText(self.tr("%n item(s) not yet resolved", "", total)
                            + ("; " + self.tr("%n waiting past the acknowledgement rule", "", overdue)
                               if overdue else ""))
        self.counts.setStyleSheet("color: #c62828;" if overdue else "")
        self.replies.refresh(owner)
        self._update_buttons()

    def current_row(self):
        return self.model.row_at(self.table.currentIndex())

    def _update_buttons(self, *_args) -> None:
        row = self.current_row()
        self.acknowledge_button.setEnabled(row is not None and row.status == "open")
        self.resolve_button.setEnabled(row is not None)
        self.assign_button.setEnabled(row is not None)
        self.client_button.setEnabled(row is not None)

    def acknowledge(self) -> None:
        row = self.current_row()
        if row is not None:
            actions.acknowledge(self, row)

    def resolve(self) -> None:
        row = self.current_row()
        if row is not None:
            open_dialog(actions.resolve_dialog(self, row))

    def assign(self) -> None:
        row = self.current_row()
        if row is not None:
            open_dialog(actions.assign_dialog(self, row))

    def open_client(self, index) -> None:
        row = self.model.row_at(index)
        if row is not None:
            bus().open_client.emit(row.client_id)
