"""Log the account manager's pulse: how the relationship feels (good, uneasy, bad), and why."""

import datetime as dt

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.common import identity, rights
from app.common.errors import RapportError
from app.health.pulse import log_pulse
from app.journal.records import get_user
from db.vocabulary import PULSE_READINGS
from ui.shell import labels
from ui.shell.events import bus
from ui.shell.who_are_you import ask_who_you_are
from ui.widgets.day_field import DayField, show_day
from ui.widgets.read_only import lock_fields, read_only_note
from ui.widgets.saving import save_in_background


def current_user_id() -> int | None:
    """Who is logging, or None when nobody is chosen (or the choice belongs to another journal)."""
    user_id = identity.acting_id()
    try:
        return get_user(user_id).id if user_id else None
    except RapportError:
        return None


class PulseDialog(QDialog):
    """Record one reading of a client relationship, stamped with the current user."""

    def __init__(self, parent: QWidget | None, client_id: int, client_name: str = ""):
        super().__init__(parent)
        self.client_id = client_id
        self.setWindowTitle(self.tr("Log pulse"))
        intro = QLabel(self.tr("How does the relationship with %1 feel to you? The health score counts "
                               "your reading, and shows where it and the computed band disagree.")
                       .replace("%1", client_name or self.tr("this client")), self)
        intro.setWordWrap(True)
        self.readings = QButtonGroup(self)
        row = QHBoxLayout()
        for i, reading in enumerate(PULSE_READINGS):
            button = QRadioButton(labels.label("reading", reading), self)
            button.setObjectName(f"reading_{reading}")
            self.readings.addButton(button, i)
            row.addWidget(button)
        row.addStretch(1)
        self.readings.button(0).setChecked(True)
        self.day = DayField(self)  # typed like every date: the locale's way, ISO, yesterday, -2d
        self.day.set_day(dt.date.today())
        self.comment = QPlainTextEdit(self)
        self.comment.setPlaceholderText(self.tr("What makes you say so (optional)"))
        self.comment.setTabChangesFocus(True)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Reading:"), row)
        form.addRow(self.tr("Date:"), self.day)
        form.addRow(self.tr("Comment:"), self.comment)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        acting = identity.acting()
        said = rights.refusal(acting, "record a pulse", client_id) if acting is not None else None
        self.refusal = said.shown() if said is not None else None
        if self.refusal is not None:  # nobody chosen yet: saving asks who you are
            lock_fields(self, keep=(buttons.button(QDialogButtonBox.StandardButton.Cancel),))
            layout.addWidget(read_only_note(self, self.refusal))
        layout.addWidget(buttons)
        self.resize(460, 300)

    def reading(self) -> str:
        return PULSE_READINGS[max(0, self.readings.checkedId())]

    def save(self) -> None:
        if self.refusal is not None:
            return
        if not self.day.normalise():  # what is saved is the day shown, or nothing
            self.day.setFocus()
            return
        day = self.day.day()
        if day is None:
            self.error.setText(self.tr("Type the day of this reading, e.g. %1").replace("%1", self.day.text() or
                                                                                   show_day(dt.date.today())))
            self.error.show()
            self.day.setFocus()
            return
        author = current_user_id() or ask_who_you_are(self)  # a reading is always someone's
        if author is None:
            self.error.setText(self.tr("Nothing was saved: say who you are first, so the reading has an author"))
            self.error.show()
            return
        client_id, reading, comment = self.client_id, self.reading(), self.comment.toPlainText()
        save_in_background(self, lambda: log_pulse(client_id, author, reading, comment, day),
                           self._saved, self._refused, self._refused)

    def _refused(self, exc: RapportError) -> None:
        self.error.setText(str(exc))
        self.error.show()

    def _saved(self, _pulse) -> None:
        bus().client_changed.emit(self.client_id)
        self.accept()
