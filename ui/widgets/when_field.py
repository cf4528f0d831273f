"""A date and time typed as a person would: the locale's way, ISO, now/yesterday 9:30, -2d, +1w.

Plain text, not a spin box of sections: a section box keeps half of a mistyped date (31.02 became
31.12). Here a text is read whole or refused with a message at the field, and leaving the field
rewrites it as the moment it means, so the moment saved is the one shown.
"""

import datetime as dt

from PySide6.QtCore import QDateTime, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from app.journal.typed_dates import parse_moment
from ui.widgets.day_field import ERROR_STYLE, date_order, four_digit_years


def moment_format() -> str:
    """The user's short date-and-time format, with the year in four digits."""
    return four_digit_years(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))


def show_moment(moment: dt.datetime | None, long: bool = False) -> str:
    if moment is None:
        return ""
    value = QDateTime(moment.replace(second=0, microsecond=0))
    if long:
        return QLocale().toString(value, _long_format())
    return QLocale().toString(value, moment_format())


def _long_format() -> str:
    locale = QLocale()
    return f"{locale.dateFormat(QLocale.FormatType.LongFormat)} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


class WhenField(QWidget):
    """A line edit for a required date and time, with the moment it means spelled out beside it."""

    text_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        sample = show_moment(dt.datetime(2028, 12, 28, 22, 58))
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance(sample) + 24)
        self.edit.setPlaceholderText(self.tr("%1 · yesterday 9:30 · -2d").replace("%1", sample))
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self._hint(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.preview, 1)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.editingFinished.connect(self.normalise)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - mirrors QLineEdit
        self.edit.setText(text)

    def moment(self, now: dt.datetime | None = None) -> dt.datetime:
        """The moment typed, to the minute; raises ValueError when the text is not one."""
        return parse_moment(self.edit.text(), now or dt.datetime.now(), date_order())

    def set_moment(self, moment: dt.datetime) -> None:
        self.edit.setText(show_moment(moment))

    def problem(self) -> str:
        """Why the text is not a date and time, in the user's words ("" when it is one)."""
        try:
            self.moment()
        except ValueError:
            text = self.edit.text().strip()
            example = show_moment(dt.datetime.now())
            if not text:
                return self.tr("Type when it happened, e.g. %1").replace("%1", example)
            return self.tr("“%1” is not a date and time: type e.g. %2, yesterday 9:30 or -2d").replace(
                "%1", text).replace("%2", example)
        return ""

    def message(self) -> str:
        """The message shown at the field now ("" when none)."""
        return self.preview.text() if self._has_message else ""

    def normalise(self) -> bool:
        """Rewrite the text as the moment it means (True), or show at the field why it means none."""
        problem = self.problem()
        if problem:
            self.preview.setText(problem)
            self._hint(True)
            return False
        shown = show_moment(self.moment())
        if self.edit.text() != shown:
            self.edit.setText(shown)
        return True

    def _hint(self, is_message: bool) -> None:
        self._has_message = is_message
        self.preview.setStyleSheet(ERROR_STYLE if is_message else "")
        self.preview.setEnabled(is_message)

    def _text_changed(self, text: str) -> None:
        try:
            self.preview.setText(show_moment(self.moment(), long=True))
        except ValueError:
            self.preview.setText("")
        self._hint(False)
        self.text_changed.emit(text)
