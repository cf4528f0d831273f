"""Saving a client with its contacts in one go, as the client editor does: all or nothing."""

from collections.abc import Sequence

from app.common.errors import Problem, ValidationError
from app.journal import records as journal
from db.models import Client, Contact, User, db


def save_client(client_id: int | None, fields: dict, contacts: Sequence[dict],
                author_id: int | None = None, stage_note: str = "", *, by=None) -> Client:
    """Create or update a client and make its contacts exactly `contacts`, in one transaction.

    Each contact is a dict of journal.CONTACT_FIELDS plus "id" (None for a new one); a contact
    of the client missing from the list goes to the trash, deleted by author_id. A problem with a contact is named
    "contacts[i].field". A change of stage is recorded with stage_note as its reason.
    by: who saves it (default author_id), who must be allowed to add or edit the client; the
    contacts go with the client's record (a contact dropped from the list is deleted with it).
    """
    by = by if by is not None else author_id
    author = User.get_or_none(User.id == author_id) if author_id else None
    with db.atomic():
        if client_id is None:
            client = journal.create_client(author=author, by=by, **fields)
        else:
            client = journal.update_client(client_id, author=author, note=stage_note, by=by, **fields)
        _save_contacts(client, contacts, by)
    return client


def _save_contacts(client: Client, contacts: Sequence[dict], by) -> None:
    existing = {cid for (cid,) in Contact.select(Contact.id).where(Contact.client == client).tuples()}
    kept = set()
    problems: list[Problem] = []
    for i, row in enumerate(contacts):
        data = {k: row.get(k, "") for k in journal.CONTACT_FIELDS}
        try:
            if row.get("id") in existing:
                journal.update_contact(row["id"], by=by, **data)
                kept.add(row["id"])
            else:
                journal.add_contact(client.id, by=by, **data)
        except ValidationError as exc:
            problems += [Problem(f"contacts[{i}].{p.where}", p.message) for p in exc.problems]
    if problems:
        raise ValidationError(problems)
    for contact_id in existing - kept:
        journal.delete_contact(contact_id, by=by)  # to the trash, as the person saving
