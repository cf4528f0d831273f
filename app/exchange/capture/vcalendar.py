"""vCalendar 1.0 (.vcs, as older Outlook, Nokia and Samsung phones write it) turned into iCalendar
2.0 text that icalendar reads: quoted-printable values decoded, the TZ offset applied to floating
times, 1.0 attendees and recurrence rules ("W1 MO TH #10") rewritten in 2.0's words."""

import datetime as dt
import quopri
import re

from app.exchange.capture.text import decode_bytes

_DAYS = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"}
_FREQ = {"D": "DAILY", "W": "WEEKLY", "MP": "MONTHLY", "MD": "MONTHLY", "YM": "YEARLY", "YD": "YEARLY"}
_TIMES = ("DTSTART", "DTEND", "EXDATE", "RDATE", "RECURRENCE-ID", "DUE")
_FLOATING = re.compile(r"\b(\d{8}T\d{6})(?!Z)\b")


class BadRule(ValueError):
    """A vCalendar 1.0 recurrence rule Rapport cannot read."""


def upgrade_vcalendar(text: str) -> str:
    lines = _unfolded(text)
    offset = _tz_offset(lines)
    out = []
    for line in lines:
        name, params, value = _split(line)
        upper = name.upper()
        if "ENCODING=QUOTED-PRINTABLE" in params.upper():
            charset = re.search(r"CHARSET=([^;:]+)", params, re.IGNORECASE)
            raw = quopri.decodestring(value.encode("latin-1", "replace"))
            value = _escape(decode_bytes(raw, charset.group(1) if charset else None))
            params = re.sub(r";(?:ENCODING|CHARSET)=[^;:]*", "", params, flags=re.IGNORECASE)
        elif "CHARSET=" in params.upper():
            params = re.sub(r";CHARSET=[^;:]*", "", params, flags=re.IGNORECASE)
        if upper == "VERSION":
            value = "2.0"
        elif upper == "TZ":
            continue
        elif upper in _TIMES and offset is not None and "TZID=" not in params.upper():
            value = _FLOATING.sub(lambda m: _to_utc(m.group(1), offset), value)
        elif upper == "RRULE" and "FREQ=" not in value.upper():
            value = rule_2_0(value)
        elif upper == "ATTENDEE" and not value.lower().startswith("mailto:"):
            params, value = _attendee(params, value)
        out.append(f"{name}{params}:{value}")
    return "\r\n".join(out) + "\r\n"


def _unfolded(text: str) -> list[str]:
    """Logical lines: folded continuations joined, and quoted-printable soft breaks ('=' at the end)."""
    lines: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if lines and lines[-1].endswith("=") and "QUOTED-PRINTABLE" in lines[-1].split(":", 1)[0].upper():
            lines[-1] = lines[-1][:-1] + (line[1:] if line[:1] in (" ", "\t") else line)
        elif lines and line[:1] in (" ", "\t"):
            lines[-1] += line[1:]
        elif line.strip():
            lines.append(line)
    return lines


def _split(line: str) -> tuple[str, str, str]:
    head, _, value = line.partition(":")
    name, semi, params = head.partition(";")
    return name, semi + params, value


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n").replace("\n", "\\n")


def _tz_offset(lines: list[str]) -> dt.timedelta | None:
    for line in lines:
        match = re.match(r"TZ:([+-])(\d{1,2}):?(\d{2})?\s*$", line, re.IGNORECASE)
        if match:
            sign = 1 if match.group(1) == "+" else -1
            return sign * dt.timedelta(hours=int(match.group(2)), minutes=int(match.group(3) or 0))
    return None


def _to_utc(stamp: str, offset: dt.timedelta) -> str:
    local = dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S")
    return (local - offset).strftime("%Y%m%dT%H%M%SZ")


def _attendee(params: str, value: str) -> tuple[str, str]:
    """'John Smith <js@host>' or 'js@host' -> CN=John Smith, mailto:js@host."""
    match = re.match(r"\s*\"?([^<\"]*)\"?\s*<([^>]+)>", value)
    if match:
        name, address = match.group(1).strip(), match.group(2).strip()
    else:
        name, address = "", value.strip()
    params = re.sub(r";(?:ROLE|STATUS|RSVP|EXPECT)=[^;:]*", "", params, flags=re.IGNORECASE)
    if name:
        params += f';CN="{name}"'
    return params, f"mailto:{address}"


def rule_2_0(rule: str) -> str:
    """A vCalendar 1.0 rule ('D1 #5', 'W2 MO WE 20261231T000000Z', 'MD1 15 1-', 'MP1 1+ MO #0') in 2.0."""
    words = rule.split()
    if not words:
        raise BadRule("an empty recurrence rule")
    match = re.fullmatch(r"(MP|MD|YM|YD|D|W)(\d+)", words[0].upper())
    if not match:
        raise BadRule(f"the recurrence rule {rule!r} is not one of vCalendar's D, W, MP, MD, YM, YD")
    kind, interval = match.group(1), int(match.group(2))
    parts = [f"FREQ={_FREQ[kind]}", f"INTERVAL={max(interval, 1)}"]
    ends = "COUNT=2"  # vCalendar 1.0: a rule without a duration repeats twice
    modifiers: list[str] = []
    ordinal = ""
    for word in words[1:]:
        upper = word.upper()
        if upper.startswith("#"):
            count = int(upper[1:] or 0)
            ends = f"COUNT={count}" if count else ""
        elif re.fullmatch(r"\d{8}(T\d{6}Z?)?", upper):
            ends = f"UNTIL={upper}"
        elif upper in _DAYS:
            modifiers.append(f"{ordinal}{upper}")
        elif re.fullmatch(r"\d+[+-]?|LD", upper):
            number = -1 if upper == "LD" else int(upper.rstrip("+-")) * (-1 if upper.endswith("-") else 1)
            if kind == "MP":
                ordinal = str(number)
            else:
                modifiers.append(str(number))
        else:
            raise BadRule(f"the recurrence rule {rule!r} has a part Rapport cannot read: {word!r}")
    key = {"W": "BYDAY", "MP": "BYDAY", "MD": "BYMONTHDAY", "YM": "BYMONTH", "YD": "BYYEARDAY"}.get(kind)
    if key and modifiers:
        parts.append(f"{key}={','.join(modifiers)}")
    if ends:
        parts.append(ends)
    return ";".join(parts)
