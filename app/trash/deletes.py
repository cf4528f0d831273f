"""Each kind of delete, as the trash takes it: what goes, and the label a person recognises it by."""

from __future__ import annotations

from app.trash import snapshot
from app.trash.bin import move_to_trash
from db.models import Client, Contact, Interaction, PlaybookEntry, PortraitCriterion, TrashItem, User

LABEL_TEXT = 160  # characters of a summary or a situation kept in a label


def _short(text: str) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= LABEL_TEXT else text[:LABEL_TEXT - 1] + "\u2026"


def interaction_label(entry: Interaction, client_name: str) -> str:
    """"Acme LLC · 2026-03-01 · Late delivery": the client, the day and the summary."""
    day = entry.occurred_at.date().isoformat() if hasattr(entry.occurred_at, "date") else str(entry.occurred_at)[:10]
    return " \u00b7 ".join(p for p in (client_name, day, _short(entry.summary or entry.notes)) if p)


def trash_interaction(entry: Interaction, by: User) -> TrashItem:
    client = Client.get_by_id(entry.client_id)
    return move_to_trash("interaction", snapshot.of_interactions([entry.id]), interaction_label(entry, client.name),
                         by, client_id=client.id, record_id=entry.id)


def trash_client(client: Client, by: User) -> TrashItem:
    return move_to_trash("client", snapshot.of_client(client), client.name, by, client_id=client.id, record_id=client.id)


def trash_contact(contact: Contact, by: User) -> TrashItem:
    client = Client.get_by_id(contact.client_id)
    return move_to_trash("contact", snapshot.of_contact(contact), f"{contact.name} ({client.name})", by,
                         client_id=client.id, record_id=contact.id)


def trash_playbook_entry(entry: PlaybookEntry, by: User) -> TrashItem:
    return move_to_trash("playbook_entry", snapshot.of_row(PlaybookEntry, entry.id), _short(entry.situation), by,
                         record_id=entry.id)


def trash_portrait_criterion(criterion: PortraitCriterion, by: User) -> TrashItem:
    return move_to_trash("portrait_criterion", snapshot.of_row(PortraitCriterion, criterion.id),
                         _short(criterion.name), by, record_id=criterion.id)
