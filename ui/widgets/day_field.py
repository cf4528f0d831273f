"""A day typed as a person would: in the user's locale, ISO, or +3d / +1w / +1m; empty for none."""

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from app.journal.editor_choices import parse_day


def four_digit_years(fmt: str) -> str:
    """A Qt date format with the year in four digits (6/28/2027, not 6/28/27)."""
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def short_format() -> str:
    """The user's short date format, with the year in four digits."""
    return four_digit_years(QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def locale_day(text: str) -> dt.date | None:
    """The day text means in the user's short format, or None; a two-digit year is 20xx."""
    locale = QLocale()
    parsed = locale.toDate(text.strip(), short_format())
    if parsed.isValid():
        return parsed.toPython()
    parsed = locale.toDate(text.strip(), short_format().replace("yyyy", "yy"))
    if parsed.isValid():
        day = parsed.toPython()
        return day.replace(year=2000 + day.year % 100)
    return None


def show_day(day: dt.date | None, long: bool = False) -> str:
    if day is None:
        return ""
    if long:
        return QLocale().toString(QDate(day), QLocale.FormatType.LongFormat)
    return QLocale().toString(QDate(day), short_format())


class DayField(QWidget):
    """A line edit for an optional day, with the day it means spelled out beside it."""

    text_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, relative: bool = True, preview: bool = True):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        example = show_day(dt.date.today())
        self.edit.setPlaceholderText(self.tr("none · %1 · +1d · +1w").replace("%1", example) if relative
                                     else self.tr("none or %1").replace("%1", example))
        self.preview = QLabel(self)
        self.preview.setEnabled(False)  # greyed: a hint, not a value
        self.preview.setVisible(preview)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.preview, 1)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.editingFinished.connect(self._normalise)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - mirrors QLineEdit
        self.edit.setText(text)

    def day(self, today: dt.date | None = None) -> dt.date | None:
        """The day typed, or None when empty; raises ValueError when the text is not a day."""
        text = self.edit.text()
        return locale_day(text) if locale_day(text) else parse_day(text, today or dt.date.today())

    def set_day(self, day: dt.date | None) -> None:
        self.edit.setText(show_day(day))

    def _text_changed(self, text: str) -> None:
        try:
            self.preview.setText(show_day(self.day(), long=True))
        except ValueError:
            self.preview.setText("")
        self.text_changed.emit(text)

    def _normalise(self) -> None:
        """"+1w" becomes the date it means once the user leaves the field."""
        try:
            day = self.day()
        except ValueError:
            return
        if day is not None and self.edit.text().strip().startswith("+"):
            self.set_day(day)
