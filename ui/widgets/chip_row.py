"""A row of chips that is one stop for Tab: arrows move, Space toggles, a first letter jumps.

Used for the interaction's tags (several may be on) and its sentiment (one or none).
"""

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QVBoxLayout, QWidget

_CHIP_STYLE = """
QToolButton {{ border: 1px solid {color}; border-radius: 10px; padding: 2px 9px; color: {color};
              background: transparent; }}
QToolButton:checked {{ background: {color}; color: white; }}
QToolButton[current="true"] {{ border: 2px solid palette(highlight); padding: 1px 8px; }}
"""


@dataclass(frozen=True)
class Chip:
    """One choice of a chip row: the stored value, its label, colour and tooltip."""

    value: object
    text: str
    color: QColor
    tooltip: str = ""


class ChipRow(QWidget):
    """Checkable chips reachable from the keyboard; exclusive rows hold one value or none."""

    changed = Signal()
    current_changed = Signal(int)  # index of the chip under the keyboard cursor

    def __init__(self, chips: list[Chip], exclusive: bool, parent: QWidget | None = None,
                 line_starts: tuple[int, ...] = ()):
        super().__init__(parent)
        self.chips = chips
        self.exclusive = exclusive
        self.current = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        lines = QVBoxLayout(self)
        lines.setContentsMargins(2, 2, 2, 2)
        lines.setSpacing(4)
        self.buttons: list[QToolButton] = []
        for index, chip in enumerate(chips):
            if index == 0 or index in line_starts:
                layout = QHBoxLayout()
                layout.setSpacing(4)
                lines.addLayout(layout)
            button = QToolButton(self)
            button.setText(chip.text)
            button.setToolTip(chip.tooltip)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setStyleSheet(_CHIP_STYLE.format(color=chip.color.name()))
            button.clicked.connect(lambda _checked, i=index: self._clicked(i))
            layout.addWidget(button)
            self.buttons.append(button)
            if index + 1 == len(chips) or index + 1 in line_starts:
                layout.addStretch(1)

    # ---- values --------------------------------------------------------------------------

    def checked_values(self) -> list:
        return [chip.value for chip, button in zip(self.chips, self.buttons, strict=True) if button.isChecked()]

    def set_checked_values(self, values) -> None:
        wanted = list(values or [])
        for chip, button in zip(self.chips, self.buttons, strict=True):
            button.setChecked(chip.value in wanted)

    def value(self):
        """The one checked value of an exclusive row, or None."""
        values = self.checked_values()
        return values[0] if values else None

    def set_value(self, value) -> None:
        self.set_checked_values([] if value is None else [value])

    # ---- interaction ---------------------------------------------------------------------

    def _clicked(self, index: int) -> None:
        if self.exclusive and self.buttons[index].isChecked():
            for i, button in enumerate(self.buttons):
                button.setChecked(i == index)
        self._move_to(index)
        self.changed.emit()

    def _toggle(self, index: int) -> None:
        self.buttons[index].setChecked(not self.buttons[index].isChecked())
        self._clicked(index)

    def _move_to(self, index: int) -> None:
        self.current = max(0, min(len(self.chips) - 1, index))
        self._show_cursor(self.hasFocus())
        self.current_changed.emit(self.current)

    def _show_cursor(self, visible: bool) -> None:
        for i, button in enumerate(self.buttons):
            button.setProperty("current", visible and i == self.current)
            button.style().unpolish(button)
            button.style().polish(button)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(key)
        if step is not None:
            self._step(step)
        elif key == Qt.Key.Key_Home:
            self._move_to(0)
        elif key == Qt.Key.Key_End:
            self._move_to(len(self.chips) - 1)
        elif key == Qt.Key.Key_Space:
            self._toggle(self.current)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_checked_values([])
            self.changed.emit()
        elif text and text.isprintable() and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._jump(text)
        else:
            super().keyPressEvent(event)

    def _step(self, step: int) -> None:
        """Arrows move the cursor; in an exclusive row they move the value itself (like a slider)."""
        if self.exclusive:
            current = self.value()
            start = self.current if current is None else self._index_of(current)
            index = max(0, min(len(self.chips) - 1, start + step))
            self.set_value(self.chips[index].value)
            self._move_to(index)
            self.changed.emit()
        else:
            self._move_to((self.current + step) % len(self.chips))

    def _index_of(self, value) -> int:
        return next(i for i, chip in enumerate(self.chips) if chip.value == value)

    def _jump(self, text: str) -> None:
        """A letter moves to the next chip starting with it; in an exclusive row it also picks it."""
        count = len(self.chips)
        for offset in range(1, count + 1):
            index = (self.current + offset) % count
            if self.chips[index].text.casefold().startswith(text.casefold()):
                if self.exclusive:
                    self.set_value(self.chips[index].value)
                    self.changed.emit()
                self._move_to(index)
                return

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self._show_cursor(True)
        self.current_changed.emit(self.current)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._show_cursor(False)
