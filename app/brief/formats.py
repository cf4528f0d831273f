"""Writing a laid-out brief to a file: Markdown, DOCX (python-docx) or PDF (Qt, app.brief.pdf)."""

import os
from pathlib import Path

from app.brief.contents import Brief
from app.brief.render import Bullets, Fields, Heading, Layout, Paragraph, Table, Wording, fit_shares, lay_out
from app.common.atomic_file import atomic_path, atomic_write
from app.common.errors import RapportError
from app.common.wording import QT_TRANSLATE_NOOP, Message

FORMATS = ("pdf", "docx", "md")
PRIVATE = 0o600  # a brief tells what the journal tells: as private as a journal export


def markdown_text(layout: Layout) -> str:
    """The brief as Markdown (GitHub tables)."""
    out: list[str] = []
    for block in layout.blocks:
        if isinstance(block, Heading):
            out += ["#" * block.level + " " + _md(block.text), ""]
        elif isinstance(block, Paragraph):
            text = _md(block.text)
            out += [f"*{text}*" if block.small else f"**{text}**" if block.caption else text, ""]
        elif isinstance(block, Fields):
            out += [f"- **{_md(label)}:** {_md(value)}" for label, value in block.rows] + [""]
        elif isinstance(block, Table):
            out.append("| " + " | ".join(_cell(h) for h in block.headers) + " |")
            out.append("|" + "---|" * len(block.headers))
            out += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in block.rows]
            out.append("")
        elif isinstance(block, Bullets):
            out += [f"- {_md(item)}" for item in block.items] + [""]
    return "\n".join(out).rstrip() + "\n"


def _md(text: str) -> str:
    # Only what would change the meaning of a line: leading markers and inline emphasis.
    text = str(text).replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")
    return text.replace("\r", "").replace("\n", "  \n")


def _cell(text: str) -> str:
    return _md(text).replace("|", "\\|").replace("  \n", "<br>") or " "


def write_markdown(layout: Layout, path) -> None:
    with atomic_write(path, "w", encoding="utf-8", newline="\n", permissions=PRIVATE) as handle:
        handle.write(markdown_text(layout))


def write_docx(layout: Layout, path, wording: Wording | None = None) -> None:
    """The brief as a Word document: styled headings, tables, a running header and page numbers."""
    from docx import Document
    from docx.shared import Pt

    wording = wording or Wording()
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "DejaVu Sans"
    normal.font.size = Pt(10)
    section = document.sections[0]
    _paper(section, wording.paper)
    text_width = section.page_width - section.left_margin - section.right_margin
    section.header.paragraphs[0].text = layout.running_header
    _page_number_footer(section.footer.paragraphs[0], wording.labels.get("page", "Page {page} of {pages}"))
    for block in layout.blocks:
        if isinstance(block, Heading):
            document.add_heading(block.text, level=block.level - 1)  # the title, then Heading 1, 2
        elif isinstance(block, Paragraph):
            run = document.add_paragraph().add_run(block.text)
            run.italic = block.small
            run.bold = block.caption
        elif isinstance(block, Fields):
            _docx_table(document, None, [[label, value] for label, value in block.rows], (28, 72), text_width,
                        bold_first=True)
        elif isinstance(block, Table):
            _docx_table(document, block.headers, block.rows, block.widths, text_width)
        elif isinstance(block, Bullets):
            for item in block.items:
                document.add_paragraph(item, style="List Bullet")
    with atomic_path(path, permissions=PRIVATE) as tmp:
        document.save(str(tmp))


def _paper(section, paper: str) -> None:
    """A4 (210 x 297 mm) or US Letter (8.5 x 11 in), as the locale uses, with 18 mm margins."""
    from docx.shared import Inches, Mm

    if paper == "letter":
        section.page_width, section.page_height = Inches(8.5), Inches(11)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(18)
    section.top_margin = section.bottom_margin = Mm(16)


def _docx_table(document, headers, rows, widths, text_width: int, bold_first: bool = False) -> None:
    """A table whose columns have their planned share of the text width, rows kept whole on a page,
    and the header row repeated on every page the table runs onto."""
    from docx.shared import Pt

    count = len(headers) if headers else 2
    shares = list(widths) if widths and len(widths) == count else [100 / count] * count
    shares = fit_shares(shares, _word_room(headers or [""] * count, rows, text_width))
    table = document.add_table(rows=0, cols=count)
    table.style = "Light Grid Accent 1" if headers else "Table Grid"
    table.autofit = False
    columns = [int(text_width * share / sum(shares)) for share in shares]
    for column, width in zip(table.columns, columns, strict=True):
        column.width = width
    if headers:
        cells = table.add_row().cells
        for cell, text in zip(cells, headers, strict=True):
            cell.text = text
            cell.paragraphs[0].runs[0].bold = True
            cell.paragraphs[0].runs[0].font.size = Pt(TABLE_PT)
        _row_flags(table.rows[-1], header=True)
    for row in rows:
        cells = table.add_row().cells
        for i, (cell, text) in enumerate(zip(cells, row, strict=True)):
            cell.text = str(text)
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(TABLE_PT)
            if bold_first and i == 0 and cell.paragraphs[0].runs:
                cell.paragraphs[0].runs[0].bold = True
        _row_flags(table.rows[-1])
    for row in table.rows:  # Word reads the cells' widths, LibreOffice the columns'
        for cell, width in zip(row.cells, columns, strict=True):
            cell.width = width
    document.add_paragraph()


TABLE_PT = 8  # the size of a table's text, as in the PDF


def _word_room(headers, rows, text_width: int) -> list[float]:
    """Per column, the share of the text width its longest word needs, measured in DejaVu Sans by Qt."""
    from PySide6.QtGui import QPdfWriter

    from app.brief.pdf import column_needs, ensure_gui

    ensure_gui()
    device = QPdfWriter(os.devnull)
    device.setResolution(72)  # one pixel a point
    padding_pt = 2 * 5.4 + 2  # Word's default cell margins and the borders
    return column_needs(headers, rows, TABLE_PT, device, padding_pt, text_width / 12700)  # EMU -> points


def _row_flags(row, header: bool = False) -> None:
    """w:cantSplit keeps a row on one page; w:tblHeader repeats a header row on every page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()
    for flag in ("w:cantSplit", "w:tblHeader") if header else ("w:cantSplit",):
        element = OxmlElement(flag)
        element.set(qn("w:val"), "true")
        properties.append(element)


def _page_number_footer(paragraph, template: str) -> None:
    """'Page {page} of {pages}' with Word fields, so Word fills in the numbers."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def field(code: str):
        element = OxmlElement("w:fldSimple")
        element.set(qn("w:instr"), code)
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        element.append(run)
        paragraph._p.append(element)

    before, _, rest = template.partition("{page}")
    middle, _, after = rest.partition("{pages}")
    paragraph.add_run(before)
    field("PAGE")
    paragraph.add_run(middle)
    field("NUMPAGES")
    paragraph.add_run(after)


def write_brief(brief: Brief, fmt: str, path, wording: Wording | None = None) -> Path:
    """Write a brief as pdf, docx or md, through a temporary file and a rename."""
    wording = wording or Wording()
    return write_layout(lay_out(brief, wording), fmt, path, wording)


def write_layout(layout: Layout, fmt: str, path, wording: Wording | None = None) -> Path:
    fmt = fmt.lower().lstrip(".")
    if fmt not in FORMATS:
        raise RapportError(Message(QT_TRANSLATE_NOOP("Messages", "format {fmt} is not one of {formats}"), fmt=repr(fmt), formats=', '.join(FORMATS)))
    if fmt == "md":
        write_markdown(layout, path)
    elif fmt == "docx":
        write_docx(layout, path, wording)
    else:
        from app.brief.pdf import write_pdf

        write_pdf(layout, path, wording)
    return Path(path)
