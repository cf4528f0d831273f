"""The owners' firm-wide audit log: every change, newest first, narrowed by client, person, kind of record,
action and period; read a page at a time on a worker as the owner scrolls."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.audit import history, words
from app.common import rights
from app.common.errors import RapportError
from app.common.wording import translated
from db.audit import ACTIONS
from db.models import Client, User
from ui.audit.acting import acting_user_id
from ui.audit.view import AuditView
from ui.widgets.day_field import DayField

FILTER_PAUSE_MS = 300  # typing a date waits this long after the last key before reading again


class FirmLogWindow(QDialog):
    """Every change to the journal (owners only), with filters."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("firm_audit_log")
        self.setWindowTitle(self.tr("Audit trail"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.client = QComboBox(self)
        self.client.setObjectName("audit_client")
        self.person = QComboBox(self)
        self.person.setObjectName("audit_person")
        self.kind = QComboBox(self)
        self.kind.setObjectName("audit_kind")
        self.action = QComboBox(self)
        self.action.setObjectName("audit_action")
        self.since = DayField(self, relative=True, preview=False)
        self.since.setObjectName("audit_since")
        self.until = DayField(self, relative=True, preview=False)
        self.until.setObjectName("audit_until")
        self._fill_choices()
        self.view = AuditView(self)
        self.problem = QLabel(self)
        self.problem.setObjectName("audit_filter_problem")
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.hide()
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("&Client:"), self.client)
        left.addRow(self.tr("&Person:"), self.person)
        right.addRow(self.tr("&Kind of record:"), self.kind)
        right.addRow(self.tr("&Action:"), self.action)
        period = QHBoxLayout()
        period.addWidget(self.since, 1)
        period.addWidget(QLabel("\u2013", self))
        period.addWidget(self.until, 1)
        right.addRow(self.tr("&From / to:"), period)
        period_label = right.labelForField(period)
        if isinstance(period_label, QLabel):
            period_label.setBuddy(self.since)
        filters = QHBoxLayout()
        filters.addLayout(left, 1)
        filters.addLayout(right, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.problem)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(FILTER_PAUSE_MS)
        self.pause.timeout.connect(self.apply_filters)
        for combo in (self.client, self.person, self.kind, self.action):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        for field in (self.since, self.until):
            field.edit.textChanged.connect(lambda _t: self.pause.start())
        self.resize(1200, 720)
        self.apply_filters()

    def _fill_choices(self) -> None:
        self.client.addItem(self.tr("Any client"), None)
        for client_id, name in Client.select(Client.id, Client.name).order_by(Client.name).tuples():
            self.client.addItem(name, client_id)
        self.person.addItem(self.tr("Anyone"), None)
        for user_id, name in User.select(User.id, User.name).order_by(User.name).tuples():
            self.person.addItem(name, user_id)
        self.kind.addItem(self.tr("Any kind"), None)
        for kind, word in words.KIND_WORDS.items():
            self.kind.addItem(translated(words.CONTEXT, word).capitalize(), kind)
        self.action.addItem(self.tr("Any action"), None)
        for action in ACTIONS:
            self.action.addItem(words.action_word(action).capitalize(), action)

    def current_filter(self) -> history.AuditFilter | None:
        """The filter the fields say, or None (and the problem shown) while a date cannot be read."""
        if any(f.problem() for f in (self.since, self.until)):
            return None  # the field says why when it is left
        since, until = self.since.day(), self.until.day()
        backwards = bool(since and until and until < since)
        self.problem.setText(self.tr("The end of the period is before its start.") if backwards else "")
        self.problem.setVisible(backwards)
        if backwards:
            return None
        return history.AuditFilter(client_id=self.client.currentData(), user_id=self.person.currentData(),
                                   kind=self.kind.currentData(), action=self.action.currentData(),
                                   since=since, until=until)

    def apply_filters(self) -> None:
        f = self.current_filter()
        if f is None:
            return
        by = acting_user_id()
        self.view.set_loader(lambda before, limit: history.firm_log(f, by, before, limit))


def open_firm_log(parent: QWidget | None) -> FirmLogWindow | None:
    """The firm-wide log for an owner; anyone else is told who may read it."""
    from ui.shell.errors import show_error

    try:
        rights.require(acting_user_id(), history.FIRM_LOG)
    except RapportError as exc:
        show_error(parent, exc)
        return None
    window = FirmLogWindow(parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    window.show()
    return window
