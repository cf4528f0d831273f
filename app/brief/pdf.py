"""A brief on paper: HTML laid out by QTextDocument, painted page by page with a header and page numbers.

QtGui only (no widgets), so the command line can write a PDF; the desktop's print preview paints
the same pages onto a QPrinter. This is the one module of app/ that touches Qt, imported lazily.
"""

import html
import os

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
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
)

from app.brief.render import Bullets, Fields, Heading, Layout, Paragraph, Table, Wording
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
p.caption {{ font-weight: bold; color: #2d5277; margin-top: {s6}px; margin-bottom: {s2}px; }}
th {{ background-color: #dde6ef; font-weight: bold; text-align: left; font-size: 8pt; }}
td {{ font-size: 8pt; }}
td.label {{ font-weight: bold; background-color: #f3f6f9; }}
li {{ margin-bottom: {s2}px; }}
"""


def style_sheet() -> str:
    """The style; Qt's rich text takes margins in px only, and scales px to the paint device itself."""
    return STYLE.format(**{f"s{n}": n for n in (2, 4, 6, 10, 14)})


def layout_html(layout: Layout) -> str:
    """The blocks as the HTML subset QTextDocument renders."""
    parts = [f"<html><head><style>{style_sheet()}</style></head><body>"]
    for block in layout.blocks:
        if isinstance(block, Heading):
            parts.append(f"<h{block.level}>{_esc(block.text)}</h{block.level}>")
        elif isinstance(block, Paragraph):
            css = " class='small'" if block.small else " class='caption'" if block.caption else ""
            parts.append(f"<p{css}>{_esc(block.text)}</p>")
        elif isinstance(block, Fields):
            rows = "".join(f"<tr><td class='label' width='28%'>{_esc(k)}</td><td>{_esc(v)}</td></tr>"
                           for k, v in block.rows)
            parts.append(_table(rows))
        elif isinstance(block, Table):
            widths = [f" width='{w}%'" for w in block.widths] or [""] * len(block.headers)
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


def build_document(layout: Layout, device) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)  # font sizes in the device's own resolution
    document.setDefaultFont(QFont(load_fonts(), 9))
    document.setHtml(layout_html(layout))
    return document


def paint_pages(layout: Layout, device, wording: Wording | None = None) -> int:
    """Paint the brief on a paged device (QPdfWriter or QPrinter): running header, body, page numbers."""
    wording = wording or Wording()
    document = build_document(layout, device)
    area = device.pageLayout().paintRectPixels(device.resolution())
    font = QFont(load_fonts(), 8)
    line = QFontMetricsF(font, device).height()
    band = line * 2.2  # room for the header (and the footer) with a gap before the body
    body = QRectF(0, band, area.width(), area.height() - 2 * band)
    document.setPageSize(QSizeF(body.width(), body.height()))
    pages = document.pageCount()
    painter = QPainter(device)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            _header_and_footer(painter, font, area.width(), area.height(), line, layout.running_header,
                               wording.text("page", page=page + 1, pages=pages))
            painter.save()
            painter.translate(0, band - page * body.height())
            document.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
            painter.restore()
    finally:
        painter.end()
    return pages


def _header_and_footer(painter: QPainter, font: QFont, width: float, height: float, line: float,
                       header: str, footer: str) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(QPen(Qt.GlobalColor.darkGray))
    painter.drawText(QRectF(0, 0, width, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, header)
    painter.drawLine(QPointF(0, line * 1.2), QPointF(width, line * 1.2))
    painter.drawText(QRectF(0, height - line, width, line), Qt.AlignmentFlag.AlignCenter, footer)
    painter.restore()


def write_pdf(layout: Layout, path, wording: Wording | None = None) -> int:
    """Write the brief as an A4 PDF through a temporary file and a rename; returns the page count."""
    ensure_gui()
    with atomic_path(path, permissions=0o600) as tmp:  # as private as the journal it comes from
        writer = QPdfWriter(str(tmp))
        writer.setTitle(layout.title)
        writer.setCreator("Rapport")
        writer.setResolution(300)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         MARGINS_MM, QPageLayout.Unit.Millimeter))
        pages = paint_pages(layout, writer, wording)
        del writer  # the PDF is finished when the writer goes
    return pages
