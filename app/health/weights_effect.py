"""What a change of the health weights would do to today's portfolio, before it is saved."""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from app.health import settings as health_settings
from app.health.score import BANDS, firm_health


@dataclass
class BandShift:
    """How many of the clients scored today would land in another band with the new weights."""

    clients: int  # clients scored today
    better: int  # a band up (healthier)
    worse: int  # a band down
    moved: list[tuple[str, str, str]] = field(default_factory=list)  # client, band now, band then

    @property
    def changed(self) -> int:
        return self.better + self.worse


def band_shift(changes: dict[str, float], as_of: dt.date | None = None,
               progress: Callable | None = None) -> BandShift:
    """Today's bands under the settings in force and under them with `changes` (checked first)."""
    as_of = as_of or dt.date.today()
    now = health_settings.load()
    proposed = {**now, **health_settings.check(changes)}
    before = {h.client_id: h for h in firm_health(as_of, settings=now)}
    if progress is not None:
        progress(1, 2, "")
    after = firm_health(as_of, settings=proposed)
    shift = BandShift(len(before), 0, 0)
    for health in sorted(after, key=lambda h: h.client.casefold()):
        old = before.get(health.client_id)
        if old is None or old.band == health.band:
            continue
        if BANDS.index(health.band) < BANDS.index(old.band):
            shift.better += 1
        else:
            shift.worse += 1
        shift.moved.append((health.client, old.band, health.band))
    return shift
