"""Where there is no system tray: the newest reminder as a banner above the window's pages."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from ui.reminders import text
from ui.reminders.keeper import ReminderKeeper


class ReminderBanner(QFrame):
    """The newest pending reminder with Open, Snooze and Dismiss; how many more wait, one click from Today."""

    def __init__(self, keeper: ReminderKeeper, show_today, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reminder_banner")
        self.keeper, self.show_today = keeper, show_today
        self.setStyleSheet("#reminder_banner { background: #fff4d6; border-bottom: 1px solid #e0c067; }"
                           "#reminder_banner QLabel { color: #3d2f00; }")
        self.heading = QLabel(self)
        self.heading.setObjectName("reminder_heading")
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.what = QLabel(self)
        self.what.setObjectName("reminder_what")
        self.what.setWordWrap(True)
        self.what.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("reminder_open")
        self.open_button.clicked.connect(lambda: self._act(self.keeper.open))
        self.snooze_button = QPushButton(self.tr("S&nooze"), self)
        self.snooze_button.setObjectName("reminder_snooze")
        self.snooze_menu = QMenu(self.snooze_button)
        for choice, label in text.SNOOZE_CHOICES:
            action = self.snooze_menu.addAction(text.tr(label))
            action.setObjectName(f"snooze_{choice}")
            action.triggered.connect(lambda _=False, c=choice: self._act(lambda r: self.keeper.snooze(r, c)))
        self.snooze_button.setMenu(self.snooze_menu)
        self.more_button = QPushButton(self)
        self.more_button.setObjectName("reminder_more")
        self.more_button.setFlat(True)
        self.more_button.clicked.connect(self.show_today)
        self.dismiss_button = QToolButton(self)
        self.dismiss_button.setObjectName("reminder_dismiss")
        self.dismiss_button.setText("✕")
        self.dismiss_button.setAutoRaise(True)
        self.dismiss_button.setToolTip(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(lambda: self._act(self.keeper.dismiss))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.what, 1)
        layout.addWidget(self.more_button)
        layout.addWidget(self.open_button)
        layout.addWidget(self.snooze_button)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        keeper.pending_changed.connect(self.follow)
        keeper.announced.connect(self._announced)
        self.follow()

    def current(self):
        return self.keeper.pending[0] if self.keeper.pending else None

    def follow(self) -> None:
        """Show the newest pending reminder, or hide when none is left."""
        reminder = self.current()
        if reminder is None:
            self.hide()
            return
        self.heading.setText(text.heading(reminder))
        self.what.setText(text.elided(text.what(reminder), 160))
        self.what.setToolTip(text.what(reminder))
        more = len(self.keeper.pending) - 1
        self.more_button.setText(text.more_text(more))
        self.more_button.setVisible(more > 0)
        self.show()

    def _announced(self, _reminders) -> None:
        QApplication.alert(self.window())  # the task bar says so while the window is minimised or behind

    def _act(self, action) -> None:
        reminder = self.current()
        if reminder is not None:
            action(reminder)
