"""A brief on paper: HTML laid out by QTextDocument, painted page by page with a header and page numbers.

QtGui only (no widgets), so the command line can write a PDF; the desktop's print preview paints
the same pages onto a QPrinter. This is the one module of app/ that touches Qt, imported lazily.
"""

import html
import os

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextOption,
    QTextTable,
)

from app.brief.render import Bullets, Fields, Heading, Layout, Paragraph, Table, Wording, fit_shares
from app.common.atomic_file import atomic_path

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FONT_FAMILY = "DejaVu Sans"
MARGINS_MM = QMarginsF(18, 14, 18, 14)
_app = None  # a QGuiApplication made here for the command line, kept alive


def ensure_gui() -> None:
    """Qt's painting needs a QGuiApplication: reuse the desktop's, or make an offscreen one."""
    global _app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(["rapport", "-platform", os.environ["QT_QPA_PLATFORM"]])
    load_fonts()


def load_fonts() -> str:
    """Register the shipped DejaVu Sans (it carries Cyrillic) once; returns the family to use."""
    if FONT_FAMILY in QFontDatabase.families():
        return FONT_FAMILY
    from resources import resource_path

    for name in FONT_FILES:
        QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
    return FONT_FAMILY


STYLE = """
h1 {{ font-size: 16pt; color: #1f3b57; margin-bottom: {s2}px; }}
h2 {{ font-size: 12.5pt; color: #1f3b57; margin-top: {s14}px; margin-bottom: {s4}px; }}
h3 {{ font-size: 10.5pt; color: #2d5277; margin-top: {s10}px; margin-bottom: {s4}px; }}
p {{ margin-top: {s2}px; margin-bottom: {s4}px; }}
p.small {{ color: #555555; font-size: 8.5pt; margin-top: 0px; margin-bottom: 0px; }}
h4 {{ font-size: 9pt; font-weight: bold; color: #2d5277; margin-top: {s6}px; margin-bottom: {s2}px; }}
th {{ background-color: #dde6ef; font-weight: bold; text-align: left; font-size: 8pt; }}
td {{ font-size: 8pt; }}
td.label {{ font-weight: bold; background-color: #f3f6f9; }}
li {{ margin-bottom: {s2}px; }}
"""


def style_sheet() -> str:
    """The style; Qt's rich text takes margins in px only, and scales px to the paint device itself."""
    return STYLE.format(**{f"s{n}": n for n in (2, 4, 6, 10, 14)})


def layout_html(layout: Layout, fitted: dict | None = None) -> str:
    """The blocks as the HTML subset QTextDocument renders; fitted: column widths (per cent) by id(table)."""
    fitted = fitted or {}
    parts = [f"<html><head><style>{style_sheet()}</style></head><body>"]
    for block in layout.blocks:
        if isinstance(block, Heading):
            parts.append(f"<h{block.level}>{_esc(block.text)}</h{block.level}>")
        elif isinstance(block, Paragraph):
            if block.caption:  # a heading of its own level, so that it stays with the table below it
                parts.append(f"<h4>{_esc(block.text)}</h4>")
            else:
                parts.append(f"<p{' class=small' if block.small else ''}>{_esc(block.text)}</p>")
        elif isinstance(block, Fields):
            rows = "".join(f"<tr><td class='label' width='28%'>{_esc(k)}</td><td>{_esc(v)}</td></tr>"
                           for k, v in block.rows)
            parts.append(_table(rows))
        elif isinstance(block, Table):
            widths = [f" width='{w:.2f}%'" for w in (fitted.get(id(block)) or block.widths)] or [""] * len(block.headers)
            head = ("<thead><tr>" + "".join(f"<th{width}>{_esc(h)}</th>" for h, width in zip(block.headers, widths, strict=True))
                    + "</tr></thead>")
            rows = "".join("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in row) + "</tr>" for row in block.rows)
            parts.append(_table(head + rows))
        elif isinstance(block, Bullets):
            parts.append("<ul>" + "".join(f"<li>{_esc(i)}</li>" for i in block.items) + "</ul>")
    parts.append("</body></html>")
    return "".join(parts)


def _table(rows: str) -> str:
    return (f"<table width='100%' cellspacing='0' cellpadding='3' border='1' "
            f"style='border-color: #b8c4d0; border-style: solid; border-collapse: collapse;'>{rows}</table>")


def _esc(text) -> str:
    return html.escape(str(text)).replace("\n", "<br/>")


CELL_PADDING_PT = 3 * 0.75 + 1.5  # cellpadding='3' (px at 96 dpi) and the border, each side, in points


def fitted_widths(layout: Layout, device, width: float) -> dict[int, list[float]]:
    """Column widths (per cent) that give every column room for its longest word and its header's.

    A column keeps its planned share where it can; one too narrow for a word ("Важность") takes
    the room from the columns with the most to spare, so a header never breaks inside a word."""
    padding = 2 * CELL_PADDING_PT * device.logicalDpiX() / 72
    out = {}
    for block in layout.blocks:
        if isinstance(block, Table) and block.headers:
            planned = list(block.widths) or [100 / len(block.headers)] * len(block.headers)
            out[id(block)] = fit_shares(planned, column_needs(block.headers, block.rows, 8, device, padding, width))
    return out


def column_needs(headers, rows, points: float, device, padding: float, width: float) -> list[float]:
    """Per column, the share (per cent) of width its longest word needs, bold in the header, at this size."""
    body_font = QFont(load_fonts())
    body_font.setPointSizeF(points)
    bold_font = QFont(body_font)
    bold_font.setBold(True)
    body = QFontMetricsF(body_font, device) if device is not None else QFontMetricsF(body_font)
    bold = QFontMetricsF(bold_font, device) if device is not None else QFontMetricsF(bold_font)
    needs = []
    for i, header in enumerate(headers):
        words = [bold.horizontalAdvance(w) for w in str(header).split()]
        words += [body.horizontalAdvance(w) for row in rows for w in str(row[i]).split()]
        needs.append(min(max(words, default=0) + padding, width * 0.4) / width * 100)
    return needs


def build_document(layout: Layout, device, width: float | None = None) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)  # font sizes in the device's own resolution
    document.setDefaultFont(QFont(load_fonts(), 9))
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # a word too long for its cell overflows, never splits
    document.setDefaultTextOption(option)
    document.setHtml(layout_html(layout, fitted_widths(layout, device, width) if width else None))
    if width:
        document.setTextWidth(width)
    return document


def _unbreakable(document: QTextDocument) -> list[tuple[float, float]]:
    """The vertical spans a page may not cut: every line of text, every table row, a heading with what follows."""
    layout = document.documentLayout()
    spans = []
    block = document.begin()
    line_height = QFontMetricsF(document.defaultFont()).height()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        text_layout = block.layout()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            spans.append((rect.top() + line.y(), rect.top() + line.y() + line.height()))
        if block.blockFormat().headingLevel():  # keep a heading with the first lines after it
            spans.append((rect.top(), rect.bottom() + 3 * line_height))
        block = block.next()
    frames = list(document.rootFrame().childFrames())
    while frames:
        frame = frames.pop()
        frames.extend(frame.childFrames())
        if not isinstance(frame, QTextTable):
            continue
        tops = []
        for row in range(frame.rows()):
            first = frame.cellAt(row, 0).firstCursorPosition().block()
            tops.append(layout.blockBoundingRect(first).top() - frame.format().cellPadding() - 1)
        tops.append(layout.frameBoundingRect(frame).bottom())
        spans += [(tops[i], tops[i + 1]) for i in range(frame.rows())]
    return spans


def page_cuts(document: QTextDocument, page_height: float) -> list[tuple[float, float]]:
    """(top, bottom) of each page in the document: cut above a row or line that would not fit whole."""
    total = document.size().height()
    spans = _unbreakable(document)
    pages, top = [], 0.0
    while total - top > 1:
        limit = top + page_height
        cut = min([a for a, b in spans if a < limit < b and a > top + 1], default=limit)
        cut = min(cut, total) if limit < total else total
        pages.append((top, cut))
        top = cut
    return pages or [(0.0, total)]


def paint_pages(layout: Layout, device, wording: Wording | None = None) -> int:
    """Paint the brief on a paged device (QPdfWriter or QPrinter): running header, body, page numbers."""
    wording = wording or Wording()
    area = device.pageLayout().paintRectPixels(device.resolution())
    font = QFont(load_fonts(), 8)
    line = QFontMetricsF(font, device).height()
    band = line * 2.2  # room for the header (and the footer) with a gap before the body
    body = QRectF(0, band, area.width(), area.height() - 2 * band)
    document = build_document(layout, device, body.width())
    pages = page_cuts(document, body.height())
    painter = QPainter(device)
    try:
        for number, (top, bottom) in enumerate(pages, 1):
            if number > 1:
                device.newPage()
            _header_and_footer(painter, font, area.width(), area.height(), line, layout.running_header,
                               wording.text("page", page=number, pages=len(pages)))
            painter.save()
            painter.translate(0, band - top)
            document.drawContents(painter, QRectF(0, top, body.width(), bottom - top))
            painter.restore()
    finally:
        painter.end()
    return len(pages)


def _header_and_footer(painter: QPainter, font: QFont, width: float, height: float, line: float,
                       header: str, footer: str) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(QPen(Qt.GlobalColor.darkGray))
    painter.drawText(QRectF(0, 0, width, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, header)
    painter.drawLine(QPointF(0, line * 1.2), QPointF(width, line * 1.2))
    painter.drawText(QRectF(0, height - line, width, line), Qt.AlignmentFlag.AlignCenter, footer)
    painter.restore()


def page_layout(paper: str) -> QPageLayout:
    """A portrait page of the locale's paper (A4, or US Letter in the US and Canada) with the brief's margins."""
    size = QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4
    return QPageLayout(QPageSize(size), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter)


def write_pdf(layout: Layout, path, wording: Wording | None = None) -> int:
    """Write the brief as an A4 PDF through a temporary file and a rename; returns the page count."""
    ensure_gui()
    with atomic_path(path, permissions=0o600) as tmp:  # as private as the journal it comes from
        writer = QPdfWriter(str(tmp))
        writer.setTitle(layout.title)
        writer.setCreator("Rapport")
        writer.setResolution(300)
        writer.setPageLayout(page_layout((wording or Wording()).paper))
        pages = paint_pages(layout, writer, wording)
        del writer  # the PDF is finished when the writer goes
    return pages
