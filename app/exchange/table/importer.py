"""Importing a journal table (CSV or XLSX): read, map the columns, check every row, then write all or nothing.

The steps are separate so the import wizard can show each one: read_table -> auto_mapping ->
check_rows (a plan listing every bad row; nothing written) -> write_plan (one transaction).
"""

import logging

from app.common.errors import Problem, ValidationError
from app.common.progress import Progress, no_progress
from app.exchange.table.dates import detect_order, needs_order, settle_orders
from app.exchange.table.exporter import COLUMNS
from app.exchange.table.fingerprints import row_content
from app.exchange.table.plan import ImportPlan, ImportSummary, without_cycle_collection
from app.exchange.table.profile import ImportProfile
from app.exchange.table.reading import EXCEL_SUFFIXES, XLS_SUFFIXES, Table, UnreadableFile, read_table
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


def _headers_text(headers: list[str]) -> str:
    shown = ", ".join(h[:40] for h in headers[:SHOWN_HEADERS])
    return shown + (f" and {len(headers) - SHOWN_HEADERS} more" if len(headers) > SHOWN_HEADERS else "")


def mapping_problems(headers: list[str], mapping: list[str | None],
                     profile: ImportProfile | None = None) -> list[Problem]:
    problems = []
    used = [f for f in mapping if f]
    constants = profile.constants if profile else {}
    for name in REQUIRED:
        if name not in used and not constants.get(name):
            problems.append(Problem("columns", f"no column holds {name!r} (headers: {_headers_text(headers)}); "
                                               f"match one, or give a constant (\"constants\" in a profile)"))
    if profile:
        keys = {header_key(h) for h in headers}
        for name in profile.columns:
            if header_key(name) not in keys:
                problems.append(Problem("profile", f"column {name!r} is not in the file "
                                                   f"(headers: {_headers_text(headers)})"))
    for name in sorted({f for f in used if used.count(f) > 1}):
        columns = [headers[i] for i, f in enumerate(mapping) if f == name]
        problems.append(Problem("columns", f"{name!r} is given by more than one column ({', '.join(columns)})"))
    for name in set(used) - set(FIELDS):
        problems.append(Problem("columns", f"{name!r} is not a field of the journal"))
    return problems


# ---- checking -----------------------------------------------------------------------------

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
            problems.append(Problem(f"column {table.headers[column][:60]!r}",
                                    f"dates such as {example[:30]!r} could be day-first or month-first and no "
                                    f"value over 12 settles it; say which (\"date_order\": \"dmy\" or \"mdy\" "
                                    f"in a profile)"))
    return {mapping[column]: order or None for column, order in detected.items()}, problems


@without_cycle_collection
def check_rows(table: Table, mapping: list[str | None], progress: Progress = no_progress,
               profile: ImportProfile | None = None) -> ImportPlan:
    """Check every row against the journal's rules; the plan lists each bad row by its line
    (or, with the profile's "bad_rows": "skip", keeps them aside and goes on)."""
    profile = profile or ImportProfile()
    plan = ImportPlan(problems=mapping_problems(table.headers, mapping, profile), source=table.name)
    if plan.problems:
        return plan
    if not table.rows:
        plan.problems.append(Problem(table.name, "there are no rows below the header"))
        return plan
    orders, plan.problems = column_date_orders(table, mapping, profile)
    if plan.problems:
        return plan
    plan.date_orders = {k: v for k, v in orders.items() if v}
    skip = profile.bad_rows == "skip"
    constants = [(name, value) for name, value in profile.constants.items() if value != ""]
    columns = [(i, name) for i, name in enumerate(mapping) if name]
    width, total = len(table.headers), len(table.rows)
    needed = max((i for i, _ in columns), default=-1) + 1  # a row this long has every mapped cell
    checker = RowChecker(orders, {name: profile.value_map(name) for name in profile.values})
    for n, (line, cells) in enumerate(table.rows, 1):
        errors = FieldErrors()
        if len(cells) > width and any(c not in (None, "") for c in cells[width:]):
            errors.add("cells", f"the row has {len(cells)} cells but the header only {width} "
                                f"(a delimiter inside an unquoted value?)")
        if len(cells) >= needed:
            values = {name: cells[i] for i, name in columns}
        else:
            values = {name: cells[i] if i < len(cells) else None for i, name in columns}
        for name, value in constants:
            if values.get(name) in (None, ""):
                values[name] = value
        row = checker.check(values, errors)
        if errors and skip:
            plan.skipped.append((line, cells, list(errors.problems)))
        elif errors:
            plan.problems.extend(Problem(f"line {line}", str(p)) for p in errors.problems)
        else:
            row["line"] = line
            row["content"] = row_content(cells)
            plan.rows.append(row)
        if n % STEP == 0:
            progress(n, total, "")
    progress(total, total, "")
    if skip and not plan.rows and not plan.problems:
        plan.problems.append(Problem(table.name, f"none of the {total} rows can be imported; the first: "
                                                 f"line {plan.skipped[0][0]}: {plan.skipped[0][2][0]}"))
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

def import_table(path, mapping: list[str | None] | None = None, progress: Progress = no_progress,
                 profile: ImportProfile | None = None) -> ImportSummary:
    """Read, check and write a CSV, XLSX or XLS journal table; any bad row stops it before a write,
    unless the profile says to skip bad rows (they are then written beside the file)."""
    from app.exchange.table.rejects import write_plan_with_rejects

    profile = profile or ImportProfile()
    table = read_table(path, profile.encoding)
    plan = check_rows(table, mapping or auto_mapping(table.headers, profile),
                      lambda done, total, message: progress(done, 2 * total, message), profile)
    if plan.problems:
        raise ValidationError(plan.problems)
    total = len(plan.rows)
    summary = write_plan_with_rejects(table, plan, lambda done, _total, message: progress(total + done, 2 * total,
                                                                                          message))
    if table.encoding is not None:
        summary.encoding = table.encoding.label
    return summary
