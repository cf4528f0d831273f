"""The account manager's pulse: their own reading of a relationship (good, uneasy, bad) and why."""

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from app.common.errors import ValidationError
from app.common.rights import require
from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.journal.records import get_client
from app.journal.validation import FieldErrors, check_choice, check_text, parse_date
from db import vocabulary as V
from db.models import Pulse, User


@dataclass(frozen=True)
class PulseRow:
    """One reading, as the client page lists it."""

    id: int
    at: dt.date
    reading: str
    comment: str
    author_name: str


def log_pulse(client_id: int, author: int | None, reading: str, comment: str = "",
              at: dt.date | str | None = None, *, by=None) -> Pulse:
    """Record a reading of the relationship (the client's account manager or an owner: rights "record
    a pulse"; by defaults to the reading's author); a reading dated in the future is refused."""
    client = get_client(client_id)
    errors = FieldErrors()
    reading = check_choice(reading, V.PULSE_READINGS, "reading", errors, required=True)
    comment = check_text(comment, "comment", errors, max_length=2000).strip()
    day = parse_date(at, "at", errors) or dt.date.today()
    if author not in (None, "") and (isinstance(author, bool) or not isinstance(author, int)
                                     or User.get_or_none(User.id == author) is None):
        errors.add("author", Message(QT_TRANSLATE_NOOP("Messages", "{author} is not a known user"), author=repr(author)))
    errors.raise_if_any()
    if day > dt.date.today():
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "{day} is in the future"), day=day), "at")
    require(by if by is not None else author, "record a pulse", client)
    return Pulse.create(client=client, author=author or None, at=day, reading=reading, comment=comment)


def pulses_of(client_id: int, limit: int = 20) -> list[PulseRow]:
    """The client's latest readings, newest first."""
    query = (Pulse.select(Pulse.id, Pulse.at, Pulse.reading, Pulse.comment, User.name.alias("author_name"))
             .join(User, JOIN.LEFT_OUTER, on=(Pulse.author == User.id))
             .where(Pulse.client == client_id).order_by(Pulse.at.desc(), Pulse.id.desc()).limit(limit))
    return [PulseRow(r["id"], r["at"], r["reading"], r["comment"], r["author_name"] or "")
            for r in query.dicts()]
