"""One negotiation in full: positions, references, its history, the agreed actions, and what to do next."""

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.negotiate.ledger import NegotiationDetail
from ui.hear.feedback_model import OVERDUE
from ui.negotiate import dialogs
from ui.shell import labels
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.record_views import record_table
from ui.widgets.table_model import FlatTableModel


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _tr(text: str) -> str:
    """For the texts marked with QT_TRANSLATE_NOOP("Negotiations", ...) below."""
    return QCoreApplication.translate("Negotiations", text)


DASH = "\u2014"
SIDE_WORDS = {"client": QT_TRANSLATE_NOOP("Negotiations", "the client"),
              "ours": QT_TRANSLATE_NOOP("Negotiations", "our side")}


class ActionsModel(FlatTableModel):
    """Agreed actions: what, who, due, done; overdue ones in red."""

    CONTEXT = "Negotiations"
    HEADERS = (QT_TRANSLATE_NOOP("Negotiations", "Action"), QT_TRANSLATE_NOOP("Negotiations", "Owner"),
               QT_TRANSLATE_NOOP("Negotiations", "Due"), QT_TRANSLATE_NOOP("Negotiations", "Done"))

    def show_actions(self, actions) -> None:
        self.beginResetModel()
        self.rows = list(actions)
        self.endResetModel()

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not self.is_row(index):
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.description, row.owner_name, labels.date_text(row.due), labels.date_text(row.done_at))[column]
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue and column == 2:
            return OVERDUE
        return None


def history_html(detail: NegotiationDetail) -> str:
    """Status changes with their reasons, positions, concessions and sessions, in the order they happened."""
    lines = []
    for entry in detail.history:
        text = QCoreApplication.translate("Negotiations", "Status: %1").replace(
            "%1", f"<b>{_esc(labels.label('negotiation_status', entry.side_or_status))}</b>")
        if entry.text:
            text += f" \u2014 {_esc(entry.text)}"
        if entry.author:
            text += f" <i>({_esc(entry.author)})</i>"
        lines.append((entry.at, text))
    for entry in detail.positions:
        text = QCoreApplication.translate("Negotiations", "Position of %1: %2")
        lines.append((entry.at, text.replace("%1", _esc(_tr(SIDE_WORDS[entry.side_or_status])))
                      .replace("%2", _esc(entry.text))))
    for entry in detail.concessions:
        text = QCoreApplication.translate("Negotiations", "Concession by %1: %2")
        lines.append((entry.at, text.replace("%1", _esc(_tr(SIDE_WORDS[entry.side_or_status])))
                      .replace("%2", _esc(entry.text))))
    for session in detail.sessions:
        text = QCoreApplication.translate("Negotiations", "Session (%1): %2")
        lines.append((session.occurred_at, text.replace("%1", _esc(labels.label("channel", session.channel)))
                      .replace("%2", _esc(session.summary))))
    lines.sort(key=lambda pair: pair[0])
    rows = "".join(f"<tr><td style='padding-right:10px; white-space:nowrap'>{labels.date_text(at)}</td>"
                   f"<td>{text}</td></tr>" for at, text in lines)
    return f"<table cellspacing='2'>{rows}</table>"


class NegotiationDetailView(QWidget):
    """The selected negotiation; its buttons ask the tab to run a dialog (dialog_requested)."""

    dialog_requested = Signal(object)  # a function (parent, detail) -> FieldsDialog
    action_done = Signal(int, bool)  # action id, done (False: not done after all)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.current: NegotiationDetail | None = None
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.client_position, self.our_position = QLabel(self), QLabel(self)
        for label in (self.client_position, self.our_position):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop)
            label.setFrameShape(QLabel.Shape.StyledPanel)
            label.setMargin(6)
        positions = QGridLayout()
        positions.addWidget(self.client_position, 0, 0)
        positions.addWidget(self.our_position, 0, 1)
        self.history = QTextBrowser(self)
        self.history.setOpenLinks(False)
        self.actions_model = ActionsModel(self)
        self.actions = record_table(self, self.actions_model)
        self.actions.setMaximumHeight(150)
        self.buttons: dict[str, QPushButton] = {}
        top = FlowLayout()  # the buttons wrap onto a second line on a narrow page
        texts = {"status": self.tr("Change &status..."), "position": self.tr("State a &position..."),
                 "concession": self.tr("Con&cession..."), "session": self.tr("Link a s&ession..."),
                 "details": self.tr("De&tails...")}
        factories = {"status": dialogs.status_dialog, "position": dialogs.position_dialog,
                     "concession": dialogs.concession_dialog, "session": dialogs.session_dialog,
                     "details": dialogs.details_dialog}
        for key, text in texts.items():
            self._button(top, key, text, lambda _=False, f=factories[key]: self.dialog_requested.emit(f))
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self._button(bottom, "action", self.tr("&Add action..."),
                     lambda: self.dialog_requested.emit(dialogs.action_dialog))
        self._button(bottom, "done", self.tr("&Mark done"), self._toggle_done)
        self.actions.selectionModel().currentRowChanged.connect(self._update_done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addLayout(positions)
        layout.addLayout(top)
        layout.addWidget(self.history, 1)
        self.actions_heading = QLabel(self.tr("Agreed actions"), self)
        layout.addWidget(self.actions_heading)
        layout.addWidget(self.actions)
        layout.addLayout(bottom)
        self.show_detail(None)

    def _button(self, layout, key: str, text: str, slot) -> None:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        self.buttons[key] = button
        layout.addWidget(button)

    def show_detail(self, detail: NegotiationDetail | None) -> None:
        self.current = detail
        for widget in self.findChildren(QWidget):
            widget.setEnabled(detail is not None)
        if detail is None:
            self.title.setText(self.tr("No negotiation chosen"))
            for label in (self.facts, self.client_position, self.our_position):
                label.clear()
            self.history.clear()
            self.actions_model.show_actions([])
            return
        status = labels.label("negotiation_status", detail.status)
        self.title.setText(f"{detail.topic}  \u00b7  {status}")
        self.facts.setText(self._facts_html(detail))
        self.client_position.setText(self._position_html(self.tr("The client's position"), detail.client_position))
        self.our_position.setText(self._position_html(self.tr("Our position"), detail.our_position))
        self.history.setHtml(history_html(detail))
        self.actions_model.show_actions(detail.actions)
        self.buttons["status"].setEnabled(bool(detail.next_statuses))
        self._update_done_button()

    def _facts_html(self, detail: NegotiationDetail) -> str:
        target = labels.date_text(detail.target_date) or self.tr("none")
        pairs = [(self.tr("Opened"), labels.date_text(detail.opened_at)), (self.tr("Target"), target),
                 (self.tr("Contract"), detail.contract_refs), (self.tr("Specification"), detail.spec_refs),
                 (self.tr("Options considered"), detail.options), (self.tr("Outcome"), detail.outcome)]
        return " &nbsp;\u00b7&nbsp; ".join(f"<span style='color:palette(placeholder-text)'>{_esc(k)}</span> {_esc(v)}"
                                          for k, v in pairs if v)

    def _position_html(self, heading: str, text: str) -> str:
        return f"<b>{_esc(heading)}</b><br>{_esc(text) if text else DASH}"

    def current_action(self):
        index = self.actions.currentIndex()
        return self.actions_model.rows[index.row()] if self.actions_model.is_row(index) else None

    def _update_done_button(self, *_args) -> None:
        action = self.current_action()
        self.buttons["done"].setEnabled(action is not None)
        self.buttons["done"].setText(self.tr("&Not done") if action and action.done_at else self.tr("&Mark done"))

    def _toggle_done(self) -> None:
        action = self.current_action()
        if action is not None:
            self.action_done.emit(action.id, action.done_at is None)
