"""One line of the benchmark: the app's figure against the raw one, measured alike."""

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

REPEAT = 7


@dataclass
class Measurement:
    """One line of the benchmark: the app's figure, the raw one, and the goal between them."""

    name: str
    app: float | None  # seconds, or MB for memory
    raw: float | None
    goal: str
    unit: str = "s"
    limit: float | None = None  # the ratio (or, for an absolute goal, the figure) the goal allows
    note: str = ""
    absolute: bool = False  # the goal is on the figure itself; raw is shown for comparison only

    @property
    def ratio(self) -> float | None:
        if self.app is None or not self.raw:
            return None
        return self.app / self.raw

    @property
    def met(self) -> bool | None:
        if self.app is None or self.limit is None:
            return None
        return (self.app if self.absolute or not self.raw else self.ratio) <= self.limit

    def as_json(self) -> dict:
        out = asdict(self)
        out.update(ratio=self.ratio, met=self.met)
        return out


def cpu_seconds(call: Callable[[], object]) -> float:
    """The processor time a call takes in this process (SQLite runs in-process too): unlike the
    wall clock, it does not count the time other programs on a shared machine hold the CPU."""
    started = time.process_time()
    call()
    return time.process_time() - started


def compare(name: str, app_call: Callable, raw_call: Callable, goal: str, limit: float | None,
            note: str = "") -> Measurement:
    """Time the app's call and the raw one alike, alternating: a warm-up each, then the median
    of a few runs (fewer for slow calls, so the whole benchmark stays within minutes)."""
    warm_up = cpu_seconds(app_call) + cpu_seconds(raw_call)
    repeat = REPEAT if warm_up < 1 else 3 if warm_up < 10 else 1
    app, raw = [], []
    for _ in range(repeat):
        app.append(cpu_seconds(app_call))
        raw.append(cpu_seconds(raw_call))
    return Measurement(name, statistics.median(app), statistics.median(raw), goal, limit=limit, note=note)


def unavailable(name: str, goal: str, exc: Exception) -> Measurement:
    return Measurement(name, None, None, goal, note=f"not available: {exc}")
