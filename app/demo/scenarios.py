"""Each demo scenario: the steady majority and the different ways a relationship goes sour.

tell() runs one client's scenario and returns its Story. The souring ones are what the health
score, the Today list and the dashboard are meant to catch: silence, complaints left unanswered,
a negotiation in deadlock, falling sentiment, stance drift, a contract running out unmentioned,
promises not kept."""

import datetime as dt
import random

from app.demo import episodes as E
from app.demo.cast import ClientSpec
from app.demo.plot import (
    DAY,
    contracted,
    courtship,
    keep_in_touch,
    mood_curve,
    qualify,
    routine,
    settle_follow_ups,
)
from app.demo.story import Story, Teller


def tell(spec: ClientSpec, rng: random.Random, start: dt.date, today: dt.date,
         holidays: frozenset[dt.date]) -> Story:
    t = Teller(spec, rng, start, today, holidays)
    PLOTS[spec.scenario](t)
    t.horizon = dt.datetime.combine(today, dt.time(23, 59))
    if t.story.stage == "contracted" and spec.scenario != "silent":
        keep_in_touch(t)
    settle_follow_ups(t)
    if spec.scenario == "overdue":
        _break_promises(t)
    t.story.events.sort(key=lambda e: e.at)
    return t.story


def _honest_pulses(t: Teller, last: dt.date | None = None) -> None:
    E.pulses(t, max(t.start, t.story.contract_start), last or t.today, blind=t.spec.blind)


def steady(t: Teller) -> None:
    mood_curve(t, 0.75)
    contracted(t)
    _honest_pulses(t)


def renewing(t: Teller) -> None:
    """Steady, with the contract ending soon and the renewal properly on the table."""
    mood_curve(t, 0.7)
    contracted(t, ends_in=(62, 80))
    opened = t.add_workdays(t.today - 24 * DAY, 0)
    E.negotiation(t, "renewal", opened, rounds=4, gap=(7, 10))
    _honest_pulses(t)


def demanding(t: Teller) -> None:
    """Many complaints, each heard within hours and put right within days: the mood recovers."""
    mood_curve(t, 0.35)
    first, last = contracted(t, complaint_p=0.2)
    rng = t.rng
    day = first + rng.randint(10, 30) * DAY
    while day < last:
        E.complaint(t, t.workday(day))
        if rng.random() < 0.35:
            E.praise(t, t.add_workdays(day, rng.randint(5, 9)))
        day += rng.randint(18, 35) * DAY
    for _ in range(2):
        when = t.workday(first + rng.randint(30, 480) * DAY)
        t.log(t.time_on(when), "misconduct", "update", "call", "inbound", sentiment=-2, effort=3,
              tags=["client_misconduct"])
    E.negotiation(t, "claim", t.workday(first + rng.randint(120, 300) * DAY), rounds=3)
    _honest_pulses(t)


def quiet(t: Teller) -> None:
    mood_curve(t, 0.8)
    contracted(t, complaint_p=0.02, gap_factor=0.8)
    _honest_pulses(t)


def silent(t: Teller) -> None:
    """The client simply stops answering: no contact for two to three times its rhythm."""
    quiet_since = t.today - round(t.spec.rhythm * t.rng.uniform(2.3, 3.0)) * DAY
    mood_curve(t, 0.5, turn=quiet_since - 60 * DAY, low=-0.8)
    t.horizon = dt.datetime.combine(quiet_since, dt.time(18))
    contracted(t, last=quiet_since)
    t.log(t.time_on(quiet_since - 6 * DAY), "cool", "update", "email", "inbound", offset=-0.6)
    _honest_pulses(t, last=quiet_since + 10 * DAY)


def turning_sour(t: Teller, days: int, base: float, low: float, **routine_kwargs) -> None:
    """A steady year until `days` ago, then the mood slides and the routine changes."""
    turn = t.today - days * DAY
    mood_curve(t, base, turn=turn, low=low)
    contracted(t, last=turn)
    routine(t, turn, t.today, **routine_kwargs)


def unanswered(t: Teller) -> None:
    """Complaints sit in the inbox: the client chases, escalates, and is still waiting."""
    rng, today = t.rng, t.today
    turning_sour(t, 50, 0.5, -1.5, complaint_p=0.0)
    older = E.complaint(t, t.workday(today - 36 * DAY), answer="never", chase_limit=2, issue="diecut")
    if older:
        called = t.time_on(t.workday(today - 21 * DAY))
        t.log(called, "escalation", "escalation", "call", "inbound", offset=-2, effort=5,
              author="andriy", slots={**t.order_slots(), "issue": t.book.ISSUES["diecut"]["about"]})
        owner_ack = t.log(t.after_work_hours(called, 2), "ack", "update", "call", "outbound", offset=-0.5,
                          tags=["hear"], author="andriy", person=older.raised.contact,
                          slots={**t.order_slots(), "issue": t.book.ISSUES["diecut"]["about"]})
        older.acknowledged_at = owner_ack.at if owner_ack else None
    E.complaint(t, t.workday(today - 16 * DAY), answer="never", issue=rng.choice(("late", "short", "damage")))
    _honest_pulses(t)


def deadlock(t: Teller) -> None:
    """A hard question driven into a deadlock: the target date passed, the promises not kept."""
    rng, today = t.rng, t.today
    opened = t.workday(today - rng.randint(62, 75) * DAY)
    mood_curve(t, 0.5, turn=opened, low=-0.9)
    contracted(t)
    escalate = t.spec.lang == "ru"
    if escalate:
        E.complaint(t, opened - 8 * DAY, issue="color", answer="fast")
    E.negotiation(t, "claim" if escalate else "price", opened, ending="escalated" if escalate else "deadlock",
                  rounds=4, gap=(9, 13))
    t.log(t.time_on(today - 9 * DAY), "cool", "update", "call", "inbound", offset=-0.8)
    _honest_pulses(t)


def falling(t: Teller) -> None:
    """The mood slides over the last two months: slower answers, curt replies, talk of competitors."""
    rng, today = t.rng, t.today
    turning_sour(t, 75, 0.9, -1.6, complaint_p=0.25, answer="slow")
    for back in sorted(rng.sample(range(3, 40), 4), reverse=True):
        t.log(t.time_on(today - back * DAY), "cool", "update", t.pick(("call", 2), ("email", 2)), "inbound",
              offset=-0.7, notes_p=0.5)
    _honest_pulses(t)


def drift(t: Teller) -> None:
    """The manager slips out of the policy: dismissive, capitulating or punishing answers."""
    rng, today = t.rng, t.today
    turning_sour(t, 50, 0.5, -0.9, complaint_p=0.15, answer="dismissive")
    E.complaint(t, t.workday(today - 30 * DAY), answer="dismissive")
    stances = rng.sample(["dismissive", "capitulating", "punishing", "capitulating", "punishing"], 4)
    for n, stance in enumerate(stances):
        day = t.workday(today - (40 - n * 9 + rng.randint(0, 4)) * DAY)
        t.log(t.time_on(day), stance, "update", t.pick(("call", 2), ("email", 1)), "outbound",
              offset=-1.2 if stance != "capitulating" else -0.4, tags=[stance], notes_p=0.4)
    _honest_pulses(t)


def ending(t: Teller) -> None:
    """All looks fine, but the contract runs out within two months and nobody has raised it."""
    mood_curve(t, 0.7)
    contracted(t, ends_in=(32, 58), talks_until=t.today - 120 * DAY)
    _honest_pulses(t)


def overdue(t: Teller) -> None:
    """Promises to call back or send something, made and then not kept."""
    mood_curve(t, 0.6, turn=t.today - 40 * DAY, low=0.0)
    contracted(t)
    opened = t.workday(t.today - t.rng.randint(40, 50) * DAY)
    deal = E.negotiation(t, "volume", opened, rounds=2, gap=(5, 7))
    deal.actions[:] = [(text, owner, due, None) for text, owner, due, _ in deal.actions]
    _honest_pulses(t)


def _break_promises(t: Teller) -> None:
    """The last month's follow-ups left undone, and a few more promised and forgotten."""
    recent = [e for e in t.story.events if t.today - 30 * DAY <= e.at.date() < t.today - 2 * DAY
              and e.direction == "outbound"]
    for event in t.rng.sample(recent, min(4, len(recent))):
        promised = t.add_workdays(event.at.date(), t.rng.randint(1, 4))
        event.follow_up_due = event.follow_up_due or min(promised, t.today - DAY)
    for event in recent:
        if event.follow_up_due and event.follow_up_due <= t.today:
            event.follow_up_done = None


def paused(t: Teller) -> None:
    """Orders on hold since a few months; the manager checks in now and then."""
    rng, today = t.rng, t.today
    pause = t.workday(today - rng.randint(95, 150) * DAY)
    mood_curve(t, 0.5)
    t.horizon = dt.datetime.combine(pause, dt.time(9))
    contracted(t, last=pause)
    _honest_pulses(t, last=pause)
    t.horizon = dt.datetime.combine(today, dt.time(23, 59))
    at = t.time_on(pause, 11, 16)
    t.log(at, "pause", "update", "call", "inbound", offset=-0.3, person=t.contact("boss"))
    t.story.stage_changes.append((at, "contracted", "paused", t.manager, t.book.STAGE_NOTES["paused"]))
    day = pause + rng.randint(30, 50) * DAY
    while day < today:
        t.log(t.time_on(day), "paused_checkin", "update", t.pick(("call", 1), ("email", 1)), "outbound")
        day += rng.randint(35, 55) * DAY


def ended(t: Teller) -> None:
    """A relationship that ended during the year; its history stops there."""
    rng, today = t.rng, t.today
    end = t.workday(today - rng.randint(120, 280) * DAY)
    mood_curve(t, 0.4, turn=end - 60 * DAY, low=-0.8)
    t.horizon = dt.datetime.combine(end, dt.time(10))
    contracted(t, last=end - 3 * DAY)
    _honest_pulses(t, last=end - 3 * DAY)
    t.horizon = dt.datetime.combine(end, dt.time(18))
    t.story.contract_end = end
    at = t.time_on(end, 11, 17)
    t.log(at, "ended", "update", t.pick(("call", 1), ("email", 1), ("meeting", 1)), "inbound", offset=-0.6,
          person=t.contact("boss"))
    t.story.stage_changes.append((at, "contracted", "ended", t.manager, t.book.STAGE_NOTES["ended"]))


def prospect(t: Teller) -> None:
    first = t.today - t.rng.randint(12, 60) * DAY
    mood_curve(t, 0.4)
    t.story.stage_changes.append((t.time_on(first), None, "prospect", t.manager, ""))
    courtship(t, first, t.today)


def qualified(t: Teller) -> None:
    first = t.today - t.rng.randint(45, 100) * DAY
    judged = first + t.rng.randint(20, 35) * DAY
    mood_curve(t, 0.5)
    t.story.stage_changes += [(t.time_on(first), None, "prospect", t.manager, ""),
                              (t.time_on(judged), "prospect", "qualified", t.manager, "")]
    qualify(t, t.time_on(judged), "interesting")
    courtship(t, first, t.today)


def declined(t: Teller) -> None:
    rng = t.rng
    first = t.today - rng.randint(100, 260) * DAY
    judged = t.workday(first + rng.randint(14, 30) * DAY)
    mood_curve(t, 0.2)
    t.story.stage_changes += [(t.time_on(first), None, "prospect", t.manager, ""),
                              (t.time_on(judged, 14, 17), "prospect", "declined", t.manager, "")]
    courtship(t, first, judged - 3 * DAY)
    t.log(t.time_on(judged, 9, 13), "declined_note", "update", t.pick(("call", 1), ("email", 1)), "outbound",
          offset=-0.2, person=t.contact("boss"))
    qualify(t, t.time_on(judged, 14, 17), "not_interesting")


PLOTS = {name: globals()[name] for name in (
    "steady", "renewing", "demanding", "quiet", "silent", "unanswered", "deadlock", "falling", "drift",
    "ending", "overdue", "prospect", "qualified", "declined", "paused", "ended")}
