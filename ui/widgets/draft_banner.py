"""The offer to bring back an entry that was being typed when its editor or the app closed."""

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.widgets.when_field import show_moment


class DraftBanner(QFrame):
    """"Restore the unsaved entry from <time>?" with Restore and Discard."""

    restore = Signal()
    discard = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("draftBanner")
        self.setStyleSheet("#draftBanner { background: #fff8e1; border: 1px solid #ffca28; border-radius: 4px; }")
        self.message = QLabel(self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.discard_button = QPushButton(self.tr("Disc&ard"), self)
        for button in (self.restore_button, self.discard_button):
            button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)
        self.restore_button.clicked.connect(self._restore)
        self.discard_button.clicked.connect(self._discard)
        self.hide()

    def offer(self, saved_at: dt.datetime) -> None:
        when = show_moment(saved_at)
        self.message.setText(self.tr("Restore the unsaved entry from %1?").replace("%1", when))
        self.show()

    def _restore(self) -> None:
        self.hide()
        self.restore.emit()

    def _discard(self) -> None:
        self.hide()
        self.discard.emit()
