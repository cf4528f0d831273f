"""Rows an import left out ("bad_rows": "skip"), written beside the file with their line and reason.

The file is a CSV (UTF-8 with BOM, as Rapport's exports) holding the line, the reason and the
row's own cells under the file's header, so it can be fixed and imported again. It is written
before the good rows go in, and removed again if they do not.
"""

import csv
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.common.atomic_file import atomic_write
from app.common.progress import Progress, no_progress
from app.exchange.table import writer
from app.exchange.table.exporter import neutralise
from app.exchange.table.plan import ImportPlan, ImportSummary
from app.exchange.table.reading import Table

PRIVATE = 0o600


def rejects_path(source: Path) -> Path:
    return source.with_name(f"{source.stem}.rejected.csv")


class Rejects:
    """The file of refused rows being written: one row at a time, as the import finds them."""

    def __init__(self, path: Path, handle, headers: list[str]):
        self.path = path
        self.count = 0
        self.writer = csv.writer(handle)
        self.writer.writerow(["line", "reason", *headers])

    def add(self, line: int, cells: list, problems: list) -> None:
        reason = "; ".join(str(p) for p in problems)
        self.writer.writerow([line, reason, *(neutralise(c) if isinstance(c, str) else "" if c is None else c
                                              for c in cells)])
        self.count += 1


@contextmanager
def rejects_beside(source: Path, headers: list[str], wanted: bool = True) -> Iterator[Rejects | None]:
    """A Rejects beside the source file; it appears (whole) only if the block succeeds with rows in it."""
    if not wanted:
        yield None
        return
    path = rejects_path(source)
    with atomic_write(path, "w", encoding="utf-8-sig", newline="", permissions=PRIVATE) as handle:
        rejects = Rejects(path, handle, headers)
        yield rejects
    if not rejects.count:
        path.unlink(missing_ok=True)


def write_rejects(table: Table, plan: ImportPlan, path: Path) -> None:
    with atomic_write(path, "w", encoding="utf-8-sig", newline="", permissions=PRIVATE) as handle:
        rejects = Rejects(path, handle, table.headers)
        for line, cells, problems in plan.skipped:
            rejects.add(line, cells, problems)


def write_plan_with_rejects(table: Table, plan: ImportPlan, progress: Progress = no_progress) -> ImportSummary:
    """Write the plan's good rows; the skipped ones (if any) go to a file beside the table's."""
    if not plan.skipped:
        return writer.write_plan(plan, progress)
    path = rejects_path(table.path or Path(table.name))
    write_rejects(table, plan, path)
    try:
        summary = writer.write_plan(plan, progress)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    summary.skipped, summary.rejects = len(plan.skipped), str(path)
    return summary
