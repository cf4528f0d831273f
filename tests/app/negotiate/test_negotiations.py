"""Negotiations: sensible status changes with reasons, positions with history, the ledger."""

import datetime as dt

import pytest

from app.common.errors import ValidationError
from app.negotiate import negotiations as N
from app.negotiate.ledger import client_negotiations, negotiation_detail
from tests.authors import firm_owner

TODAY = dt.date(2026, 3, 20)


@pytest.fixture
def talk(make_client, make_user):
    client = make_client("Acme", account_manager=make_user("Olena").id)
    return N.open_negotiation(client.id, "Price increase 2027", opened_at="2026-03-05",
                              target_date="2026-04-01", client_position="No increase",
                              our_position="8% from January", contract_refs="clause 4.2", by=firm_owner())


def test_opening_records_the_first_status_and_positions(talk):
    detail = negotiation_detail(talk.id, TODAY)
    assert [(h.side_or_status, h.at.date()) for h in detail.history] == [("open", dt.date(2026, 3, 5))]
    assert [(p.side_or_status, p.text) for p in detail.positions] == [("client", "No increase"),
                                                                      ("ours", "8% from January")]
    assert detail.contract_refs == "clause 4.2"
    assert set(detail.next_statuses) == {"agreed", "deadlock", "escalated", "withdrawn"}


def test_a_status_change_needs_a_reason(talk):
    with pytest.raises(ValidationError, match="Reason: is required"):
        N.change_status(talk.id, "deadlock", "  ", by=firm_owner())


def test_nonsense_transitions_are_refused_naming_from_and_to(talk, make_user):
    owner = make_user("Boss", "owner")
    N.change_status(talk.id, "agreed", "6% from March, signed", by=owner)
    with pytest.raises(ValidationError, match="cannot go from agreed to deadlock; from agreed it can go to open"):
        N.change_status(talk.id, "deadlock", "they changed their mind", by=firm_owner())
    with pytest.raises(ValidationError, match="'stalled' is not one of"):
        N.change_status(talk.id, "stalled", "why not", by=firm_owner())
    N.change_status(talk.id, "open", "the client asked to revisit", by=firm_owner())
    history = negotiation_detail(talk.id).history
    assert [(h.side_or_status, h.author) for h in history[1:]] == [("agreed", "Boss"), ("open", "Test owner")]
    assert history[1].text == "6% from March, signed"


def test_positions_keep_their_history_and_the_current_one(talk):
    N.state_position(talk.id, "client", "3% at most", at="2026-03-10T10:00", by=firm_owner())
    N.state_position(talk.id, "ours", "6%", at="2026-03-10T10:05", by=firm_owner())
    N.state_position(talk.id, "client", "4%", at="2026-03-12T10:00", by=firm_owner())
    detail = negotiation_detail(talk.id)
    assert (detail.client_position, detail.our_position) == ("4%", "6%")
    assert [p.text for p in detail.positions if p.side_or_status == "client"] == ["No increase", "3% at most", "4%"]
    with pytest.raises(ValidationError, match="Side"):
        N.state_position(talk.id, "theirs", "x", by=firm_owner())


def test_concessions_sessions_and_outcome(talk, make_interaction, make_client):
    N.add_concession(talk.id, "ours", "Free delivery for 2027", at="2026-03-11T12:00", by=firm_owner())
    N.add_concession(talk.id, "client", "Two-year contract", at="2026-03-12T12:00", by=firm_owner())
    from db.models import Client

    session = make_interaction(Client.get_by_id(talk.client_id), kind="negotiation", summary="Round two")
    N.link_session(talk.id, session.id, by=firm_owner())
    N.link_session(talk.id, session.id, by=firm_owner())
    with pytest.raises(ValidationError, match="another client"):
        N.link_session(talk.id, make_interaction(make_client()).id, by=firm_owner())
    N.set_outcome(talk.id, "6% with free delivery", by=firm_owner())
    detail = negotiation_detail(talk.id)
    assert [c.side_or_status for c in detail.concessions] == ["ours", "client"]
    assert [s.summary for s in detail.sessions] == ["Round two"]
    assert detail.outcome == "6% with free delivery"


def test_actions_with_owner_due_and_done(talk, make_user):
    owner = make_user("Taras")
    late = N.add_action(talk.id, "Send the new price list", owner=owner.id, due="2026-03-15", by=firm_owner())
    N.add_action(talk.id, "Draft the addendum", owner=owner, due="2026-03-25", by=firm_owner())
    assert [(a.description, a.overdue) for a in negotiation_detail(talk.id, TODAY).actions] == [
        ("Send the new price list", True), ("Draft the addendum", False)]
    N.complete_action(late.id, "2026-03-21", by=firm_owner())
    summary = client_negotiations(talk.client_id, TODAY)[0]
    assert (summary.open_actions, summary.overdue_actions) == (1, 0)
    with pytest.raises(ValidationError, match="Owner"):
        N.add_action(talk.id, "x", owner=999, by=firm_owner())


def test_the_ledger_lists_those_at_the_table_first(talk):
    N.open_negotiation(talk.client_id, "Penalty clause", opened_at="2026-01-10", target_date="2026-02-01", by=firm_owner())
    done = N.open_negotiation(talk.client_id, "Delivery window", opened_at="2026-03-15", by=firm_owner())
    N.change_status(done.id, "agreed", "Tuesdays 9-12", by=firm_owner())
    rows = client_negotiations(talk.client_id, TODAY)
    assert [r.topic for r in rows] == ["Price increase 2027", "Penalty clause", "Delivery window"]
    assert [r.past_target for r in rows] == [False, True, False]


def test_bad_fields_are_named(make_client):
    with pytest.raises(ValidationError) as caught:
        N.open_negotiation(make_client().id, "", opened_at="2026-03-05", target_date="2026-03-01", by=firm_owner())
    assert caught.value.fields() == {"topic", "target_date"}
