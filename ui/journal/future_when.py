"""Asking once about a When ahead of now: "this is in 4 weeks: log it as planned?"."""

import datetime as dt

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.widgets.when_field import show_moment

# A When this far ahead is asked about once: a clock a few minutes fast is not a plan.
FUTURE_SLACK = dt.timedelta(minutes=15)


class FutureQuestion(QObject):
    """Asks whether a When ahead of now is meant; a yes holds for that moment, as does the stored When."""

    def __init__(self, parent: QWidget, stored: dt.datetime | None):
        super().__init__(parent)
        self.stored = stored  # an entry's When as the journal has it was agreed when it was saved
        self.confirmed: dt.datetime | None = None  # the moment the user said "yes, log it as planned" for

    def agreed(self, moment: dt.datetime) -> bool:
        """True for a When not ahead of now, or one the user says yes to (asked once per moment)."""
        ahead = moment - dt.datetime.now()
        if ahead <= FUTURE_SLACK or moment in (self.confirmed, self.stored):
            return True
        answer = QMessageBox.question(
            self.parent(), self.tr("A date in the future"),
            self.tr("%1 is %2 from now: log it as planned?").replace("%1", show_moment(moment))
            .replace("%2", self.time_ahead(ahead)))
        if answer == QMessageBox.StandardButton.Yes:
            self.confirmed = moment
            return True
        return False

    def time_ahead(self, ahead: dt.timedelta) -> str:
        """How far ahead, in the largest whole unit: 40 minutes, 5 hours, 3 days, 4 weeks, 2 months."""
        minutes = int(ahead.total_seconds() // 60)
        if minutes < 120:
            return self.tr("%n minute(s)", "", minutes)
        if minutes < 48 * 60:
            return self.tr("%n hour(s)", "", minutes // 60)
        days = ahead.days
        if days < 14:
            return self.tr("%n day(s)", "", days)
        if days < 62:
            return self.tr("%n week(s)", "", days // 7)
        return self.tr("%n month(s)", "", days // 30)
