"""Painting one timeline entry: the day heading, sentiment bar and sign, the facts, tag chips, notes."""

import datetime as dt

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QToolTip

from app.journal.queries import TimelineRow
from ui.shell import labels

PAD = 6
BAR = 5
SIGN = 24  # the sentiment badge
TEXT_LEFT = BAR + 8 + SIGN + 8
NOTES_LINES = 2
OVERDUE = QColor("#c62828")
WHITE = QColor("white")
MAX_CARDS = 5000  # cards kept for repaints; the cache starts afresh beyond that
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the model's TimelineRow
FIRST_OF_DAY_ROLE = Qt.ItemDataRole.UserRole + 3  # True on the newest entry of its day
BACKDATED_ROLE = Qt.ItemDataRole.UserRole + 4  # when and by whom an entry written long after it happened was
BACKDATED_MARK = "\u270e"  # a pencil under the sentiment badge: "written later"


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
    if row.follow_up_channel:  # "2 Mar by email": a date and a channel, as promised
        due = QCoreApplication.translate("Timeline", "%1 by %2").replace("%1", due).replace(
            "%2", labels.label("channel", row.follow_up_channel))
    if row.follow_up_done:
        return QCoreApplication.translate("Timeline", "Follow-up %1, done %2").replace("%1", due).replace("%2", labels.date_text(row.follow_up_done)), False
    if row.follow_up_due < today:
        return QCoreApplication.translate("Timeline", "Follow-up %1, overdue").replace("%1", due), True
    return QCoreApplication.translate("Timeline", "Follow-up %1").replace("%1", due), False


def backdated_tooltip(written) -> str:
    """"Written on 2 Dec 2026 by Olena": an entry logged more than a day after it happened."""
    return QCoreApplication.translate("Timeline", "Written on %1 by %2").replace(
        "%1", labels.date_text(written.at.date())).replace("%2", written.by or "?")


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


class Card:
    """What an entry shows, worked out once per row instead of on every paint."""

    def __init__(self, row: TimelineRow, today: dt.date):
        self.row, self.today = row, today
        self.facts = facts_text(row)
        self.notes = notes_lines(row)
        self.summary = row.summary or (self.notes or [""])[0]
        self.follow_up, self.overdue = follow_up_text(row, today)
        self.color = labels.sentiment_color(row.sentiment)
        self.sign = labels.sentiment_sign(row.sentiment)
        self.chips = [(labels.label("tag", name), labels.tag_color(name)) for name in row.tags]
        self.elided: tuple | None = None  # (font key, facts width, width, facts, summary, notes) last drawn

    def lines(self, fonts: "DelegateFonts", key: str, facts_width: int, width: int) -> tuple:
        """The facts, summary and notes cut to fit these widths (kept for the next paint)."""
        if self.elided is None or self.elided[:3] != (key, facts_width, width):
            elide = Qt.TextElideMode.ElideRight
            self.elided = (key, facts_width, width, fonts.small_metrics.elidedText(self.facts, elide, facts_width),
                           fonts.bold_metrics.elidedText(self.summary, elide, width),
                           [fonts.normal_metrics.elidedText(text, elide, width) for text in self.notes])
        return self.elided[3:]


class TimelineDelegate(QStyledItemDelegate):
    """Draws an entry as a small card; the newest entry of a day carries the day's heading.

    A list of entries of different heights asks every row's size whenever rows arrive, so the
    heights are kept per row (the view forgets them when the model or the font changes)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._fonts: dict[str, DelegateFonts] = {}
        self._heights: dict[int, int] = {}  # by row of the model
        self._cards: dict[int, Card] = {}  # by interaction id; a card is good while its row object is

    def fonts(self, font: QFont) -> DelegateFonts:
        key = font.key()
        fonts = self._fonts.get(key)
        if fonts is None:
            fonts = self._fonts[key] = DelegateFonts(font)
        return fonts

    def forget_sizes(self, first: int = 0) -> None:
        """Forget the heights of the rows from first on (the model changed there)."""
        self._heights = {row: h for row, h in self._heights.items() if row < first} if first else {}
        if not first:
            self._cards = {}

    def card(self, row: TimelineRow) -> Card:
        card = self._cards.get(row.id)
        today = dt.date.today()
        if card is None or card.row is not row or card.today != today:
            if len(self._cards) > MAX_CARDS:
                self._cards = {}
            card = self._cards[row.id] = Card(row, today)
        return card

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
        font = option.font
        fonts, card = self.fonts(font), self.card(row)
        palette = option.palette
        rect = QRect(option.rect)
        if index.data(FIRST_OF_DAY_ROLE):
            self._paint_day(painter, QRect(rect.left(), rect.top(), rect.width(), fonts.header), row, fonts.bold,
                            palette)
            rect.setTop(rect.top() + fonts.header)
        panel = QStyleOptionViewItem(option)
        panel.rect = rect
        panel.text = ""
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, panel, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = text_color if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        self._paint_sentiment(painter, rect, card, fonts.bold_small)
        if index.data(BACKDATED_ROLE) is not None:
            painter.setFont(fonts.bold)
            painter.setPen(muted)
            painter.drawText(self.backdated_rect(rect, fonts), Qt.AlignmentFlag.AlignCenter, BACKDATED_MARK)
        left = rect.left() + TEXT_LEFT
        width = rect.right() - PAD - left
        y = rect.top() + PAD
        small_h = fonts.small_line
        chips_width = self._paint_chips(painter, rect.right() - PAD, y, fonts, card, width // 2)
        facts_width = width - chips_width - (PAD if chips_width else 0)
        facts, summary, notes = card.lines(fonts, font.key(), facts_width, width)
        middle = Qt.AlignmentFlag.AlignVCenter
        painter.setFont(fonts.small)
        painter.setPen(muted)
        painter.drawText(QRect(left, y, facts_width, small_h), middle, facts)
        y += small_h + 2
        line = fonts.line
        painter.setFont(fonts.bold)
        painter.setPen(text_color)
        painter.drawText(QRect(left, y, width, line), middle, summary)
        y += line
        painter.setFont(fonts.normal)
        painter.setPen(muted)
        for text in notes:
            painter.drawText(QRect(left, y, width, line), middle, text)
            y += line
        if card.follow_up:
            painter.setPen(OVERDUE if card.overdue and not selected else text_color)
            painter.drawText(QRect(left, y, width, line), middle, "\u21bb " + card.follow_up)
        painter.setPen(palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(rect.left() + TEXT_LEFT, rect.bottom(), rect.right(), rect.bottom())
        painter.restore()

    def _paint_day(self, painter: QPainter, rect: QRect, row: TimelineRow, bold: QFont, palette) -> None:
        painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(rect.adjusted(PAD + 2, 0, -PAD, 0), Qt.AlignmentFlag.AlignVCenter,
                         labels.date_text(row.occurred_at, long=True))

    def _paint_sentiment(self, painter: QPainter, rect: QRect, card: Card, bold_small: QFont) -> None:
        painter.fillRect(QRect(rect.left(), rect.top(), BAR, rect.height()), card.color)
        if card.row.sentiment is None:
            return
        badge = QRect(rect.left() + BAR + 8, rect.top() + PAD, SIGN, SIGN - 6)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(card.color)
        painter.drawRoundedRect(badge, 8, 8)
        painter.setFont(bold_small)
        painter.setPen(WHITE)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, card.sign)

    def chip_rects(self, right: int, top: int, metrics: QFontMetrics, names: list[str],
                   limit: int) -> list[tuple[QRect, int]]:
        """Where each tag chip goes (with the tag's place in names), right-aligned, as many as fit in limit pixels."""
        rects, x = [], right
        for n in range(len(names) - 1, -1, -1):
            width = metrics.horizontalAdvance(names[n]) + 12
            if right - (x - width) > limit:
                break
            x -= width
            rects.append((QRect(x, top, width, metrics.height()), n))
            x -= 4
        return list(reversed(rects))

    def _paint_chips(self, painter: QPainter, right: int, top: int, fonts: DelegateFonts, card: Card,
                     limit: int) -> int:
        if not card.chips:
            return 0
        rects = self.chip_rects(right, top, fonts.small_metrics, [text for text, _ in card.chips], limit)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(fonts.small)
        for rect, n in rects:
            text, color = card.chips[n]
            fill = QColor(color)
            fill.setAlpha(36)
            painter.setPen(color)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), rect.height() / 2, rect.height() / 2)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        return right - rects[0][0].left() if rects else 0

    def backdated_rect(self, rect: QRect, fonts: DelegateFonts) -> QRect:
        """Where the backdated mark goes in an entry's rect (below its day heading): under the badge."""
        return QRect(rect.left() + BAR + 8, rect.top() + PAD + SIGN - 4, SIGN, fonts.line)

    def helpEvent(self, event, view, option, index) -> bool:
        """A tag chip's tooltip says what the tag means; the backdated mark, when and by whom it was written."""
        row: TimelineRow = index.data(ROW_ROLE) if index.isValid() else None
        written = index.data(BACKDATED_ROLE) if row is not None else None
        if written is not None:
            fonts = self.fonts(option.font)
            top = option.rect.top() + (fonts.header if index.data(FIRST_OF_DAY_ROLE) else 0)
            rect = QRect(option.rect.left(), top, option.rect.width(), option.rect.bottom() - top)
            if self.backdated_rect(rect, fonts).contains(event.pos()):
                QToolTip.showText(event.globalPos(), backdated_tooltip(written), view)
                return True
        if row is not None and row.tags:
            fonts = self.fonts(option.font)
            top = option.rect.top() + (fonts.header if index.data(FIRST_OF_DAY_ROLE) else 0) + PAD
            width = option.rect.right() - PAD - (option.rect.left() + TEXT_LEFT)
            texts = [text for text, _ in self.card(row).chips]
            for rect, n in self.chip_rects(option.rect.right() - PAD, top, fonts.small_metrics, texts, width // 2):
                if rect.contains(event.pos()):
                    QToolTip.showText(event.globalPos(), labels.tag_tooltip(row.tags[n]), view)
                    return True
        return super().helpEvent(event, view, option, index)
