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


class TimelineDelegate(QStyledItemDelegate):
    """Draws an entry as a small card; the newest entry of a day carries the day's heading."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.88))
        return option.font, bold, small

    def _header_height(self, option, first_of_day: bool) -> int:
        return QFontMetrics(option.font).height() + 12 if first_of_day else 0

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        row: TimelineRow = index.data(ROW_ROLE)
        if row is None:
            return super().sizeHint(option, index)
        line = QFontMetrics(option.font).height()
        small = QFontMetrics(self._fonts(option)[2]).height()
        lines = len(notes_lines(row)) + (1 if row.follow_up_due else 0)
        height = PAD + small + 2 + line + lines * line + PAD + 1
        return QSize(300, self._header_height(option, index.data(FIRST_OF_DAY_ROLE)) + height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        row: TimelineRow = index.data(ROW_ROLE)
        if row is None:
            return super().paint(painter, option, index)
        painter.save()
        normal, bold, small = self._fonts(option)
        palette = option.palette
        rect = QRect(option.rect)
        header = self._header_height(option, index.data(FIRST_OF_DAY_ROLE))
        if header:
            self._paint_day(painter, QRect(rect.left(), rect.top(), rect.width(), header), row, bold, palette)
            rect.setTop(rect.top() + header)
        card = QStyleOptionViewItem(option)
        card.rect = rect
        card.text = ""
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, card, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = text_color if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        self._paint_sentiment(painter, rect, row, small)
        left = rect.left() + TEXT_LEFT
        width = rect.right() - PAD - left
        y = rect.top() + PAD
        small_h = QFontMetrics(small).height()
        chips_width = self._paint_chips(painter, rect.right() - PAD, y, small, row.tags, width // 2)
        painter.setFont(small)
        painter.setPen(muted)
        facts_width = width - chips_width - (PAD if chips_width else 0)
        painter.drawText(QRect(left, y, facts_width, small_h), Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(small).elidedText(facts_text(row), Qt.TextElideMode.ElideRight, facts_width))
        y += small_h + 2
        line = QFontMetrics(normal).height()
        painter.setFont(bold)
        painter.setPen(text_color)
        summary = row.summary or (notes_lines(row) or [""])[0]
        painter.drawText(QRect(left, y, width, line), Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(summary, Qt.TextElideMode.ElideRight, width))
        y += line
        painter.setFont(normal)
        painter.setPen(muted)
        for text in notes_lines(row):
            painter.drawText(QRect(left, y, width, line), Qt.AlignmentFlag.AlignVCenter,
                             QFontMetrics(normal).elidedText(text, Qt.TextElideMode.ElideRight, width))
            y += line
        follow_up, overdue = follow_up_text(row, dt.date.today())
        if follow_up:
            painter.setPen(OVERDUE if overdue and not selected else text_color)
            painter.drawText(QRect(left, y, width, line), Qt.AlignmentFlag.AlignVCenter, "\u21bb " + follow_up)
        painter.setPen(palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(rect.left() + TEXT_LEFT, rect.bottom(), rect.right(), rect.bottom())
        painter.restore()

    def _paint_day(self, painter: QPainter, rect: QRect, row: TimelineRow, bold: QFont, palette) -> None:
        painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(rect.adjusted(PAD + 2, 0, -PAD, 0), Qt.AlignmentFlag.AlignVCenter,
                         labels.date_text(row.occurred_at, long=True))

    def _paint_sentiment(self, painter: QPainter, rect: QRect, row: TimelineRow, small: QFont) -> None:
        color = labels.sentiment_color(row.sentiment)
        painter.fillRect(QRect(rect.left(), rect.top(), BAR, rect.height()), color)
        if row.sentiment is None:
            return
        badge = QRect(rect.left() + BAR + 8, rect.top() + PAD, SIGN, SIGN - 6)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(badge, 8, 8)
        bold_small = QFont(small)
        bold_small.setBold(True)
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
            top = option.rect.top() + self._header_height(option, index.data(FIRST_OF_DAY_ROLE)) + PAD
            small = self._fonts(option)[2]
            width = option.rect.right() - PAD - (option.rect.left() + TEXT_LEFT)
            for rect, name in self.chip_rects(option.rect.right() - PAD, top, small, row.tags, width // 2):
                if rect.contains(event.pos()):
                    QToolTip.showText(event.globalPos(), labels.tag_tooltip(name), view)
                    return True
        return super().helpEvent(event, view, option, index)
