"""Opening an editor read-only for someone who may not change what it shows, saying who may."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

READ_ONLY_STYLE = "color: #8a5a00;"


def read_only_note(parent: QWidget, refusal: str) -> QLabel:
    """The line that says why nothing here can be changed, and who may change it."""
    label = QLabel(QCoreApplication.translate("ReadOnly", "Read only: %1").replace("%1", refusal), parent)
    label.setObjectName("read_only_note")
    label.setWordWrap(True)
    label.setStyleSheet(READ_ONLY_STYLE)
    return label


def lock_fields(root: QWidget, keep: tuple[QWidget, ...] = (), disable: tuple[QWidget, ...] = ()) -> None:
    """Every input under root becomes read-only (text stays selectable); buttons other than keep, and
    the widgets in disable (chips, pickers), are disabled."""
    for widget in disable:
        widget.setEnabled(False)
    for edit in root.findChildren(QLineEdit):
        edit.setReadOnly(True)
    for edit in (*root.findChildren(QPlainTextEdit), *root.findChildren(QTextEdit)):
        edit.setReadOnly(True)
    for spin in root.findChildren(QAbstractSpinBox):
        spin.setReadOnly(True)
    for combo in root.findChildren(QComboBox):
        combo.setEnabled(False)
    for view in root.findChildren(QAbstractItemView):
        if not isinstance(view.parent(), QComboBox):
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    for button in root.findChildren(QAbstractButton):
        if button not in keep:
            button.setEnabled(False)
