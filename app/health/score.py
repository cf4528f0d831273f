"""The health of a client at any date: a score 0..100, its band, the 30-day trend and the reasons.

The score is 100 plus the (negative) points of every factor (app.health.factors), clamped
to 0..100. An early warning stands when the client has crossed into a worse band than 30 days
before and holds there (warning_margin points below the band it left), or has lost `warning_drop`
(15) points or more since then and is no longer healthy. Only what the journal knew at
the date counts (app.health.facts), so any past day can be replayed.
"""

import datetime as dt
from dataclasses import dataclass, field

from app.common.busy import collector_paused, stepping
from app.common.progress import Progress, no_progress
from app.health import settings as health_settings
from app.health.factors import Reason, reasons_for, score_at
from app.health.facts import ClientFacts, collect_facts_at, collect_trend_facts
from app.hear.working_time import WorkCalendar

BANDS = ("healthy", "watch", "at_risk", "souring")  # best first
BAND_FLOORS = {"healthy": 80, "watch": 60, "at_risk": 40, "souring": 0}
PULSE_BAND = {"good": "healthy", "uneasy": "watch", "bad": "souring"}  # what each reading claims
TREND_DAYS = 30
HEALTH_STAGES = ("contracted", "paused")  # the policy applies once a contract is signed

__all__ = ["BANDS", "ClientHealth", "Reason", "band_of", "firm_health", "health_at", "portfolio_and_history",
           "score_history"]


def band_of(score: int) -> str:
    for band in BANDS:
        if score >= BAND_FLOORS[band]:
            return band
    return "souring"


def bands_apart(a: str, b: str) -> int:
    return abs(BANDS.index(a) - BANDS.index(b))


@dataclass
class ClientHealth:
    """A client's health at a date, with what the screens show beside it."""

    client_id: int
    client: str
    score: int
    band: str
    trend_30d: int
    warning: bool
    reasons: list[Reason] = field(default_factory=list)
    as_of: dt.date | None = None
    stage: str = ""
    segment: str = ""
    manager_id: int | None = None
    manager_name: str = ""
    last_contact: dt.datetime | None = None
    open_feedback: int = 0
    open_negotiations: int = 0
    promises_due: int = 0
    promises_kept: int = 0
    pulse_reading: str | None = None
    pulse_at: dt.date | None = None
    pulse_comment: str = ""
    why_now: list[tuple[str, int]] = field(default_factory=list)  # (factor, points lost in 30 days), worst first

    @property
    def previous_score(self) -> int:
        return self.score - self.trend_30d

    @property
    def pulse_disagrees(self) -> bool:
        """The manager's reading and the computed band are two bands or more apart."""
        return self.pulse_reading in PULSE_BAND and bands_apart(PULSE_BAND[self.pulse_reading], self.band) >= 2

    def as_json(self) -> dict:
        """Exactly the object `rapport health --json` prints (shared/DOMAIN.md)."""
        return {"client_id": self.client_id, "client": self.client, "score": self.score, "band": self.band,
                "trend_30d": self.trend_30d, "warning": self.warning,
                "reasons": [{"factor": r.factor, "points": r.points, "detail": r.detail} for r in self.reasons]}


def score_of(reasons: list[Reason]) -> int:
    return max(0, min(100, 100 + sum(r.points for r in reasons)))


def _scores(facts: dict[int, ClientFacts], settings: dict, as_of: dt.date) -> dict[int, tuple[int, list]]:
    out = {}
    for client_id, f in stepping(facts.items()):
        reasons = reasons_for(f, settings, as_of)
        out[client_id] = (score_of(reasons), reasons)
    return out


def is_warning(score: int, previous: int, settings: dict) -> bool:
    """An alarm, not a note: a crossing into a worse band that holds (the score clearly below the
    band left, by warning_margin points), or a loss of warning_drop points inside a band below
    "healthy". A fall inside "healthy", or just over its edge, is a note on the trend, never a warning."""
    band, before = band_of(score), band_of(previous)
    crossed = BANDS.index(band) > BANDS.index(before) and score <= BAND_FLOORS[before] - settings["warning_margin"]
    dropped = previous - score >= settings["warning_drop"] and band == before != "healthy"
    return crossed or dropped


def why_now(reasons: list[Reason], before: list[Reason]) -> list[tuple[str, int]]:
    """The factors that took more points now than 30 days before, and how many more: why now."""
    then = {r.factor: r.points for r in before}
    worse = [(r.factor, r.points - then.get(r.factor, 0)) for r in reasons if r.points < then.get(r.factor, 0)]
    return sorted(worse, key=lambda item: item[1])


def _health(f: ClientFacts, score: int, reasons: list, previous: int, before: list[Reason], settings: dict,
            as_of: dt.date) -> ClientHealth:
    band = band_of(score)
    warning = is_warning(score, previous, settings)
    return ClientHealth(
        f.client_id, f.name, score, band, score - previous, warning, reasons, as_of, f.stage, f.segment,
        f.manager_id, f.manager_name, f.last_contact, f.open_feedback, f.open_negotiations, f.promises_due,
        f.promises_kept, f.pulse_reading, f.pulse_at, f.pulse_comment, why_now(reasons, before))


def firm_health(as_of: dt.date, client_ids: list[int] | None = None, settings: dict | None = None,
                stages: tuple[str, ...] = HEALTH_STAGES) -> list[ClientHealth]:
    """Health of every client in stages at as_of (or of client_ids), worst first, set-based."""
    settings = settings or health_settings.load()
    calendar = WorkCalendar.load()
    before = as_of - dt.timedelta(days=TREND_DAYS)

    def read() -> list[ClientHealth]:  # its facts are freed before the collector runs again
        facts, past_facts = collect_trend_facts(as_of, before, settings, client_ids, calendar, stages)
        return _portfolio(facts, past_facts, settings, as_of)

    with collector_paused():
        return read()


def _portfolio(facts: dict[int, ClientFacts], past_facts: dict[int, ClientFacts], settings: dict,
               as_of: dt.date, now: dict[int, tuple[int, list]] | None = None) -> list[ClientHealth]:
    """Each client of facts with its trend against past_facts, worst first."""
    if not facts:
        return []
    before = as_of - dt.timedelta(days=TREND_DAYS)
    past = _scores({cid: past_facts[cid] for cid in facts if cid in past_facts}, settings, before)  # only those shown
    now = now if now is not None else _scores(facts, settings, as_of)
    result = [_health(facts[cid], score, reasons, *past.get(cid, (100, [])), settings, as_of)
              for cid, (score, reasons) in stepping(now.items(), 256)]
    result.sort(key=lambda h: (h.score, h.trend_30d, h.client.casefold()))
    return result


def health_at(client_id: int, as_of: dt.date) -> ClientHealth:
    """One client's health at as_of, whatever its stage (a prospect's score means little)."""
    from app.journal.records import get_client

    get_client(client_id)  # NotFound names the id
    return firm_health(as_of, [client_id], stages=())[0]


def score_history(dates: list[dt.date], client_ids: list[int] | None = None,
                  progress: Progress = no_progress) -> dict[int, list[int | None]]:
    """Scores at each date per client (None where the client was outside HEALTH_STAGES then).

    All the dates are read in the same passes over the journal, then scored date by date."""
    settings = health_settings.load()
    stages = () if client_ids is not None else HEALTH_STAGES

    def read() -> dict[int, list[int | None]]:  # its facts are freed before the collector runs again
        facts = collect_facts_at([(day, stages) for day in dates], settings, client_ids, WorkCalendar.load(),
                                 _reading(progress, len(dates)))
        return _history(dates, facts, settings, progress)

    with collector_paused():
        return read()


def portfolio_and_history(as_of: dt.date, dates: list[dt.date], progress: Progress = no_progress
                          ) -> tuple[list[ClientHealth], dict[int, list[int | None]]]:
    """firm_health(as_of) and score_history(dates) together, every day read in the same passes
    (as_of, the day TREND_DAYS before it and every history date): the dashboard's one read."""
    settings = health_settings.load()
    before = as_of - dt.timedelta(days=TREND_DAYS)
    days = list(dates) if as_of in dates else [*dates, as_of]

    def read() -> tuple[list[ClientHealth], dict[int, list[int | None]]]:  # its facts are freed first
        facts = collect_facts_at([*((day, HEALTH_STAGES) for day in days), (before, ())], settings, None,
                                 WorkCalendar.load(), _reading(progress, len(dates)))
        now_facts, past_facts = facts[days.index(as_of)], facts[-1]
        now = _scores(now_facts, settings, as_of)
        history = _history(dates, facts[:len(dates)], settings, progress, {as_of: now})
        return _portfolio(now_facts, past_facts, settings, as_of, now), history

    with collector_paused():
        return read()


def _reading(progress: Progress, dates: int) -> Progress:
    """The reading passes as the first half of a progress over 2 x dates steps."""
    return lambda done, total, message: progress(dates * done // max(total, 1), 2 * dates, message)


def _history(dates, facts_on, settings, progress, scored=None) -> dict[int, list[int | None]]:
    """Scores at each date from the facts of each date (scored: dates whose scores are known)."""
    out: dict[int, list[int | None]] = {}
    for i, (day, facts) in enumerate(zip(dates, facts_on, strict=True)):
        progress(len(dates) + i, 2 * len(dates), day.isoformat())
        known = (scored or {}).get(day)
        scores = ({cid: score for cid, (score, _reasons) in known.items()} if known is not None
                  else {cid: score_at(f, settings, day) for cid, f in stepping(facts.items(), 256)})
        for client_id, score in scores.items():
            out.setdefault(client_id, [None] * len(dates))[i] = score
    progress(2 * len(dates), 2 * len(dates), "")
    return out


def history_dates(as_of: dt.date, count: int, step_days: int) -> list[dt.date]:
    """count dates ending with as_of, step_days apart, oldest first."""
    return [as_of - dt.timedelta(days=step_days * k) for k in range(count - 1, -1, -1)]
