"""Bad news must fly: negative feedback opens an item, items are routed to a colleague who then sees
them in Today, and an acknowledgement says who heard it and when (never a time still to come)."""

import datetime as dt

import pytest

from app.common.errors import ValidationError
from app.hear import feedback
from app.journal import records as journal
from app.today.agenda import items_for
from db.models import Feedback
from tests.authors import firm_owner, signing_author


def log_feedback(client, sentiment, direction="inbound"):
    return journal.log_interaction(author=signing_author(), client=client.id, occurred_at=dt.datetime(2026, 3, 2, 10),
                                   channel="call", kind="feedback", direction=direction, sentiment=sentiment,
                                   summary="The new portal is confusing")


@pytest.mark.parametrize("sentiment, opens, severity", [(-2, True, "high"), (-1, True, "medium"),
                                                        (0, False, None), (None, False, None)])
def test_inbound_feedback_at_minus_one_or_below_opens_an_item(make_user, make_client, sentiment, opens, severity):
    manager = make_user("Olena")
    client = make_client(account_manager=manager.id)
    entry = log_feedback(client, sentiment)
    item = Feedback.get_or_none(Feedback.interaction == entry.id)
    assert (item is not None) is opens
    if opens:
        assert (item.severity, item.owner_id, item.status) == (severity, manager.id, "open")


def test_outbound_negative_feedback_opens_nothing(make_client):
    log_feedback(make_client(), -2, direction="outbound")
    assert Feedback.select().count() == 0


def test_lowering_the_sentiment_of_feedback_later_opens_the_item_once(make_client):
    entry = log_feedback(make_client(), 1)
    journal.edit_interaction(entry.id, sentiment=-1, by=firm_owner())
    journal.edit_interaction(entry.id, summary="Portal confusing, second look", by=firm_owner())
    assert Feedback.select().where(Feedback.interaction == entry.id).count() == 1


def test_acknowledging_stamps_the_person_and_the_real_time(make_user, make_client):
    hearer = make_user("Taras")
    item = feedback.open_feedback(make_client().id, "Invoice wrong", raised_at=dt.datetime(2026, 3, 2, 10), by=firm_owner())
    before = dt.datetime.now().replace(microsecond=0)
    feedback.acknowledge_feedback(item.id, by=hearer.id)
    item = feedback.get_feedback(item.id)
    assert item.acknowledged_by_id == hearer.id
    assert before <= item.acknowledged_at <= dt.datetime.now()
    feedback.unacknowledge_feedback(item.id, by=firm_owner())
    assert feedback.get_feedback(item.id).acknowledged_by_id is None


def test_an_acknowledgement_dated_in_the_future_is_refused(make_user, make_client):
    item = feedback.open_feedback(make_client().id, "Invoice wrong", raised_at=dt.datetime(2026, 3, 2, 10), by=firm_owner())
    tomorrow = dt.datetime.now() + dt.timedelta(days=1)
    with pytest.raises(ValidationError) as caught:
        feedback.acknowledge_feedback(item.id, by=make_user(), at=tomorrow)
    assert caught.value.problems[0].where == "acknowledged_at"
    assert "in the future" in str(caught.value)
    assert feedback.get_feedback(item.id).status == "open"


def test_resolving_unacknowledged_feedback_stamps_who_heard_it(make_user, make_client):
    hearer = make_user()
    item = feedback.open_feedback(make_client().id, "Invoice wrong", raised_at=dt.datetime(2026, 3, 2, 10), by=firm_owner())
    feedback.resolve_feedback(item.id, by=hearer.id)
    assert feedback.get_feedback(item.id).acknowledged_by_id == hearer.id


def test_an_item_routed_to_a_colleague_shows_in_their_today(make_user, make_client):
    manager, colleague = make_user("Olena"), make_user("Taras")
    client = make_client(account_manager=manager.id)
    item = feedback.open_feedback(client.id, "Invoice wrong", raised_at=dt.datetime(2026, 3, 2, 10), by=firm_owner())
    day = dt.date(2026, 3, 3)
    assert [i.ref_id for i in items_for(manager.id, day) if i.section == "feedback"] == [item.id]
    feedback.assign_feedback(item.id, colleague.id, by=manager.id)
    assert [i.ref_id for i in items_for(colleague.id, day) if i.section == "feedback"] == [item.id]
    assert [i for i in items_for(manager.id, day) if i.section == "feedback"] == []


def test_routing_to_someone_no_longer_active_is_refused(make_user, make_client):
    from tests.authors import firm_owner

    gone = make_user("Gone")
    journal.update_user(gone.id, by=firm_owner(), active=False)
    item = feedback.open_feedback(make_client().id, "Invoice wrong", raised_at=dt.datetime(2026, 3, 2, 10), by=firm_owner())
    with pytest.raises(ValidationError):
        feedback.assign_feedback(item.id, gone.id, by=firm_owner())
