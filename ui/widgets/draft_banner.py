"""The offer to bring back an entry that was being typed when its editor or the app closed."""

import datetime as dt

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.widgets.when_field import show_moment


class _AtOnceButton(QPushButton):
    """A button whose Alt+letter acts at once: Qt's mnemonic animates a click that lands 100 ms
    later, after the keys typed straight after it, and the restored draft then overwrote them."""

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Shortcut and not event.isAmbiguous() and self.isEnabled()
                and self.isVisible()):
            self.click()
            return True
        return super().event(event)


class DraftBanner(QFrame):
    """"Restore the unsaved entry from <time>?" with Restore and Discard."""

    restore = Signal()
    discard = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("draftBanner")
        self.setStyleSheet("#draftBanner { background: #fff8e1; border: 1px solid #ffca28; border-radius: 4px; }")
        self.message = QLabel(self)
        self.restore_button = _AtOnceButton(self.tr("&Restore"), self)
        self.discard_button = _AtOnceButton(self.tr("Disc&ard"), self)
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
