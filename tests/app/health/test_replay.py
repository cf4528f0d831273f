"""Health replayed as the journal knew it: what was written later, or changed later, does not rewrite the past."""

import datetime as dt
import json
import os

import pytest

from app.cli.main import main
from app.health.replay import written_by
from app.health.score import firm_health, health_at
from app.journal import records as journal
from db import audit
from db.models import AuditEntry, Interaction, db
from tests.authors import firm_owner
from tests.db.test_postgres import pg, pg_url  # noqa: F401 - the server's fixtures (used only when one is set)
from tests.stages import client_at_stage

TODAY = dt.date.today()
WEEKS_AGO = TODAY - dt.timedelta(days=35)


@pytest.fixture
def clock():
    """Set the moment the journal records as the time of writing (SQLite's rapport_now())."""
    def write_on(moment: dt.datetime | None):
        text = (lambda: moment.isoformat(" ", "microseconds")) if moment else audit._now_text
        db.obj.register_function(text, "rapport_now", 0)

    yield write_on
    write_on(None)


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


@pytest.fixture
def steady_client(clock, make_user):
    """A contracted client logged as things happened, from 4 months ago until 5 weeks ago."""
    manager = make_user("Olena", "account_manager")
    audit.set_actor(manager.id)
    start = TODAY - dt.timedelta(days=120)
    clock(at(start, 9))
    client = client_at_stage("Acme", account_manager=manager.id,
                                   contract_start=start.isoformat(), contact_every_days=7)
    day = start
    while day <= WEEKS_AGO:
        clock(at(day, 18))
        journal.log_interaction(author=manager.id, client=client.id, occurred_at=at(day).isoformat(),
                                channel="call", kind="update", summary=f"Weekly call {day}", sentiment=1)
        day += dt.timedelta(days=7)
    clock(None)
    return client, manager


def score_written_by(day: dt.date, client_id: int) -> int:
    with written_by(day):
        return health_at(client_id, day).score


def test_four_entries_backdated_today_do_not_change_the_replay_of_weeks_ago(steady_client):
    client, manager = steady_client
    before = score_written_by(WEEKS_AGO, client.id)
    by_occurrence = health_at(client.id, WEEKS_AGO).score
    assert before == by_occurrence  # nothing was written late yet
    for days_back in (1, 2, 3, 4):
        journal.log_interaction(author=manager.id, client=client.id,
                                occurred_at=at(WEEKS_AGO - dt.timedelta(days=days_back)).isoformat(),
                                channel="call", kind="complaint", summary="Furious about delays",
                                sentiment=-2, effort=5, tags=["dismissive"])
    assert health_at(client.id, WEEKS_AGO).score < by_occurrence  # the journal as it is now tells a worse story
    assert score_written_by(WEEKS_AGO, client.id) == before  # what the owner could have seen then does not move


def test_an_edit_and_a_delete_today_do_not_rewrite_last_month(steady_client):
    client, _manager = steady_client
    before = score_written_by(WEEKS_AGO, client.id)
    entries = list(Interaction.select().where(Interaction.client == client.id).order_by(Interaction.occurred_at))
    for entry in entries[-4:]:
        journal.edit_interaction(entry.id, sentiment=-2, tags=["punishing"], by=firm_owner())
    Interaction.delete().where(Interaction.id == entries[-5].id).execute()  # even a raw delete
    assert health_at(client.id, WEEKS_AGO).score < before
    assert score_written_by(WEEKS_AGO, client.id) == before


def test_settings_are_replayed_as_they_were(steady_client, make_user):
    from app.health import settings as health_settings

    client, _manager = steady_client
    before = score_written_by(WEEKS_AGO, client.id)
    health_settings.save({"warning_drop": 30, "sentiment_points": 80}, make_user("Olga", "owner").id)
    assert health_settings.load()["warning_drop"] == 30
    with written_by(WEEKS_AGO):
        assert health_settings.load() == health_settings.DEFAULTS
        assert health_at(client.id, WEEKS_AGO).score == before


def test_a_client_written_after_the_day_is_not_there_and_nothing_is_left_behind(steady_client, make_client):
    client, _manager = steady_client
    make_client("Newcomer")
    with written_by(WEEKS_AGO):
        assert [h.client for h in firm_health(WEEKS_AGO)] == ["Acme"]
    assert {h.client for h in firm_health(TODAY)} == {"Acme", "Newcomer"}
    count = AuditEntry.select().count()
    with written_by(WEEKS_AGO):
        pass
    assert AuditEntry.select().count() == count  # replaying writes nothing


def _forget_creation(interaction_ids):
    """Make entries look like an upgraded journal's: no creation in the trail (the test alone may do this)."""
    db.execute_sql("DROP TRIGGER audit_entry_keep_delete")
    for i in interaction_ids:
        db.execute_sql("DELETE FROM audit_entry WHERE (table_name = 'interaction' AND row_id = ?) "
                       "OR (table_name = 'interaction_tag' AND row_id LIKE ?)", (str(i), f"{i}:%"))
    audit.install(db.obj)


def test_rows_from_before_the_trail_count_from_when_they_were_written(steady_client):
    client, manager = steady_client
    old = [journal.log_interaction(author=manager.id, client=client.id,
                                   occurred_at=at(WEEKS_AGO - dt.timedelta(days=d)).isoformat(), channel="call",
                                   kind="complaint", summary="Angry", sentiment=-2, effort=5, tags=["dismissive"])
           for d in (1, 2, 3, 4)]
    ids = [e.id for e in old]
    _forget_creation(ids)
    assert score_written_by(WEEKS_AGO, client.id) == 100  # created_at is today: written after the day
    Interaction.update(created_at=at(WEEKS_AGO, 20)).where(Interaction.id.in_(ids)).execute()
    _forget_creation(ids)
    assert score_written_by(WEEKS_AGO, client.id) < 100  # written in time, they count


def test_the_command_line_replays_as_written_and_by_occurrence_on_request(steady_client, db_path, capsys):
    client, manager = steady_client
    journal.log_interaction(author=manager.id, client=client.id, occurred_at=at(WEEKS_AGO).isoformat(),
                            channel="call", kind="complaint", summary="Backdated", sentiment=-2, effort=5,
                            tags=["dismissive"])
    day = WEEKS_AGO.isoformat()
    assert main(["health", "--as-of", day, "--json", "--db", str(db_path)]) == 0
    written = json.loads(capsys.readouterr().out)
    assert main(["health", "--as-of", day, "--by-occurrence", "--json", "--db", str(db_path)]) == 0
    happened = json.loads(capsys.readouterr().out)
    assert written[0]["score"] > happened[0]["score"]
    with pytest.raises(SystemExit):
        main(["health", "--help"])
    assert "--by-occurrence" in capsys.readouterr().out


@pytest.mark.skipif(not os.environ.get("RAPPORT_TEST_POSTGRES_URL"), reason="no PostgreSQL server")
def test_the_replay_on_postgresql(pg, make_user):  # noqa: F811 - the fixture
    """The same replay on a server: the trail aged by a month, then a backdated entry, an edit and a delete today."""
    manager = make_user("Olena", "account_manager")
    start = TODAY - dt.timedelta(days=120)
    client = client_at_stage("Acme", account_manager=manager.id,
                                   contract_start=start.isoformat(), contact_every_days=7)
    day = start
    while day <= WEEKS_AGO:
        journal.log_interaction(author=manager.id, client=client.id, occurred_at=at(day).isoformat(),
                                channel="call", kind="update", summary=f"Weekly call {day}", sentiment=1)
        day += dt.timedelta(days=7)
    # As if all that had been written as it happened: the trail's times moved back (a superuser may).
    db.execute_sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_keep")
    db.execute_sql("UPDATE audit_entry SET at = at - interval '60 days'")
    db.execute_sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_keep")
    Interaction.update(created_at=at(start)).execute()
    before = score_written_by(WEEKS_AGO, client.id)
    for days_back in (1, 2, 3, 4):
        journal.log_interaction(author=manager.id, client=client.id,
                                occurred_at=at(WEEKS_AGO - dt.timedelta(days=days_back)).isoformat(),
                                channel="call", kind="complaint", summary="Furious", sentiment=-2, effort=5,
                                tags=["dismissive"])
    last = Interaction.select().where(Interaction.summary.startswith("Weekly")).order_by(Interaction.id.desc()).first()
    journal.edit_interaction(last.id, sentiment=-2, by=firm_owner())
    journal.update_client(client.id, name="Acme Holdings", by=firm_owner())  # and its old name taken by a newcomer
    client_at_stage("Acme")
    assert health_at(client.id, WEEKS_AGO).score < before
    assert score_written_by(WEEKS_AGO, client.id) == before
    with written_by(WEEKS_AGO):
        assert [h.client for h in firm_health(WEEKS_AGO)] == ["Acme"]
    with written_by(TODAY - dt.timedelta(days=200)):
        assert firm_health(TODAY - dt.timedelta(days=200)) == []
    assert health_at(client.id, WEEKS_AGO).score < before  # the journal itself is as it was



def test_a_replay_before_anything_was_written_says_so(make_client, db_path, capsys):
    make_client("Acme")
    assert main(["health", "--as-of", WEEKS_AGO.isoformat(), "--db", str(db_path)]) == 0
    out, err = capsys.readouterr()
    assert "No contracted clients" in out
    assert "nothing in this journal had been written by" in err and "--by-occurrence" in err
