"""Importing a journal table (CSV or XLSX): read, map the columns, check every row, then write all or nothing.

The steps are separate so the import wizard can show each one: read_table -> auto_mapping ->
check_rows (a plan listing every bad row; nothing written) -> write_plan (one transaction).
"""

import csv
import io
import logging
from dataclasses import dataclass
from pathlib import Path

from app.common.errors import Problem, RapportError, ValidationError
from app.common.progress import Progress, no_progress
from app.exchange.table.exporter import COLUMNS, FORMULA_STARTS
from app.exchange.table.plan import ImportPlan, ImportSummary, without_cycle_collection
from app.exchange.table.rows import RowChecker
from app.exchange.table.vocabulary import field_for_header
from app.exchange.table.writer import write_plan
from app.journal.validation import FieldErrors

log = logging.getLogger(__name__)

FIELDS = COLUMNS + ("time",)
REQUIRED = ("client", "occurred_at", "channel", "kind")
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
STEP = 1000


@dataclass
class Table:
    """The cells of a CSV or XLSX file: its header and its rows with their line numbers."""

    name: str
    headers: list[str]
    rows: list[tuple[int, list]]


class UnreadableFile(RapportError):
    """The file is not a CSV or XLSX table Rapport can read."""


# ---- reading ------------------------------------------------------------------------------

@without_cycle_collection
def read_table(path) -> Table:
    """The header and rows of a CSV (comma, semicolon or tab; UTF-8, UTF-16 or Windows-1251) or XLSX."""
    path = Path(path)
    try:
        if path.suffix.casefold() in EXCEL_SUFFIXES:
            table = _read_xlsx(path)
        else:
            table = _read_csv(path.name, path.read_bytes())
    except OSError as exc:
        raise UnreadableFile(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    if not table.headers:
        raise UnreadableFile(f"{path.name}: the file has no header row")
    return table


def _decode(name: str, raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "cp1251")
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableFile(f"{name}: the text is neither UTF-8 nor Windows-1251 (save it as CSV UTF-8)")


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _read_csv(name: str, raw: bytes) -> Table:
    text = _decode(name, raw)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text.split("\n", 1)[0]))
    headers: list[str] | None = None
    rows: list[tuple[int, list]] = []
    start = 1
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1
            joined = "".join(cells)  # one string to look at instead of every cell
            if not joined.strip():
                continue
            if headers is None:
                headers = [c.strip() for c in cells]
            elif "'" in joined:
                rows.append((line, [_unneutralise(c) if c[:1] == "'" else c for c in cells]))
            else:
                rows.append((line, cells))
    except csv.Error as exc:
        raise UnreadableFile(f"{name}: line {start}: not valid CSV ({exc})") from exc
    return Table(name, headers or [], rows)


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file; all mean the same here
        raise UnreadableFile(f"{path.name}: not a readable XLSX workbook ({exc})") from exc
    headers: list[str] | None = None
    rows: list[tuple[int, list]] = []
    try:
        sheet = workbook.worksheets[0]
        for line, cells in enumerate(sheet.iter_rows(values_only=True), 1):
            cells = list(cells)
            if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
                continue
            if headers is None:
                headers = ["" if c is None else str(c).strip() for c in cells]
            else:
                rows.append((line, [_unneutralise(c) if isinstance(c, str) else c for c in cells]))
    except Exception as exc:
        raise UnreadableFile(f"{path.name}: not a readable XLSX workbook ({exc})") from exc
    finally:
        workbook.close()
    return Table(path.name, headers or [], rows)


def _unneutralise(cell: str) -> str:
    """Undo the quote an export puts before a cell a spreadsheet would run as a formula."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in "".join(FORMULA_STARTS):
        return cell[1:]
    return cell


# ---- mapping ------------------------------------------------------------------------------

def auto_mapping(headers: list[str]) -> list[str | None]:
    """The field each column holds, guessed from its header (English, Russian or Ukrainian)."""
    taken: set[str] = set()
    mapping: list[str | None] = []
    for header in headers:
        name = field_for_header(header)
        mapping.append(name if name and name not in taken else None)
        if name:
            taken.add(name)
    return mapping


def mapping_problems(headers: list[str], mapping: list[str | None]) -> list[Problem]:
    problems = []
    used = [f for f in mapping if f]
    for name in REQUIRED:
        if name not in used:
            problems.append(Problem("columns", f"no column holds {name!r} (headers: {', '.join(headers)})"))
    for name in sorted({f for f in used if used.count(f) > 1}):
        columns = [headers[i] for i, f in enumerate(mapping) if f == name]
        problems.append(Problem("columns", f"{name!r} is given by more than one column ({', '.join(columns)})"))
    for name in set(used) - set(FIELDS):
        problems.append(Problem("columns", f"{name!r} is not a field of the journal"))
    return problems


# ---- checking -----------------------------------------------------------------------------

@without_cycle_collection
def check_rows(table: Table, mapping: list[str | None], progress: Progress = no_progress) -> ImportPlan:
    """Check every row against the journal's rules; the plan lists each bad row by its line."""
    plan = ImportPlan(problems=mapping_problems(table.headers, mapping))
    if plan.problems:
        return plan
    if not table.rows:
        plan.problems.append(Problem(table.name, "there are no rows below the header"))
        return plan
    columns = [(i, name) for i, name in enumerate(mapping) if name]
    width, total = len(table.headers), len(table.rows)
    needed = max(i for i, _ in columns) + 1  # a row this long has every mapped cell
    checker = RowChecker()
    for n, (line, cells) in enumerate(table.rows, 1):
        errors = FieldErrors()
        if len(cells) > width and any(c not in (None, "") for c in cells[width:]):
            errors.add("cells", f"the row has {len(cells)} cells but the header only {width} "
                                f"(a delimiter inside an unquoted value?)")
        if len(cells) >= needed:
            values = {name: cells[i] for i, name in columns}
        else:
            values = {name: cells[i] if i < len(cells) else None for i, name in columns}
        row = checker.check(values, errors)
        if errors:
            plan.problems.extend(Problem(f"line {line}", str(p)) for p in errors.problems)
        else:
            row["line"] = line
            plan.rows.append(row)
        if n % STEP == 0:
            progress(n, total, "")
    progress(total, total, "")
    if not plan.problems:
        plan.new_clients, plan.new_users = _new_names(plan.rows)
    return plan


def _new_names(rows: list[dict]) -> tuple[list[str], list[str]]:
    """Clients and users the import will create: names not in the journal, matched case-insensitively."""
    from db.models import Client, User

    known_clients = {name.casefold() for (name,) in Client.select(Client.name).tuples()}
    known_users = {name.casefold() for (name,) in User.select(User.name).tuples()}
    clients: dict[str, str] = {}
    users: dict[str, str] = {}
    for row in rows:
        if row["client"].casefold() not in known_clients:
            clients.setdefault(row["client"].casefold(), row["client"])
        if row["author"] and row["author"].casefold() not in known_users:
            users.setdefault(row["author"].casefold(), row["author"])
    return list(clients.values()), list(users.values())


# ---- the whole import, for the command line --------------------------------------------------

def import_table(path, mapping: list[str | None] | None = None, progress: Progress = no_progress) -> ImportSummary:
    """Read, check and write a CSV or XLSX journal table; any bad row stops it before a write."""
    table = read_table(path)
    plan = check_rows(table, mapping or auto_mapping(table.headers),
                      lambda done, total, message: progress(done, 2 * total, message))
    if plan.problems:
        raise ValidationError(plan.problems)
    total = len(plan.rows)
    return write_plan(plan, lambda done, _total, message: progress(total + done, 2 * total, message))
