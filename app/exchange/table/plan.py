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


@dataclass
class ImportSummary:
    """What an import wrote."""

    interactions: int
    new_clients: list[str]
    new_users: list[str]
    new_contacts: int

    def text(self) -> str:
        parts = [f"imported {self.interactions} interaction{'s' if self.interactions != 1 else ''}"]
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
