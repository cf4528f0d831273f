"""The client page's Feedback tab: that client's items with their clocks and repeat contacts, and the
reply the firm owes the client, if any (routed or marked as needing none from here)."""

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.hear import feedback, replies
from app.hear.working_time import WorkCalendar
from app.journal import records as journal
from ui.hear import feedback_actions as actions
from ui.hear.feedback_model import OVERDUE, FeedbackTableModel, now
from ui.hear.replies_panel import due_text, holder_text, mark_no_reply_needed, route_reply_dialog
from ui.widgets.record_views import ClientTab, open_dialog, record_table

COLUMNS = ("raised", "summary", "severity", "status", "owner", "to_ack", "open_for", "repeats")


class FeedbackTab(ClientTab):
    """One client's feedback: open items first (oldest first), then resolved ones."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tab_title: str | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.reply_clock = None  # the client's awaiting-reply clock, when a reply is awaited
        self.reply_line = QLabel(self)
        self.reply_line.setObjectName("reply_line")
        self.reply_line.setWordWrap(True)
        self.route_reply_button = QPushButton(self.tr("Route the re&ply..."), self)
        self.no_reply_button = QPushButton(self.tr("No reply nee&ded"), self)
        self.route_reply_button.clicked.connect(
            lambda: self.reply_clock and open_dialog(route_reply_dialog(self, self.reply_clock)))
        self.no_reply_button.clicked.connect(lambda: self.reply_clock and mark_no_reply_needed(self, self.reply_clock))
        self.reply_strip = QWidget(self)
        strip = QHBoxLayout(self.reply_strip)
        strip.setContentsMargins(0, 0, 0, 0)
        strip.addWidget(self.reply_line, 1)
        strip.addWidget(self.route_reply_button)
        strip.addWidget(self.no_reply_button)
        self.reply_strip.hide()
        self.model = FeedbackTableModel(COLUMNS, self)
        # On a narrow page, the owner (mostly the account manager, named above), then the repeats
        # and the time open give way to what the client said.
        self.table = record_table(self, self.model, (COLUMNS.index("summary"),),
                                  tuple(COLUMNS.index(key) for key in ("owner", "repeats", "open_for")))
        self.table.setWordWrap(False)
        self.new_button = QPushButton(self.tr("&New feedback..."), self)
        self.acknowledge_button = QPushButton(self.tr("&Acknowledge"), self)
        self.resolve_button = QPushButton(self.tr("&Resolve..."), self)
        self.reopen_button = QPushButton(self.tr("Re&open"), self)
        self.repeat_button = QPushButton(self.tr("Repeat &contact..."), self)
        self.assign_button = QPushButton(self.tr("Ass&ign..."), self)
        self.assign_button.setToolTip(self.tr("Route the item to a colleague: they see it in their Today"))
        self.assign_button.clicked.connect(lambda: self._with_row(actions.assign_dialog))
        self.repeat_button.setToolTip(self.tr("The client came back about this item: count the interaction "
                                              "against the effort the client had to spend"))
        self.new_button.clicked.connect(lambda: open_dialog(actions.open_feedback_dialog(self, self.client_id)))
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.resolve_button.clicked.connect(lambda: self._with_row(actions.resolve_dialog))
        self.reopen_button.clicked.connect(self.reopen)
        self.repeat_button.clicked.connect(lambda: self._with_row(actions.repeat_contact_dialog))
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        for button in (self.acknowledge_button, self.resolve_button, self.reopen_button, self.repeat_button,
                       self.assign_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reply_strip)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        rows = feedback.client_feedback(self.client_id, now(), WorkCalendar.load()) if self.client_id else []
        self.model.load(lambda offset, limit: rows[offset:offset + limit], len(rows))
        unresolved = [r for r in rows if r.status != "resolved"]
        overdue = sum(1 for r in unresolved if r.clock.ack_overdue and not r.clock.acknowledged)
        repeats = sum(r.repeat_contacts for r in unresolved)
        count = len(unresolved)  # a plain name, so lupdate sees the plural
        parts = [self.tr("%n item(s) not yet resolved", "", count)]
        if overdue:
            parts.append(self.tr("%n not acknowledged within the rule", "", overdue))
        if repeats:
            parts.append(self.tr("the client came back %n time(s) about them", "", repeats))
        self.summary.setText("; ".join(parts) if rows else self.tr("No feedback from this client yet."))
        self.summary.setStyleSheet(f"color: {OVERDUE.name()};" if overdue else "")
        self.new_button.setEnabled(self.client_id is not None)
        self._show_reply()
        self._update_buttons()
        self._mark_tab(overdue)

    def _show_reply(self) -> None:
        """The reply the firm owes this client: since when, who is to answer, and by when."""
        clocks = replies.awaiting_replies(now(), [self.client_id]) if self.client_id else {}
        self.reply_clock = clock = clocks.get(self.client_id)
        self.reply_strip.setVisible(clock is not None)
        if clock is None:
            return
        count = clock.messages  # a plain name, so lupdate sees the plural
        text = self.tr("%n message(s) from the client await our reply", "", count)
        holder = holder_text(clock, {u.id: u.name for u in journal.list_users()})
        self.reply_line.setText(f"{text} \u00b7 {holder} \u00b7 {due_text(clock)}")
        self.reply_line.setStyleSheet(f"color: {OVERDUE.name()};" if clock.overdue else "")

    def _mark_tab(self, overdue: int) -> None:
        """Overdue feedback stands out on the client page before the tab is even opened."""
        tabs = self.parentWidget()
        while tabs is not None and not isinstance(tabs, QTabWidget):
            tabs = tabs.parentWidget()
        index = tabs.indexOf(self) if tabs is not None else -1
        if index < 0:
            return
        if self.tab_title is None:
            self.tab_title = tabs.tabText(index)
        text = self.tr("%1 (%n overdue)", "", overdue).replace("%1", self.tab_title) if overdue else self.tab_title
        tabs.setTabText(index, text)
        tabs.tabBar().setTabTextColor(index, OVERDUE if overdue else self.palette().color(QPalette.ColorRole.WindowText))

    def current_row(self):
        return self.model.row_at(self.table.currentIndex())

    def _update_buttons(self, *_args) -> None:
        row = self.current_row()
        status = row.status if row else None
        self.acknowledge_button.setEnabled(status == "open")
        self.resolve_button.setEnabled(status in ("open", "acknowledged"))
        self.reopen_button.setEnabled(status == "resolved")
        self.repeat_button.setEnabled(status in ("open", "acknowledged"))
        self.assign_button.setEnabled(status in ("open", "acknowledged"))

    def _with_row(self, make_dialog) -> None:
        row = self.current_row()
        if row is not None:
            open_dialog(make_dialog(self, row))

    def acknowledge(self) -> None:
        row = self.current_row()
        if row is not None:
            actions.acknowledge(self, row)

    def reopen(self) -> None:
        row = self.current_row()
        if row is not None:
            actions.reopen(self, row)
