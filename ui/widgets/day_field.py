"""A day typed as a person would: in the user's locale, ISO, today/yesterday or +3d / +1w / +1m; empty for none.

What the field means is spelled out beside it as it is typed; text it cannot read gets a message
at the field when it is left, and leaving it rewrites what was typed as the day it means, so what
is saved is always what is shown.
"""

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from app.journal.typed_dates import parse_day

ERROR_STYLE = "color: #c62828;"


def four_digit_years(fmt: str) -> str:
    """A Qt date format with the year in four digits (6/28/2027, not 6/28/27)."""
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def short_format() -> str:
    """The user's short date format, with the year in four digits."""
    return four_digit_years(QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def date_order() -> str:
    """The order the user's locale writes day, month and year in: "DMY", "MDY" or "YMD"."""
    fmt = short_format()
    positions = sorted((fmt.find(letter), name) for letter, name in (("d", "D"), ("M", "M"), ("y", "Y")))
    order = "".join(name for _pos, name in positions)
    return order if order in ("DMY", "MDY", "YMD") else "DMY"


def locale_day(text: str) -> dt.date | None:
    """The day text means in the user's locale (or ISO), or None; a two-digit year is 20xx."""
    try:
        return parse_day(text, dt.date.today(), date_order())
    except ValueError:
        return None


def show_day(day: dt.date | None, long: bool = False) -> str:
    if day is None:
        return ""
    if long:
        return QLocale().toString(QDate(day), QLocale.FormatType.LongFormat)
    return QLocale().toString(QDate(day), short_format())


class DayField(QWidget):
    """A line edit for an optional day, with the day it means (or why it means none) beside it."""

    text_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, relative: bool = True, preview: bool = True):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        example = show_day(dt.date.today())
        self.edit.setPlaceholderText(self.tr("none · %1 · +1d · +1w").replace("%1", example) if relative
                                     else self.tr("none or %1").replace("%1", example))
        # Room for a whole day of the locale (never ".5.05.2023", its start scrolled away) and for the
        # whole hint of how to write one, in this language.
        metrics = self.edit.fontMetrics()
        widest = max(metrics.horizontalAdvance(show_day(dt.date(2028, month, 28))) for month in (9, 12))
        self.edit.setMinimumWidth(max(widest, metrics.horizontalAdvance(self.edit.placeholderText())) + 24)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.show_preview = preview
        self.preview.setVisible(preview)
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

    def day(self, today: dt.date | None = None) -> dt.date | None:
        """The day typed, or None when empty; raises ValueError when the text is not a day."""
        return parse_day(self.edit.text(), today or dt.date.today(), date_order())

    def set_day(self, day: dt.date | None) -> None:
        self.edit.setText(show_day(day))

    def problem(self) -> str:
        """Why the text is not a day, in the user's words ("" when it is one, or empty)."""
        try:
            self.day()
        except ValueError:
            return self.tr("“%1” is not a date: type e.g. %2, +1d or +1w").replace(
                "%1", self.edit.text().strip()).replace("%2", show_day(dt.date.today()))
        return ""

    def message(self) -> str:
        """The message shown at the field now ("" when none)."""
        return self.preview.text() if self._has_message else ""

    def _hint(self, is_message: bool) -> None:
        self._has_message = is_message
        self.preview.setStyleSheet(ERROR_STYLE if is_message else "")
        self.preview.setEnabled(is_message)  # a greyed hint, or a message in red
        self.preview.setVisible(self.show_preview or (is_message and bool(self.preview.text())))

    def _text_changed(self, text: str) -> None:
        try:
            self.preview.setText(show_day(self.day(), long=True))
        except ValueError:
            self.preview.setText("")  # half typed: no nagging until the field is left
        self._hint(False)
        self.text_changed.emit(text)

    def normalise(self) -> bool:
        """Leaving the field: "+1w" or "1.2.26" becomes the date it means (True), or a message says why not."""
        problem = self.problem()
        if problem:
            self.preview.setText(problem)
            self._hint(True)
            return False
        day = self.day()
        if self.edit.text() != show_day(day):
            self.set_day(day)  # spaces alone become empty: the field shows the none it means
        return True
