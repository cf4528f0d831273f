"""The journal as a table: CSV (RFC 4180, UTF-8 with BOM) and XLSX, whole or as a filter shows it."""

import csv
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from peewee import JOIN

from app.common.atomic_file import atomic_path, atomic_write, scratch_file
from app.common.progress import Progress, no_progress
from app.journal.records import tags_of
from app.journal.validation import clean_text
from db.models import Client, Contact, Interaction, InteractionTag, Tag, User

# The column set shared by export and import (the README documents it).
COLUMNS = ("client", "contact", "author", "occurred_at", "channel", "kind", "direction", "sentiment",
           "effort", "summary", "notes", "tags", "follow_up_due", "follow_up_done")
NUMBER_COLUMNS = ("sentiment", "effort")
DATE_COLUMNS = ("follow_up_due", "follow_up_done")
BATCH = 1000
PRIVATE = 0o600

# OWASP "CSV injection": a cell starting with one of these is run as a formula by spreadsheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")


@dataclass(frozen=True)
class JournalFilter:
    """Which interactions to take: what a filter in the journal shows (empty: all)."""

    client_ids: Sequence[int] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    tags: Sequence[str] = ()
    kinds: Sequence[str] = ()


@dataclass
class JournalRow:
    """One interaction, flattened for a table."""

    id: int
    client: str
    contact: str
    author: str
    occurred_at: dt.datetime
    channel: str
    kind: str
    direction: str
    sentiment: int | None
    effort: int | None
    summary: str
    notes: str
    tags: list[str] = field(default_factory=list)
    follow_up_due: dt.date | None = None
    follow_up_done: dt.date | None = None


def neutralise(text: str) -> str:
    """A text cell a spreadsheet will show, never run: OWASP's leading single quote.

    A plain number such as "-1" is left alone: a spreadsheet reads it as the number it is."""
    if text and text.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.match(text):
        return "'" + text
    return text


def journal_query(flt: JournalFilter = JournalFilter()):
    """The interactions a filter selects, oldest first, as one joined query."""
    author = User.alias()
    query = (Interaction
             .select(Interaction, Client.name.alias("client_name"), Contact.name.alias("contact_name"),
                     author.name.alias("author_name"))
             .join(Client, on=(Interaction.client == Client.id))
             .switch(Interaction).join(Contact, join_type=JOIN.LEFT_OUTER, on=(Interaction.contact == Contact.id))
             .switch(Interaction).join(author, join_type=JOIN.LEFT_OUTER, on=(Interaction.author == author.id)))
    if flt.client_ids:
        query = query.where(Interaction.client.in_(list(flt.client_ids)))
    if flt.date_from:
        query = query.where(Interaction.occurred_at >= dt.datetime.combine(flt.date_from, dt.time()))
    if flt.date_to:
        query = query.where(Interaction.occurred_at < dt.datetime.combine(flt.date_to + dt.timedelta(days=1),
                                                                        dt.time()))
    if flt.kinds:
        query = query.where(Interaction.kind.in_(list(flt.kinds)))
    if flt.tags:
        tagged = (InteractionTag.select(InteractionTag.interaction).join(Tag)
                  .where(Tag.name.in_(list(flt.tags))))
        query = query.where(Interaction.id.in_(tagged))
    return query.order_by(Interaction.occurred_at, Interaction.id)


def journal_count(flt: JournalFilter = JournalFilter()) -> int:
    return journal_query(flt).count()


def journal_rows(flt: JournalFilter = JournalFilter(), limit: int | None = None) -> Iterator[JournalRow]:
    """The selected interactions as rows, fetched in batches (tags in one query per batch)."""
    query = journal_query(flt)
    if limit is not None:
        query = query.limit(limit)
    batch: list = []
    for item in query.objects().iterator():
        batch.append(item)
        if len(batch) >= BATCH:
            yield from _rows_of(batch)
            batch = []
    yield from _rows_of(batch)


def _rows_of(items: list) -> Iterator[JournalRow]:
    tags = tags_of(i.id for i in items)
    for i in items:
        yield JournalRow(i.id, i.client_name, i.contact_name or "", i.author_name or "", i.occurred_at,
                         i.channel, i.kind, i.direction or "", i.sentiment, i.effort, i.summary, i.notes,
                         tags[i.id], i.follow_up_due, i.follow_up_done)


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return clean_text(", ".join(value))
    return clean_text(str(value))  # a journal written before text was cleaned may hold a vertical tab


def row_values(row: JournalRow) -> list:
    return [getattr(row, name) for name in COLUMNS]


def export_csv(path, flt: JournalFilter = JournalFilter(), progress: Progress = no_progress) -> int:
    """Write the selected journal as CSV; returns the number of rows. Cancel leaves no file."""
    total = journal_count(flt)
    progress(0, total, "")
    done = 0
    # The journal's people and words: as private as the database file, like the bundle.
    with atomic_write(path, "w", encoding="utf-8-sig", newline="", permissions=PRIVATE) as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for row in journal_rows(flt):
            writer.writerow([neutralise(_cell_text(v)) for v in row_values(row)])
            done += 1
            if done % BATCH == 0:
                progress(done, total, "")
        progress(done, total, "")
    return done


COLUMN_WIDTHS = {"client": 28, "contact": 20, "author": 18, "occurred_at": 18, "summary": 50, "notes": 40,
                 "tags": 24, "follow_up_due": 14, "follow_up_done": 14}


def export_xlsx(path, flt: JournalFilter = JournalFilter(), progress: Progress = no_progress) -> int:
    """Write the selected journal as XLSX: typed dates and numbers, a frozen bold header.

    openpyxl streams the rows through a temporary file; it is made beside the target (not in the
    system's temporary folder), private, and removed whatever happens (swept if the process dies)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    total = journal_count(flt)
    progress(0, total, "")
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Journal")
    with atomic_path(path, permissions=PRIVATE) as tmp, scratch_file(tmp) as rows_file:
        sheet.freeze_panes = "A2"
        for index, name in enumerate(COLUMNS, 1):
            sheet.column_dimensions[get_column_letter(index)].width = COLUMN_WIDTHS.get(name, 11)
        _stream_rows_to(sheet, rows_file)  # after the panes and widths: it writes the sheet's head
        try:
            bold = Font(bold=True)
            header = []
            for name in COLUMNS:
                cell = WriteOnlyCell(sheet, value=name)
                cell.font = bold
                header.append(cell)
            sheet.append(header)
            done = 0
            for row in journal_rows(flt):
                sheet.append([_xlsx_cell(sheet, name, value, WriteOnlyCell)
                              for name, value in zip(COLUMNS, row_values(row), strict=True)])
                done += 1
                if done % BATCH == 0:
                    progress(done, total, "")
            progress(done, total, "")  # the last chance to cancel: the save itself is not interrupted
            _save_workbook(workbook, tmp)
        except BaseException:
            _discard(sheet)
            raise
    return done


def _stream_rows_to(sheet, rows_file) -> None:
    """Make openpyxl keep the sheet's rows in rows_file (ours) instead of a file in /tmp."""
    from openpyxl.worksheet import _writer

    _writer.ALL_TEMP_FILES.append(str(rows_file))  # openpyxl's cleanup() takes it off this list
    sheet._writer = _writer.WorksheetWriter(sheet, out=str(rows_file))
    sheet._writer.write_top()


def _save_workbook(workbook, target) -> None:
    """openpyxl's save, closing the archive on failure too: a ZipFile left open tries to write its
    directory again when collected, printing a second traceback ("Exception ignored in ZipFile.__del__")."""
    import zipfile

    from openpyxl.writer.excel import ExcelWriter

    archive = zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(workbook, archive).write_data()
    except BaseException:
        try:
            archive.close()
        except Exception:  # noqa: BLE001 - the first failure (a full disk) is the one to report
            pass
        raise
    archive.close()


def _discard(sheet) -> None:
    """Close a streaming sheet that will not be saved, and remove its temporary file."""
    try:
        sheet.close()
    except Exception:  # noqa: BLE001 - already failing: the first error is the one to report
        pass
    try:
        sheet._writer.cleanup()
    except (OSError, ValueError):  # removed already
        pass


def _xlsx_cell(sheet, name: str, value, make_cell):
    if value is None or value == "" or value == []:
        return None
    if name in NUMBER_COLUMNS:
        return value
    if isinstance(value, dt.datetime):
        cell = make_cell(sheet, value=value)
        cell.number_format = "yyyy-mm-dd hh:mm"
        return cell
    if isinstance(value, dt.date):
        cell = make_cell(sheet, value=value)
        cell.number_format = "yyyy-mm-dd"
        return cell
    cell = make_cell(sheet, value=neutralise(_cell_text(value)))
    cell.data_type = "s"  # never let openpyxl take a leading "=" for a formula
    return cell


def suggested_name(stem: str, extension: str, day: dt.date | None = None) -> str:
    """A file name safe on every platform, e.g. 'Rapport journal 2026-03-01.csv'."""
    from app.common.atomic_file import safe_file_name

    return safe_file_name(f"{stem} {(day or dt.date.today()).isoformat()}", extension)


EXPORTERS = {"csv": export_csv, "xlsx": export_xlsx}
