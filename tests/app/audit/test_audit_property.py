"""Property: whatever anyone does, through the services or in raw SQL, no change goes unaudited.

Random sequences of actions by random users (of every role) change the journal; an action a role
may not do is refused and changes nothing (app.common.rights); the audit entries written since
the start, applied in order to the tables as they were then, must give the tables exactly as they
are now: every create, edit and delete has its entry, with the values before and after the change
(a whole row created or deleted; the columns an edit changed) and the person who acted (on SQLite
the actor set; on PostgreSQL the login's user).

Quick in the normal suite (a few examples). To run it long:
    RAPPORT_AUDIT_EXAMPLES=2000 python -m pytest tests/app/audit/test_audit_property.py
and against a server, with RAPPORT_TEST_POSTGRES_URL set as for tests/db/test_postgres.py."""

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.common.errors import PermissionDenied, RapportError
from app.health.pulse import log_pulse
from app.hear import feedback
from app.journal import records as journal
from app.negotiate import negotiations
from db import audit
from db.connection import is_sqlite
from db.models import AuditEntry, Client, Contact, Interaction, InteractionTag, Pulse, Setting, db
from tests.authors import firm_owner
from tests.stages import client_at_stage

EXAMPLES = int(os.environ.get("RAPPORT_AUDIT_EXAMPLES", "12"))
ROLES = ("owner", "account_manager", "staff")


def snapshot() -> dict[tuple[str, str], dict]:
    """Every audited row, keyed by (table, the trail's row id), as the database itself writes it in JSON."""
    rows = {}
    for table, (row_id, _client) in audit.AUDITED.items():
        key = row_id.replace("R.", f'"{table}".')
        if is_sqlite():
            columns = [c.name for c in db.get_columns(table)]
            values = "json_object(" + ", ".join(f"'{c}', \"{table}\".\"{c}\"" for c in columns) + ")"
            sql = f'SELECT CAST({key} AS TEXT), {values} FROM "{table}"'
        else:
            sql = f'SELECT ({key})::text, to_jsonb("{table}")::text FROM "{table}"'
        for found, text in db.execute_sql(sql).fetchall():
            rows[(table, found)] = json.loads(text)
    return rows


def _pick(model, seed: int):
    ids = [i for (i,) in model.select(model.id).order_by(model.id).tuples()] if hasattr(model, "id") else []
    return ids[seed % len(ids)] if ids else None


def act(name: str, seed: int, actor) -> None:
    """One action of a person at the firm, through a service or straight in SQL."""
    client = _pick(Client, seed)
    entry = _pick(Interaction, seed)
    by = actor.id if actor else None
    if name == "add client":
        client_at_stage(f"Client {seed}-{Client.select().count()}")
    elif name == "edit client" and client:
        journal.update_client(client, segment=f"segment {seed % 3}", contact_every_days=seed % 30 + 1, by=by)
    elif name == "log entry" and client:
        journal.log_interaction(author=by or _pick_user(seed), client=client, occurred_at=f"2026-03-{seed % 28 + 1:02d}T10:00",
                                channel="call", kind=("update", "complaint")[seed % 2], summary=f"Call {seed}",
                                sentiment=seed % 5 - 2, tags=[("hear", "like", "dismissive")[seed % 3]])
    elif name == "edit entry" and entry:
        journal.edit_interaction(entry, summary=f"Edited {seed}", sentiment=seed % 5 - 2, tags=["negotiate"], by=by)
    elif name == "delete entry" and entry:
        journal.delete_interaction(entry, by=by)
    elif name == "add contact" and client:
        journal.add_contact(client, name=f"Person {seed}", role="CFO", by=by)
    elif name == "edit contact" and (contact := _pick(Contact, seed)):
        journal.update_contact(contact, phone=f"+380 {seed}", by=by)
    elif name == "delete contact" and (contact := _pick(Contact, seed)):
        journal.delete_contact(contact, by=by)
    elif name == "pulse" and client:
        log_pulse(client, by or _pick_user(seed), ("good", "uneasy", "bad")[seed % 3], comment=f"reading {seed}")
    elif name == "feedback" and client:
        item = feedback.open_feedback(client, f"Complaint {seed}", owner=by, by=by)
        if seed % 2:
            feedback.acknowledge_feedback(item.id, by=by or _pick_user(seed))
    elif name == "negotiation" and client:
        n = negotiations.open_negotiation(client, f"Price {seed}", by=by)
        negotiations.add_action(n.id, f"Send offer {seed}", due="2026-04-01", by=by)
        if seed % 2:
            negotiations.change_status(n.id, "deadlock", "no movement", by=by)
    elif name == "raw update" and client:
        Client.update(notes=f"raw {seed}").where(Client.id == client).execute()
        Interaction.update(effort=seed % 5 + 1).where(Interaction.client == client).execute()
    elif name == "raw delete" and entry:
        InteractionTag.delete().where(InteractionTag.interaction == entry).execute()
        Pulse.delete().where(Pulse.id == _pick(Pulse, seed)).execute()
    elif name == "raw setting":
        key = f"prop_{seed % 3}"
        if Setting.get_or_none(Setting.key == key) and seed % 2:
            Setting.delete().where(Setting.key == key).execute()
        else:
            Setting.insert(key=key, value=json.dumps(seed)).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: json.dumps(seed)}).execute()


def _pick_user(seed: int) -> int:
    from db.models import User

    return _pick(User, seed)


ACTIONS = ("add client", "edit client", "log entry", "edit entry", "delete entry", "add contact", "edit contact",
           "delete contact", "pulse", "feedback", "negotiation", "raw update", "raw delete", "raw setting")


def check_sequence(steps, people) -> None:
    start = snapshot()
    first_id = AuditEntry.select(AuditEntry.id).order_by(AuditEntry.id.desc()).scalar() or 0
    expected_user = {}
    for name, seed, who in steps:
        actor = people[who] if who is not None else None
        audit.set_actor(actor.id if actor else None)
        before_step = AuditEntry.select(AuditEntry.id).order_by(AuditEntry.id.desc()).scalar() or 0
        try:
            with db.atomic():  # one action, all or nothing
                act(name, seed, actor)
        except PermissionDenied:
            # refused by the rights of the actor's role: nothing changed, so nothing is in the trail
            assert (AuditEntry.select(AuditEntry.id).order_by(AuditEntry.id.desc()).scalar() or 0) == before_step
        except RapportError:
            pass  # refused or invalid: whatever it wrote was rolled back, and the trail must agree
        after_step = AuditEntry.select(AuditEntry.id).order_by(AuditEntry.id.desc()).scalar() or 0
        for entry_id in range(before_step + 1, after_step + 1):
            expected_user[entry_id] = actor.id if actor else None
    state = dict(start)
    for change in audit.changes(since=None, newest_first=False, limit=None):
        if change.id <= first_id:
            continue
        key = (change.table, change.row_id)
        if change.action == "create":
            assert key not in state, f"{key} created twice"
            state[key] = change.after
        elif change.action == "edit":  # only the columns it changed, from what the row held to what it holds
            row = state.get(key)
            assert row is not None and set(change.before) == set(change.after), f"{key}: an edit of nothing"
            assert {k: row.get(k) for k in change.before} == change.before, f"{key}: the edit's before is not what the row held"
            assert all(change.before[k] != change.after[k] for k in change.before), f"{key}: an unchanged column"
            state[key] = {**row, **change.after}
        else:
            assert state.get(key) == change.before, f"{key}: the delete's before is not what the row held"
            del state[key]
        if is_sqlite():
            assert change.user_id == expected_user.get(change.id), f"entry {change.id} names the wrong person"
    assert state == snapshot(), "a change to the journal has no audit entry"


@pytest.fixture
def people(make_user):
    return [make_user(f"Person {role}", role) for role in ROLES]


steps_strategy = st.lists(st.tuples(st.sampled_from(ACTIONS), st.integers(0, 10_000),
                                    st.one_of(st.none(), st.integers(0, len(ROLES) - 1))),
                          min_size=1, max_size=10)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=steps_strategy)
def test_no_change_goes_unaudited_on_sqlite(people, steps):
    check_sequence(steps, people)


pg_url = pytest.importorskip("tests.db.test_postgres").pg_url
pg = pytest.importorskip("tests.db.test_postgres").pg


@pytest.mark.skipif(not os.environ.get("RAPPORT_TEST_POSTGRES_URL"), reason="no PostgreSQL server")
@settings(max_examples=max(3, EXAMPLES // 3), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=steps_strategy)
def test_no_change_goes_unaudited_on_postgresql(pg, steps):
    from db.models import User

    people = [User.get_or_none(User.name == f"Person {role}") or journal.create_user(f"Person {role}", role, by=firm_owner())
              for role in ROLES]
    check_sequence(steps, people)
