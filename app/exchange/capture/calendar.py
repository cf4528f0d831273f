"""Reading calendars: .ics (iCalendar) and .vcs (vCalendar 1.0); each event that has happened
becomes a Captured meeting or call, a recurring one once per past occurrence (moved and cancelled
occurrences as the calendar says). icalendar reads the file, recurring-ical-events expands it."""

import datetime as dt
import logging
import re
from collections.abc import Iterator
from pathlib import Path

from app.common.errors import Problem
from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.exchange.capture.items import Address, Captured, fingerprint, local_naive, one_line
from app.exchange.capture.text import decode_bytes
from app.exchange.capture.vcalendar import BadRule, upgrade_vcalendar

log = logging.getLogger(__name__)

EARLIEST = dt.datetime(1970, 1, 1)

# An event is a call, not a meeting, when its title or place says so (a phone number, tel:, the word).
_CALL_WORDS = re.compile(r"\b(?:call|phone|conference call|звонок|созвон|телефон\w*|дзвінок|зателефонувати)\b",
                         re.IGNORECASE)
_PHONE = re.compile(r"^\s*(?:tel:)?\+?[\d\s().-]{7,}\s*$", re.IGNORECASE)


def read_calendar(path: Path, now: dt.datetime | None = None) -> Iterator[Captured | Problem]:
    """Every past occurrence of every event of the file, or one problem naming what is wrong."""
    import icalendar
    import recurring_ical_events

    now = now or dt.datetime.now()
    text = decode_bytes(path.read_bytes())
    try:
        if path.suffix.lower() == ".vcs" or re.search(r"^VERSION:1\.0\s*$", text, re.MULTILINE):
            text = upgrade_vcalendar(text)
        calendars = icalendar.Calendar.from_ical(text, multiple=True)
    except BadRule as exc:
        yield Problem(path.name, str(exc))
        return
    except (ValueError, KeyError, IndexError) as exc:
        yield Problem(path.name, Message(QT_TRANSLATE_NOOP("Messages", "not a readable calendar ({reason})"), reason=exc))
        return
    if not calendars or not any(c.walk("VEVENT") for c in calendars):
        yield Problem(path.name, Message(QT_TRANSLATE_NOOP("Messages", "the calendar holds no events")))
        return
    for calendar in calendars:
        try:
            # between() leaves out its end: an occurrence exactly at now has happened, as _occurrence counts it
            occurrences = list(recurring_ical_events.of(calendar).between(EARLIEST, now + dt.timedelta(seconds=1)))
        except Exception as exc:  # noqa: BLE001 - the library raises many kinds for a bad rule or date
            yield Problem(path.name, Message(QT_TRANSLATE_NOOP("Messages", "the events cannot be read ({reason})"), reason=exc))
            return
        recurring = {str(e.get("UID", "")) for e in calendar.walk("VEVENT")
                     if any(e.get(name) is not None for name in ("RRULE", "RDATE", "RECURRENCE-ID"))}
        for event in occurrences:
            found = _occurrence(event, path.name, now, str(event.get("UID", "")) in recurring)
            if found is not None:
                yield found


def _occurrence(event, where: str, now: dt.datetime, recurring: bool) -> Captured | Problem | None:
    """The entry of one occurrence; None for one still to come or cancelled."""
    title = one_line(str(event.get("SUMMARY", "")), 2000)
    start = event.get("DTSTART")
    named = f"{where}, event {title!r}" if title else f"{where}, event"
    if start is None:
        return Problem(named, Message(QT_TRANSLATE_NOOP("Messages", "the event has no start (DTSTART)")))
    when = local_naive(start.dt)
    named = f"{named} on {when:%Y-%m-%d %H:%M}"
    if when > now:
        return None
    status = str(event.get("STATUS", "")).upper()
    if status == "CANCELLED":
        return None
    uid = str(event.get("UID", "")).strip()
    recurrence = event.get("RECURRENCE-ID")
    occurrence = _stamp(recurrence.dt) if recurrence is not None and recurring else ""
    identity = f"{uid}|{occurrence}" if uid else f"no-uid:{title}|{_stamp(start.dt)}"
    organiser = _address(event.get("ORGANIZER"))
    attendees = [a for a in (_address(v) for v in _values(event.get("ATTENDEE"))) if a is not None]
    location = one_line(str(event.get("LOCATION", "")), 500)
    description = str(event.get("DESCRIPTION", "")).replace("\r\n", "\n").strip()
    lines = [description] if description else []
    if location:
        lines.append(f"📍 {location}")
    people = [a.name or a.email for a in attendees]
    if people:
        lines.append("👥 " + ", ".join(people))
    end = event.get("DTEND")
    if end is not None and isinstance(start.dt, dt.datetime):
        lines.append(f"🕒 {when:%H:%M}–{local_naive(end.dt):%H:%M}")
    channel = "call" if _CALL_WORDS.search(title) or (location and _PHONE.match(location)) else "meeting"
    return Captured(key=fingerprint("event", identity), where=named, occurred_at=when, channel=channel,
                    summary=title or (description.splitlines()[0][:200] if description else "—"),
                    notes="\n".join(lines), sender=organiser, recipients=attendees)


def _values(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _address(value) -> Address | None:
    if value is None:
        return None
    text = str(value).strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    if "@" not in text:
        return None
    name = getattr(value, "params", {}).get("CN", "")
    return Address(text.lower().strip(), one_line(str(name), 200).strip('"'))


def _stamp(moment) -> str:
    """RECURRENCE-ID as iCalendar writes it, in UTC when it has a zone: one occurrence, one spelling."""
    if isinstance(moment, dt.datetime):
        if moment.tzinfo is not None and moment.utcoffset() is not None:
            return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        return moment.strftime("%Y%m%dT%H%M%S")
    return moment.strftime("%Y%m%d")
