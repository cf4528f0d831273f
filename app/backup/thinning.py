"""Which backups to keep, Anki's way: the newest few always, then the last of each recent day,
week and month, so a long history costs a few dozen files."""

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Keep:
    """How many backups of each kind to keep."""

    recent: int = 8
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def _day(stamp: dt.datetime) -> tuple:
    return (stamp.date(),)


def _week(stamp: dt.datetime) -> tuple:
    return tuple(stamp.isocalendar()[:2])


def _month(stamp: dt.datetime) -> tuple:
    return (stamp.year, stamp.month)


def to_keep(stamps: Iterable[dt.datetime], keep: Keep) -> set[dt.datetime]:
    """The times of the backups to keep: the `recent` newest, and the newest of each of the
    last `daily` days, `weekly` weeks and `monthly` months that have a backup."""
    ordered = sorted(set(stamps), reverse=True)
    kept = set(ordered[:max(keep.recent, 0)])
    periods: tuple[tuple[Callable[[dt.datetime], tuple], int], ...] = (
        (_day, keep.daily), (_week, keep.weekly), (_month, keep.monthly))
    for period, count in periods:
        seen: set[tuple] = set()
        for stamp in ordered:
            key = period(stamp)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(key)
            kept.add(stamp)
    return kept
