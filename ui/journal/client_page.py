"""The selected client's page: a header card and tabs (the timeline first; others add theirs).

TAB_FACTORIES is the extension point: (title marked with QT_TRANSLATE_NOOP("ClientPage", ...),
factory(parent) -> widget with set_client(client_id | None)). Each tab refreshes itself from
ui.shell.events.bus() signals.
"""

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.journal import queries
from ui.shell import labels
from ui.shell.events import bus

NOTES_SHOWN_CHARS = 280


def _timeline_tab(parent: QWidget) -> QWidget:
    from ui.journal.timeline import TimelineView

    return TimelineView(parent)


def _feedback_tab(parent: QWidget) -> QWidget:
    from ui.hear.feedback_tab import FeedbackTab  # D: the client's feedback with its clocks

    return FeedbackTab(parent)


def _negotiations_tab(parent: QWidget) -> QWidget:
    from ui.negotiate.ledger import NegotiationLedgerTab  # D: the negotiation ledger

    return NegotiationLedgerTab(parent)


def _health_tab(parent: QWidget) -> QWidget:
    from ui.health.panel import HealthPanel  # E: score, reasons, pulse and history

    return HealthPanel(parent)


def _qualification_tab(parent: QWidget) -> QWidget:
    from ui.portrait.qualification_tab import QualificationTab  # D: stage one, who decided and why

    return QualificationTab(parent)


EAGER_TABS = 2  # the timeline, and feedback, whose title shows overdue items

TAB_FACTORIES: list[tuple[str, Callable[[QWidget], QWidget]]] = [
    (QT_TRANSLATE_NOOP("ClientPage", "Timeline"), _timeline_tab),
    (QT_TRANSLATE_NOOP("ClientPage", "Feedback"), _feedback_tab),
    (QT_TRANSLATE_NOOP("ClientPage", "Negotiations"), _negotiations_tab),
    (QT_TRANSLATE_NOOP("ClientPage", "Health"), _health_tab),
    (QT_TRANSLATE_NOOP("ClientPage", "Qualification"), _qualification_tab),
]


def _field(name: str, value: str) -> str:
    import html

    return f"<span style='color:palette(placeholder-text)'>{html.escape(name)}</span>&nbsp; {html.escape(value)}"


class ClientHeaderCard(QFrame):
    """Stage, contract, account manager, rhythm of contact, contacts and notes of one client."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("client_header")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel(self)
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stage = QLabel(self)
        self.stage.setObjectName("stage_pill")
        self.edit_button = QPushButton(self.tr("Edit client..."), self)
        self.edit_button.clicked.connect(self._edit_client)
        self.brief_button = QPushButton(self.tr("Negotiation brief..."), self)
        self.brief_button.clicked.connect(self._open_brief)
        self.history_button = QPushButton(self.tr("History..."), self)  # who changed what about this client
        self.history_button.setObjectName("client_history_button")
        self.history_button.clicked.connect(self._open_history)
        self.contract, self.manager, self.rhythm = QLabel(self), QLabel(self), QLabel(self)
        self.contacts, self.notes = QLabel(self), QLabel(self)
        # Every fact wraps where the page is narrow (1024 px, a long name or translation): it is
        # never cut, and never widens the page to crush the client list.
        for label in (self.name, self.contract, self.manager, self.rhythm, self.contacts, self.notes):
            label.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.stage, 0, Qt.AlignmentFlag.AlignTop)
        facts = QVBoxLayout()
        facts.setSpacing(4)
        facts.addLayout(top)
        for label in (self.contract, self.manager, self.rhythm, self.contacts):
            facts.addWidget(label)
        facts.addWidget(self.notes)
        # The actions stand in a column of their own, so that more of them never squeeze the name.
        actions = QVBoxLayout()
        actions.setSpacing(4)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.brief_button)
        actions.addWidget(self.history_button)
        actions.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(facts, 1)
        layout.addLayout(actions)
        self.client_id: int | None = None

    def set_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        header = queries.client_header(client_id) if client_id is not None else None
        self.setVisible(header is not None)
        if header is None:
            return
        segment = f"  \u00b7  {header.segment}" if header.segment else ""
        self.name.setText(header.name + segment)
        self.stage.setText(labels.label("stage", header.stage))
        self.stage.setStyleSheet("QLabel#stage_pill { border: 1px solid palette(mid); border-radius: 8px;"
                                 " padding: 1px 8px; }")
        self.contract.setText(_field(self.tr("Contract"), self._contract_text(header)))
        self.manager.setText(_field(self.tr("Account manager"), header.manager_name or self.tr("nobody")))
        self.rhythm.setText(_field(self.tr("Contact"), self._rhythm_text(header)))
        contacts = ", ".join(f"{c.name} ({c.role})" if c.role else c.name for c in header.contacts)
        self.contacts.setText(_field(self.tr("People"), contacts or self.tr("none recorded")))
        notes = " ".join(header.notes.split())
        if len(notes) > NOTES_SHOWN_CHARS:
            notes = notes[:NOTES_SHOWN_CHARS].rsplit(" ", 1)[0] + "\u2026"
        self.notes.setText(_field(self.tr("Notes"), notes))
        self.notes.setVisible(bool(notes))

    def _contract_text(self, header: queries.ClientHeader) -> str:
        if not (header.contract_start or header.contract_end or header.contract_value):
            return self.tr("none")
        dates = f"{labels.date_text(header.contract_start)} \u2013 {labels.date_text(header.contract_end)}"
        if header.contract_value is not None:
            dates += f",  {labels.number_text(header.contract_value)}"
        return dates

    def _rhythm_text(self, header: queries.ClientHeader) -> str:
        last = labels.date_text(header.last_contact) if header.last_contact else self.tr("never")
        if header.contact_every_days:
            count = header.contact_every_days  # a plain name, so lupdate sees the plural
            return self.tr("every %n day(s), last %1", "", count).replace("%1", last)
        return self.tr("last %1").replace("%1", last)

    def _edit_client(self) -> None:
        if self.client_id is None:
            return
        from ui.journal.client_editor import ClientEditor  # another helper's dialog, loaded when needed

        dialog = ClientEditor(self.window(), self.client_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _open_history(self) -> None:
        if self.client_id is not None:
            from ui.audit.history_dialog import open_client_history  # the audit's dialog, loaded when needed

            open_client_history(self.window(), self.client_id, self.name.text())

    def _open_brief(self) -> None:
        if self.client_id is not None:
            from ui.exchange.actions import open_brief  # F's dialog, loaded when needed

            open_brief(self.window(), self.client_id)


class ClientPage(QWidget):
    """One client: the header card over the tabs, or a hint when no client is selected.

    The card and the tabs are built when the first client is shown: until then the page is only
    the hint, so the window starts sooner."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.client_id: int | None = None
        self.header: ClientHeaderCard | None = None
        self.tabs: QTabWidget | None = None
        self.tab_widgets: list[QWidget | None] = []
        self.hint = QLabel(self.tr("Choose a client on the left, or add one with Ctrl+Shift+N."), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.hint)
        bus().client_changed.connect(self._on_client_changed)

    def ensure_built(self) -> None:
        """Build the card and the tabs (once)."""
        if self.tabs is not None:
            return
        self.header = ClientHeaderCard(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        # Tabs past the first EAGER_TABS are built when first shown: switching clients does not
        # load tabs nobody looks at.
        for index, (title, factory) in enumerate(TAB_FACTORIES):
            widget = factory(self.tabs) if index < EAGER_TABS else QWidget(self.tabs)
            self.tab_widgets.append(widget if index < EAGER_TABS else None)
            self.tabs.addTab(widget, QCoreApplication.translate("ClientPage", title))
        self.tabs.currentChanged.connect(self._build_tab)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.stack.addWidget(page)

    def timeline(self):
        self.ensure_built()
        return self.tab_widgets[0]

    def set_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        if client_id is None and self.tabs is None:
            return  # nothing shown yet: the hint stays
        self.ensure_built()
        self.stack.setCurrentIndex(0 if client_id is None else 1)
        self.header.set_client(client_id)
        for widget in self.tab_widgets:
            if widget is not None:
                widget.set_client(client_id)

    def _build_tab(self, index: int) -> None:
        if not 0 <= index < len(self.tab_widgets) or self.tab_widgets[index] is not None:
            return
        widget = TAB_FACTORIES[index][1](self.tabs)
        self.tab_widgets[index] = widget
        placeholder, text = self.tabs.widget(index), self.tabs.tabText(index)
        blocker = QSignalBlocker(self.tabs)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, text)
        self.tabs.setCurrentIndex(index)
        del blocker
        placeholder.deleteLater()
        widget.set_client(self.client_id)

    def ensure_tabs(self) -> None:
        """Build every tab now (for code that looks a tab up by its class)."""
        self.ensure_built()
        for index in range(len(self.tab_widgets)):
            if self.tab_widgets[index] is None:
                current = self.tabs.currentIndex()
                self._build_tab(index)
                self.tabs.setCurrentIndex(current)

    def _on_client_changed(self, client_id: int) -> None:
        if client_id == self.client_id and self.header is not None:
            self.header.set_client(client_id)
