"""What the editors offer to pick from, and the values of a record being edited (named reads)."""

import datetime as dt

from app.journal import typed_dates
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
        "tags": tags_of([item.id])[item.id], "follow_up_due": item.follow_up_due, "praised": item.praised_id,
        "follow_up_channel": item.follow_up_channel, "no_reply_needed": item.no_reply_needed,
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


def parse_day(text: str, today: dt.date) -> dt.date | None:
    """A day typed by a person (see app.journal.typed_dates.parse_day): day-month-year order."""
    return typed_dates.parse_day(text, today, "DMY")


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
