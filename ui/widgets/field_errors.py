"""Validation errors shown where they belong: a red border on the field, the message under it."""

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from app.common.errors import Problem

_ERROR_STYLE = "color: #c62828;"
_INVALID_STYLE = "#{name} {{ border: 1px solid #c62828; border-radius: 3px; }}"


class FieldErrors:
    """The fields of a form by name, each with a message label under it, hidden until needed."""

    def __init__(self):
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}

    def add_row(self, grid: QGridLayout, row: int, name: str, label: str, widget: QWidget,
                error_key: str | None = None) -> int:
        """Put a labelled field at row (and its error line under it); return the next free row."""
        caption = QLabel(label)
        caption.setBuddy(widget.focusProxy() or widget)
        grid.addWidget(caption, row, 0)
        grid.addWidget(widget, row, 1)
        self.widgets[name] = widget
        self.captions[name] = caption
        key = error_key or name
        if key not in self.labels:
            message = QLabel()
            message.setStyleSheet(_ERROR_STYLE)
            message.setWordWrap(True)
            message.hide()
            grid.addWidget(message, row + 1, 1)
            self.labels[key] = message
        self.labels.setdefault(name, self.labels[key])
        return row + 2

    def field_of(self, where: str) -> str:
        """The form field a problem names: "tags[0]" -> "tags", "contacts[2].email" -> "contacts"."""
        return where.split("[")[0].split(".")[0]

    def show(self, problems: list[Problem], fallback: str) -> None:
        """Mark every field at fault and move the focus to the first; unknown places go to fallback."""
        self.clear()
        first = None
        order = list(self.widgets)
        problems = sorted(problems, key=lambda p: order.index(self.field_of(p.where))
                          if self.field_of(p.where) in order else len(order))
        for problem in problems:
            name = self.field_of(problem.where)
            if name not in self.widgets:
                name = fallback
            label = self.labels[name]
            text = problem.text if name == self.field_of(problem.where) else str(problem)
            target = self.widgets[name]
            if getattr(target, "message", lambda: "")() != text:  # a date field says it beside itself
                label.setText((label.text() + "\n" if label.isVisible() else "") + text)
                label.show()
            _mark(target.focusProxy() or target, True)
            first = first or target
        if first is not None:
            first.setFocus()

    def note(self, name: str, text: str) -> None:
        """Say something at a field without moving the focus ("" hides it again)."""
        label = self.labels[name]
        label.setText(text)
        label.setVisible(bool(text))

    def clear_field(self, name: str) -> None:
        if name in self.widgets:
            self.labels[name].hide()
            self.labels[name].clear()
            target = self.widgets[name]
            _mark(target.focusProxy() or target, False)

    def clear(self) -> None:
        for name in self.widgets:
            self.clear_field(name)

    def shown(self) -> dict[str, str]:
        """Field name -> message, for the fields that show an error now."""
        shown = {name: self.labels[name].text() for name in self.widgets if not self.labels[name].isHidden()}
        for name, widget in self.widgets.items():
            beside = getattr(widget, "message", lambda: "")()
            if beside and name not in shown:
                shown[name] = beside
        return shown


def _mark(widget: QWidget, invalid: bool) -> None:
    """A red border on this widget only (an id selector keeps it off the children)."""
    if not widget.objectName():
        widget.setObjectName(f"field{id(widget)}")
    widget.setStyleSheet(_INVALID_STYLE.format(name=widget.objectName()) if invalid else "")
