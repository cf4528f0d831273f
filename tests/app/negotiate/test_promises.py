"""Promises: follow-ups and negotiation actions, and the rate at which they are kept on time."""

import datetime as dt

import pytest

from app.negotiate import negotiations as N
from app.negotiate import promises as P
from tests.authors import firm_owner

D = dt.date


@pytest.fixture
def firm(make_user, make_client, make_interaction):
    olena, taras = make_user("Olena"), make_user("Taras")
    acme = make_client("Acme", account_manager=olena.id)
    birch = make_client("Birch", account_manager=taras.id)
    # Olena's follow-ups at Acme: one kept on time, one kept late, one not yet due.
    make_interaction(acme, author=olena.id, follow_up_due=D(2026, 3, 2), follow_up_done=D(2026, 3, 2))
    make_interaction(acme, author=olena.id, follow_up_due=D(2026, 3, 3), follow_up_done=D(2026, 3, 6))
    make_interaction(acme, author=olena.id, follow_up_due=D(2026, 3, 30))
    # An unsigned follow-up at Birch belongs to Birch's account manager, Taras; still open.
    make_interaction(birch, follow_up_due=D(2026, 3, 4), author=None)
    talk = N.open_negotiation(birch.id, "Penalty clause", opened_at="2026-03-01", by=firm_owner())
    N.complete_action(N.add_action(talk.id, "Send draft", owner=taras.id, due="2026-03-05", by=firm_owner()).id, "2026-03-05", by=firm_owner())
    N.add_action(talk.id, "Legal review", owner=olena.id, due="2026-03-08", by=firm_owner())
    return olena, taras, acme, birch


def test_rate_per_client_counts_only_what_came_due(firm):
    olena, taras, acme, birch = firm
    assert P.kept_counts(client_id=acme.id, as_of=D(2026, 3, 10)) == (1, 2)
    assert P.promise_kept_rate(client_id=acme.id, as_of=D(2026, 3, 10)) == pytest.approx(0.5)
    assert P.promise_kept_rate(client_id=birch.id, as_of=D(2026, 3, 10)) == pytest.approx(1 / 3)


def test_rate_per_manager_follows_who_made_the_promise(firm):
    olena, taras, _, _ = firm
    assert P.kept_counts(manager_id=olena.id, as_of=D(2026, 3, 10)) == (1, 3)
    assert P.kept_counts(manager_id=taras.id, as_of=D(2026, 3, 10)) == (1, 2)
    assert P.kept_rates_by_manager(D(2026, 3, 10)) == {olena.id: (1, 3), taras.id: (1, 2)}


def test_nothing_due_yet_has_no_rate(firm):
    _, _, acme, _ = firm
    assert P.promise_kept_rate(client_id=acme.id, as_of=D(2026, 3, 1)) is None


def test_due_promises_for_today(firm):
    olena, taras, _, _ = firm
    due = P.due_promises(olena.id, D(2026, 3, 10))
    assert [(p.kind, p.description, p.overdue(D(2026, 3, 10))) for p in due] == [
        ("negotiation_action", "Legal review", True)]
    assert [p.kind for p in P.due_promises(taras.id, D(2026, 3, 10))] == ["follow_up"]
    assert P.due_promises(taras.id, D(2026, 3, 10), kinds=("negotiation_action",)) == []


def test_all_promises_of_a_client(firm):
    _, _, acme, birch = firm
    assert len(P.promises(client_id=acme.id)) == 3
    assert [p.kind for p in P.promises(client_id=birch.id)] == ["follow_up", "negotiation_action",
                                                                "negotiation_action"]
