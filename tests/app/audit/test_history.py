"""The audit trail read back: a record's history with its parts, a client's, the owners' firm-wide log, paged."""

import datetime as dt

import pytest

from app.audit import history, words
from app.common import wording
from app.common.errors import PermissionDenied
from app.journal import records as journal
from db import audit
from db.models import Client, Interaction, User
from tests.authors import firm_owner
from tests.stages import client_at_stage


@pytest.fixture
def firm(make_user):
    owner = make_user("Olga", "owner")
    manager = make_user("Petro", "account_manager")
    staff = make_user("Sasha", "staff")
    audit.set_actor(owner.id)
    client = client_at_stage("Acme", account_manager=manager.id)
    return owner, manager, staff, client


def log(author, client, summary="First call", **fields):
    audit.set_actor(author.id)
    return journal.log_interaction(author=author.id, client=client.id, occurred_at="2026-03-02T10:00",
                                   channel="call", kind="update", summary=summary, **fields)


def test_an_entry_s_history_says_who_changed_which_field_from_what_to_what(firm):
    owner, manager, staff, client = firm
    entry = log(staff, client, sentiment=1, tags=["hear"])
    audit.set_actor(manager.id)
    journal.edit_interaction(entry.id, summary="First call, rescheduled", sentiment=-1, kind="complaint", by=firm_owner())
    lines = history.record_history("interaction", entry.id, by=staff)
    edit = next(line for line in lines if line.table == "interaction")
    assert (edit.who, edit.action, edit.record) == ("Petro", "edit", "First call, rescheduled")
    shown = words.changes_text(edit)
    assert "Summary: First call \u2192 First call, rescheduled" in shown
    assert "Sentiment: +1 \u2192 \u22121" in shown and "Kind: update \u2192 complaint" in shown
    assert "updated_at" not in shown and "Updated" not in shown
    created = [line for line in lines if line.action == "create" and line.who == "Sasha"]
    assert {line.table for line in created} == {"interaction", "interaction_tag"}  # its tag is part of it
    tag_line = next(line for line in created if line.table == "interaction_tag")
    assert words.kind_word(tag_line) == "interaction: tag" and "Tag: hear" in words.changes_text(tag_line)


def test_a_deleted_entry_keeps_its_history_and_names_what_it_pointed_to(firm):
    owner, manager, staff, client = firm
    entry = log(staff, client)
    audit.set_actor(owner.id)
    Interaction.delete().where(Interaction.id == entry.id).execute()
    lines = history.record_history("interaction", entry.id, by=owner)
    deleted = lines[0]
    assert (deleted.action, deleted.who, deleted.client) == ("delete", "Olga", "Acme")
    text = words.changes_text(deleted)
    assert "Author: Sasha" in text and "Summary: First call" in text and "Client:" not in text  # it heads the line


def test_values_read_in_the_user_s_language_and_locale(firm):
    owner, manager, staff, client = firm
    audit.set_actor(owner.id)
    journal.update_client(client.id, stage="paused", contract_value=12500.5, contract_end="2026-12-31", by=firm_owner())
    line = next(line for line in history.record_history("client", client.id, by=owner) if line.table == "client")

    def ukrainian(context, text, n=-1):
        return {("Fields", "Stage"): "Стадія", ("Labels", "paused"): "призупинено",
                ("Labels", "contracted"): "договір", ("Audit", "edited"): "змінено"}.get((context, text), text)

    wording.use_language(ukrainian, number=lambda value, decimals=None: f"{value:,.2f}".replace(",", " ").replace(".", ","),
                         date=lambda day: day.strftime("%d.%m.%Y"))
    try:
        text = words.changes_text(line)
        assert "Стадія: договір \u2192 призупинено" in text
        assert "12 500,50" in text and "31.12.2026" in text
        assert words.action_word("edit") == "змінено"
    finally:
        wording.use_language()


def test_the_firm_wide_log_is_for_owners_and_filters_and_pages(firm, make_client):
    owner, manager, staff, client = firm
    other = make_client("Globex")
    for i in range(7):
        log(staff, client, summary=f"Call {i}")
    log(manager, other, summary="Globex call")
    with pytest.raises(PermissionDenied, match="only an owner may read the firm-wide audit trail; Sasha is staff"):
        history.firm_log(history.AuditFilter(), by=staff)
    everything = history.firm_log(history.AuditFilter(), by=owner, limit=1000)
    assert [line.id for line in everything] == sorted((line.id for line in everything), reverse=True)
    pages, before = [], None
    while True:
        page = history.firm_log(history.AuditFilter(), by=owner, before_id=before, limit=3)
        pages.extend(page)
        if len(page) < 3:
            break
        before = page[-1].id
    assert [line.id for line in pages] == [line.id for line in everything]
    globex = history.firm_log(history.AuditFilter(client_id=other.id, kind="interaction"), by=owner)
    assert [line.record for line in globex] == ["Globex call"]
    by_staff = history.firm_log(history.AuditFilter(user_id=staff.id, action="create", kind="interaction"), by=owner)
    assert len(by_staff) == 7 and {line.client for line in by_staff} == {"Acme"}
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert history.firm_log(history.AuditFilter(since=tomorrow), by=owner) == []
    assert len(history.firm_log(history.AuditFilter(until=dt.date.today()), by=owner, limit=1000)) == len(everything)
    assert history.firm_log_count(history.AuditFilter(client_id=other.id), by=owner) == len(
        history.firm_log(history.AuditFilter(client_id=other.id), by=owner))


def test_a_client_s_history_holds_its_record_and_everything_logged_about_it(firm):
    owner, manager, staff, client = firm
    log(staff, client)
    audit.set_actor(manager.id)
    Client.update(segment="Retail").where(Client.id == client.id).execute()
    lines = history.client_history(client.id, by=staff)
    assert {line.kind for line in lines} >= {"client", "interaction"}
    assert lines[0].table == "client" and lines[0].who == "Petro"
    assert history.client_history(client.id, by=staff, kind="interaction")[0].table in ("interaction", "interaction_tag")


def test_a_change_by_nobody_named_shows_the_computer_account(firm):
    owner, manager, staff, client = firm
    audit.set_actor(None)
    Client.update(notes="sneaky").where(Client.id == client.id).execute()
    line = next(line for line in history.record_history("client", client.id, by=owner) if line.table == "client")
    assert line.user_id is None and line.who == audit.computer_account()


def test_an_edit_of_one_field_still_names_its_record(firm):
    owner, manager, staff, client = firm
    audit.set_actor(owner.id)
    Client.update(segment="Retail").where(Client.id == client.id).execute()
    User.update(role="account_manager").where(User.id == staff.id).execute()
    lines = history.firm_log(history.AuditFilter(action="edit"), by=owner)
    assert {(line.table, line.record) for line in lines} >= {("client", "Acme"), ("user", "Sasha")}
