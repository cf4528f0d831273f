"""A gradual slide in mood is read from the newest entries, and complaints that were heard are not
read as a fall in mood: a slide is flagged within its first weeks, a steady client who complained
twice this month (and was answered within the hour) is not."""

import datetime as dt

from app.health.score import health_at
from app.hear import feedback
from app.journal import records as journal
from tests.authors import firm_owner, signing_author

TURN = dt.date(2026, 5, 4)  # a Monday: the slide (or the month with two complaints) begins
USUAL = (1, 1, 0, 1, 2, 1)  # a content client: mostly +1, now and then a lukewarm or a glowing entry
SLIDE = (1, 0, 0, -1, -1, -1, -1, -2)  # every four days from the turn, worse by degrees


def day(offset: int) -> dt.date:
    return TURN + dt.timedelta(days=offset)


def log(client, when: dt.date, sentiment: int, hour: int = 11, **fields):
    fields.setdefault("kind", "update")
    return journal.log_interaction(author=signing_author(), client=client.id, channel="call", summary="Call",
                                   occurred_at=dt.datetime.combine(when, dt.time(hour)), sentiment=sentiment,
                                   **fields)


def content_until(client, last: dt.date) -> None:
    """Half a year of contact every four days, at the client's usual mood."""
    when, n = TURN - dt.timedelta(days=240), 0
    while when <= last:
        log(client, when, USUAL[n % len(USUAL)])
        when, n = when + dt.timedelta(days=4), n + 1


def heard_complaint(client, when: dt.date) -> None:
    entry = log(client, when, -2, hour=10, kind="complaint", direction="inbound", effort=3)
    item = feedback.Feedback.get(feedback.Feedback.interaction == entry.id)
    feedback.acknowledge_feedback(item.id, at=item.raised_at + dt.timedelta(hours=1), by=firm_owner())
    feedback.resolve_feedback(item.id, at=item.raised_at + dt.timedelta(days=2), by=firm_owner())


def test_a_gradual_slide_is_flagged_from_its_newest_entries(make_client):
    client = make_client("Sliding", contract_end=day(300))
    content_until(client, day(-1))
    for k, sentiment in enumerate(SLIDE):
        log(client, day(4 * k), sentiment)
    assert not health_at(client.id, day(-1)).reasons  # content before the turn
    assert not any(health_at(client.id, day(offset)).warning for offset in range(0, 20, 2))
    health = health_at(client.id, day(20))  # the sixth entry of the slide
    mood = next(r for r in health.reasons if r.factor == "sentiment")
    # the month's mean (about 0 over eight entries, three of them from before the turn) is no sure
    # fall yet; the latest days that hold four entries (0, -1, -1, -1 since day 8) are
    assert (mood.values["days"], mood.values["count"], mood.values["recent"]) == (13, 4, -0.75)
    assert mood.points <= -25 and health.warning
    assert "over the last 13 days" in mood.detail


def test_the_newest_entries_alone_are_not_a_slide_when_they_are_usual(make_client):
    client = make_client("Content", contract_end=day(300))
    content_until(client, day(28))
    assert all(not health_at(client.id, day(offset)).reasons for offset in range(0, 29, 2))


def test_a_month_with_two_heard_complaints_and_lukewarm_calls_is_no_slide(make_client):
    client = make_client("Complained twice", contract_end=day(300))
    content_until(client, day(-1))
    for offset, sentiment in ((0, 0), (8, 0), (12, 0), (20, 0), (24, 0)):
        log(client, day(offset), sentiment)
    for offset in (4, 16):
        heard_complaint(client, day(offset))
    health = health_at(client.id, day(25))
    # the complaints' own ratings (-2) are the problems', and each was acknowledged within the hour
    assert not any(r.factor in ("sentiment", "feedback_clock") for r in health.reasons), health.reasons
    assert health.band == "healthy" and not health.warning

