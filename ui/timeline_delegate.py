"""Painting one timeline entry: the day heading, sentiment bar and sign, the facts, tag chips, notes."""

import datetime as dt

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QToolTip

from app.queries import TimelineRow
from ui import labels

PAD = 6
BAR = 5
SIGN = 24  # the sentiment badge
TEXT_LEFT = BAR + 8 + SIGN + 8
NOTES_LINES = 2
OVERDUE = QColor("#c62828")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the model's TimelineRow
FIRST_OF_DAY_ROLE = Qt.ItemDataRole.UserRole + 3  # True on the newest entry of its day


def notes_lines(row: TimelineRow) -> list[str]:
    """The first lines of the notes that have something on them."""
    return [line.strip() for line in row.notes.splitlines() if line.strip()][:NOTES_LINES]


def facts_text(row: TimelineRow) -> str:
    parts = [labels.time_text(row.occurred_at), labels.label("channel", row.channel),
             labels.label("kind", row.kind), labels.label("direction", row.direction)]
    if row.contact_name:
        parts.append(row.contact_name)
    if row.author_name:
        parts.append(QCoreApplication.translate("Timeline", "by %1").replace("%1", row.author_name))
    if row.effort:
        parts.append(QCoreApplication.translate("Timeline", "effort %1/5").replace("%1", str(row.effort)))
    return "  \u00b7  ".join(p for p in parts if p)


def follow_up_text(row: TimelineRow, today: dt.date) -> tuple[str, bool]:
    """The follow-up line and whether it is overdue."""
    if row.follow_up_due is None:
        return "", False
    due = labels.date_text(row.follow_up_due)
    if row.follow_up_done:
        return QCoreApplication.translate("Timeline", "Follow-up %1, done %2").replace("%1", due).replace("%2", labels.date_text(row.follow_up_done)), False
    if row.follow_up_due < today:
        return QCoreApplication.translate("Timeline", "Follow-up %1, overdue").replace("%1", due), True
    return QCoreApplication.translate("Timeline", "Follow-up %1").replace("%1", due), False


class DelegateFonts:
    """The fonts and metrics an entry is drawn with, made once per base font (not on every paint)."""

    def __init__(self, font: QFont):
        self.normal = QFont(font)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.small = QFont(font)
        self.small.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
        self.bold_small = QFont(self.small)
        self.bold_small.setBold(True)
        self.normal_metrics, self.bold_metrics = QFontMetrics(self.normal), QFontMetrics(self.bold)
        self.small_metrics = QFontMetrics(self.small)
        self.line, self.small_line = self.normal_metrics.height(), self.small_metrics.height()
        self.header = self.line + 12  # the day heading above the newest entry of a day

    def height(self, row: TimelineRow, first_of_day: bool) -> int:
        lines = len(notes_lines(row)) + (1 if row.follow_up_due else 0)
        return ((self.header if first_of_day else 0) + PAD + self.small_line + 2 + self.line
                + lines * self.line + PAD + 1)


class TimelineDelegate(QStyledItemDelegate):
    """Draws an entry as a small card; the newest entry of a day carries the day's heading.

    A list of entries of different heights asks every row's size whenever rows arrive, so the
    heights are kept per row (the view forgets them when the model or the font changes)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._fonts: dict[str, DelegateFonts] = {}
        self._heights: dict[int, int] = {}  # by row of the model

    def fonts(self, font: QFont) -> DelegateFonts:
        key = font.key()
        fonts = self._fonts.get(key)
        if fonts is None:
            fonts = self._fonts[key] = DelegateFonts(font)
        return fonts

    def forget_sizes(self, first: int = 0) -> None:
        """Forget the heights of the rows from first on (the model changed there)."""
        self._heights = {row: h for row, h in self._heights.items() if row < first} if first else {}

    def follow(self, model) -> None:
        """Keep the cached heights true to the model's rows."""
        model.modelReset.connect(self.forget_sizes)
        model.layoutChanged.connect(self.forget_sizes)
        model.dataChanged.connect(lambda top, *_: self.forget_sizes(top.row()))
        model.rowsInserted.connect(lambda _parent, first, _last: self.forget_sizes(first))
        model.rowsRemoved.connect(lambda _parent, first, _last: self.forget_sizes(first))

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        height = self._heights.get(index.row())
        if height is None:
            row: TimelineRow = index.data(ROW_ROLE)
            if row is None:
                return super().sizeHint(option, index)
            height = self.fonts(option.font).height(row, index.data(FIRST_OF_DAY_ROLE))
            self._heights[index.row()] = height
        return QSize(300, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        row: TimelineRow = index.data(ROW_ROLE)
        if row is None:
            return super().paint(painter, option, index)
        painter.save()
        fonts = self.fonts(option.font)
        palette = option.palette
        rect = QRect(option.rect)
        if index.data(FIRST_OF_DAY_ROLE):
            self._paint_day(painter, QRect(rect.left(), rect.top(), rect.width(), fonts.header), row, fonts.bold,
                            palette)
            rect.setTop(rect.top() + fonts.header)
        card = QStyleOptionViewItem(option)
        card.rect = rect
        card.text = ""
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, card, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = text_color if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        self._paint_sentiment(painter, rect, row, fonts.bold_small)
        left = rect.left() + TEXT_LEFT
        width = rect.right() - PAD - left
        y = rect.top() + PAD
        small_h = fonts.small_line
        chips_width = self._paint_chips(painter, rect.right() - PAD, y, fonts.small, row.tags, width // 2)
        painter.setFont(fonts.small)
        painter.setPen(muted)
        facts_width = width - chips_width - (PAD if chips_width else 0)
        elide = Qt.TextElideMode.ElideRight
        middle = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRect(left, y, facts_width, small_h), middle,
                         fonts.small_metrics.elidedText(facts_text(row), elide, facts_width))
        y += small_h + 2
        line = fonts.line
        painter.setFont(fonts.bold)
        painter.setPen(text_color)
        notes = notes_lines(row)
        summary = row.summary or (notes or [""])[0]
        painter.drawText(QRect(left, y, width, line), middle, fonts.bold_metrics.elidedText(summary, elide, width))
        y += line
        painter.setFont(fonts.normal)
        painter.setPen(muted)
        for text in notes:
            painter.drawText(QRect(left, y, width, line), middle, fonts.normal_metrics.elidedText(text, elide, width))
            y += line
        follow_up, overdue = follow_up_text(row, dt.date.today())
        if follow_up:
            painter.setPen(OVERDUE if overdue and not selected else text_color)
            painter.drawText(QRect(left, y, width, line), middle, "\u21bb " + follow_up)
        painter.setPen(palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(rect.left() + TEXT_LEFT, rect.bottom(), rect.right(), rect.bottom())
        painter.restore()

    def _paint_day(self, painter: QPainter, rect: QRect, row: TimelineRow, bold: QFont, palette) -> None:
        painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(rect.adjusted(PAD + 2, 0, -PAD, 0), Qt.AlignmentFlag.AlignVCenter,
                         labels.date_text(row.occurred_at, long=True))

    def _paint_sentiment(self, painter: QPainter, rect: QRect, row: TimelineRow, bold_small: QFont) -> None:
        color = labels.sentiment_color(row.sentiment)
        painter.fillRect(QRect(rect.left(), rect.top(), BAR, rect.height()), color)
        if row.sentiment is None:
            return
        badge = QRect(rect.left() + BAR + 8, rect.top() + PAD, SIGN, SIGN - 6)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(badge, 8, 8)
        painter.setFont(bold_small)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, labels.sentiment_sign(row.sentiment))

    def chip_rects(self, right: int, top: int, small: QFont, tags: list[str], limit: int) -> list[tuple[QRect, str]]:
        """Where each tag chip goes, right-aligned, as many as fit in limit pixels."""
        metrics = QFontMetrics(small)
        rects, x = [], right
        for name in reversed(tags):
            width = metrics.horizontalAdvance(labels.label("tag", name)) + 12
            if right - (x - width) > limit:
                break
            x -= width
            rects.append((QRect(x, top, width, metrics.height()), name))
            x -= 4
        return list(reversed(rects))

    def _paint_chips(self, painter: QPainter, right: int, top: int, small: QFont, tags: list[str], limit: int) -> int:
        rects = self.chip_rects(right, top, small, tags, limit)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(small)
        for rect, name in rects:
            color = labels.tag_color(name)
            fill = QColor(color)
            fill.setAlpha(36)
            painter.setPen(color)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), rect.height() / 2, rect.height() / 2)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, labels.label("tag", name))
        return right - rects[0][0].left() if rects else 0

    def helpEvent(self, event, view, option, index) -> bool:
        """A tag chip's tooltip says what the tag means."""
        row: TimelineRow = index.data(ROW_ROLE) if index.isValid() else None
        if row is not None and row.tags:
            fonts = self.fonts(option.font)
            top = option.rect.top() + (fonts.header if index.data(FIRST_OF_DAY_ROLE) else 0) + PAD
            small = fonts.small
            width = option.rect.right() - PAD - (option.rect.left() + TEXT_LEFT)
            for rect, name in self.chip_rects(option.rect.right() - PAD, top, small, row.tags, width // 2):
                if rect.contains(event.pos()):
                    QToolTip.showText(event.globalPos(), labels.tag_tooltip(name), view)
                    return True
        return super().helpEvent(event, view, option, index)
