"""What a table import checked and what it wrote; the reading and the writing both use these."""

import functools
import gc
from dataclasses import dataclass, field

from app.common.errors import Problem


@dataclass
class ImportPlan:
    """Checked rows ready to write, or the problems that stop the import (nothing written yet)."""

    rows: list[dict] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    new_clients: list[str] = field(default_factory=list)
    new_users: list[str] = field(default_factory=list)
    # With "bad_rows": "skip", the refused rows: (line, cells, problems); they stop nothing.
    skipped: list[tuple[int, list, list[Problem]]] = field(default_factory=list)
    source: str = ""  # the file's name: part of each row's fingerprint
    date_orders: dict[str, str] = field(default_factory=dict)  # field -> dmy, mdy or ymd as read


@dataclass
class ImportSummary:
    """What an import wrote."""

    interactions: int
    new_clients: list[str]
    new_users: list[str]
    new_contacts: int
    duplicates: int = 0  # rows imported before (same fingerprint), not added again
    skipped: int = 0  # bad rows left out ("bad_rows": "skip")
    rejects: str = ""  # where the skipped rows were written
    encoding: str = ""  # how the file was decoded (a CSV's)

    def text(self) -> str:
        parts = [f"imported {self.interactions} interaction{'s' if self.interactions != 1 else ''}"]
        if self.encoding:
            parts[0] += f" (read as {self.encoding})"
        if self.duplicates:
            parts.append(f"{self.duplicates} already imported before, skipped")
        if self.skipped:
            parts.append(f"{self.skipped} bad row{'s' if self.skipped != 1 else ''} skipped, listed in {self.rejects}")
        if self.new_clients:
            parts.append(f"{len(self.new_clients)} new client(s): {', '.join(self.new_clients[:10])}"
                         + (" ..." if len(self.new_clients) > 10 else ""))
        if self.new_users:
            parts.append(f"{len(self.new_users)} new user(s): {', '.join(self.new_users[:10])}"
                         + (" ..." if len(self.new_users) > 10 else ""))
        if self.new_contacts:
            parts.append(f"{self.new_contacts} new contact(s)")
        return "; ".join(parts)


def without_cycle_collection(function):
    """Run function with Python's cycle collector paused.

    An import makes millions of small objects (cells, rows, tuples) that hold no cycles: plain
    reference counting frees them. The collector, started by the count of new objects, would
    walk all the live ones again and again and find nothing; on 100,000 rows that was a third
    of the time spent reading and checking."""

    @functools.wraps(function)
    def paused(*args, **kwargs):
        enabled = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()

    return paused
