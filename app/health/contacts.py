"""Each client's contact with the firm at many dates, from one grouped pass over the interactions.

The windows of every date (recent and baseline sentiment, effort, renewal talk, the rhythm of
contact) cut time into slices; SQL sums each client's slices, and each window at each date is
the difference of two running totals (ContactTrack). A quiet client's rhythm reads a year back,
and a silent one's spread of gaps, in further grouped reads for those clients only.
"""

import datetime as dt
from array import array
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from peewee import fn

from app.common.busy import stepping
from app.common.progress import Progress, no_progress
from app.health.reading import ClientFacts, as_datetime, client_first, day_start, end_of, fetch_rows
from db.models import Client, Interaction
from db.portable import count_where, day_text

RHYTHM_WINDOW_DAYS = 365  # a client's usual rhythm of contact is read from the last year
SEASON_DAYS = 90  # and a season further back, for the silence it kept at this time last year
SEASON_MATCH_DAYS = 21  # "this time last year": within three weeks of the date


@dataclass(frozen=True)
class ContactWindows:
    """The moments that bound one day's interaction windows."""

    end: dt.datetime
    recent: dt.datetime
    lookback: dt.datetime
    renewal: dt.datetime
    earliest: dt.datetime

    @classmethod
    def at(cls, as_of: dt.date, settings: dict) -> "ContactWindows":
        recent = day_start(as_of, settings["sentiment_recent_days"])
        baseline = recent - dt.timedelta(days=settings["sentiment_baseline_days"])
        lookback = day_start(as_of, settings["lookback_days"])
        renewal = day_start(as_of, settings["renewal_talk_days"])
        return cls(end_of(as_of), recent, lookback, renewal, min(baseline, lookback, renewal))


def read_contacts(targets, settings, ids, progress: Progress = no_progress) -> None:
    """One grouped pass for every day in targets; a year back only for clients with too little there.

    The days' window bounds cut time into slices; SQL sums each client's slices with plain
    aggregates (no CASE per row and per day), and each window adds up the slices it spans, by
    differences of running totals (a few lookups per client and day, however many days)."""
    windows = [ContactWindows.at(as_of, settings) for _facts, as_of in targets]
    cuts = sorted({cut for w in windows for cut in
                   ((w.earliest, 0), (w.recent, 0), (w.lookback, 0), (w.renewal, 0), (w.end, 1))})
    at = {cut: i for i, cut in enumerate(cuts)}  # (moment, 0): occurred before it; (moment, 1): by it
    slices: dict[int, list[tuple]] = {}
    statements: dict[tuple[int, int], _SliceStatement] = {}
    for i in range(1, len(cuts)):
        (low, low_by), (high, high_by) = cuts[i - 1], cuts[i]
        progress(i - 1, len(cuts), "")
        statement = statements.get((low_by, high_by))
        if statement is None:
            statement = statements[(low_by, high_by)] = _SliceStatement(low_by, high_by, ids)
        for row in statement.rows(low, high):
            slices.setdefault(row[0], []).append((i, *row[1:]))
    # each client's rows give way to its running totals as they are made: the peak holds one form
    tracks = {client_id: ContactTrack(slices.pop(client_id)) for client_id in stepping(list(slices), 256)}
    for (facts, as_of), w in zip(targets, windows, strict=True):
        low, high = at[(w.earliest, 0)], at[(w.end, 1)]
        recent, lookback, renewal = at[(w.recent, 0)], at[(w.lookback, 0)], at[(w.renewal, 0)]
        for client_id, f in stepping(facts.items(), 256):
            track = tracks.get(client_id)
            if track is not None:
                track.add_to(f, low, high, recent, lookback, renewal)
        _older_contact(facts, as_of, settings)
        _gap_spread(facts, as_of, settings)


class _SliceStatement:
    """The grouped query of one slice of time, built once and run for each slice with its bounds.

    One plain grouped query per slice: a slice number in the grouping would make SQLite sort every
    row, while grouping by client alone streams down the (client, date) index. Driven from Client
    so that SQLite walks that index one client at a time, whether or not ANALYZE has ever run."""

    _LOW, _HIGH = dt.datetime(1900, 1, 1, 0, 0, 1), dt.datetime(1900, 1, 1, 0, 0, 2)  # stand-ins for the bounds

    def __init__(self, low_by: int, high_by: int, ids):
        IX = Interaction  # noqa: N806 - the table, short as in SQL
        when = IX.occurred_at
        after = (when > self._LOW) if low_by else (when >= self._LOW)
        until = (when <= self._HIGH) if high_by else (when < self._HIGH)
        query = (Client.select(Client.id, fn.SUM(IX.sentiment), fn.COUNT(IX.sentiment), fn.SUM(IX.effort),
                               fn.COUNT(IX.effort), count_where(IX.kind == "negotiation"),
                               fn.COUNT(fn.DISTINCT(day_text(when))), fn.MIN(when), fn.MAX(when),
                               fn.SUM(IX.sentiment * IX.sentiment))
                 .group_by(Client.id).tuples())
        query = client_first(query, (IX, (IX.client == Client.id) & after & until))
        query = query if ids is None else query.where(Client.id.in_(ids))
        self.sql, params = query.sql()
        self.params = list(params)
        self.low_at = [n for n, p in enumerate(self.params) if p == self._LOW]
        self.high_at = [n for n, p in enumerate(self.params) if p == self._HIGH]

    def rows(self, low: dt.datetime, high: dt.datetime) -> list[tuple]:
        params = list(self.params)
        for n in self.low_at:
            params[n] = low
        for n in self.high_at:
            params[n] = high
        return fetch_rows(self.sql, params)


class ContactTrack:
    """One client's interactions slice by slice, as running totals: any window of whole slices
    is then the difference of two totals, found by bisection."""

    __slots__ = ("pieces", "sentiment_sum", "sentiment_n", "sentiment_sq", "effort_sum", "effort_n", "talks",
                 "days", "joins", "firsts", "lasts")

    def __init__(self, rows: list[tuple]):
        # rows: (slice, s_sum, s_n, e_sum, e_n, talks, days, first, last, s_sq), in slice order
        pieces, s_sum, s_n, e_sum, e_n, talks, days, self.firsts, self.lasts, s_sq = zip(*rows, strict=True)
        # compact machine integers: a firm's worth of slices stays a few megabytes
        self.pieces = array("l", pieces)
        self.sentiment_sum = array("q", accumulate([v or 0 for v in s_sum], initial=0))  # SUM of no rating is NULL
        self.sentiment_sq = array("q", accumulate([v or 0 for v in s_sq], initial=0))
        self.effort_sum = array("q", accumulate([v or 0 for v in e_sum], initial=0))
        self.sentiment_n = array("q", accumulate(s_n, initial=0))
        self.effort_n = array("q", accumulate(e_n, initial=0))
        self.talks = array("q", accumulate(talks, initial=0))
        self.days = array("q", accumulate(days, initial=0))
        # a day split between two slices (an entry at the cut's very second) counts once
        joined, last_day = [], None
        for first, last in zip(self.firsts, self.lasts, strict=True):
            joined.append(str(first)[:10] == last_day)
            last_day = str(last)[:10]
        self.joins = array("q", accumulate(joined, initial=0))

    def add_to(self, f: ClientFacts, low: int, high: int, recent: int, lookback: int, renewal: int) -> None:
        """Add the slices in (low, high] to f: recent ones (after `recent`) to the recent sentiment,
        the others to the baseline, those after lookback to effort, after renewal to renewal talk."""
        pieces = self.pieces
        a, b = bisect_right(pieces, low), bisect_right(pieces, high)
        if a == b:
            return
        r = bisect_right(pieces, recent, a, b)
        lb = bisect_right(pieces, lookback, a, b)
        rn = lb if renewal == lookback else bisect_right(pieces, renewal, a, b)
        s_sum, s_n, s_sq = self.sentiment_sum, self.sentiment_n, self.sentiment_sq
        s_sum_r, s_n_r = s_sum[r], s_n[r]
        f.recent_sentiment_sum += s_sum[b] - s_sum_r
        f.recent_sentiment_n += s_n[b] - s_n_r
        f.baseline_sentiment_sum += s_sum_r - s_sum[a]
        f.baseline_sentiment_n += s_n_r - s_n[a]
        f.baseline_sentiment_sq += s_sq[r] - s_sq[a]
        e_sum, e_n, talks, days = self.effort_sum, self.effort_n, self.talks, self.days
        f.effort_sum += e_sum[b] - e_sum[lb]
        f.effort_n += e_n[b] - e_n[lb]
        f.negotiation_contacts += talks[b] - talks[rn]
        f.contact_days = days[b] - days[a] - (self.joins[b] - self.joins[a + 1])
        f.first_contact_in_window, f.last_contact = as_datetime(self.firsts[a]), as_datetime(self.lasts[b - 1])


def _older_contact(facts, as_of, settings) -> None:
    """A quiet client's rhythm needs the whole year; a client silent in every window, its last contact."""
    IX = Interaction  # noqa: N806
    end = end_of(as_of)
    sparse = [cid for cid, f in facts.items()
              if f.contact_days < settings["rhythm_min_contacts"] and not f.contact_every_days]
    if sparse:  # a second grouped read, for those only
        year = day_start(as_of, RHYTHM_WINDOW_DAYS)
        older = (IX.select(IX.client_id, fn.COUNT(fn.DISTINCT(day_text(IX.occurred_at))),
                          fn.MIN(IX.occurred_at), fn.MAX(IX.occurred_at))
                 .where(IX.occurred_at >= year, IX.occurred_at <= end, IX.client.in_(sparse))
                 .group_by(IX.client_id).tuples())
        for client_id, days, first, last in older:
            f = facts[client_id]
            f.contact_days, f.first_contact_in_window, f.last_contact = days, as_datetime(first), as_datetime(last)
    missing = [cid for cid, f in facts.items() if f.last_contact is None]
    if missing:  # contact older than every window
        oldest = (IX.select(IX.client_id, fn.MAX(IX.occurred_at))
                  .where(IX.occurred_at <= end, IX.client.in_(missing)).group_by(IX.client_id).tuples())
        for client_id, last in oldest:
            facts[client_id].last_contact = as_datetime(last)


def usual_gap(f: ClientFacts) -> float | None:
    """The mean days between contact days lived over the rhythm window, or None with too few."""
    if f.contact_days >= 2 and f.first_contact_in_window and f.last_contact:
        return max(1.0, (f.last_contact.date() - f.first_contact_in_window.date()).days / (f.contact_days - 1))
    return None


def _gap_spread(facts, as_of, settings) -> None:
    """How much the gaps between contacts vary, for the clients whose silence is in question only:
    those with a learned rhythm, silent longer than its mean gap allows. Silence is judged against
    the longest gaps the client usually leaves, not against the mean alone."""
    IX = Interaction  # noqa: N806
    quiet = []
    for cid, f in stepping(facts.items(), 256):
        gap = usual_gap(f)
        if (f.contact_every_days or gap is None or f.contact_days < settings["rhythm_min_contacts"]
                or (as_of - f.last_contact.date()).days <= gap * (1 + settings["silence_grace"])):
            continue
        quiet.append(cid)
    if not quiet:
        return
    year, end = day_start(as_of, RHYTHM_WINDOW_DAYS + SEASON_DAYS), end_of(as_of)
    days: dict[int, list[str]] = {}
    query = (IX.select(IX.client_id, day_text(IX.occurred_at)).distinct()
             .where(IX.occurred_at >= year, IX.occurred_at <= end, IX.client.in_(quiet)).tuples())
    for client_id, day in stepping(query, 256):
        days.setdefault(client_id, []).append(str(day)[:10])
    for client_id, found in days.items():
        ordinals = sorted(dt.date.fromisoformat(day).toordinal() for day in found)
        pairs = list(zip(ordinals, ordinals[1:], strict=False))
        f = facts[client_id]
        a_year_ago = as_of.toordinal() - 365  # the longest silence around this date last year
        seasonal = [b - a for a, b in pairs if a <= a_year_ago + SEASON_MATCH_DAYS and b >= a_year_ago - SEASON_MATCH_DAYS]
        f.gap_last_year = max(seasonal, default=None)
        window = as_of.toordinal() - RHYTHM_WINDOW_DAYS
        gaps = [b - a for a, b in pairs if a >= window]
        if len(gaps) >= 2:
            mean = sum(gaps) / len(gaps)
            f.gap_mean = mean
            f.gap_sd = (sum((g - mean) ** 2 for g in gaps) / (len(gaps) - 1)) ** 0.5

