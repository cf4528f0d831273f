"""Small pieces every editor form uses: vocabulary combos, fields side by side, the save keys."""

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QWidget

from ui.shell import labels

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")


def vocabulary_combo(kind: str, empty: str | None = None) -> QComboBox:
    """A combo of translated vocabulary labels that stores the English words; letters select."""
    combo = QComboBox()
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
