"""The tray icon: a desktop notification when reminders come due, and a menu to open or snooze each."""

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon

from app.today.reminders import Reminder
from ui.reminders import text
from ui.reminders.keeper import ReminderKeeper
from ui.shell.icon import app_icon

MENU_ITEMS = 8  # pending reminders listed in the menu; the rest are on Today
MESSAGE_MS = 15_000
MANY_LINES = 3  # items named in a notification of several


def bring_up(window: QMainWindow) -> None:
    """The window to the front, restored if minimised or hidden."""
    if window.isMinimized() or not window.isVisible():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
    window.raise_()
    window.activateWindow()


class ReminderTray(QObject):
    """Rapport's icon in the system tray while reminders are on; its notifications and menu."""

    def __init__(self, window: QMainWindow, keeper: ReminderKeeper, show_today):
        super().__init__(window)
        self.window, self.keeper, self.show_today = window, keeper, show_today
        self.icon = QSystemTrayIcon(app_icon(), window)
        self.icon.setObjectName("reminder_tray")
        self.menu = QMenu(window)
        self.menu.setObjectName("reminder_tray_menu")
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._message_clicked)
        self.last: list[Reminder] = []  # what the latest notification announced
        keeper.announced.connect(self.announce)
        keeper.pending_changed.connect(self.rebuild_menu)
        self.rebuild_menu()

    def announce(self, reminders: list[Reminder]) -> None:
        self.last = list(reminders)
        if len(reminders) == 1:
            title, body = text.heading(reminders[0]), text.what(reminders[0])
        else:
            title = text.many_title(len(reminders))
            lines = [text.elided(text.one_line(r), 70) for r in reminders[:MANY_LINES]]
            if len(reminders) > MANY_LINES:
                lines.append(text.more_text(len(reminders) - MANY_LINES))
            body = "\n".join(lines)
        self.icon.showMessage(title, body, app_icon(), MESSAGE_MS)

    def _message_clicked(self) -> None:
        """A click on the notification opens what it announced (Today, for several)."""
        if len(self.last) == 1 and any(r.key == self.last[0].key for r in self.keeper.pending):
            self.keeper.open(self.last[0])
        else:
            bring_up(self.window)
            self.show_today()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            bring_up(self.window)

    def rebuild_menu(self) -> None:
        self.menu.clear()
        pending = self.keeper.pending
        for reminder in pending[:MENU_ITEMS]:
            self.menu.addMenu(self._reminder_menu(reminder))
        if len(pending) > MENU_ITEMS:
            more = self.menu.addAction(text.more_text(len(pending) - MENU_ITEMS))
            more.setEnabled(False)
        if pending:
            self.menu.addSeparator()
        self.menu.addAction(self.tr("Show Rapport"), lambda: bring_up(self.window))
        self.menu.addAction(self.tr("Today's list"), lambda: (bring_up(self.window), self.show_today()))
        self.menu.addSeparator()
        quit_action = self.window.findChild(QAction, "quit")
        if quit_action is not None:  # its words, not its shortcut: Ctrl+Q means nothing in the tray
            self.menu.addAction(quit_action.text(), quit_action.trigger)
        count = len(pending)
        self.icon.setToolTip(text.many_title(count) if count else self.tr("Rapport: nothing due now"))

    def _reminder_menu(self, reminder: Reminder) -> QMenu:
        menu = QMenu(text.elided(text.one_line(reminder), 70), self.menu)
        menu.addAction(self.tr("Open"), lambda r=reminder: self.keeper.open(r))
        for choice, label in text.SNOOZE_CHOICES:
            menu.addAction(text.tr(label), lambda r=reminder, c=choice: self.keeper.snooze(r, c))
        menu.addAction(self.tr("Dismiss"), lambda r=reminder: self.keeper.dismiss(r))
        return menu

    def set_visible(self, visible: bool) -> None:
        self.icon.setVisible(visible)
