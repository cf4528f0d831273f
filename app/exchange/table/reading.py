"""Reading a table file (CSV, XLSX, XLS) into its header and rows, within documented limits.

A CSV is read as a stream in the encoding decoding.decide_encoding settles, never whole into
memory. An XLSX is read row by row, ignoring the size its sheet claims (a dimension of
A1:XFD1048576 would otherwise pad every row to 16,384 cells), and a workbook whose shared
strings would unpack to more than MAX_SHARED_STRINGS bytes is refused before it is opened.
"""

import csv
import datetime as dt
import zipfile
from dataclasses import dataclass
from pathlib import Path

from app.common.errors import RapportError
from app.exchange.table.decoding import Decision, EncodingProblem, decide_encoding
from app.exchange.table.exporter import FORMULA_STARTS
from app.exchange.table.plan import without_cycle_collection

EXCEL_SUFFIXES = (".xlsx", ".xlsm")
XLS_SUFFIXES = (".xls",)
# The limits a table must keep (the README lists them).
MAX_ROWS = 1_000_000
MAX_COLUMNS = 500
MAX_CELL_CHARS = 100_000
MAX_SHARED_STRINGS = 256 << 20  # unpacked bytes of an XLSX's shared strings
MAX_PACKING_RATIO = 200  # unpacked : packed, beyond which an XLSX part is a zip bomb
SHOWN_HEADER_CHARS = 200


@dataclass
class Table:
    """The cells of a table file: its header and its rows with their line numbers."""

    name: str
    headers: list[str]
    rows: list[tuple[int, list]]
    encoding: Decision | None = None  # how a CSV was decoded (None for a spreadsheet)
    path: Path | None = None


class UnreadableFile(RapportError):
    """The file is not a table Rapport can read."""


@without_cycle_collection
def read_table(path, encoding: str | None = None) -> Table:
    """The header and rows of a CSV (comma, semicolon or tab), XLSX or XLS file."""
    path = Path(path)
    suffix = path.suffix.casefold()
    try:
        if suffix in EXCEL_SUFFIXES:
            table = _read_xlsx(path)
        elif suffix in XLS_SUFFIXES:
            table = _read_xls(path)
        else:
            table = _read_csv(path, encoding)
    except EncodingProblem as exc:
        raise UnreadableFile(str(exc)) from exc
    except OSError as exc:
        raise UnreadableFile(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    if not table.headers:
        raise UnreadableFile(f"{path.name}: the file has no header row")
    table.path = path
    return table


class _Rows:
    """Collects a file's header and rows, refusing what passes the limits with a short message."""

    def __init__(self, name: str):
        self.name = name
        self.headers: list[str] | None = None
        self.rows: list[tuple[int, list]] = []

    def add(self, line: int, cells: list) -> None:
        if self.headers is None:
            if len(cells) > MAX_COLUMNS:
                cells = _trimmed(cells)
                if len(cells) > MAX_COLUMNS:
                    raise UnreadableFile(f"{self.name}: line {line}: the header has {len(cells):,} columns; "
                                         f"at most {MAX_COLUMNS} can be imported")
            self.headers = ["" if c is None else str(c).strip()[:SHOWN_HEADER_CHARS] for c in cells]
            return
        if len(self.rows) >= MAX_ROWS:
            raise UnreadableFile(f"{self.name}: more than {MAX_ROWS:,} rows; split the file")
        if len(cells) > MAX_COLUMNS:
            cells = _trimmed(cells)
            if len(cells) > MAX_COLUMNS:
                raise UnreadableFile(f"{self.name}: line {line}: the row has {len(cells):,} cells; "
                                     f"at most {MAX_COLUMNS} can be imported")
        self.rows.append((line, cells))

    def table(self) -> Table:
        return Table(self.name, self.headers or [], self.rows)


def _trimmed(cells: list) -> list:
    """The cells without the empty ones at the end (spreadsheets pad rows)."""
    end = len(cells)
    while end and (cells[end - 1] is None or cells[end - 1] == ""):
        end -= 1
    return cells[:end]


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _read_csv(path: Path, encoding: str | None) -> Table:
    decision = decide_encoding(path, encoding)
    collected = _Rows(path.name)
    csv.field_size_limit(MAX_CELL_CHARS)
    with open(path, encoding=decision.codec, newline="") as handle:
        first = handle.readline(1 << 20)
        handle.seek(0)
        reader = csv.reader(handle, delimiter=_delimiter(first))
        start = 1
        try:
            for cells in reader:
                line, start = start, reader.line_num + 1
                joined = "".join(cells)  # one string to look at instead of every cell
                if not joined.strip():
                    continue
                if collected.headers is not None and "'" in joined:
                    cells = [_unneutralise(c) if c[:1] == "'" else c for c in cells]
                collected.add(line, cells)
        except csv.Error as exc:
            reason = (f"a cell is longer than {MAX_CELL_CHARS:,} characters" if "field larger" in str(exc)
                      else f"not valid CSV ({exc})")
            raise UnreadableFile(f"{path.name}: line {start}: {reason}") from exc
    table = collected.table()
    table.encoding = decision
    return table


def _check_packing(path: Path) -> None:
    """Refuse an XLSX whose shared strings would unpack to more than the limit (a zip bomb)."""
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                name = info.filename.casefold()
                if name.endswith("sharedstrings.xml") and info.file_size > MAX_SHARED_STRINGS:
                    raise UnreadableFile(f"{path.name}: its shared strings unpack to {info.file_size >> 20:,} MB "
                                         f"(at most {MAX_SHARED_STRINGS >> 20} MB); save a smaller workbook or CSV")
                if info.compress_size and info.file_size > 10 << 20 and \
                        info.file_size / info.compress_size > MAX_PACKING_RATIO:
                    raise UnreadableFile(f"{path.name}: {info.filename} unpacks {info.file_size // info.compress_size:,} "
                                         f"times larger than it is packed; refused as a zip bomb")
    except zipfile.BadZipFile as exc:
        raise UnreadableFile(f"{path.name}: not a readable XLSX workbook ({exc})") from exc


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    _check_packing(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file; all mean the same here
        raise UnreadableFile(f"{path.name}: not a readable XLSX workbook ({exc})") from exc
    collected = _Rows(path.name)
    try:
        sheet = workbook.worksheets[0]
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # the claimed size is not trusted: rows are as long as their cells
        for line, cells in enumerate(sheet.iter_rows(values_only=True), 1):
            if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
                continue
            cells = [_unneutralise(c) if isinstance(c, str) else c for c in cells]
            collected.add(line, cells)
    except RapportError:
        raise
    except Exception as exc:
        raise UnreadableFile(f"{path.name}: not a readable XLSX workbook ({exc})") from exc
    finally:
        workbook.close()
    return collected.table()


def _read_xls(path: Path) -> Table:
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), on_demand=True)
    except Exception as exc:  # xlrd raises XLRDError, CompDocError, struct errors for a damaged file
        raise UnreadableFile(f"{path.name}: not a readable XLS workbook ({exc})") from exc
    collected = _Rows(path.name)
    try:
        sheet = book.sheet_by_index(0)
        for row in range(sheet.nrows):
            cells = [_xls_value(cell, book.datemode) for cell in sheet.row(row)[:MAX_COLUMNS + 1]]
            if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
                continue
            if sheet.row_len(row) > MAX_COLUMNS and any(c.value not in ("", None) for c in sheet.row(row)[MAX_COLUMNS:]):
                cells = [None] * sheet.row_len(row)  # past the limit: let _Rows say so
            collected.add(row + 1, cells)
    except RapportError:
        raise
    except Exception as exc:
        raise UnreadableFile(f"{path.name}: not a readable XLS workbook ({exc})") from exc
    finally:
        book.release_resources()
    return collected.table()


def _xls_value(cell, datemode: int):
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            moment = xlrd.xldate_as_datetime(cell.value, datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return cell.value
        return moment.date() if moment.time() == dt.time() else moment
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None
    if cell.ctype == xlrd.XL_CELL_TEXT:
        return _unneutralise(cell.value)
    if cell.ctype == xlrd.XL_CELL_NUMBER and float(cell.value).is_integer():
        return int(cell.value)
    return cell.value


def _unneutralise(cell: str) -> str:
    """Undo the quote an export puts before a cell a spreadsheet would run as a formula."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in "".join(FORMULA_STARTS):
        return cell[1:]
    return cell
