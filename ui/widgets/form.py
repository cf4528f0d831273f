"""Small pieces every editor form uses: type-ahead combos, fields side by side, the save keys,
a window as tall as its wrapped text needs."""

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QComboBox, QGridLayout, QHBoxLayout, QLabel, QToolTip, QWidget

from ui.shell import labels

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")


class TypeAheadCombo(QComboBox):
    """A drop-down that picks by typing and never swallows text without a word.

    Letters typed in a row pick the first item that starts with them (or has a word that does);
    Space continues such a search and never opens the popup (Alt+Down, F4 do); text that matches
    no item leaves the choice as it was and is reported through `unmatched`, so the form can say
    so at the field instead of losing it, and puts back the item chosen before that text began.
    """

    unmatched = Signal(str)  # the text typed that matches no item ("" once a match is found again)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.typed = ""
        self.say_misses = True  # a tooltip says a miss, unless the form says it at the field itself
        self._before = -1  # the item chosen before the letters being typed now
        self._last_key = 0.0
        self.view().installEventFilter(self)  # Ctrl+Enter in the open list still saves

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if (watched is self.view() and event.type() == QEvent.Type.KeyPress
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.hidePopup()
            pressed = QKeySequence(event.keyCombination())
            for shortcut in self.window().findChildren(QShortcut):
                if shortcut.isEnabled() and shortcut.key().matches(pressed) == QKeySequence.SequenceMatch.ExactMatch:
                    shortcut.activated.emit()
                    break
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        text = event.text()
        plain = not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if not (plain and text and text.isprintable()) or self.view().isVisible():
            if event.key() not in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
                self._forget()
            super().keyPressEvent(event)
            return
        now = time.monotonic()
        if now - self._last_key > QApplication.keyboardInputInterval() / 1000:
            self.typed = ""
        self._last_key = now
        if text == " " and not self.typed:
            event.accept()  # a lone Space neither opens the popup nor picks anything
            return
        if not self.typed:
            self._before = self.currentIndex()
        self.typed += text
        index = self.find_typed(self.typed)
        if index >= 0:
            self.setCurrentIndex(index)
            self.unmatched.emit("")
            QToolTip.hideText()
        else:
            # Not a choice but text: undo what its first letters picked, and say so.
            self.setCurrentIndex(self._before)
            self.unmatched.emit(self.typed)
            if self.say_misses:
                QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()),
                                  self.tr("“%1” matches nothing in this list").replace("%1", self.typed.strip()), self)
        event.accept()

    def find_typed(self, typed: str) -> int:
        """The first item starting with the typed text, else the first with a word that does; -1 for none."""
        wanted = typed.casefold().strip()
        if not wanted:
            return -1
        texts = [self.itemText(i).casefold() for i in range(self.count())]
        for i, text in enumerate(texts):
            if text.startswith(wanted):
                return i
        for i, text in enumerate(texts):
            if any(word.startswith(wanted) for word in text.replace(",", " ").replace("·", " ").split()):
                return i
        return -1

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._forget()
        super().focusOutEvent(event)

    def _forget(self) -> None:
        """A new search starts with the next letter; a message about a miss stays until a match."""
        self.typed = ""


def vocabulary_combo(kind: str, empty: str | None = None) -> QComboBox:
    """A combo of translated vocabulary labels that stores the English words; letters select."""
    combo = TypeAheadCombo()
    if empty is not None:
        combo.addItem(empty, None)
    for value, text in labels.choices(kind):
        combo.addItem(text, value)
    return combo


def select_data(combo: QComboBox, value) -> None:
    """Select the item that stores value (the first item when none does)."""
    combo.setCurrentIndex(max(combo.findData(value), 0))


def row_of(first: QWidget, *pairs) -> QWidget:
    """Several fields on one line: the first, then (label, widget) pairs; a lone field takes half."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(first, 1)
    for caption, widget in zip(pairs[::2], pairs[1::2], strict=True):
        label = QLabel(caption)
        label.setBuddy(widget.focusProxy() or widget)
        layout.addSpacing(8)
        layout.addWidget(label)
        layout.addWidget(widget, 1)
    if not pairs:
        layout.addStretch(1)
    row.setFocusProxy(first)
    return row


def mnemonic_key(caption: str) -> str:
    """The Alt+letter a caption's "&" gives ("Alt+U" for "S&ummary"); "" when it has none."""
    at = caption.replace("&&", "").find("&")
    text = caption.replace("&&", "")
    if at < 0 or at + 1 >= len(text):
        return ""
    return QKeySequence(f"Alt+{text[at + 1].upper()}").toString(QKeySequence.SequenceFormat.NativeText)


def add_save_shortcuts(dialog: QWidget, save: Callable[[], None]) -> None:
    """Ctrl+Enter (either Enter key) saves from any field of the dialog."""
    for keys in SAVE_KEYS:
        QShortcut(QKeySequence(keys), dialog, save)


def form_grid() -> QGridLayout:
    """The grid of an editor form: captions in column 0, fields (stretching) in column 1."""
    grid = QGridLayout()
    grid.setColumnStretch(1, 1)
    grid.setVerticalSpacing(2)
    return grid


def hint_label(text: str) -> QLabel:
    """A greyed, wrapping line that explains the field above it."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setEnabled(False)
    return label


def fit_height(window: QWidget) -> None:
    """Be at least as tall as the form at this width, so a hint never squeezes the fields under it.

    A window's automatic minimum ignores how tall wrapped text (hints, messages) gets at the width
    it really has; the form then overlaps. Here it is the height for the actual width."""
    layout = window.layout()
    if layout is None:
        return
    need = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else -1
    need = max(need, layout.totalMinimumSize().height())
    window.setMinimumSize(layout.totalMinimumSize().width(), need)
    if window.height() < need:
        window.resize(window.width(), need)
    keep_on_screen(window)


def keep_on_screen(window: QWidget) -> None:
    """Grown downwards, a window may leave a small screen (1024x700): move it up so its buttons show."""
    if not window.isVisible() or window.screen() is None:
        return
    available = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if frame.bottom() > available.bottom():
        window.move(frame.left(), max(available.top(), available.bottom() - frame.height() + 1))
