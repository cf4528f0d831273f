"""A bundle's firm settings, checked as the Settings dialog checks them before anything is stored:
the working week (days 0..6, hours as HH:MM, the end after the start), the hours to acknowledge
feedback, the health weights and the sales plan. A setting Rapport does not declare passes through unchanged."""

import json

from app.common import preferences
from app.common.errors import Problem, ValidationError
from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.journal.validation import show

CALENDAR_KEYS = ("working_days", "work_start", "work_end")
MAX_ACKNOWLEDGE_HOURS = 24 * 31


def _stored(key: str):
    """The value the journal keeps for key, or None if it keeps none (the bundle's would then be used)."""
    from db.models import Setting

    row = Setting.get_or_none(Setting.key == key)
    return json.loads(row.value) if row else None


def check_firm_settings(values: dict) -> list[Problem]:
    """Problems with the firm settings a bundle brings, each named settings.KEY."""
    problems: list[Problem] = []
    for key, value in values.items():
        pref = preferences.PREFERENCES.get(key)
        if pref is None:
            continue
        if pref.scope != "firm":
            problems.append(Problem(f"settings.{key}", Message(QT_TRANSLATE_NOOP(
                "Messages", "is kept on each computer, not in the journal"))))
            continue
        try:
            preferences.check_value(key, value)
        except ValidationError as exc:
            problems.append(Problem(f"settings.{key}", exc.problems[0].message))
    if problems:
        return problems
    problems += _check_calendar(values)
    hours = values.get("acknowledge_within_hours")
    if hours is not None and not 0 < hours <= MAX_ACKNOWLEDGE_HOURS:
        problems.append(Problem("settings.acknowledge_within_hours",
                                Message(QT_TRANSLATE_NOOP("Messages", "{value} is outside 0..{limit} working hours"),
                                        value=show(hours), limit=MAX_ACKNOWLEDGE_HOURS)))
    weights = values.get("health_settings")
    if weights is not None:
        from app.health import settings as health_settings

        try:
            health_settings.check(weights)
        except ValidationError as exc:
            problems += [Problem(f"settings.health_settings.{p.where}", p.message) for p in exc.problems]
    plan = values.get("sales_plan")
    if plan is not None:
        from app.portrait.sales_plan import check_plan

        try:
            check_plan(plan, "settings.sales_plan")
        except ValidationError as exc:
            problems += exc.problems
    return problems


def _check_calendar(values: dict) -> list[Problem]:
    """The working week that will be in force after the import (the journal's own settings win)."""
    import datetime as dt

    from app.hear.working_time import WorkCalendar

    if not any(key in values for key in CALENDAR_KEYS):
        return []
    effective = {}
    for key in CALENDAR_KEYS:
        stored = _stored(key)
        effective[key] = stored if stored is not None else values.get(key, preferences.PREFERENCES[key].default)
    problems = []
    times = {}
    for key in ("work_start", "work_end"):
        try:
            times[key] = dt.time.fromisoformat(str(effective[key]).strip())
        except ValueError:
            problems.append(Problem(f"settings.{key}", Message(QT_TRANSLATE_NOOP(
                "Messages", "{value} is not a time of day (use HH:MM)"), value=show(effective[key]))))
    days = effective["working_days"]
    if not isinstance(days, list) or any(not isinstance(d, int) or isinstance(d, bool) for d in days):
        return problems + [Problem("settings.working_days", Message(QT_TRANSLATE_NOOP(
            "Messages", "{value} is not a list of weekday numbers 0..6 (Monday = 0)"), value=show(days)))]
    if not days:
        problems.append(Problem("settings.working_days", Message(QT_TRANSLATE_NOOP(
            "Messages", "names no working day: choose at least one"))))
    if problems:
        return problems
    try:
        WorkCalendar(days=frozenset(days), start=times["work_start"], end=times["work_end"])
    except ValidationError as exc:
        problems += [Problem(f"settings.{p.where}", p.message) for p in exc.problems]
    return problems
