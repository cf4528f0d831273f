"""`rapport demo`: a realistic sample firm, the same every time for the same seed and day.

A Kyiv printing house, its owner, three account managers and two staff, about fifty clients in
every stage, and eighteen months of journal in Ukrainian, Russian and English, ending today.
The stories are told in memory (app.demo.scenarios) and written here in one transaction."""

import datetime as dt
import json
import logging
import random
from dataclasses import dataclass

from app.common.errors import RapportError
from app.common.progress import Progress, no_progress
from app.demo.cast import CLIENTS
from app.demo.scenarios import tell
from app.demo.story import Story
from db.models import (
    Client,
    Feedback,
    Interaction,
    Negotiation,
    Pulse,
    User,
    db,
)

log = logging.getLogger(__name__)

MONTHS = 18


class DatabaseNotEmpty(RapportError):
    """The demo only fills an empty journal, never one with real clients in it."""


@dataclass(frozen=True)
class DemoSummary:
    """What the demo wrote."""

    seed: int
    first_day: dt.date
    today: dt.date
    users: int
    clients: int
    contacts: int
    interactions: int
    feedback: int
    negotiations: int
    pulses: int

    def lines(self) -> list[str]:
        return [
            f"demo firm written (seed {self.seed}), journal from {self.first_day} to {self.today}:",
            f"  {self.users} people, {self.clients} clients, {self.contacts} contacts",
            f"  {self.interactions} interactions, {self.feedback} feedback items, "
            f"{self.negotiations} negotiations, {self.pulses} pulse readings",
        ]


def build_demo(seed: int = 1, today: dt.date | None = None, progress: Progress | None = None) -> DemoSummary:
    """Fill the open, empty journal with the demo firm; all or nothing."""
    from app.demo import write as demo_write

    progress = progress or no_progress
    today = today or dt.date.today()
    start = first_day(today)
    if Client.select().exists():
        raise DatabaseNotEmpty("this journal already has clients; the demo fills only an empty one "
                               "(give a new file with --db)")
    holidays = ukrainian_holidays(start.year, today.year + 1)
    total = len(CLIENTS) + len(demo_write.STEPS)
    with db.atomic():
        stories = tell_all(seed, start, today, frozenset(holidays), progress, total)
        demo_write.write_firm(stories, start, holidays, lambda n, msg: progress(len(CLIENTS) + n, total, msg),
                              today)
        _seed_playbook()
    summary = DemoSummary(seed, start, today, User.select().count(), Client.select().count(),
                          sum(len(s.contacts) for s in stories), Interaction.select().count(),
                          Feedback.select().count(), Negotiation.select().count(), Pulse.select().count())
    log.info("demo built: %s", json.dumps(summary.__dict__, default=str))
    return summary


def first_day(today: dt.date) -> dt.date:
    """The journal's first day: eighteen months before today."""
    month = today.month - MONTHS
    year = today.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return dt.date(year, month, min(today.day, 28))


def tell_all(seed: int, start: dt.date, today: dt.date, holidays: frozenset[dt.date],
             progress: Progress, total: int) -> list[Story]:
    """Every client's story, each from its own random stream so one client never shifts another."""
    master = random.Random(seed)
    streams = [master.randrange(2**32) for _ in CLIENTS]
    stories = []
    for n, (spec, stream) in enumerate(zip(CLIENTS, streams, strict=True)):
        progress(n, total, spec.name)
        stories.append(tell(spec, random.Random(stream), start, today, holidays))
    return stories


def _seed_playbook() -> None:
    """The firm's playbook comes with the app (app.portrait.playbook), when that module offers it."""
    try:
        from app.portrait import playbook
    except ImportError:
        return
    if hasattr(playbook, "seed_default_playbook"):
        playbook.seed_default_playbook()


def orthodox_easter(year: int) -> dt.date:
    """Easter by the Julian computus (Meeus), moved to the Gregorian calendar (+13 days, 1900-2099)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return dt.date(year, month, day + 1) + dt.timedelta(days=13)


def ukrainian_holidays(first_year: int, last_year: int) -> dict[dt.date, str]:
    """The firm's days off: Ukraine's public holidays (kept by the firm as days off)."""
    days: dict[dt.date, str] = {}
    for year in range(first_year, last_year + 1):
        easter = orthodox_easter(year)
        for month, day, name in ((1, 1, "Новий рік"), (3, 8, "Міжнародний жіночий день"), (5, 1, "День праці"),
                                 (5, 8, "День пам'яті та перемоги"), (6, 28, "День Конституції"),
                                 (7, 15, "День Української Державності"), (8, 24, "День Незалежності"),
                                 (10, 1, "День захисників і захисниць"), (12, 25, "Різдво Христове")):
            days[dt.date(year, month, day)] = name
        days[easter + dt.timedelta(days=1)] = "Великдень (вихідний)"
        days[easter + dt.timedelta(days=50)] = "Трійця (вихідний)"
    return dict(sorted(days.items()))

