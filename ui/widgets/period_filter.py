"""A period and a tag to narrow the journal: shared by the brief and the export dialogs."""

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from app.common.errors import Problem, ValidationError
from app.search.engine import tag_names
from ui.shell import labels
from ui.widgets.day_field import DayField, show_day


class PeriodFilter(QWidget):
    """From and to days (either may be empty) and one tag (or any)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.date_from = DayField(self, relative=False)
        self.date_to = DayField(self, relative=False)
        self.tag = QComboBox(self)
        self.tag.addItem(self.tr("any tag"), "")
        for name in tag_names():
            self.tag.addItem(labels.label("tag", name), name)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&From:"), self.date_from)
        form.addRow(self.tr("&To:"), self.date_to)
        form.addRow(self.tr("T&ag:"), self.tag)

    def values(self) -> tuple[dt.date | None, dt.date | None, list[str]]:
        """(from, to, tags); raises ValidationError naming the field that is not a day."""
        date_from, date_to = read_period(self.date_from, self.date_to)
        tag = self.tag.currentData()
        return date_from, date_to, [tag] if tag else []


def read_period(date_from: DayField, date_to: DayField) -> tuple[dt.date | None, dt.date | None]:
    """The days of a from and a to field (either may be empty); raises ValidationError naming the
    field that is not a day, or the to before the from."""
    translate = QCoreApplication.translate
    first, last = translate("PeriodFilter", "From"), translate("PeriodFilter", "To")
    problems, days = [], []
    for name, field in ((first, date_from), (last, date_to)):
        try:
            days.append(field.day())
        except ValueError:
            days.append(None)
            problems.append(Problem(name, translate("PeriodFilter", "%1 is not a day; type one like %2")
                                    .replace("%1", repr(field.text())).replace("%2", show_day(dt.date.today()))))
    if not problems and days[0] and days[1] and days[1] < days[0]:
        problems.append(Problem(last, translate("PeriodFilter", "is before the first day")))
    if problems:
        raise ValidationError(problems)
    return days[0], days[1]
