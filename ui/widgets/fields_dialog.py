"""A small dialog of labelled fields whose OK hands the values to an app/ service.

Used by the feedback, negotiation, playbook and portrait screens for their short forms: a
required field keeps OK disabled until it is filled, and the service's ValidationError (or a
refusal such as PermissionDenied) is shown in the dialog, beside the field it names.
"""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.common.errors import RapportError
from ui.widgets.day_field import DayField
from ui.widgets.field_errors import FieldErrors
from ui.widgets.form import add_save_shortcuts
from ui.widgets.saving import save_in_background


def field_value(widget: QWidget):
    """What a field holds, as the services take it."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, DayField):
        if not widget.normalise():  # the day saved is the day the field shows, or none is saved
            raise ValueError(widget.problem())
        return widget.day()
    if isinstance(widget, QDoubleSpinBox):
        return widget.value()
    return widget.value()


def _filled(widget: QWidget) -> bool:
    value = field_value(widget) if not isinstance(widget, DayField) else widget.text()
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


def _changed_signal(widget: QWidget):
    for name in ("textChanged", "text_changed", "currentIndexChanged", "valueChanged"):
        if hasattr(widget, name):
            return getattr(widget, name)
    return None


class FieldsDialog(QDialog):
    """Labelled fields over OK/Cancel; OK calls save(values) and closes only if it succeeded."""

    def __init__(self, parent: QWidget | None, title: str, save: Callable[[dict], object], intro: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.save = save
        self.result_value = None
        self.fields: dict[str, QWidget] = {}
        self.required: list[str] = []
        self.errors = FieldErrors()
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.next_row = 0
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #c62828;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro, self)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addLayout(self.grid)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        add_save_shortcuts(self, self.submit)
        self.setMinimumWidth(460)

    def add_field(self, name: str, label: str, widget: QWidget, required: bool = False) -> QWidget:
        widget.setObjectName(name)
        widget.setParent(self)
        self.fields[name] = widget
        self.next_row = self.errors.add_row(self.grid, self.next_row, name, label, widget)
        if required:
            self.required.append(name)
            signal = _changed_signal(widget)
            if signal is not None:
                signal.connect(self._update_ok)
        self._update_ok()
        return widget

    def values(self) -> dict:
        return {name: field_value(widget) for name, widget in self.fields.items()}

    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _update_ok(self, *_args) -> None:
        self.ok_button().setEnabled(all(_filled(self.fields[n]) for n in self.required))

    def submit(self) -> None:
        if not self.ok_button().isEnabled():
            return
        self.message.hide()
        try:
            values = self.values()
        except ValueError as exc:  # a DayField that does not hold a day
            self.show_message(str(exc))
            return
        save = self.save

        def write():
            try:
                return save(values)
            except ValueError as exc:
                raise RapportError(str(exc)) from exc

        # On a worker: the window never waits on the database lock (ui.widgets.saving).
        save_in_background(self, write, self._saved, lambda exc: self.errors.show(exc.problems, next(iter(self.fields))),
                           lambda exc: self.show_message(str(exc)))

    def _saved(self, result) -> None:
        self.result_value = result
        self.accept()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
