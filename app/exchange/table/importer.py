"""Importing a journal table (CSV or XLSX): read, map the columns, check every row, then write all or nothing.

The steps are separate so the import wizard can show each one: read_table -> auto_mapping ->
check_rows (a plan listing every bad row; nothing written) -> write_plan (one transaction).
"""

import logging

from app.common.errors import Problem, ValidationError
from app.common.field_labels import FIELD_LABELS
from app.common.progress import Progress, no_progress
from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.exchange.table.dates import DateOrderDetector, detect_order, needs_order, settle_orders
from app.exchange.table.exporter import COLUMNS
from app.exchange.table.fingerprints import row_content
from app.exchange.table.plan import ImportPlan, ImportSummary, without_cycle_collection
from app.exchange.table.profile import ImportProfile
from app.exchange.table.reading import (
    EXCEL_SUFFIXES,
    XLS_SUFFIXES,
    Count,
    Source,
    Table,
    UnreadableFile,
    open_table,
    read_table,
)
from app.exchange.table.rows import RowChecker
from app.exchange.table.vocabulary import header_fields, header_key
from app.journal.validation import FieldErrors

log = logging.getLogger(__name__)

__all__ = ["EXCEL_SUFFIXES", "XLS_SUFFIXES", "Table", "UnreadableFile", "auto_mapping", "check_rows",
           "import_table", "mapping_problems", "read_table"]

FIELDS = COLUMNS + ("time",)
REQUIRED = ("client", "occurred_at", "channel", "kind")
DATE_FIELDS = ("occurred_at", "follow_up_due", "follow_up_done")
STEP = 1000
NO_ROWS = QT_TRANSLATE_NOOP("Messages", "there are no rows below the header")
MAX_PROBLEMS = 10_000  # the command line lists the first 50; past this the check stops
FIRST_LOOK = 10_000  # rows read to learn the date orders, when they settle within them
SHOWN_HEADERS = 12


# ---- mapping ------------------------------------------------------------------------------

def auto_mapping(headers: list[str], profile: ImportProfile | None = None) -> list[str | None]:
    """The field each column holds: as the profile says, else guessed from its header (English,
    Russian or Ukrainian); where two columns could hold one field, the better-named one does."""
    mapping: list[str | None] = [None] * len(headers)
    taken: set[str] = set()
    candidates = []
    for column, header in enumerate(headers):
        named, target = profile.column_for(header) if profile else (False, None)
        if named:
            mapping[column] = target
            if target:
                taken.add(target)
        else:
            candidates += [(choice, rank, column, name) for choice, (name, rank) in enumerate(header_fields(header))]
    chosen: set[int] = set()
    for _choice, _rank, column, name in sorted(candidates):
        if column not in chosen and name not in taken:
            mapping[column] = name
            taken.add(name)
            chosen.add(column)
    return mapping


def _headers_text(headers: list[str]) -> str | Message:
    shown = ", ".join(h[:40] for h in headers[:SHOWN_HEADERS])
    if len(headers) <= SHOWN_HEADERS:
        return shown
    return Message(QT_TRANSLATE_NOOP("Messages", "{headers} and {more} more"), headers=shown,
                   more=len(headers) - SHOWN_HEADERS)


def mapping_problems(headers: list[str], mapping: list[str | None],
                     profile: ImportProfile | None = None) -> list[Problem]:
    problems = []
    used = [f for f in mapping if f]
    constants = profile.constants if profile else {}
    for name in REQUIRED:
        if name not in used and not constants.get(name):
            problems.append(Problem("columns", Message(QT_TRANSLATE_NOOP(
                "Messages", "no column holds {field} (headers: {headers}); match one, or give a constant "
                            "(\"constants\" in a profile)"), field=repr(name), headers=_headers_text(headers))))
    if profile:
        keys = {header_key(h) for h in headers}
        for name in profile.columns:
            if header_key(name) not in keys:
                problems.append(Problem("profile", Message(QT_TRANSLATE_NOOP(
                    "Messages", "column {column} is not in the file (headers: {headers})"),
                    column=repr(name), headers=_headers_text(headers))))
    for name in sorted({f for f in used if used.count(f) > 1}):
        columns = [headers[i] for i, f in enumerate(mapping) if f == name]
        problems.append(Problem("columns", Message(QT_TRANSLATE_NOOP(
            "Messages", "{field} is given by more than one column ({columns})"), field=repr(name), columns=columns)))
    for name in set(used) - set(FIELDS):
        problems.append(Problem("columns", Message(QT_TRANSLATE_NOOP("Messages", "{field} is not a field of the journal"),
                                                   field=repr(name))))
    return problems


# ---- checking -----------------------------------------------------------------------------

def _undecided(header: str, example: str) -> Problem:
    return Problem(Message(QT_TRANSLATE_NOOP("Messages", "column {column}"), column=repr(header[:60])),
                   Message(QT_TRANSLATE_NOOP(
                       "Messages", "dates such as {example} could be day-first or month-first and no value over 12 "
                                   "settles it; say which (\"date_order\": \"dmy\" or \"mdy\" in a profile)"),
                       example=repr(example[:30])))


def column_date_orders(table: Table, mapping: list[str | None],
                       profile: ImportProfile | None = None) -> tuple[dict[str, str | None], list[Problem]]:
    """The date order of each date field's column, from the profile or its values; a problem for
    each column whose order nothing settles."""
    if profile and profile.date_order:
        return {name: profile.date_order for name in mapping if name in DATE_FIELDS}, []
    detected: dict[int, str | None] = {}
    for column, name in enumerate(mapping):
        if name in DATE_FIELDS:
            detected[column] = detect_order(cells[column] for _line, cells in table.rows if column < len(cells))
    detected = settle_orders(detected)
    problems = []
    for column, order in detected.items():
        if order is None:
            example = next(c[column] for _line, c in table.rows if column < len(c) and needs_order(c[column])).strip()
            problems.append(_undecided(table.headers[column], example))
    return {mapping[column]: order or None for column, order in detected.items()}, problems


class _RowCheck:
    """Checks one row of a table as the profile and the date orders say: (the row, its problems)."""

    def __init__(self, headers: list[str], mapping: list[str | None], profile: ImportProfile,
                 orders: dict[str, str | None]):
        self.constants = [(name, value) for name, value in profile.constants.items() if value != ""]
        self.columns = [(i, name) for i, name in enumerate(mapping) if name]
        self.width = len(headers)
        self.needed = max((i for i, _ in self.columns), default=-1) + 1  # a row this long has every mapped cell
        self.checker = RowChecker(orders, {name: profile.value_map(name) for name in profile.values})

    def __call__(self, cells: list) -> tuple[dict, FieldErrors]:
        errors = FieldErrors()
        width = self.width
        if len(cells) > width and any(c not in (None, "") for c in cells[width:]):
            errors.add("", Message(QT_TRANSLATE_NOOP(
                "Messages", "the row has {cells} cells but the header only {width} "
                            "(a delimiter inside an unquoted value?)"), cells=len(cells), width=width))
        if len(cells) >= self.needed:
            values = {name: cells[i] for i, name in self.columns}
        else:
            values = {name: cells[i] if i < len(cells) else None for i, name in self.columns}
        for name, value in self.constants:
            if values.get(name) in (None, ""):
                values[name] = value
        return self.checker.check(values, errors), errors


def _none_importable(name: str, total: int, first: tuple[int, list[Problem]]) -> Problem:
    return Problem(name, Message(QT_TRANSLATE_NOOP(
        "Messages", "none of the {total} rows can be imported; the first: line {line}: {problem}"),
        total=total, line=first[0], problem=_placed(first[1][0])))


def _placed(problem: Problem) -> Message:
    """A row's problem with its field named by its label, kept a Message so that it is shown in the user's language."""
    message = problem.message if isinstance(problem.message, Message) else Message(problem.message)
    if not problem.where:
        return message
    field = Message(FIELD_LABELS[problem.where], "Fields") if problem.where in FIELD_LABELS else problem.where
    return Message("{field}: {problem}", field=field, problem=message)


def _in_line(line: int, problem: Problem) -> Problem:
    return Problem(f"line {line}", _placed(problem))


@without_cycle_collection
def check_rows(table: Table, mapping: list[str | None], progress: Progress = no_progress,
               profile: ImportProfile | None = None, by=None) -> ImportPlan:
    """Check every row against the journal's rules; the plan lists each bad row by its line
    (or, with the profile's "bad_rows": "skip", keeps them aside and goes on). New clients need
    the importer (by; None: this computer's user) to be sales: otherwise that is a problem too."""
    profile = profile or ImportProfile()
    plan = ImportPlan(problems=mapping_problems(table.headers, mapping, profile), source=table.name)
    if plan.problems:
        return plan
    if not table.rows:
        plan.problems.append(Problem(table.name, NO_ROWS))
        return plan
    orders, plan.problems = column_date_orders(table, mapping, profile)
    if plan.problems:
        return plan
    plan.date_orders = {k: v for k, v in orders.items() if v}
    skip = profile.bad_rows == "skip"
    check = _RowCheck(table.headers, mapping, profile, orders)
    total = len(table.rows)
    for n, (line, cells) in enumerate(table.rows, 1):
        row, errors = check(cells)
        if errors and skip:
            plan.skipped.append((line, cells, list(errors.problems)))
        elif errors:
            plan.problems.extend(_in_line(line, p) for p in errors.problems)
        else:
            row["line"] = line
            row["content"] = row_content(cells)
            plan.rows.append(row)
        if n % STEP == 0:
            progress(n, total, "")
    progress(total, total, "")
    if skip and not plan.rows and not plan.problems:
        plan.problems.append(_none_importable(table.name, total, (plan.skipped[0][0], plan.skipped[0][2])))
    if not plan.problems:
        plan.new_clients, plan.new_users = _new_names(plan.rows)
        from app.exchange.table.writer import new_clients_problem
        from app.portrait.qualification import importing_user

        refused = new_clients_problem(table.name, plan.new_clients, importing_user(by))
        if refused is not None:
            plan.problems.append(refused)
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

@without_cycle_collection
def import_table(path, mapping: list[str | None] | None = None, progress: Progress = no_progress,
                 profile: ImportProfile | None = None, by=None) -> ImportSummary:
    """Read, check and write a CSV, XLSX or XLS journal table as a stream, a batch at a time, in one
    transaction: any bad row stops it and nothing is written, unless the profile says to skip bad
    rows (they are then written beside the file). Holds a batch of rows, not the file. by: who imports
    (None: this computer's user); a table naming new clients needs sales (TableWriter)."""
    from app.exchange.table.rejects import rejects_beside
    from app.exchange.table.writer import BATCH, TableWriter
    from db.models import db
    from db.search_index import indexed_after_bulk_insert

    profile = profile or ImportProfile()
    source = open_table(path, profile.encoding)
    mapping = mapping or auto_mapping(source.headers, profile)
    problems = mapping_problems(source.headers, mapping, profile)
    if problems:
        raise ValidationError(problems)
    total, orders, problems = _first_pass(source, mapping, profile, counting=progress is not no_progress)
    if problems:
        raise ValidationError(problems)
    check = _RowCheck(source.headers, mapping, profile, orders)
    skip = profile.bad_rows == "skip"
    first_bad, done = None, 0
    with rejects_beside(source.path, source.headers, skip) as rejects:
        with db.atomic():
            writer = TableWriter(source.name, by)
            with indexed_after_bulk_insert():
                batch: list[dict] = []
                for done, (line, cells) in enumerate(source.rows(), 1):
                    row, errors = check(cells)
                    if errors:
                        first_bad = first_bad or (line, errors.problems)
                        if skip:
                            rejects.add(line, cells, errors.problems)
                        elif len(problems) < MAX_PROBLEMS:
                            problems.extend(_in_line(line, p) for p in errors.problems)
                        else:
                            problems.append(Problem("", Message(QT_TRANSLATE_NOOP("Messages", "more than {count} problems; checking stopped"),
                                                                   count=Count(MAX_PROBLEMS))))
                            break
                    elif not problems:
                        row["line"], row["content"] = line, row_content(cells)
                        batch.append(row)
                        if len(batch) >= BATCH:
                            writer.write(batch)
                            batch = []
                    if done % STEP == 0:
                        progress(done, total, "")
                if batch and not problems:
                    writer.write(batch)
            if not done:
                raise ValidationError(Problem(source.name, NO_ROWS))
            if problems:
                raise ValidationError(problems)  # inside the transaction: nothing stays written
            if skip and not writer.written and not writer.duplicates:
                raise ValidationError(_none_importable(source.name, done, first_bad))
        progress(total, total, "")
        summary = writer.summary()
    if skip and rejects.count:
        summary.skipped, summary.rejects = rejects.count, str(rejects.path)
    if source.encoding is not None:
        summary.encoding = source.encoding.label
    return summary


def _first_pass(source: Source, mapping: list[str | None], profile: ImportProfile, counting: bool = True):
    """(rows in the file, the date order of each date field, a problem per column nothing settles),
    read as a stream before anything is checked. Not counting (no progress to show), it stops once
    every date column has an order, or after FIRST_LOOK rows with none needing one."""
    columns = [c for c, name in enumerate(mapping) if name in DATE_FIELDS]
    if profile.date_order:
        orders = {mapping[c]: profile.date_order for c in columns}
        return (sum(1 for _ in source.rows()) if counting else 0), orders, []
    detectors = {c: DateOrderDetector() for c in columns}
    total = 0
    examples: dict[int, str] = {}
    for _line, cells in source.rows():
        total += 1
        for column, detector in detectors.items():
            if column < len(cells):
                detector.add(cells[column])
                if column not in examples and needs_order(cells[column]):
                    examples[column] = cells[column].strip()
        if not counting and total % FIRST_LOOK == 0 and all(d.order() is not None for d in detectors.values()):
            break
    detected = settle_orders({c: d.order() for c, d in detectors.items()})
    problems = [_undecided(source.headers[c], examples[c]) for c, order in detected.items() if order is None]
    return total, {mapping[c]: order or None for c, order in detected.items()}, problems
