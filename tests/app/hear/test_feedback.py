"""Feedback: opened by a complaint, on a working-hours clock, listed oldest first."""

import datetime as dt

import pytest

from app.common.errors import ValidationError
from app.hear import feedback
from app.hear.working_time import WorkCalendar
from app.journal import records as journal
from db.models import Feedback
from tests.authors import firm_owner, signing_author

CAL = WorkCalendar()  # Monday to Friday, 09:00-18:00
FRIDAY_1730 = dt.datetime(2026, 3, 6, 17, 30)
MONDAY_0930 = dt.datetime(2026, 3, 9, 9, 30)


def test_an_inbound_complaint_opens_a_feedback_item(make_user, make_client):
    manager = make_user("Olena")
    client = make_client(account_manager=manager.id)
    complaint = journal.log_interaction(author=signing_author(), client=client.id, occurred_at=FRIDAY_1730, channel="call",
                                        kind="complaint", direction="inbound", sentiment=-2,
                                        summary="Late delivery again")
    item = Feedback.get(Feedback.interaction == complaint.id)
    assert (item.summary, item.status, item.owner_id, item.raised_at) == (
        "Late delivery again", "open", manager.id, FRIDAY_1730)
    assert item.severity == "high"
    journal.edit_interaction(complaint.id, summary="Late delivery, third time", by=firm_owner())
    assert Feedback.select().count() == 1


def test_outbound_or_other_kinds_open_nothing(make_interaction):
    make_interaction(kind="complaint", direction="outbound")
    make_interaction(kind="feedback", direction="inbound")
    assert Feedback.select().count() == 0


def test_editing_an_interaction_into_an_inbound_complaint_opens_one(make_interaction):
    interaction = make_interaction(kind="update", direction="inbound")
    journal.edit_interaction(interaction.id, kind="complaint", by=firm_owner())
    assert Feedback.select().where(Feedback.interaction == interaction.id).count() == 1


def test_acknowledged_after_two_working_days_is_overdue(make_client):
    item = feedback.open_feedback(make_client().id, "Wrong invoice", raised_at=dt.datetime(2026, 3, 2, 10), by=firm_owner())
    feedback.acknowledge_feedback(item.id, at=dt.datetime(2026, 3, 4, 10), by=firm_owner())
    clock = feedback.feedback_clock(feedback.get_feedback(item.id), dt.datetime(2026, 3, 10), CAL)
    assert clock.acknowledged and clock.hours_to_ack == pytest.approx(18)
    assert clock.ack_overdue


@pytest.mark.parametrize("acked_at", [FRIDAY_1730, MONDAY_0930])
def test_friday_evening_item_acknowledged_monday_morning_is_not_overdue(make_client, acked_at):
    item = feedback.open_feedback(make_client().id, "Broken part", raised_at=FRIDAY_1730, by=firm_owner())
    feedback.acknowledge_feedback(item.id, at=acked_at, by=firm_owner())
    clock = feedback.feedback_clock(feedback.get_feedback(item.id), dt.datetime(2026, 3, 20), CAL)
    assert not clock.ack_overdue
    assert clock.hours_to_ack <= 1


def test_the_clock_replays_a_past_moment(make_client):
    item = feedback.open_feedback(make_client().id, "Broken part", raised_at=dt.datetime(2026, 3, 2, 9), by=firm_owner())
    feedback.acknowledge_feedback(item.id, at=dt.datetime(2026, 3, 5, 9), by=firm_owner())
    before = feedback.feedback_clock(feedback.get_feedback(item.id), dt.datetime(2026, 3, 3, 12), CAL)
    assert not before.acknowledged and before.hours_to_ack == pytest.approx(12) and before.ack_overdue
    assert before.ack_due_at == dt.datetime(2026, 3, 2, 18)


def test_status_changes_are_checked(make_client):
    item = feedback.open_feedback(make_client().id, "Noise", by=firm_owner())
    feedback.resolve_feedback(item.id, by=firm_owner())
    resolved = feedback.get_feedback(item.id)
    assert resolved.status == "resolved" and resolved.acknowledged_at == resolved.resolved_at
    with pytest.raises(ValidationError, match="cannot go from resolved to resolved"):
        feedback.resolve_feedback(item.id, by=firm_owner())
    with pytest.raises(ValidationError, match="is resolved; only an open item can be acknowledged"):
        feedback.acknowledge_feedback(item.id, by=firm_owner())
    reopened = feedback.reopen_feedback(item.id, by=firm_owner())
    assert (reopened.status, reopened.resolved_at) == ("acknowledged", None)
    with pytest.raises(ValidationError, match="from acknowledged to acknowledged"):
        feedback.reopen_feedback(item.id, by=firm_owner())


def test_times_cannot_run_backwards(make_client):
    item = feedback.open_feedback(make_client().id, "Noise", raised_at=MONDAY_0930, by=firm_owner())
    with pytest.raises(ValidationError, match="Acknowledged: .*before the item was raised"):
        feedback.acknowledge_feedback(item.id, at=FRIDAY_1730, by=firm_owner())


def test_resolved_by_an_interaction_of_the_same_client_only(make_client, make_interaction):
    client, other = make_client(), make_client()
    item = feedback.open_feedback(client.id, "Noise", raised_at=FRIDAY_1730, by=firm_owner())
    stranger = make_interaction(other)
    with pytest.raises(ValidationError, match="belongs to another client"):
        feedback.resolve_feedback(item.id, resolved_by_interaction=stranger.id, by=firm_owner())
    fix = make_interaction(client, occurred_at=MONDAY_0930)
    assert feedback.resolve_feedback(item.id, resolved_by_interaction=fix.id, by=firm_owner()).resolved_by_id == fix.id


def test_repeat_contacts_are_counted_once_each(make_client, make_interaction):
    client = make_client()
    item = feedback.open_feedback(client.id, "Noise", raised_at=FRIDAY_1730, by=firm_owner())
    first, second = make_interaction(client), make_interaction(client)
    feedback.link_repeat_contact(item.id, first.id, by=firm_owner())
    feedback.link_repeat_contact(item.id, first.id, by=firm_owner())
    assert feedback.link_repeat_contact(item.id, second.id, by=firm_owner()) == 2
    assert feedback.inbox(MONDAY_0930, CAL)[0].repeat_contacts == 2
    feedback.resolve_feedback(item.id, at=MONDAY_0930, by=firm_owner())
    with pytest.raises(ValidationError, match="reopen it"):
        feedback.link_repeat_contact(item.id, second.id, by=firm_owner())


def test_the_inbox_lists_unresolved_items_oldest_first(make_client):
    a, b = make_client("Acme"), make_client("Birch")
    newer = feedback.open_feedback(a.id, "Newer", raised_at=MONDAY_0930, by=firm_owner())
    older = feedback.open_feedback(b.id, "Older", raised_at=FRIDAY_1730, by=firm_owner())
    done = feedback.open_feedback(a.id, "Done", raised_at=dt.datetime(2026, 3, 1), by=firm_owner())
    feedback.resolve_feedback(done.id, at=MONDAY_0930, by=firm_owner())
    rows = feedback.inbox(dt.datetime(2026, 3, 11, 12), CAL)
    assert [r.id for r in rows] == [older.id, newer.id]
    assert rows[0].client_name == "Birch" and rows[0].clock.ack_overdue
    assert feedback.inbox_count() == 2
    assert [r.id for r in feedback.inbox(dt.datetime(2026, 3, 11), CAL, offset=1, limit=5)] == [newer.id]


def test_overdue_counts_per_client(make_client):
    a, b = make_client(), make_client()
    feedback.open_feedback(a.id, "Old", raised_at=dt.datetime(2026, 3, 2, 9), by=firm_owner())
    feedback.open_feedback(a.id, "Older", raised_at=dt.datetime(2026, 3, 2, 8), by=firm_owner())
    heard = feedback.open_feedback(b.id, "Heard", raised_at=dt.datetime(2026, 3, 2, 9), by=firm_owner())
    feedback.acknowledge_feedback(heard.id, at=dt.datetime(2026, 3, 2, 10), by=firm_owner())
    feedback.open_feedback(b.id, "Fresh", raised_at=dt.datetime(2026, 3, 4, 9), by=firm_owner())
    assert feedback.overdue_feedback_counts(dt.datetime(2026, 3, 4, 12), CAL) == {a.id: 2}


def test_client_feedback_shows_open_first_then_resolved_newest_first(make_client):
    client = make_client()
    r1 = feedback.open_feedback(client.id, "R1", raised_at=dt.datetime(2026, 3, 2, 9), by=firm_owner())
    r2 = feedback.open_feedback(client.id, "R2", raised_at=dt.datetime(2026, 3, 3, 9), by=firm_owner())
    still = feedback.open_feedback(client.id, "Open", raised_at=dt.datetime(2026, 3, 4, 9), by=firm_owner())
    for item in (r1, r2):
        feedback.resolve_feedback(item.id, at=dt.datetime(2026, 3, 5, 9), by=firm_owner())
    rows = feedback.client_feedback(client.id, dt.datetime(2026, 3, 6), CAL)
    assert [r.summary for r in rows] == [still.summary, "R2", "R1"]


def test_open_feedback_names_bad_fields(make_client):
    with pytest.raises(ValidationError) as caught:
        feedback.open_feedback(make_client().id, "", severity="apocalyptic", owner=999, by=firm_owner())
    assert caught.value.fields() == {"summary", "severity", "owner"}


def test_the_client_list_rows_carry_overdue_feedback(make_client):
    from app.journal import queries

    late, fine = make_client("Late"), make_client("Fine")
    feedback.open_feedback(late.id, "Old", raised_at=dt.datetime(2020, 3, 2, 9), by=firm_owner())
    feedback.open_feedback(fine.id, "Just now", raised_at=dt.datetime.now().replace(microsecond=0), by=firm_owner())
    rows = {r.name: r.overdue_feedback for r in queries.client_rows()}
    assert rows == {"Late": 1, "Fine": 0}
