"""Rows an import left out ("bad_rows": "skip"), written beside the file with their line and reason.

The file is a CSV (UTF-8 with BOM, as Rapport's exports) holding the line, the reason and the
row's own cells under the file's header, so it can be fixed and imported again. It is written
before the good rows go in, and removed again if they do not.
"""

import csv
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


def write_rejects(table: Table, plan: ImportPlan, path: Path) -> None:
    with atomic_write(path, "w", encoding="utf-8-sig", newline="", permissions=PRIVATE) as handle:
        writer = csv.writer(handle)
        writer.writerow(["line", "reason", *table.headers])
        for line, cells, problems in plan.skipped:
            reason = "; ".join(str(p) for p in problems)
            writer.writerow([line, reason, *(neutralise(c) if isinstance(c, str) else "" if c is None else c
                                             for c in cells)])


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
