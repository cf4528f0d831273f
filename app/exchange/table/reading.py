"""Reading a table file (CSV, XLSX, XLS) into its header and rows, within documented limits.

Every format is read as a stream of rows (Source.rows), so the command line imports a file of
any size holding only a batch of rows at a time; read_table keeps them all, for the wizard. A CSV
is read in the encoding decoding.decide_encoding settles. An XLSX is read row by row, ignoring the size its sheet claims (a dimension of
A1:XFD1048576 would otherwise pad every row to 16,384 cells), and a workbook whose shared
strings would unpack to more than MAX_SHARED_STRINGS bytes is refused before it is opened.
"""

import csv
import datetime as dt
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.common.errors import RapportError
from app.common.wording import QT_TRANSLATE_NOOP, Message, Number, shown_value, translating
from app.exchange.table.decoding import Decision, EncodingProblem, decide_encoding, label_of
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


CANNOT_READ = QT_TRANSLATE_NOOP("Messages", "{file}: cannot read the file ({reason})")
NOT_XLSX = QT_TRANSLATE_NOOP("Messages", "{file}: not a readable XLSX workbook ({reason})")
NOT_XLS = QT_TRANSLATE_NOOP("Messages", "{file}: not a readable XLS workbook ({reason})")
TOO_WIDE = {
    "row": QT_TRANSLATE_NOOP("Messages", "{file}: line {line}: the row has {count} cells; at most {most} can be "
                                         "imported"),
    "header": QT_TRANSLATE_NOOP("Messages", "{file}: line {line}: the header has {count} columns; at most {most} "
                                            "can be imported"),
}


class Count(Message):
    """A count in a message: 1,000,000 in English, as the user's locale writes it when shown."""

    def __new__(cls, n: int):
        self = super().__new__(cls, f"{n:,}")
        self.n = n
        return self

    def __reduce__(self):
        return (Count, (self.n,))

    def shown(self) -> str:
        return shown_value(Number(self.n)) if translating() else str.__str__(self)

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


@dataclass
class Source:
    """A table file opened for reading its rows as a stream, as many times as needed."""

    name: str
    path: Path
    headers: list[str]
    encoding: Decision | None
    lines: Callable[[], Iterator[tuple[int, list]]]  # every non-empty row, the header first

    def rows(self) -> Iterator[tuple[int, list]]:
        """The rows below the header, (line, cells), within the limits."""
        lines = self.lines()
        next(lines, None)
        count = 0
        for line, cells in lines:
            count += 1
            if count > MAX_ROWS:
                raise UnreadableFile(Message(QT_TRANSLATE_NOOP("Messages", "{file}: more than {count} rows; split the file"),
                                                 file=self.name, count=Count(MAX_ROWS)))
            yield line, _within_width(self.name, line, cells, "row")


def open_table(path, encoding: str | None = None) -> Source:
    """Open a CSV (comma, semicolon or tab), XLSX or XLS file: its header read, its rows to stream."""
    path = Path(path)
    suffix = path.suffix.casefold()
    try:
        if suffix in EXCEL_SUFFIXES:
            _check_packing(path)
            decision, lines = None, lambda: _xlsx_lines(path)
        elif suffix in XLS_SUFFIXES:
            decision, lines = None, lambda: _xls_lines(path)
        else:
            decision = decide_encoding(path, encoding)
            lines = lambda: _csv_lines(path, decision.codec)  # noqa: E731
        opened = lines()
        try:
            first = next(opened, None)
        finally:
            opened.close()  # the file or workbook let go at once
    except EncodingProblem as exc:
        raise UnreadableFile(exc.args[0]) from exc  # a Message: shown in the user's language
    except OSError as exc:
        raise UnreadableFile(Message(CANNOT_READ, file=str(path), reason=exc.strerror or str(exc))) from exc
    if first is None:
        raise UnreadableFile(Message(QT_TRANSLATE_NOOP("Messages", "{file}: the file has no header row"), file=path.name))
    line, cells = first
    cells = _within_width(path.name, line, cells, "header")
    headers = ["" if c is None else str(c).strip()[:SHOWN_HEADER_CHARS] for c in cells]
    return Source(path.name, path, headers, decision, lines)


@without_cycle_collection
def read_table(path, encoding: str | None = None) -> Table:
    """The header and rows of a CSV (comma, semicolon or tab), XLSX or XLS file, all in memory."""
    source = open_table(path, encoding)
    try:
        rows = list(source.rows())
    except OSError as exc:
        raise UnreadableFile(Message(CANNOT_READ, file=str(source.path), reason=exc.strerror or str(exc))) from exc
    return Table(source.name, source.headers, rows, source.encoding, source.path)


def _within_width(name: str, line: int, cells: list, what: str) -> list:
    if len(cells) > MAX_COLUMNS:
        cells = _trimmed(cells)
        if len(cells) > MAX_COLUMNS:
            raise UnreadableFile(Message(TOO_WIDE[what], file=name, line=line, count=Count(len(cells)),
                                         most=MAX_COLUMNS))
    return cells


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


def _csv_lines(path: Path, codec: str) -> Iterator[tuple[int, list]]:
    csv.field_size_limit(MAX_CELL_CHARS)
    with open(path, encoding=codec, newline="") as handle:
        first = handle.readline(1 << 20)
        handle.seek(0)
        reader = csv.reader(handle, delimiter=_delimiter(first))
        start, header = 1, True
        try:
            for cells in reader:
                line, start = start, reader.line_num + 1
                joined = "".join(cells)  # one string to look at instead of every cell
                if not joined.strip():
                    continue
                if not header and "'" in joined:
                    cells = [_unneutralise(c) if c[:1] == "'" else c for c in cells]
                header = False
                yield line, cells
        except csv.Error as exc:
            if "field larger" in str(exc):
                message = Message(QT_TRANSLATE_NOOP("Messages", "{file}: line {line}: a cell is longer than {count} "
                                                                "characters"),
                                  file=path.name, line=start, count=Count(MAX_CELL_CHARS))
            else:
                message = Message(QT_TRANSLATE_NOOP("Messages", "{file}: line {line}: not valid CSV ({reason})"),
                                  file=path.name, line=start, reason=str(exc))
            raise UnreadableFile(message) from exc
        except UnicodeDecodeError as exc:  # the file changed since its encoding was decided
            raise UnreadableFile(Message(QT_TRANSLATE_NOOP("Messages", "{file}: line {line}: not valid {encoding} text"),
                                         file=path.name, line=start, encoding=label_of(codec))) from exc


def _check_packing(path: Path) -> None:
    """Refuse an XLSX whose shared strings would unpack to more than the limit (a zip bomb)."""
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                name = info.filename.casefold()
                if name.endswith("sharedstrings.xml") and info.file_size > MAX_SHARED_STRINGS:
                    raise UnreadableFile(Message(QT_TRANSLATE_NOOP(
                        "Messages", "{file}: its shared strings unpack to {size} MB (at most {most} MB); save a "
                                    "smaller workbook or CSV"),
                        file=path.name, size=Count(info.file_size >> 20), most=MAX_SHARED_STRINGS >> 20))
                if info.compress_size and info.file_size > 10 << 20 and \
                        info.file_size / info.compress_size > MAX_PACKING_RATIO:
                    raise UnreadableFile(Message(QT_TRANSLATE_NOOP(
                        "Messages", "{file}: {part} unpacks {ratio} times larger than it is packed; refused as a "
                                    "zip bomb"),
                        file=path.name, part=info.filename, ratio=Count(info.file_size // info.compress_size)))
    except zipfile.BadZipFile as exc:
        raise UnreadableFile(Message(NOT_XLSX, file=path.name, reason=str(exc))) from exc


def _xlsx_lines(path: Path) -> Iterator[tuple[int, list]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file; all mean the same here
        raise UnreadableFile(Message(NOT_XLSX, file=path.name, reason=str(exc))) from exc
    try:
        sheet = workbook.worksheets[0]
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # the claimed size is not trusted: rows are as long as their cells
        for line, cells in enumerate(sheet.iter_rows(values_only=True), 1):
            if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
                continue
            yield line, [_unneutralise(c) if isinstance(c, str) else c for c in cells]
    except (RapportError, GeneratorExit):
        raise
    except Exception as exc:
        raise UnreadableFile(Message(NOT_XLSX, file=path.name, reason=str(exc))) from exc
    finally:
        workbook.close()


def _xls_lines(path: Path) -> Iterator[tuple[int, list]]:
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), on_demand=True)
    except Exception as exc:  # xlrd raises XLRDError, CompDocError, struct errors for a damaged file
        raise UnreadableFile(Message(NOT_XLS, file=path.name, reason=str(exc))) from exc
    try:
        sheet = book.sheet_by_index(0)
        for row in range(sheet.nrows):
            cells = [_xls_value(cell, book.datemode) for cell in sheet.row(row)]
            if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
                continue
            yield row + 1, cells
    except (RapportError, GeneratorExit):
        raise
    except Exception as exc:
        raise UnreadableFile(Message(NOT_XLS, file=path.name, reason=str(exc))) from exc
    finally:
        book.release_resources()


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
