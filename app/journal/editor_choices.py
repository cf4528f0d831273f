"""What the editors offer to pick from, and the values of a record being edited (named reads)."""

import datetime as dt

from app.journal.records import get_client, get_interaction, tags_of
from db.models import Client, Contact, Tag, User


def client_choices() -> list[tuple[int, str]]:
    """(id, name) of every client, by name: the client completer's list."""
    return list(Client.select(Client.id, Client.name).order_by(Client.name).tuples())


def contact_choices(client_id: int | None) -> list[tuple[int, str]]:
    """(id, "name, role") of a client's contacts, by name."""
    if not client_id:
        return []
    rows = (Contact.select(Contact.id, Contact.name, Contact.role)
            .where(Contact.client == client_id).order_by(Contact.name).tuples())
    return [(cid, f"{name}, {role}" if role else name) for cid, name, role in rows]


def user_choices(active_only: bool = True, keep: int | None = None) -> list[tuple[int, str]]:
    """(id, name) of the users, by name; with active_only, the active ones and the one to keep."""
    query = User.select(User.id, User.name).order_by(User.name)
    if active_only:
        query = query.where((User.active == True) | (User.id == (keep or 0)))  # noqa: E712
    return list(query.tuples())


def segment_choices() -> list[str]:
    """The segments already in use, for the client editor's editable combo."""
    query = (Client.select(Client.segment).where(Client.segment != "")
             .distinct().order_by(Client.segment).tuples())
    return [segment for (segment,) in query]


def custom_tag_choices() -> list[str]:
    """The firm's own tags (not the built-in ones), for the free-tag completer."""
    query = Tag.select(Tag.name).where(Tag.category == "custom").order_by(Tag.name).tuples()
    return [name for (name,) in query]


def interaction_values(interaction_id: int) -> dict:
    """An interaction's fields as the editor shows them (ids for client, contact, author)."""
    item = get_interaction(interaction_id)
    return {
        "client": item.client_id, "client_name": item.client.name, "contact": item.contact_id,
        "author": item.author_id, "occurred_at": item.occurred_at, "channel": item.channel,
        "kind": item.kind, "direction": item.direction, "sentiment": item.sentiment,
        "effort": item.effort, "summary": item.summary, "notes": item.notes,
        "tags": tags_of([item.id])[item.id], "follow_up_due": item.follow_up_due,
    }


def client_values(client_id: int) -> dict:
    """A client's fields as the client editor shows them, with its contacts as dicts."""
    client = get_client(client_id)
    contacts = [{"id": c.id, "name": c.name, "role": c.role, "email": c.email, "phone": c.phone,
                 "notes": c.notes}
                for c in Contact.select().where(Contact.client == client).order_by(Contact.name)]
    return {"name": client.name, "stage": client.stage, "segment": client.segment,
            "account_manager": client.account_manager_id, "contract_start": client.contract_start,
            "contract_end": client.contract_end, "contract_value": client.contract_value,
            "contact_every_days": client.contact_every_days, "notes": client.notes,
            "contacts": contacts}


def user_exists(user_id: int | None) -> bool:
    return bool(user_id) and User.select().where(User.id == user_id).exists()


# The unit letters of "+3d": English, and the Russian/Ukrainian words for day, week, month.
DAY_UNITS = {"d": "day", "д": "day", "w": "week", "н": "week", "т": "week", "m": "month", "м": "month"}


def parse_day(text: str, today: dt.date) -> dt.date | None:
    """A day typed by a person: empty (none), ISO 2026-03-01, 01.03.2026, or +3d / +2w / +1m from today.

    Raises ValueError naming the text when it is none of these.
    """
    cleaned = text.strip().lower().replace(" ", "")
    if not cleaned:
        return None
    if cleaned.startswith("+"):
        day = _days_ahead(cleaned[1:], today)
        if day is not None:
            return day
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y"):
        try:
            return dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            pass
    raise ValueError(f"{text!r} is not a date")


def _days_ahead(text: str, today: dt.date) -> dt.date | None:
    """"3d", "2w", "1m" or "3" (days) counted from today; None when it is not that or leaves the calendar."""
    unit = DAY_UNITS.get(text[-1:], "")
    number = text[:-1] if unit else text
    if not (number.isascii() and number.isdigit() and len(number) <= 4):
        return None
    n = int(number)
    if unit == "month":
        month_index = today.month - 1 + n
        year, month = today.year + month_index // 12, month_index % 12 + 1
        return _clamped_day(year, month, today.day) if year <= dt.MAXYEAR else None
    try:
        return today + dt.timedelta(days=n * (7 if unit == "week" else 1))
    except OverflowError:
        return None  # past year 9999


def _clamped_day(year: int, month: int, day: int) -> dt.date:
    while day > 28:
        try:
            return dt.date(year, month, day)
        except ValueError:
            day -= 1
    return dt.date(year, month, day)


def match_client(text: str, choices: list[tuple[int, str]]) -> int | None:
    """The client a typed text means: an exact name (any case), else the only name containing it."""
    wanted = text.strip().casefold()
    if not wanted:
        return None
    for client_id, name in choices:
        if name.casefold() == wanted:
            return client_id
    matches = [client_id for client_id, name in choices if wanted in name.casefold()]
    return matches[0] if len(matches) == 1 else None
