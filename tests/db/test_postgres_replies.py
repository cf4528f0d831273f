"""Schema version 11 on PostgreSQL: a version-8 server journal gains the reply clock's and routing's
columns on upgrade, and the clock, routing and acknowledgement stamps work there as on SQLite."""

import datetime as dt

import pytest

from tests.authors import firm_owner, signing_author
from tests.db.test_postgres import URL, pg, pg_url  # noqa: F401 - the fixtures, shared

pytestmark = pytest.mark.skipif(
    not URL, reason="no PostgreSQL server: set RAPPORT_TEST_POSTGRES_URL=postgresql://user:pw@host/postgres")

NEW_COLUMNS = {("interaction", "follow_up_channel"), ("interaction", "no_reply_needed"),
               ("interaction", "reply_assignee_id"), ("feedback", "acknowledged_by_id")}


def columns(database) -> set[tuple[str, str]]:
    return {(table, c.name) for table in ("interaction", "feedback") for c in database.get_columns(table)}


def test_a_version_8_server_journal_upgrades_to_the_reply_columns(pg, pg_url):  # noqa: F811
    from app.journal import records as journal
    from db import migrations
    from db.connection import close_database, open_database
    from db.models import Interaction
    from tests.stages import client_at_stage

    client = client_at_stage("Acme", stage="contracted")
    entry = journal.log_interaction(author=signing_author(), client=client.id, occurred_at="2026-03-02T10:00",
                                    channel="email", kind="request", direction="inbound", summary="Price list?")
    for table, column in sorted(NEW_COLUMNS):
        pg.execute_sql(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
    migrations.set_version(pg, 8)
    close_database()
    database = open_database(pg_url)
    assert migrations.get_version(database) == migrations.latest_version() == 11
    assert NEW_COLUMNS <= columns(database)
    kept = Interaction.get_by_id(entry.id)
    assert (kept.summary, kept.no_reply_needed, kept.follow_up_channel) == ("Price list?", False, None)


def test_the_clock_routing_and_stamps_work_on_the_server(pg, make_user):  # noqa: F811
    from app.hear import feedback, replies
    from app.journal import records as journal
    from db.audit import changes
    from tests.stages import client_at_stage

    olena, taras = make_user("Olena"), make_user("Taras")
    client = client_at_stage("Acme", stage="contracted", account_manager=olena.id)
    entry = journal.log_interaction(author=signing_author(), client=client.id, occurred_at="2026-03-06T19:00",
                                    channel="email", kind="update", direction="inbound", summary="Where is it?",
                                    follow_up_due="2026-03-09", follow_up_channel="call")
    clock = replies.awaiting_replies(dt.datetime(2026, 3, 9, 18, 30))[client.id]
    assert clock.overdue and clock.hours_waiting == 9
    assert replies.assign_reply(client.id, taras, now=dt.datetime(2026, 3, 9, 18, 30), by=firm_owner()) == 1
    assert replies.awaiting_replies(dt.datetime(2026, 3, 9, 18, 30))[client.id].assignee_name == "Taras"
    replies.set_no_reply_needed(entry.id, by=firm_owner())
    assert client.id not in replies.awaiting_replies(dt.datetime(2026, 3, 9, 18, 30))
    assert any("no_reply_needed" in (c.after or {}) for c in changes("interaction", entry.id))
    item = feedback.open_feedback(client.id, "Late", raised_at="2026-03-06T10:00", by=olena)
    feedback.assign_feedback(item.id, taras.id, by=olena)  # routed to Taras, who hears it
    feedback.acknowledge_feedback(item.id, by=taras.id)
    assert feedback.get_feedback(item.id).acknowledged_by_id == taras.id
    bad = journal.log_interaction(author=signing_author(), client=client.id, occurred_at="2026-03-10T10:00",
                                  channel="call", kind="feedback", direction="inbound", sentiment=-1,
                                  summary="Not happy with the colours")
    assert feedback.open_items_of_client(client.id)[-1].interaction_id == bad.id
