"""Writing a laid-out brief to a file: Markdown, DOCX (python-docx) or PDF (Qt, app.brief.pdf)."""

from pathlib import Path

from app.brief.contents import Brief
from app.brief.render import Bullets, Fields, Heading, Layout, Paragraph, Table, Wording, lay_out
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

    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "DejaVu Sans"
    normal.font.size = Pt(10)
    section = document.sections[0]
    section.header.paragraphs[0].text = layout.running_header
    _page_number_footer(section.footer.paragraphs[0], (wording or Wording()).labels.get("page", "Page {page} of {pages}"))
    for block in layout.blocks:
        if isinstance(block, Heading):
            document.add_heading(block.text, level=block.level - 1)  # the title, then Heading 1, 2
        elif isinstance(block, Paragraph):
            run = document.add_paragraph().add_run(block.text)
            run.italic = block.small
            run.bold = block.caption
        elif isinstance(block, Fields):
            _docx_table(document, None, [[label, value] for label, value in block.rows], bold_first=True)
        elif isinstance(block, Table):
            _docx_table(document, block.headers, block.rows)
        elif isinstance(block, Bullets):
            for item in block.items:
                document.add_paragraph(item, style="List Bullet")
    with atomic_path(path, permissions=PRIVATE) as tmp:
        document.save(str(tmp))


def _docx_table(document, headers, rows, bold_first: bool = False) -> None:
    width = len(headers) if headers else 2
    table = document.add_table(rows=0, cols=width)
    table.style = "Light Grid Accent 1" if headers else "Table Grid"
    if headers:
        cells = table.add_row().cells
        for cell, text in zip(cells, headers, strict=True):
            cell.text = text
            cell.paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = table.add_row().cells
        for i, (cell, text) in enumerate(zip(cells, row, strict=True)):
            cell.text = str(text)
            if bold_first and i == 0 and cell.paragraphs[0].runs:
                cell.paragraphs[0].runs[0].bold = True
    document.add_paragraph()


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
