"""Calendars read as a person would: one entry per meeting that has happened, moved ones where they went."""

import datetime as dt

from app.common.errors import Problem
from app.exchange.capture.calendar import read_calendar
from app.exchange.capture.items import local_naive
from app.exchange.capture.vcalendar import rule_2_0
from tests.app.exchange.capture.mailbuild import calendar

NOW = dt.datetime(2026, 2, 10, 12, 0)

WEEKLY = """UID:weekly-1@firm.test
DTSTART:20260105T100000Z
DTEND:20260105T110000Z
RRULE:FREQ=WEEKLY;COUNT=8
EXDATE:20260112T100000Z
SUMMARY:Weekly status with Acme
LOCATION:Acme office, Kyiv
DESCRIPTION:Deliveries\\, invoices and open questions
ORGANIZER;CN=Anna:mailto:anna@firm.test
ATTENDEE;CN=Ivan Petrov:mailto:ivan@acme.test"""

MOVED = """UID:weekly-1@firm.test
RECURRENCE-ID:20260119T100000Z
DTSTART:20260120T150000Z
DTEND:20260120T160000Z
SUMMARY:Weekly status with Acme (moved)
ORGANIZER;CN=Anna:mailto:anna@firm.test"""

CANCELLED = """UID:weekly-1@firm.test
RECURRENCE-ID:20260126T100000Z
DTSTART:20260126T100000Z
STATUS:CANCELLED
SUMMARY:Weekly status with Acme"""


def read(tmp_path, raw: bytes, name="team.ics"):
    path = tmp_path / name
    path.write_bytes(raw)
    return list(read_calendar(path, NOW))


def utc(*args) -> dt.datetime:
    return local_naive(dt.datetime(*args, tzinfo=dt.UTC))


def test_a_recurring_meeting_gives_one_entry_per_past_occurrence_with_its_exceptions(tmp_path):
    found = read(tmp_path, calendar(WEEKLY, MOVED, CANCELLED))
    # 5 Jan, (12 Jan excluded), 19 Jan moved to 20 Jan, (26 Jan cancelled), 2 Feb, 9 Feb; 16 Feb is to come
    assert [f.occurred_at for f in found] == [utc(2026, 1, 5, 10), utc(2026, 1, 20, 15), utc(2026, 2, 2, 10),
                                              utc(2026, 2, 9, 10)]
    assert found[1].summary == "Weekly status with Acme (moved)"
    assert [f.key for f in found] == ["event:weekly-1@firm.test|20260105T100000Z",
                                      "event:weekly-1@firm.test|20260119T100000Z",
                                      "event:weekly-1@firm.test|20260202T100000Z",
                                      "event:weekly-1@firm.test|20260209T100000Z"]
    first = found[0]
    assert first.channel == "meeting"
    assert first.sender.email == "anna@firm.test"
    assert [(a.email, a.name) for a in first.recipients] == [("ivan@acme.test", "Ivan Petrov")]
    assert first.notes.splitlines()[:3] == ["Deliveries, invoices and open questions", "📍 Acme office, Kyiv",
                                            "👥 Ivan Petrov"]


def test_a_single_event_has_its_uid_as_key_and_a_phone_call_is_a_call(tmp_path):
    (found,) = read(tmp_path, calendar("UID:c1\nDTSTART:20260201T090000Z\nSUMMARY:Call with Ivan\n"
                                       "LOCATION:+380 44 123 45 67"))
    assert found.key == "event:c1|" and found.channel == "call"


def test_an_all_day_event_starts_at_midnight(tmp_path):
    (found,) = read(tmp_path, calendar("UID:d1\nDTSTART;VALUE=DATE:20260203\nSUMMARY:Site visit"))
    assert found.occurred_at == dt.datetime(2026, 2, 3)


def test_a_calendar_with_no_events_or_broken_text_is_a_named_problem(tmp_path):
    (problem,) = read(tmp_path, b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "empty.ics")
    assert isinstance(problem, Problem) and problem.where == "empty.ics"
    (problem,) = read(tmp_path, b"this is not a calendar", "junk.ics")
    assert isinstance(problem, Problem) and problem.where == "junk.ics"


def test_a_vcalendar_1_file_with_quoted_printable_and_an_old_rule(tmp_path):
    raw = (b"BEGIN:VCALENDAR\r\nVERSION:1.0\r\nTZ:+02:00\r\nBEGIN:VEVENT\r\n"
           b"SUMMARY;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=D0=92=D1=81=D1=82=D1=80=D0=B5=D1=87=D0=B0\r\n"
           b"DESCRIPTION;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=D0=9E=D0=B1=D1=81=D1=83=D0=B4=D0=B8=D1=82=D1=8C=20=\r\n"
           b" =D1=86=D0=B5=D0=BD=D1=8B\r\n"
           b"DTSTART:20260105T100000\r\nDTEND:20260105T110000\r\nRRULE:W1 MO #3\r\n"
           b"ATTENDEE;ROLE=ATTENDEE:Ivan Petrov <ivan@acme.test>\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    found = read(tmp_path, raw, "phone.vcs")
    assert [f.occurred_at for f in found] == [utc(2026, 1, 5, 8), utc(2026, 1, 12, 8), utc(2026, 1, 19, 8)]
    assert found[0].summary == "Встреча"
    assert found[0].notes.startswith("Обсудить цены")
    assert found[0].recipients[0].email == "ivan@acme.test"


def test_vcalendar_rules_in_icalendar_words():
    assert rule_2_0("D1 #5") == "FREQ=DAILY;INTERVAL=1;COUNT=5"
    assert rule_2_0("W2 MO TH 20261231T000000Z") == "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20261231T000000Z"
    assert rule_2_0("MD1 15 1- #0") == "FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=15,-1"
    assert rule_2_0("MP1 1+ MO #4") == "FREQ=MONTHLY;INTERVAL=1;BYDAY=1MO;COUNT=4"
    assert rule_2_0("YM1 6") == "FREQ=YEARLY;INTERVAL=1;BYMONTH=6;COUNT=2"
