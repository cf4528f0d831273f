"""The factors of the health score: each judges one kind of fact and says, in words, why.

A factor takes a client's facts at a date (app.health.facts.ClientFacts) and the settings in
force, and returns a Reason or None. Points are negative (what the factor took off); the
numbers behind the sentence are kept in `values`, so a translated screen can word it itself.
"""

import datetime as dt
import math
from dataclasses import dataclass, field
from functools import lru_cache

from app.health.facts import ClientFacts, usual_gap

SPREAD_FLOOR = 0.8  # the least spread of sentiment assumed: a client always rated +1 still varies


@dataclass(frozen=True)
class Reason:
    """One factor's share of a score: its key, the points and the reason in plain words."""

    factor: str
    points: int
    detail: str
    values: dict = field(default_factory=dict, compare=False)
    sure: float = 1.0  # how sure the factor is that this is so: 1.0 for facts counted in the journal,
    # less for what is read from a sample (a mood against the client's baseline, a learned rhythm)


def normal_cdf(z: float) -> float:
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


@lru_cache(maxsize=64)
def z_for(confidence: float) -> float:
    """The one-sided z that a confidence (0.5..0.999) needs, by bisection on the normal CDF."""
    low, high = 0.0, 6.0
    for _ in range(40):
        mid = (low + high) / 2
        low, high = (mid, high) if normal_cdf(mid) < confidence else (low, mid)
    return high


def _capped(points: float, cap: float) -> int:
    return -int(round(min(max(points, 0.0), cap)))


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _sentiment_drop(f: ClientFacts, s: dict) -> tuple | None:
    """The sentiment factor's numbers: (n, recent, baseline, has_baseline, drop, error, sure_drop,
    days, points), or None when the mood did not surely fall.

    Two samples are judged against the same baseline: the whole recent window, and its latest days
    that hold sentiment_full_count rated entries (a slide shows first in the newest entries, and the
    month's mean dilutes it with the good weeks before); the one that is surer of a fall counts."""
    n = f.recent_sentiment_n
    if n < s["sentiment_min_count"]:
        return None
    nb = f.baseline_sentiment_n
    has_baseline = nb >= s["sentiment_min_count"]
    baseline = f.baseline_sentiment_sum / nb if has_baseline else 0.0
    spread = SPREAD_FLOOR
    if has_baseline and nb >= 2:
        variance = (f.baseline_sentiment_sq - nb * baseline * baseline) / (nb - 1)
        spread = max(SPREAD_FLOOR, math.sqrt(max(variance, 0.0)))
    samples = [(n, f.recent_sentiment_sum, int(s["sentiment_recent_days"]))]
    if f.latest_sentiment_n:
        samples.append((f.latest_sentiment_n, f.latest_sentiment_sum, f.latest_sentiment_days))
    best = None
    for count, total, days in samples:
        recent = total / count
        drop = baseline - recent
        error = spread * math.sqrt(1 / count + (1 / nb if has_baseline else 0))  # a neutral baseline is no sample
        if best is None or drop / error > best[4] / best[5]:
            best = (count, recent, baseline, has_baseline, drop, error, days)
    n, recent, baseline, has_baseline, drop, error, days = best
    if drop < s["sentiment_threshold"] or drop <= 0:
        return None
    if drop < z_for(s["sentiment_confidence"] / 100) * error:
        return None  # not sure enough that the mood fell at all
    sure_drop = drop - z_for(s["sentiment_sure_part"] / 100) * error
    weight = min(1.0, n / s["sentiment_full_count"])  # a handful of entries cannot take the whole cap
    points = _capped(sure_drop * s["sentiment_points"] * weight, s["sentiment_cap"] * weight)
    return n, recent, baseline, has_baseline, drop, error, sure_drop, days, points


def sentiment(f: ClientFacts, s: dict, as_of: dt.date) -> Reason | None:
    """Falling sentiment against the client's own baseline (neutral when it has none yet).

    Evidence, not noise: the drop counts only as far as the journal is sure of it. With the client's
    own spread of sentiment and the number of rated entries on each side, the points are taken from
    the smallest drop that holds at the stated confidence (a one-sided test), so three lukewarm
    entries cannot move a client a band, while a slide over many entries does. The mood is read
    from entries other than complaints (a complaint's rating is its problem's; how it was heard is
    the feedback factors' to judge), over the recent window or over its latest days holding
    sentiment_full_count entries, whichever is surer of a fall: a slide shows in the newest
    entries before the month's mean moves."""
    found = _sentiment_drop(f, s)
    if found is None:
        return None
    n, recent, baseline, has_baseline, drop, error, sure_drop, days, points = found
    against = f"the client's baseline of {baseline:+.1f}" if has_baseline else "a neutral baseline"
    return Reason("sentiment", points,
                  f"mean sentiment {recent:+.1f} over the last {days} days ({_plural(n, 'rated entry', 'rated entries')}) "
                  f"against {against}",
                  {"recent": round(recent, 2), "baseline": round(baseline, 2), "days": days,
                   "has_baseline": has_baseline, "count": n, "sure_drop": round(sure_drop, 2)},
                  sure=round(normal_cdf(drop / error), 3))


def feedback_clock(f: ClientFacts, s: dict, as_of: dt.date) -> Reason | None:
    """Feedback not acknowledged within its clock: still waiting counts more than answered late."""
    if not (f.unacknowledged or f.late_acknowledged):
        return None
    points = _capped(f.unacknowledged * s["unacknowledged_points"]
                     + f.late_acknowledged * s["late_acknowledged_points"], s["feedback_clock_cap"])
    parts = []
    if f.unacknowledged:
        parts.append(f"{_plural(f.unacknowledged, 'feedback item')} not acknowledged within a working day")
    if f.late_acknowledged:
        parts.append(f"{_plural(f.late_acknowledged, 'feedback item')} acknowledged late "
                     f"in the last {int(s['lookback_days'])} days")
    return Reason("feedback_clock", points, "; ".join(parts),
                  {"unacknowledged": f.unacknowledged, "late": f.late_acknowledged,
                   "days": int(s["lookback_days"])})


def reply_clock(f: ClientFacts, s: dict, as_of: dt.date) -> Reason | None:
    """Inbound emails, requests and feedback still unanswered past the firm's rule (the same working
    day by default): the client wrote and is waiting."""
    if not f.replies_overdue:  # most clients: skip building the sentence
        return None
    return _per_item("reply_clock", f.replies_overdue, s, "reply_overdue",
                     f"{_plural(f.replies_overdue, 'message')} from the client awaiting a reply past the firm's rule")


def negotiations(f: ClientFacts, s: dict, as_of: dt.date) -> Reason | None:
    """Negotiations in deadlock, escalated, or open past their target date."""
    if not (f.deadlocks or f.escalations or f.overdue_negotiations):
        return None
    points = _negotiation_points(f, s)
    parts = []
    if f.deadlocks:
        parts.append(f"{_plural(f.deadlocks, 'negotiation')} in deadlock")
    if f.escalations:
        parts.append(f"{_plural(f.escalations, 'negotiation')} escalated")
    if f.overdue_negotiations:
        parts.append(f"{_plural(f.overdue_negotiations, 'negotiation')} past the target date")
    return Reason("negotiations", points, "; ".join(parts),
                  {"deadlock": f.deadlocks, "escalated": f.escalations, "overdue": f.overdue_negotiations})


def _negotiation_points(f: ClientFacts, s: dict) -> int:
    return _capped(f.deadlocks * s["deadlock_points"] + f.escalations * s["escalated_points"]
                   + f.overdue_negotiations * s["overdue_negotiation_points"], s["negotiation_cap"])


def rhythm_days(f: ClientFacts, s: dict) -> tuple[float, str]:
    """The client's usual rhythm of contact: as agreed, else as lived over the last year once there
    is enough of it to learn from (rhythm_min_contacts days with contact), else the default."""
    if f.contact_every_days:
        return float(f.contact_every_days), "agreed"
    gap = usual_gap(f)
    if gap is not None and f.contact_days >= s["rhythm_min_contacts"]:
        return gap, "usual"
    return float(s["silence_default_rhythm_days"]), "default"


def _silence_numbers(f: ClientFacts, s: dict, as_of: dt.date) -> tuple | None:
    """The silence factor's numbers: (days, rhythm, source, since, sure, points), or None."""
    if f.stage == "paused":
        return None
    if f.last_contact is not None:
        since = f.last_contact.date()
    elif f.contract_start is not None and f.contract_start <= as_of:
        since = f.contract_start
    else:
        return None
    days = (as_of - since).days
    rhythm, source = rhythm_days(f, s)
    tolerated = rhythm * (1 + s["silence_grace"])
    if days <= tolerated:
        return None
    learned = source == "usual" and f.gap_sd is not None and f.gap_mean is not None
    if learned and f.gap_last_year and f.gap_last_year > max(tolerated, f.gap_mean + s["silence_spread"] * f.gap_sd):
        # a season: the client kept an unusual silence at this time last year (a summer lull, the
        # New Year), so this year's is no news until it runs a rhythm longer than that one
        tolerated += f.gap_last_year
        if days <= tolerated:
            return None
    elif learned:
        return _learned_silence(f, s, days, rhythm, since)
    beyond = days / rhythm - 1 if source != "usual" else (days - tolerated) / rhythm + s["silence_grace"]
    points = _capped(beyond * s["silence_points"], s["silence_cap"])
    return days, rhythm, source, since, 1.0, points


def _learned_silence(f: ClientFacts, s: dict, days: int, rhythm: float, since: dt.date) -> tuple | None:
    """Silence against the gaps the client lived over the year: how many of its own deviations
    longer than its mean gap. Counted from silence_spread deviations (a note, surer as it grows),
    with the whole cap at silence_full_spread: evidence, not a fixed multiple of the mean."""
    spread = max(f.gap_sd, 1.0)
    z = (days - f.gap_mean) / spread
    start, full = s["silence_spread"], max(s["silence_full_spread"], s["silence_spread"] + 0.1)
    if z <= start:
        return None
    share = min(1.0, (z - start) / (full - start))
    points = _capped(share * s["silence_cap"], s["silence_cap"])
    return days, rhythm, "usual", since, normal_cdf(z), points


def silence(f: ClientFacts, s: dict, as_of: dt.date) -> Reason | None:
    """Silence beyond the client's rhythm; a paused relationship expects none.

    An agreed rhythm is a promise: past it (and the grace) counts at once. A learned rhythm is an
    average of gaps that vary; silence counts once it is longer than the client's usual longest
    gaps (the mean gap plus silence_spread standard deviations), first as a note, and takes more
    points as the evidence grows, all of them at silence_full_spread deviations (with the usual
    3.5, a client's silence warns about as soon as it runs 3.25 deviations past its mean gap)."""
    found = _silence_numbers(f, s, as_of)
    if found is None:
        return None
    days, rhythm, source, since, sure, points = found
    never = f.last_contact is None
    what = f"no contact since the contract began {days} days ago" if never else f"no contact for {days} days"
    return Reason("silence", points, f"{what}; {source} rhythm every {rhythm:.0f} days",
                  {"days": days, "rhythm": round(rhythm), "rhythm_source": source, "never": never,
                   "since": since.isoformat()}, sure=round(sure, 3))


def _per_item(key: str, count: int, s: dict, setting: str, detail: str, days: int | None = None) -> Reason | None:
    """A factor that takes a fixed number of points per item, up to its cap."""
    if not count:
        return None
    points = _capped(count * s[f"{setting}_points"], s[f"{setting}_cap"])
    values = {"count": count} if days is None else {"count": count, "days": days}
    return Reason(key, points, detail, values)


def feedback_unresolved(f: ClientFacts, s: dict, as_of: dt.date) -> Reason | None:
    if not f.unresolved:  # most clients: skip building the sentence
        return None
    days = int(s["unresolved_days"])
    return _per_item("feedback_unresolved", f.unresolved, s, "unresolved",
                     f"{_plural(f.unresolved, 'feedback item')} unresolved after {days} days", days)


def promises_overdue(f: ClientFacts, s: dict, as_of: dt.date) -> Reason | None:
    if not f.overdue_promises:  # most clients: skip building the sentence
        return None
    what = _plural(f.overdue_promises, "promised follow-up or action", "promised follow-ups or actions")
    return _per_item("promises_overdue", f.overdue_promises, s, "overdue_promise", f"{what} overdue")


def promises_late(f: ClientFacts, s: dict, as_of: dt.date) -> Reason | None:
    if not f.late_promises:  # most clients: skip building the sentence
        return None
    days = int(s["lookback_days"])
    return _per_item("promises_late", f.late_promises, s, "late_promise",
                     f"{_plural(f.late_promises, 'promise')} kept after the date given, in the last {days} days",
                     days)


def stance_drift(f: ClientFacts, s: dict, as_of: dt.date) -> Reason | None:
    if not f.drift_count:  # most clients: skip building the sentence
        return None
    days = int(s["lookback_days"])
    return _per_item("stance_drift", f.drift_count, s, "drift",
                     f"{_plural(f.drift_count, 'interaction')} tagged dismissive, capitulating or punishing "
                     f"in the last {days} days", days)


def repeat_contacts(f: ClientFacts, s: dict, as_of: dt.date) -> Reason | None:
    if not f.repeat_contacts:  # most clients: skip building the sentence
        return None
    days = int(s["lookback_days"])
    return _per_item("repeat_contacts", f.repeat_contacts, s, "repeat_contact",
                     f"the client came back {_plural(f.repeat_contacts, 'time')} about the same problem "
                     f"in the last {days} days", days)


def effort(f: ClientFacts, s: dict, as_of: dt.date) -> Reason | None:
    if f.effort_n < s["effort_min_count"]:
        return None
    mean = f.effort_sum / f.effort_n
    if mean < s["effort_threshold"]:
        return None
    days = int(s["lookback_days"])
    points = _capped((mean - 3) * s["effort_points"], s["effort_cap"])
    return Reason("effort", points, f"the client's effort averaged {mean:.1f} of 5 over the last {days} days",
                  {"mean": round(mean, 2), "days": days})


def _renewal_due(f: ClientFacts, s: dict, as_of: dt.date) -> bool:
    """The contract ends within renewal_days (or ended up to that long ago) with no renewal talk."""
    window = int(s["renewal_days"])
    return -window <= (f.contract_end - as_of).days <= window and not (f.negotiation_contacts or f.recent_negotiations)


def contract_ending(f: ClientFacts, s: dict, as_of: dt.date) -> Reason | None:
    """A contract ending soon (or just ended, still marked contracted) with no renewal talk."""
    if f.contract_end is None or f.stage != "contracted":
        return None
    if not _renewal_due(f, s, as_of):
        return None
    days_left = (f.contract_end - as_of).days
    when = f"ends in {days_left} days" if days_left >= 0 else f"ended {-days_left} days ago"
    return Reason("contract_ending", _capped(s["renewal_points"], 100),
                  f"the contract {when} ({f.contract_end.isoformat()}) with no renewal talk",
                  {"days_left": days_left, "contract_end": f.contract_end.isoformat()})


def pulse(f: ClientFacts, s: dict, as_of: dt.date) -> Reason | None:
    if f.pulse_reading not in ("uneasy", "bad"):
        return None
    points = _capped(s[f"pulse_{f.pulse_reading}_points"], 100)
    return Reason("pulse", points, f"the account manager's pulse reads {f.pulse_reading} "
                  f"({f.pulse_at.isoformat()})",
                  {"reading": f.pulse_reading, "at": f.pulse_at.isoformat()})


FACTORS = (sentiment, feedback_clock, reply_clock, feedback_unresolved, negotiations, silence, promises_overdue,
           promises_late, stance_drift, effort, repeat_contacts, contract_ending, pulse)
FACTOR_KEYS = tuple(factor.__name__ for factor in FACTORS)


# the per-item factors of score_at: (fact, points per item, cap), as _per_item reads them
_PER_ITEM = tuple((fact, f"{setting}_points", f"{setting}_cap") for fact, setting in (
    ("overdue_promises", "overdue_promise"), ("late_promises", "late_promise"), ("drift_count", "drift"),
    ("repeat_contacts", "repeat_contact"), ("replies_overdue", "reply_overdue")))


def score_at(f: ClientFacts, s: dict, as_of: dt.date) -> int:
    """score_of(reasons_for(f, s, as_of)) without wording the reasons: the same numbers, summed
    (a score history needs thousands of scores and no sentences)."""
    points = 0
    if f.recent_sentiment_n >= s["sentiment_min_count"] and (found := _sentiment_drop(f, s)) is not None:
        points += found[-1]
    if f.unacknowledged or f.late_acknowledged:
        points += _capped(f.unacknowledged * s["unacknowledged_points"]
                          + f.late_acknowledged * s["late_acknowledged_points"], s["feedback_clock_cap"])
    if f.unresolved:
        points += _capped(f.unresolved * s["unresolved_points"], s["unresolved_cap"])
    if f.deadlocks or f.escalations or f.overdue_negotiations:
        points += _negotiation_points(f, s)
    if f.stage != "paused" and (found := _silence_numbers(f, s, as_of)) is not None:
        points += found[-1]
    for fact, per_item, cap in _PER_ITEM:
        if count := getattr(f, fact):
            points += _capped(count * s[per_item], s[cap])
    if f.effort_n >= s["effort_min_count"] and (mean := f.effort_sum / f.effort_n) >= s["effort_threshold"]:
        points += _capped((mean - 3) * s["effort_points"], s["effort_cap"])
    if f.contract_end is not None and f.stage == "contracted" and _renewal_due(f, s, as_of):
        points += _capped(s["renewal_points"], 100)
    if f.pulse_reading in ("uneasy", "bad"):
        points += _capped(s[f"pulse_{f.pulse_reading}_points"], 100)
    return max(0, min(100, 100 + points))


def reasons_for(f: ClientFacts, settings: dict, as_of: dt.date) -> list[Reason]:
    """Every factor that took points, worst first."""
    found = [r for factor in FACTORS if (r := factor(f, settings, as_of)) is not None and r.points]
    return sorted(found, key=lambda r: r.points)
