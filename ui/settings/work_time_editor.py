"""The firm's working week, hours and holidays, as edited in the settings dialog."""

import datetime as dt

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from app.common import preferences
from app.common.errors import Problem
from app.hear.calendar_settings import MAX_REPLY_HOURS, holidays
from ui.settings.models import HolidaysModel, data_table
from ui.widgets.day_field import DayField, show_day
from ui.widgets.field_errors import FieldErrors
from ui.widgets.form import hint_label


class WorkTimeEditor(QWidget):
    """Working weekdays as checkboxes, the hours of a day, and the list of holidays."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        tab = self
        grid = QGridLayout(tab)
        grid.setColumnStretch(1, 1)
        self.errors = FieldErrors()
        days_row = QWidget(tab)
        days_layout = QHBoxLayout(days_row)
        days_layout.setContentsMargins(0, 0, 0, 0)
        working = set(preferences.get("working_days"))
        self.day_boxes = []
        for weekday in range(7):
            box = QCheckBox(QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat), days_row)
            box.setChecked(weekday in working)
            days_layout.addWidget(box)
            self.day_boxes.append(box)
        days_layout.addStretch(1)
        days_row.setFocusProxy(self.day_boxes[0])
        row = self.errors.add_row(grid, 0, "working_days", self.tr("Working &days"), days_row)
        self.work_start = QTimeEdit(QTime.fromString(preferences.get("work_start"), "HH:mm"), tab)
        self.work_end = QTimeEdit(QTime.fromString(preferences.get("work_end"), "HH:mm"), tab)
        hours = QWidget(tab)
        hours_layout = QHBoxLayout(hours)
        hours_layout.setContentsMargins(0, 0, 0, 0)
        hours_layout.addWidget(self.work_start)
        hours_layout.addWidget(QLabel("–"))
        hours_layout.addWidget(self.work_end)
        hours_layout.addStretch(1)
        hours.setFocusProxy(self.work_start)
        row = self.errors.add_row(grid, row, "work_end", self.tr("Working &hours"), hours)
        self.reply_within = QSpinBox(tab)
        self.reply_within.setObjectName("reply_within_hours")
        self.reply_within.setRange(0, int(MAX_REPLY_HOURS))
        self.reply_within.setSpecialValueText(self.tr("the same working day"))
        self.reply_within.setSuffix(self.tr(" working hours"))
        self.reply_within.setValue(int(round(preferences.get("reply_within_hours"))))
        reply_row = QWidget(tab)
        reply_layout = QHBoxLayout(reply_row)
        reply_layout.setContentsMargins(0, 0, 0, 0)
        reply_layout.addWidget(self.reply_within)
        reply_layout.addStretch(1)
        reply_row.setFocusProxy(self.reply_within)
        row = self.errors.add_row(grid, row, "reply_within_hours", self.tr("A&nswer the client within"), reply_row)
        grid.addWidget(hint_label(self.tr("An inbound email, request or feedback waits for a reply until our next "
                                          "contact with the client; past this rule it shows in Today and in health.")),
                       row, 1)
        row += 1
        self.holidays_model = HolidaysModel(holidays(), self)
        self.holidays_view = data_table(self.holidays_model, tab)
        self.holiday_day = DayField(tab, relative=False, preview=False)
        self.holiday_name = QLineEdit(tab)
        self.holiday_name.setPlaceholderText(self.tr("name, e.g. New Year"))
        add_button = QPushButton(self.tr("&Add"), tab)
        remove_button = QPushButton(self.tr("&Remove"), tab)
        add_button.clicked.connect(self.add_holiday)
        remove_button.clicked.connect(lambda: self.holidays_model.remove_holiday(
            self.holidays_view.currentIndex().row()))
        holiday_box = QWidget(tab)
        box = QGridLayout(holiday_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.holidays_view, 0, 0, 1, 4)
        box.addWidget(self.holiday_day, 1, 0)
        box.addWidget(self.holiday_name, 1, 1)
        box.addWidget(add_button, 1, 2)
        box.addWidget(remove_button, 1, 3)
        box.setColumnStretch(0, 2)
        box.setColumnStretch(1, 2)
        holiday_box.setFocusProxy(self.holiday_day)
        self.errors.add_row(grid, row, "holidays", self.tr("Ho&lidays"), holiday_box)
        grid.addWidget(hint_label(self.tr("The clocks for acknowledging feedback and answering the client run only in working hours.")),
                       row + 2, 1)
        self.editable = True
        self.grid, self.note_row = grid, row + 3

    def set_read_only(self, note: str) -> None:
        """Shown to someone who may not change the firm's settings: every field locked, and who may."""
        self.editable = False
        for widget in (*self.day_boxes, self.work_start, self.work_end, self.holiday_day, self.holiday_name,
                       *self.findChildren(QPushButton)):
            widget.setEnabled(False)
        self.read_only_note = QLabel(note, self)
        self.read_only_note.setObjectName("read_only_note")
        self.read_only_note.setWordWrap(True)
        self.grid.addWidget(self.read_only_note, self.note_row, 0, 1, 2)

    def add_holiday(self) -> None:
        self.errors.clear_field("holidays")
        try:
            day = self.holiday_day.day()
        except ValueError:
            day = None
        if day is None:
            example = show_day(dt.date(dt.date.today().year, 12, 25))
            message = self.tr("Type the holiday's date first, e.g. %1").replace("%1", example)
            self.errors.show([Problem("holidays", message)], "holidays")
            return
        self.holidays_model.add_holiday(day, self.holiday_name.text())
        self.holiday_day.setText("")
        self.holiday_name.clear()
        self.holiday_day.setFocus()


    def reply_hours(self) -> float:
        """The firm's reply rule: 0 for the same working day, else working hours."""
        return float(self.reply_within.value())

    def values(self) -> tuple[list[int], dt.time, dt.time, list[tuple[dt.date, str]]]:
        """(weekdays, start, end, holidays) as app.hear.calendar_settings.save_work_calendar takes them."""
        days = [weekday for weekday, box in enumerate(self.day_boxes) if box.isChecked()]
        return days, self.work_start.time().toPython(), self.work_end.time().toPython(), self.holidays_model.rows
