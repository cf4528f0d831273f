"""When entries were written: from the trail's creation, else (older than the trail) their own created_at."""

import datetime as dt

from app.audit.written import BACKDATED_AFTER, backdated, written
from app.journal import records as journal
from db import audit
from db.models import ImportFingerprint, Interaction, db


def test_entries_written_more_than_a_day_after_they_happened_are_backdated(make_user, make_client):
    olena = make_user("Olena")
    audit.set_actor(olena.id)
    client = make_client("Acme")
    now = dt.datetime.now().replace(microsecond=0)
    timely = journal.log_interaction(author=olena.id, client=client.id, occurred_at=(now - dt.timedelta(hours=20)).isoformat(),
                                     channel="call", kind="update", summary="Yesterday evening")
    late = journal.log_interaction(author=olena.id, client=client.id, occurred_at=(now - BACKDATED_AFTER * 3).isoformat(),
                                   channel="call", kind="update", summary="Three days ago")
    found = backdated([(timely.id, timely.occurred_at), (late.id, late.occurred_at)])
    assert list(found) == [late.id]
    assert found[late.id].by == "Olena" and found[late.id].at.date() == dt.date.today()


def test_an_entry_older_than_the_trail_was_written_at_its_created_at(make_user, make_client):
    olena = make_user("Olena")
    audit.set_actor(olena.id)
    entry = journal.log_interaction(author=olena.id, client=make_client("Acme").id, occurred_at="2025-01-10T10:00",
                                    channel="call", kind="update", summary="Old")
    Interaction.update(created_at=dt.datetime(2025, 1, 10, 18)).where(Interaction.id == entry.id).execute()
    db.execute_sql("DROP TRIGGER audit_entry_keep_delete")
    db.execute_sql("DELETE FROM audit_entry WHERE table_name = 'interaction'")
    audit.install(db.obj)
    assert written([entry.id])[entry.id].at == dt.datetime(2025, 1, 10, 18)
    assert backdated([(entry.id, dt.datetime(2025, 1, 10, 10))]) == {}


def test_imported_and_captured_entries_are_records_of_the_past_not_backdated(make_user, make_client):
    olena = make_user("Olena")
    audit.set_actor(olena.id)
    client = make_client("Acme")
    typed = journal.log_interaction(author=olena.id, client=client.id, occurred_at="2025-03-01T10:00",
                                    channel="email", kind="update", summary="Typed in late")
    mailed = journal.log_interaction(author=olena.id, client=client.id, occurred_at="2025-03-01T11:00",
                                     channel="email", kind="update", summary="Captured from a mailbox")
    ImportFingerprint.create(key="mail:<a1@example.com>", interaction=mailed.id)
    found = backdated([(typed.id, typed.occurred_at), (mailed.id, mailed.occurred_at)])
    assert list(found) == [typed.id]
