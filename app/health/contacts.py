"""Each client's contact with the firm at many dates, from one grouped pass over the interactions.

The windows of every date (recent and baseline sentiment, the latest days of the recent window,
effort, renewal talk, the rhythm of contact) cut time into slices; SQL sums each client's slices,
and each window at each date is the difference of two running totals (ContactTrack). A quiet
client's rhythm reads a year back, and a silent one's spread of gaps, in further grouped reads for
those clients only.
"""

import datetime as dt
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate, groupby, repeat
from operator import is_not, itemgetter, methodcaller, mul, ne

from peewee import Case, fn

from app.common.busy import step_aside, stepping
from app.common.progress import Progress, no_progress
from app.health.reading import ClientFacts, as_datetime, client_first, day_start, end_of
from db.models import Client, Interaction
from db.portable import day_text

RHYTHM_WINDOW_DAYS = 365  # a client's usual rhythm of contact is read from the last year
SEASON_DAYS = 90  # and a season further back, for the silence it kept at this time last year
SEASON_MATCH_DAYS = 21  # "this time last year": within three weeks of the date
_DAY_OF_TEXT, _DAY_OF_MOMENT = itemgetter(slice(0, 10)), methodcaller("date")


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
    """One pass over the interactions of every day in targets; a year back only for clients with
    too little there.

    One statement reads each client's interactions in the span that every day's windows cover,
    down the covering (client, date, sentiment, effort, kind) index, in time order; each client's
    rows become running totals (ContactTrack) as they arrive, and each window at each day is the
    difference of two totals whose edges are found by bisection: the journal's rows are read
    once, however many days, and no slice of time is grouped and sorted in SQL."""
    windows = [ContactWindows.at(as_of, settings) for _facts, as_of in targets]
    low, high = min(w.earliest for w in windows), max(w.end for w in windows)
    # each day's edges as the moments are kept: text on SQLite (compared as SQLite compares it)
    edges = [(w.earliest, w.end, w.recent, w.lookback, w.renewal) for w in windows]
    text_edges = [tuple(map(str, day)) for day in edges]
    days = [facts for facts, _as_of in targets]

    latest = int(settings["sentiment_full_count"])

    def add(client_id: int, track: ContactTrack) -> None:
        """A client's track into its facts at every day; then it is freed (one client's at a time)."""
        mine = text_edges if isinstance(track.moments[0], str) else edges
        for facts, day_edges in zip(days, mine, strict=True):
            f = facts.get(client_id)
            if f is not None:
                track.add_to(f, *day_edges, latest=latest)

    _read_tracks(low, high, ids, progress, max(map(len, days)), add)
    for facts, as_of in targets:
        _older_contact(facts, as_of, settings)
        _gap_spread(facts, as_of, settings)


def _read_tracks(low: dt.datetime, high: dt.datetime, ids, progress: Progress, clients: int, add) -> None:
    """add(client_id, ContactTrack) for each client with interactions between low and high (both
    included), as its rows arrive."""
    from db.models import db

    IX = Interaction  # noqa: N806 - the table, short as in SQL
    when = IX.occurred_at
    # few columns: each one fetched costs more than deriving the totals from it in Python
    # a complaint's rating is the problem's, not the relationship's: complaints are judged by how
    # they are heard (the feedback factors), so the mood is read from the other entries
    mood = Case(None, [(IX.kind == "complaint", None)], IX.sentiment)
    query = (Client.select(Client.id, when, mood, IX.effort, Case(None, [(IX.kind == "negotiation", 1)], 0))
             .order_by(Client.id, when).tuples())
    query = client_first(query, (IX, (IX.client == Client.id) & (when >= low) & (when <= high)))
    query = query if ids is None else query.where(Client.id.in_(ids))
    cursor = db.execute_sql(*query.sql())
    done = 0
    pending: list[tuple] = []  # the rows of the client being read: a client's rows come together
    while chunk := cursor.fetchmany(4096):
        step_aside()  # a worker lets the screen go first while the user scrolls (app.common.busy)
        progress(min(done, clients), clients + 1, "")
        for client_id, rows in groupby(chunk, itemgetter(0)):
            if pending and pending[0][0] != client_id:
                add(pending[0][0], ContactTrack(pending))
                done += 1
                pending = []
            pending.extend(rows)
    if pending:
        add(pending[0][0], ContactTrack(pending))


class ContactTrack:
    """One client's interactions, in time order, as running totals: any window is the difference
    of two totals, its edges found by bisection on the moments (text on SQLite, compared as SQLite
    compares them; datetimes elsewhere)."""

    __slots__ = ("moments", "sentiment_sum", "sentiment_n", "sentiment_sq", "effort_sum", "effort_n", "talks",
                 "new_days")

    def __init__(self, rows: list[tuple]):
        # rows: (client, moment, sentiment, effort, negotiation talk 1/0); unrated: None
        _client, self.moments, sentiments, efforts, talks = zip(*rows, strict=True)
        rated = [v or 0 for v in sentiments]
        # compact machine integers: a firm's worth of interactions stays a few megabytes
        self.sentiment_sum = array("q", accumulate(rated, initial=0))
        self.sentiment_n = array("q", accumulate(map(is_not, sentiments, repeat(None)), initial=0))
        self.sentiment_sq = array("q", accumulate(map(mul, rated, rated), initial=0))
        self.effort_sum = array("q", accumulate([v or 0 for v in efforts], initial=0))
        self.effort_n = array("q", accumulate(map(is_not, efforts, repeat(None)), initial=0))
        self.talks = array("q", accumulate(talks, initial=0))
        # how many rows so far open a day of their own (the first of its day): the day as
        # day_text gives it, the text's first ten characters on SQLite
        days = list(map(_DAY_OF_TEXT if isinstance(self.moments[0], str) else _DAY_OF_MOMENT, self.moments))
        self.new_days = array("q", accumulate(map(ne, days, [None, *days[:-1]]), initial=0))

    def add_to(self, f: ClientFacts, earliest, end, recent, lookback, renewal, latest: int = 0) -> None:
        """Add the interactions from earliest to end (a ContactWindows' edges, as the moments are
        kept) to f: after recent to the recent sentiment, the others to the baseline; after
        lookback to effort, after renewal to renewal talk; the days with contact, the first and
        the last contact."""
        moments = self.moments
        a, b = bisect_left(moments, earliest), bisect_right(moments, end)
        if a == b:
            return
        r, lb = bisect_left(moments, recent, a, b), bisect_left(moments, lookback, a, b)
        rn = lb if renewal == lookback else bisect_left(moments, renewal, a, b)
        s_sum, s_n, s_sq = self.sentiment_sum, self.sentiment_n, self.sentiment_sq
        s_sum_r, s_n_r = s_sum[r], s_n[r]
        f.recent_sentiment_sum += s_sum[b] - s_sum_r
        f.recent_sentiment_n += s_n[b] - s_n_r
        f.baseline_sentiment_sum += s_sum_r - s_sum[a]
        f.baseline_sentiment_n += s_n_r - s_n[a]
        f.baseline_sentiment_sq += s_sq[r] - s_sq[a]
        if latest and s_n[b] - s_n_r > latest:
            self._latest_to(f, r, b, end, latest)
        e_sum, e_n, talks, new_days = self.effort_sum, self.effort_n, self.talks, self.new_days
        f.effort_sum += e_sum[b] - e_sum[lb]
        f.effort_n += e_n[b] - e_n[lb]
        f.negotiation_contacts += talks[b] - talks[rn]
        # the window's first row counts its day even when an earlier row (outside) shares it
        f.contact_days = new_days[b] - new_days[a] + (new_days[a + 1] == new_days[a])
        f.first_contact_in_window, f.last_contact = as_datetime(moments[a]), as_datetime(moments[b - 1])

    def _latest_to(self, f: ClientFacts, r: int, b: int, end, latest: int) -> None:
        """The latest days of the recent window that hold `latest` rated entries: their sum, count
        and how many days they span (a slide shows first in the newest entries, and a month's mean
        dilutes it with the good weeks before)."""
        s_n = self.sentiment_n
        k = bisect_right(s_n, s_n[b] - latest, r, b + 1) - 1  # the latest-th rated entry from the end
        moment = self.moments[k]
        first_day = _DAY_OF_TEXT(moment) if isinstance(moment, str) else moment.date().isoformat()
        start = f"{first_day} 00:00:00" if isinstance(moment, str) else dt.datetime.fromisoformat(first_day)
        d = bisect_left(self.moments, start, r, k + 1)
        f.latest_sentiment_sum = self.sentiment_sum[b] - self.sentiment_sum[d]
        f.latest_sentiment_n = s_n[b] - s_n[d]
        last_day = end[:10] if isinstance(end, str) else end.date().isoformat()
        f.latest_sentiment_days = (dt.date.fromisoformat(last_day) - dt.date.fromisoformat(first_day)).days + 1


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

