"""The audit trail is written by the database: every write path is recorded, none can edit it."""

import sqlite3

import pytest
from peewee import IntegrityError, OperationalError

from app.journal import records as journal
from db import audit
from db.models import AuditEntry, Client, Interaction
from tests.authors import firm_owner


@pytest.fixture
def owner(make_user):
    user = make_user("Olga", "owner")
    audit.set_actor(user.id)
    return user


def test_a_create_edit_and_delete_are_recorded_with_who_and_the_values(owner, make_client):
    client = make_client("Acme")
    entry = journal.log_interaction(author=owner.id, client=client.id, occurred_at="2026-03-02", channel="call",
                                    kind="update", summary="First call")
    journal.edit_interaction(entry.id, summary="First call, rescheduled", by=firm_owner())
    Interaction.delete().where(Interaction.id == entry.id).execute()
    history = audit.changes(table="interaction", row_id=entry.id, newest_first=False)
    assert [c.action for c in history] == ["create", "edit", "delete"]
    assert {c.user_id for c in history} == {owner.id}
    assert {c.client_id for c in history} == {client.id}
    assert history[0].after["summary"] == "First call"
    assert history[1].changed()["summary"] == ("First call", "First call, rescheduled")
    assert history[2].before["summary"] == "First call, rescheduled" and history[2].after is None


def test_a_raw_write_is_recorded_too_and_an_update_that_changes_nothing_is_not(owner, make_client):
    client = make_client("Acme")
    before = AuditEntry.select().count()
    Client.update(segment=client.segment).where(Client.id == client.id).execute()
    assert AuditEntry.select().count() == before
    Client.update(segment="Retail").where(Client.id == client.id).execute()
    last = audit.changes(limit=1)[0]
    assert (last.table, last.action, last.changed()["segment"]) == ("client", "edit", ("", "Retail"))
    assert last.login == audit.computer_account()


def test_nobody_can_change_or_delete_the_trail(owner, make_client):
    make_client("Acme")
    for statement in ("UPDATE audit_entry SET action = 'edit'", "DELETE FROM audit_entry"):
        with pytest.raises((IntegrityError, OperationalError), match="audit trail is kept as written"):
            AuditEntry._meta.database.execute_sql(statement)
    assert AuditEntry.select().count() > 0


def test_a_program_without_rapport_s_functions_cannot_write_unseen(owner, make_client, db_path):
    make_client("Acme")
    AuditEntry._meta.database.close()
    con = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.OperationalError, match="rapport_"):
        con.execute("UPDATE client SET segment = 'sneaky'")
    con.close()
    AuditEntry._meta.database.connect(reuse_if_open=True)
    assert Client.get(Client.name == "Acme").segment != "sneaky"
