"""Reminders in the main window: the tray icon where the desktop has a tray, else the banner."""

from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon, QVBoxLayout, QWidget

from app.today.reminders import Reminder
from ui.reminders.banner import ReminderBanner
from ui.reminders.keeper import ReminderKeeper
from ui.reminders.tray import ReminderTray, bring_up
from ui.shell.events import bus


def open_reminder(window: QMainWindow, reminder: Reminder) -> None:
    """The window up, on the reminder's item as Today would open it (its client, entry or tab)."""
    from ui.today.page import OPENERS

    bring_up(window)
    opener = OPENERS.get(reminder.item.ref_kind)
    if opener is None:
        bus().open_client.emit(reminder.item.client_id)
    else:
        opener(window, reminder.item)


class Reminders:
    """What install_reminders adds to the window: the keeper and the tray or the banner."""

    def __init__(self, window: QMainWindow):
        self.window = window
        self.keeper = ReminderKeeper(window, lambda reminder: open_reminder(window, reminder))
        self.tray: ReminderTray | None = None
        self.banner: ReminderBanner | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = ReminderTray(window, self.keeper, self.show_today)
        else:
            self.banner = ReminderBanner(self.keeper, self.show_today)
            pages = window.takeCentralWidget()
            holder = QWidget(window)
            holder.setObjectName("reminder_holder")
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(0)
            layout.addWidget(self.banner)
            layout.addWidget(pages, 1)
            window.setCentralWidget(holder)
        if self.tray is not None:
            self.tray.set_visible(self.keeper.enabled())

    def show_today(self) -> None:
        bring_up(self.window)
        self.window.show_page("today")

    def follow_setting(self) -> None:
        """After Settings: reminders turned off hide the tray icon and the banner; on, they check at once."""
        on = self.keeper.enabled()
        if self.tray is not None:
            self.tray.set_visible(on)
        if on:
            self.keeper.check()
        else:
            self.keeper.stop()


def install_reminders(window: QMainWindow) -> Reminders:
    window.reminders = Reminders(window)
    return window.reminders
