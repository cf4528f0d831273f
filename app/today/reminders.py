"""Reminders: which of Today's items to announce now, when a snooze ends, all within working hours.

An item is announced once per due moment: when it comes due (the start of its due day, or the moment
its clock started, facts["opened_at"], for a clock such as feedback's) and when it passes its rule (the
day after a date-only due, or the exact moment its clock gives in facts["due_at"]). Nothing is announced outside working hours; a moment that falls outside them is
announced at the start of the next working period. What was announced and snoozed is kept in a
ReminderMemory, which the caller stores between runs (as a local preference).
"""

import datetime as dt
from dataclasses import dataclass, field

from app.hear.working_time import MAX_DAYS_AHEAD, WorkCalendar
from app.today.item import TodayItem

# Sections that are a person's own standing list, not a promise coming due: not announced.
NOT_REMINDED = ("silence", "warnings")
SNOOZES = ("15min", "1hour", "tomorrow")
MEMORY_SCOPES_KEPT = 8  # journals and users whose memory is kept at once


def next_working_moment(moment: dt.datetime, cal: WorkCalendar) -> dt.datetime:
    """moment itself if it falls in working hours, else the start of the next working period."""
    day = moment.date()
    for _ in range(MAX_DAYS_AHEAD):
        window = cal.window(day)
        if window is not None:
            start, end = window
            if moment < end:
                return max(moment, start)
        day += dt.timedelta(days=1)
    return moment  # a calendar without working days: nothing would ever fire, so do not hold it back


def in_working_hours(moment: dt.datetime, cal: WorkCalendar) -> bool:
    window = cal.window(moment.date())
    return window is not None and window[0] <= moment < window[1]


def snooze_until(choice: str, now: dt.datetime, cal: WorkCalendar) -> dt.datetime:
    """When a reminder snoozed now with choice ("15min", "1hour", "tomorrow") comes back."""
    if choice == "15min":
        return next_working_moment(now + dt.timedelta(minutes=15), cal)
    if choice == "1hour":
        return next_working_moment(now + dt.timedelta(hours=1), cal)
    if choice == "tomorrow":
        return next_working_moment(dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time.min), cal)
    raise ValueError(f"unknown snooze {choice!r}")


def item_key(item: TodayItem) -> str:
    """What an item is, across reads and restarts."""
    return f"{item.section}:{item.ref_kind}:{item.ref_id if item.ref_id is not None else item.client_id}"


def _as_datetime(value) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time.min)
    return dt.datetime.fromisoformat(str(value))


@dataclass(frozen=True)
class Reminder:
    """One announcement: an item of Today, whether it came due or passed its rule, and since when."""

    item: TodayItem
    phase: str  # "due" or "passed"
    moment: dt.datetime  # the due moment announced (before the shift into working hours)
    fire_at: dt.datetime  # when it may be announced: moment moved into working hours

    @property
    def key(self) -> str:
        return item_key(self.item)

    @property
    def shown_key(self) -> str:
        return f"{self.phase}@{self.moment.isoformat(timespec='minutes')}"


def current_reminder(item: TodayItem, now: dt.datetime, cal: WorkCalendar) -> Reminder | None:
    """The latest due moment of item that has arrived by now (in working time), or None."""
    if item.section in NOT_REMINDED or item.due is None:
        return None
    exact = _as_datetime(item.facts.get("due_at"))
    comes_due = (_as_datetime(item.facts.get("opened_at"))
                 or dt.datetime.combine(exact.date() if exact else item.due, dt.time.min))
    passes = exact or dt.datetime.combine(item.due + dt.timedelta(days=1), dt.time.min)
    for phase, moment in (("passed", passes), ("due", comes_due)):
        fire_at = next_working_moment(moment, cal)
        if fire_at <= now:
            return Reminder(item, phase, moment, fire_at)
    return None


@dataclass
class ReminderMemory:
    """What was announced (item key -> shown keys) and snoozed (item key -> until), for one journal and user."""

    shown: dict[str, list[str]] = field(default_factory=dict)
    snoozed: dict[str, dt.datetime] = field(default_factory=dict)

    def was_shown(self, reminder: Reminder) -> bool:
        return reminder.shown_key in self.shown.get(reminder.key, [])

    def mark_shown(self, reminder: Reminder) -> None:
        keys = self.shown.setdefault(reminder.key, [])
        if reminder.shown_key not in keys:
            keys.append(reminder.shown_key)

    def snooze(self, key: str, until: dt.datetime) -> None:
        self.snoozed[key] = until

    def forget_all_but(self, keys: set[str]) -> None:
        """Items no longer on the list are done: forget them (one coming back is announced anew)."""
        self.shown = {k: v for k, v in self.shown.items() if k in keys}
        self.snoozed = {k: v for k, v in self.snoozed.items() if k in keys}

    def to_dict(self) -> dict:
        return {"shown": {k: list(v) for k, v in self.shown.items()},
                "snoozed": {k: v.isoformat(timespec="minutes") for k, v in self.snoozed.items()}}

    @classmethod
    def from_dict(cls, data: dict) -> "ReminderMemory":
        memory = cls()
        for key, shown in (data.get("shown") or {}).items():
            if isinstance(shown, list):
                memory.shown[str(key)] = [str(s) for s in shown]
        for key, until in (data.get("snoozed") or {}).items():
            try:
                memory.snoozed[str(key)] = dt.datetime.fromisoformat(str(until))
            except ValueError:
                continue  # a hand-edited file: that snooze is simply over
        return memory


def reminders_due(items: list[TodayItem], now: dt.datetime, cal: WorkCalendar,
                  memory: ReminderMemory) -> list[Reminder]:
    """The reminders to announce now, in the items' order: due moments arrived and not yet announced, and
    snoozes that ran out. Nothing outside working hours. Updates memory: forgets items off the list and
    snoozes that ended; the caller marks what it announced (mark_shown)."""
    memory.forget_all_but({item_key(item) for item in items})
    if not in_working_hours(now, cal):
        return []
    out = []
    for item in items:
        reminder = current_reminder(item, now, cal)
        if reminder is None:
            continue
        until = memory.snoozed.get(reminder.key)
        if until is not None:
            if until > now:
                continue
            del memory.snoozed[reminder.key]
            out.append(reminder)  # a snooze ran out: announced again, whatever was shown before
        elif not memory.was_shown(reminder):
            out.append(reminder)
    return out


def scope_key(journal: str, user_id: int) -> str:
    return f"{user_id}@{journal}"


def memory_for(state: dict, scope: str) -> ReminderMemory:
    """The memory of one journal and user from the stored state of every scope."""
    return ReminderMemory.from_dict((state or {}).get(scope) or {})


def with_memory(state: dict, scope: str, memory: ReminderMemory) -> dict:
    """The stored state with scope's memory replaced (most recent last; the oldest scopes dropped)."""
    kept = {k: v for k, v in (state or {}).items() if k != scope and isinstance(v, dict)}
    kept[scope] = memory.to_dict()
    return dict(list(kept.items())[-MEMORY_SCOPES_KEPT:])


@dataclass(frozen=True)
class ReminderCheck:
    """One check's outcome: what to announce, every item key still on the list, the calendar used."""

    reminders: list[Reminder]
    keys: frozenset[str]
    calendar: WorkCalendar
    working: bool  # now is within working hours


def check_reminders(user_id: int, now: dt.datetime, memory: ReminderMemory,
                    sources: list | None = None) -> ReminderCheck:
    """Read the user's items as Today does (app.today.agenda.items_for, without the health-based
    sections) and pick those to announce now; memory is updated as reminders_due says. Reads the
    database: run it on a worker."""
    from app.today import agenda
    from app.today.warnings import early_warnings

    cal = WorkCalendar.load()
    if not in_working_hours(now, cal):
        return ReminderCheck([], frozenset(memory.shown) | frozenset(memory.snoozed), cal, False)
    if sources is None:
        sources = [s for s in agenda.SOURCES if s not in (agenda.silent_clients, early_warnings)]
    items = agenda.items_for(user_id, now.date(), sources)
    due = reminders_due(items, now, cal, memory)
    return ReminderCheck(due, frozenset(item_key(item) for item in items), cal, True)
