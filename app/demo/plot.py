"""The routine of a demo client's year: contract and stage history, ordinary weeks, renewals,
yearly price talks, the mood curve and stage one (courtship). app.demo.scenarios bends it."""

import datetime as dt
import math

from app.demo import episodes as E
from app.demo.story import Teller

DAY = dt.timedelta(days=1)


# ---- the shared routine ------------------------------------------------------------------

def routine(t: Teller, first: dt.date, last: dt.date, *, complaint_p: float = 0.05, answer: str = "fast",
            gap_factor: float = 0.7) -> None:
    """A contracted client's ordinary weeks between two days."""
    rng = t.rng
    gap = max(3.0, min(40.0, (t.spec.rhythm or 21) * gap_factor))
    day = t.workday(first + rng.randint(0, 3) * DAY)
    review = first + rng.randint(15, 80) * DAY
    while day < last:
        roll = rng.random()
        if roll < 0.58:
            E.order_cycle(t, day, complaint_p, answer)
        elif roll < 0.74:
            E.checkin(t, day)
        elif roll < 0.83:
            E.information(t, day)
        elif roll < 0.86 and len(t.story.feedback) < 12:
            E.suggestion(t, day)
        elif roll < 0.91 and t.mood(day) > 0.2:
            E.praise(t, day)
        elif roll < 0.93:
            E.goodwill(t, day)
        else:
            E.checkin(t, day)
        if day >= review:
            E.review_meeting(t, t.add_workdays(day, 2))
            review = day + rng.randint(80, 100) * DAY
        step = max(1, round(gap * rng.uniform(0.5, 1.5)))
        day = t.workday(day + min(step, (t.spec.rhythm or 60) - 4) * DAY)
    for year in range(first.year, last.year + 1):
        greeting = dt.date(year, 12, rng.randint(20, 27))
        if first <= greeting <= last and rng.random() < 0.7:
            E.goodwill(t, greeting)


def contract(t: Teller, ends_in: tuple[int, int]) -> None:
    """Contract dates and the stage history before the journal's time: the client has been ours for years."""
    rng, story = t.rng, t.story
    story.contract_end = t.today + rng.randint(*ends_in) * DAY
    years = rng.randint(2, 6)
    story.contract_start = _years_before(story.contract_end, years)
    _won(t, story.contract_start)


def new_contract(t: Teller) -> dt.date:
    """A client won during the journal's time, after a proper qualification; returns the day it signed."""
    won = t.workday(t.today - t.rng.randint(150, 270) * DAY)
    t.story.contract_start, t.story.contract_end = won, _years_before(won, -1)
    courtship(t, won - 62 * DAY, won - 5 * DAY)
    _won(t, won)
    return won


def _won(t: Teller, signed: dt.date) -> None:
    story, rng = t.story, t.rng
    found, judged = signed - rng.randint(45, 70) * DAY, signed - rng.randint(15, 30) * DAY
    story.stage_changes += [(t.time_on(found), None, "prospect", t.manager, ""),
                            (t.time_on(judged), "prospect", "qualified", t.manager, ""),
                            (t.time_on(signed), "qualified", "contracted", t.manager, t.book.STAGE_NOTES["contracted"])]
    qualify(t, t.time_on(judged), "interesting")


def qualify(t: Teller, at: dt.datetime, decision: str) -> None:
    rng = t.rng
    met = [1, 2, 3, 4, 5] if decision == "interesting" else [5]
    if decision == "interesting" and rng.random() < 0.5:
        met.remove(rng.choice((4, 5)))
    score = round(sum(PORTRAIT_WEIGHTS[i - 1] for i in met) / sum(PORTRAIT_WEIGHTS) * 100)
    rng.random()  # drawn as before (it once chose the owner), so the rest of the sample firm stays the same
    who = t.manager  # sales decides stage one: the sample firm's owner does not sell
    t.story.qualifications.append((at, decision, rng.choice(t.book.QUALIFY[decision]), score, met, who))


PORTRAIT_WEIGHTS = (3.0, 2.5, 2.0, 1.5, 1.0)


def renewals(t: Teller, first: dt.date, last: dt.date) -> None:
    """Each anniversary inside the journal's time was renewed at the table, or just talked through."""
    rng, end = t.rng, t.story.contract_end
    for years in range(1, 4):
        anniversary = _years_before(end, years)
        opened = anniversary - rng.randint(35, 45) * DAY
        if not (first <= opened and anniversary <= last):
            continue
        if rng.random() < 0.6:
            E.negotiation(t, "renewal", t.workday(opened), rounds=rng.randint(2, 3))
        else:
            t.log(t.time_on(opened), "renewal_talk", "update", t.pick(("meeting", 1), ("call", 2)), "outbound",
                  offset=0.5, person=t.contact("boss"))


def yearly_prices(t: Teller, first: dt.date, last: dt.date, chance: float = 0.35) -> None:
    rng = t.rng
    for year in range(first.year, last.year + 1):
        opened = dt.date(year, 1, rng.randint(12, 28))
        if first <= opened <= last - 40 * DAY and rng.random() < chance:
            E.negotiation(t, rng.choice(("price", "price", "volume", "terms")), t.workday(opened),
                          rounds=rng.randint(2, 4))


def contracted(t: Teller, ends_in=(95, 330), first: dt.date | None = None, last: dt.date | None = None,
               talks_until: dt.date | None = None, **kwargs) -> tuple[dt.date, dt.date]:
    """The full steady year of a contracted client; scenarios add their trouble on top."""
    if t.spec.new:
        first = max(first or t.start, new_contract(t))
    else:
        contract(t, ends_in)
        first = first or t.start
    last = last or t.today
    routine(t, first, last, **kwargs)
    if not t.spec.new:
        renewals(t, first, min(last, t.today - 75 * DAY))
    yearly_prices(t, first, min(last, talks_until or last))
    return first, last


def keep_in_touch(t: Teller) -> None:
    """A contracted client the firm has not lost touch with hears from it within its rhythm."""
    rhythm = t.spec.rhythm or 30
    last = max((e.at.date() for e in t.story.events), default=t.start)
    if (t.today - last).days > rhythm // 2:
        day = t.today - t.rng.randint(0, max(1, rhythm // 3)) * DAY
        while not t.is_workday(day) and day > last:
            day -= DAY
        E.checkin(t, day)


def mood_curve(t: Teller, base: float, turn: dt.date | None = None, low: float = 0.0) -> None:
    """The client's mood: steady around base, and after `turn` sliding down to `low` at today."""
    wobble = t.rng.uniform(0, 6.28)

    def mood(day: dt.date) -> float:
        value = base + 0.2 * math.sin(day.toordinal() / 29 + wobble)
        if turn and day > turn:
            share = min(1.0, (day - turn).days / max(1, (t.today - turn).days))
            value += (low - base) * share
        return value

    t.mood = mood


def courtship(t: Teller, first: dt.date, last: dt.date) -> None:
    """Stage one: first contact, a meeting, samples, a proposal and the follow-ups."""
    rng = t.rng
    web, fair, cold = t.book.PHRASES["prospect_first"]  # how we met: the website, a fair, a cold call
    met = rng.choice(((web, "request", "email", "inbound"), (fair, "update", "meeting", "outbound"),
                      (cold, "update", "call", "outbound")))
    steps = [met, ("prospect_meeting", "update", t.pick(("meeting", 2), ("visit", 1)), "outbound"),
             ("prospect_samples", "update", t.pick(("email", 1), ("other", 1)), "outbound"),
             ("prospect_proposal", "update", "email", "outbound"),
             ("prospect_followup", "update", t.pick(("call", 2), ("email", 1)), "outbound")]
    day = t.workday(first)
    span = max(5, (last - first).days // len(steps))
    for n, (words, kind, channel, direction) in enumerate(steps):
        if day > last:
            break
        t.log(t.time_on(day), [words] if n == 0 else words, kind, channel, direction, offset=0.2,
              person=t.contact("boss" if n else "buyer"), effort=1 if kind == "request" else None,
              follow_up_in=rng.randint(3, 8) if words in ("prospect_proposal", "prospect_samples") else None)
        day = t.workday(day + rng.randint(max(2, span // 2), span) * DAY)


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def settle_follow_ups(t: Teller) -> None:
    """Most promises are kept on the day, a few late; the last week's may still be open."""
    rng, today = t.rng, t.today
    for event in t.story.events:
        due = event.follow_up_due
        if due is None:
            continue
        roll = rng.random()
        if due > today:
            done = today if roll < 0.1 and event.at.date() < today else None
        elif roll < 0.82:
            done = max(event.at.date(), due - rng.randint(0, 1) * DAY)
        elif roll < 0.95 or due < today - 7 * DAY:
            done = due + rng.randint(1, 6) * DAY
        else:
            done = None
        event.follow_up_done = done if done and done <= today else None

