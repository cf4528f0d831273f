"""What a person would see as a broken layout: clipped texts and widgets lying over each other.

layout_problems(window) walks the visible widgets under a window and names, in plain words,
each label, button, check box, tab, column header, group title, drop-down or date box whose
text is wider than the room it is given, each table whose columns run past its edge, and each
pair of visible siblings in one layout whose rectangles overlap. The screenshot tool prints
them; tests/ui/shell/test_screen_layouts.py fails on them at both window sizes in every language.
"""

from collections.abc import Callable

from PySide6 import QtGui
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # a pixel of rounding between Qt's own metrics and ours
SHORT_VALUE = 24  # an editable box's text up to this long is a value that must show whole
SPARE = 48  # room a column may keep beyond its widest cell while another column is cut


def layout_problems(root: QWidget, screen: tuple[int, int] | None = None) -> list[str]:
    """Every clipped text and overlapping pair of visible widgets under root (root included),
    and, given the screen's size, a root that cannot shrink to fit it."""
    problems: list[str] = []
    if screen is not None and (root.width() > screen[0] or root.height() > screen[1]):
        problems.append(f"{_name(root)} needs {root.width()}x{root.height()}, more than the screen's "
                        f"{screen[0]}x{screen[1]}")
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or (widget is not root and widget.isWindow()):
            continue
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        problems.extend(_clipped(widget))
        problems.extend(_overlaps(widget))
    return problems


def _name(widget: QWidget) -> str:
    kind = type(widget).__name__
    name = widget.objectName()
    return f"{kind} '{name}'" if name else kind


def _plain(text: str) -> str:
    """A button's or label's text as drawn: mnemonics' ampersands gone."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _text_width(font_metrics: QFontMetrics, text: str) -> int:
    return max((font_metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _clipped(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return _label_clipped(widget)
    if isinstance(widget, QPushButton):
        return _button_clipped(widget)
    if isinstance(widget, (QCheckBox, QRadioButton, QToolButton)):
        return _hinted_clipped(widget, widget.text())
    if isinstance(widget, QTabBar):
        return _tabs_clipped(widget)
    if isinstance(widget, QHeaderView):
        return _header_clipped(widget)
    if isinstance(widget, QGroupBox):
        return _group_clipped(widget)
    if isinstance(widget, QComboBox):
        return _combo_clipped(widget)
    if isinstance(widget, QAbstractSpinBox):
        return _spin_clipped(widget)
    if isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
        return _edit_clipped(widget)
    if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
        return [f"{_name(widget)} is too narrow for what it shows: it scrolls sideways"]
    if isinstance(widget, QAbstractItemView) and isinstance(getattr(widget, "horizontalHeader", None), Callable):
        return _columns_squeezed(widget)
    return []


def _label_clipped(label: QLabel) -> list[str]:
    text = label.text()
    if label.property("elides"):
        return []  # cut with an ellipsis on purpose, the whole text in its tooltip (ui.widgets.elided_label)
    if not text or label.wordWrap() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return []
    room = label.contentsRect().width() - 2 * max(label.margin(), 0) - max(label.indent(), 0)
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        needed = int(document.idealWidth() + 0.999)
        shown = document.toPlainText()
    else:
        needed = _text_width(label.fontMetrics(), _plain(text) if label.buddy() else text)
        shown = text
    if needed > room + SLACK:
        return [f"label cut: {_name(label)} {shown!r} needs {needed} px, has {room}"]
    return []


def _button_clipped(button: QPushButton) -> list[str]:
    text = _plain(button.text())
    if not text:
        return []
    style = button.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
    needed = _text_width(button.fontMetrics(), text) + margin
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    if button.menu() is not None:
        needed += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    if needed > button.width() + SLACK:
        return [f"button cut: {_name(button)} {text!r} needs {needed} px, has {button.width()}"]
    return []


def _hinted_clipped(button: QAbstractButton, text: str) -> list[str]:
    if not text:
        return []
    needed = button.sizeHint().width()
    if needed > button.width() + SLACK:
        return [f"text cut: {_name(button)} {_plain(text)!r} needs {needed} px, has {button.width()}"]
    return []


def _tabs_clipped(bar: QTabBar) -> list[str]:
    problems = []
    metrics = bar.fontMetrics()
    padding = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        rect, text = bar.tabRect(index), _plain(bar.tabText(index))
        needed = metrics.horizontalAdvance(text) + padding
        if not bar.tabIcon(index).isNull():
            needed += bar.iconSize().width() + 4
        if needed > rect.width() + SLACK:
            problems.append(f"tab cut: {text!r} needs {needed} px, has {rect.width()}")
        elif rect.right() > bar.width() or rect.left() < 0:
            problems.append(f"tab out of sight: {text!r}")
    return problems


def _header_clipped(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    problems = []
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    mark = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    sort_section = header.sortIndicatorSection() if header.isSortIndicatorShown() else -1
    metrics = QFontMetrics(header.font())
    total = 0
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        size = header.sectionSize(logical)
        total += size
        text = str(model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        if not text:
            continue
        needed = metrics.horizontalAdvance(text) + 2 * margin + (mark + margin if logical == sort_section else 0)
        if needed > size + SLACK:
            problems.append(f"column header cut: {text!r} needs {needed} px, has {size}")
    view = header.parentWidget()
    if isinstance(view, QAbstractItemView) and total > view.viewport().width() + SLACK:
        problems.append(f"columns run past the edge of {_name(view)}: {total} px in {view.viewport().width()}")
    return problems


def _group_clipped(group: QGroupBox) -> list[str]:
    text = _plain(group.title())
    if not text:
        return []
    needed = group.fontMetrics().horizontalAdvance(text) + (20 if group.isCheckable() else 8)
    if needed > group.width() + SLACK:
        return [f"group title cut: {text!r} needs {needed} px, has {group.width()}"]
    return []


def _combo_clipped(combo: QComboBox) -> list[str]:
    text = combo.currentText()
    if not text or combo.isEditable():
        return []
    style = combo.style()
    from PySide6.QtWidgets import QStyleOptionComboBox

    option = QStyleOptionComboBox()
    option.initFrom(combo)
    field = style.subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                 QStyle.SubControl.SC_ComboBoxEditField, combo)
    room = field.width() - 4
    if not combo.itemIcon(combo.currentIndex()).isNull():
        room -= combo.iconSize().width() + 4
    needed = combo.fontMetrics().horizontalAdvance(text)
    if needed > room + SLACK:
        return [f"drop-down text cut: {_name(combo)} {text!r} needs {needed} px, has {room}"]
    return []


def _spin_clipped(box: QAbstractSpinBox) -> list[str]:
    edit = box.lineEdit()
    text = edit.text() if edit is not None else ""
    if not text:
        return []
    room = edit.width() - 4
    needed = edit.fontMetrics().horizontalAdvance(text)
    if needed > room + SLACK:
        return [f"value cut: {_name(box)} {text!r} needs {needed} px, has {room}"]
    return []


def _edit_clipped(edit: QLineEdit) -> list[str]:
    """A value (a date, an amount) cut in its box; long free text (a path, a sentence) may scroll."""
    text = edit.text()
    if not text and edit.placeholderText():
        return _placeholder_clipped(edit)
    if not text or edit.echoMode() != QLineEdit.EchoMode.Normal or (len(text) > SHORT_VALUE and not edit.isReadOnly()):
        return []
    margins = edit.textMargins()
    room = edit.width() - 6 - margins.left() - margins.right()
    needed = edit.fontMetrics().horizontalAdvance(text)
    if needed > room + SLACK:
        return [f"value cut: {_name(edit)} {text!r} needs {needed} px, has {room}"]
    return []


def _placeholder_clipped(edit: QLineEdit) -> list[str]:
    """The grey hint in an empty box (how to write a date, what to type) cut before its end."""
    margins = edit.textMargins()
    room = edit.width() - 6 - margins.left() - margins.right()
    hint = edit.placeholderText()
    needed = edit.fontMetrics().horizontalAdvance(hint)
    if needed > room + SLACK:
        return [f"hint cut: {_name(edit)} {hint!r} needs {needed} px, has {room}"]
    return []


def _columns_squeezed(view: QAbstractItemView) -> list[str]:
    """A column whose cells are cut while another has room to spare: the widths are shared badly
    (a number column given the room a text column needs)."""
    header = view.horizontalHeader()
    model = view.model()
    if model is None or not header.isVisible() or model.rowCount() == 0:
        return []
    squeezed, spare = [], []
    style = header.style()
    title_room = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    if header.isSortIndicatorShown():
        title_room += (style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
                       + style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header))
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        size = header.sectionSize(logical)
        title = str(model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or logical)
        needed = max(view.sizeHintForColumn(logical), header.fontMetrics().horizontalAdvance(title) + title_room)
        if needed > size + SLACK:
            squeezed.append(title)
        elif size - needed > SPARE:
            spare.append(title)
    if squeezed and spare:
        return [f"columns shared badly in {_name(view)}: {', '.join(map(repr, squeezed))} cut while "
                f"{', '.join(map(repr, spare))} have room to spare"]
    return []


def _laid_out(layout: QLayout) -> list[QWidget]:
    """The widgets a layout places, through its nested layouts."""
    widgets = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            widgets.append(item.widget())
        elif item.layout() is not None:
            widgets.extend(_laid_out(item.layout()))
    return widgets


def _overlaps(parent: QWidget) -> list[str]:
    layout = parent.layout()
    if layout is None:
        return []
    children = [w for w in _laid_out(layout) if w.isVisible() and not w.isWindow() and w.parentWidget() is parent]
    problems = []
    inside = parent.rect()
    for index, first in enumerate(children):
        rect: QRect = first.geometry()
        if rect.width() > 0 and rect.height() > 0 and not inside.contains(rect):
            problems.append(f"{_name(first)} runs past the edge of {_name(parent)}")
        for second in children[index + 1:]:
            common = rect.intersected(second.geometry())
            if common.width() > SLACK and common.height() > SLACK:
                problems.append(f"{_name(first)} overlaps {_name(second)} in {_name(parent)}")
    return problems
