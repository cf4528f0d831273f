"""The dashboard's charts for one manager and/or one segment, added up from what its worker read.

The firm's bands month by month come from the replayed scores (app.health.dashboard) of the clients
the filters keep; the like / hear / negotiate mix and stance drift from the team's counts
(app.health.team), so changing a filter redraws the charts without reading the journal again.
"""

import datetime as dt
from collections import Counter

from app.health.dashboard import DashboardData
from app.health.score import BANDS, band_of
from app.health.team import BY_MANAGER, TeamFacts, TeamFilters, cell_wanted
from db.vocabulary import DRIFT_TAGS, POLICY_TAGS


def band_months(data: DashboardData, facts: TeamFacts, filters: TeamFilters
                ) -> list[tuple[dt.date, dict[str, int]]]:
    """Clients per band at each month end, for the clients of the manager and segment chosen."""
    position = {day: i for i, day in enumerate(data.history_dates)}
    kept = [scores for client_id, scores in data.history.items()
            if cell_wanted(facts.client_groups.get(client_id, (None, "")), filters)]
    out = []
    for end, _firm in data.band_months:
        i = position[end]
        counts = Counter(band_of(scores[i]) for scores in kept if scores[i] is not None)
        out.append((end, {band: counts.get(band, 0) for band in BANDS}))
    return out


def policy_mix(data: DashboardData, facts: TeamFacts, filters: TeamFilters
               ) -> list[tuple[dt.date, dict[str, int]]]:
    """Interactions tagged like, hear and negotiate month by month, logged by the manager chosen
    (or, unsigned, for the clients they manage) with clients of the segment chosen."""
    counts: Counter = Counter()
    for month, tag, person, segment, n in facts.mix_months:
        if cell_wanted((person, segment), filters):
            counts[(month, tag)] += n
    return [(start, {tag: counts.get((start.strftime("%Y-%m"), tag), 0) for tag in POLICY_TAGS})
            for start, _firm in data.policy_mix]


def drift(facts: TeamFacts, filters: TeamFilters) -> list[tuple[str, dict[str, int]]]:
    """Stance-drift tags in the rate window per person (or, grouped by segment, per segment); most first."""
    per: dict = {}
    for (person, segment), tags in facts.tags.items():
        if not cell_wanted((person, segment), filters):
            continue
        key = person if filters.group_by == BY_MANAGER else segment
        row = per.setdefault(key, dict.fromkeys(DRIFT_TAGS, 0))
        for tag in DRIFT_TAGS:
            row[tag] += tags.get(tag, 0)
    rows = [((facts.names.get(key, "") if filters.group_by == BY_MANAGER else key), counts)
            for key, counts in per.items() if sum(counts.values())]
    return sorted(rows, key=lambda row: (-sum(row[1].values()), row[0]))
