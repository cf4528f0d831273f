"""Running the backtest: each generated firm in its own journal, the firm's health judged on check
days, every warning counted as a catch (on or after a souring client's onset) or a false alarm
(a steady client, or a souring one before its onset).

Figures: recall by +14 and +30 days after the onset, the median lead (days from onset to the first
warning), and false alarms per check of a client that was fine at the time.
"""

import datetime as dt
import statistics
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.backtest.firms import SOURING_KINDS, build_firm
from app.common.progress import Progress, no_progress

CHECK_EVERY_DAYS = 2
JUDGED_DAYS = 200  # the last days of each history that are checked (earlier ones lack a baseline)


@dataclass
class Catch:
    """A souring client: when it went sour and when the first warning came (None: never)."""

    seed: int
    client: str
    kind: str
    onset: dt.date
    warned: dt.date | None

    @property
    def lead(self) -> int | None:
        return None if self.warned is None else (self.warned - self.onset).days


@dataclass
class FalseAlarm:
    """A warning on a client that was fine on that day, with the engine's reasons."""

    seed: int
    client: str
    kind: str
    day: dt.date
    score: int
    trend: int
    reasons: list[str]


@dataclass
class BacktestReport:
    """Every catch and false alarm over the seeds, and the figures the goal is stated in."""

    seeds: list[int]
    checks: int = 0  # client-days judged while the client was fine
    catches: list[Catch] = field(default_factory=list)
    false_alarms: list[FalseAlarm] = field(default_factory=list)

    def recall(self, days: int) -> float:
        caught = [c for c in self.catches if c.lead is not None and c.lead <= days]
        return len(caught) / len(self.catches) if self.catches else 1.0

    @property
    def median_lead(self) -> float | None:
        leads = [c.lead for c in self.catches if c.lead is not None]
        return statistics.median(leads) if leads else None

    @property
    def false_alarm_rate(self) -> float:
        return len(self.false_alarms) / self.checks if self.checks else 0.0

    @property
    def goal_met(self) -> bool:
        return not self.false_alarms and self.recall(30) == 1.0 and self.recall(14) >= 0.9

    def as_json(self) -> dict:
        return {"seeds": self.seeds, "checks": self.checks, "false_alarms": len(self.false_alarms),
                "false_alarm_rate": self.false_alarm_rate, "recall_14": self.recall(14),
                "recall_30": self.recall(30), "median_lead": self.median_lead, "goal_met": self.goal_met,
                "misses": [vars(c) | {"onset": c.onset.isoformat(), "lead": c.lead,
                                      "warned": c.warned.isoformat() if c.warned else None}
                           for c in self.catches if c.lead is None or c.lead > 14],
                "false_alarm_list": [vars(a) | {"day": a.day.isoformat()} for a in self.false_alarms]}


def run_backtest(seeds: list[int], progress: Progress = no_progress, settings: dict | None = None,
                 every_days: int = CHECK_EVERY_DAYS) -> BacktestReport:
    """Build each seed's firm in a temporary journal and judge it; the current journal is left open
    as it was only by the caller (this opens and closes its own)."""
    from db.connection import close_database, open_database

    report = BacktestReport(list(seeds))
    with tempfile.TemporaryDirectory(prefix="rapport-backtest-") as folder:
        for n, seed in enumerate(seeds):
            progress(n, len(seeds), f"seed {seed}")
            open_database(Path(folder) / f"firm-{seed}.db")
            try:
                _judge_firm(seed, report, settings, every_days)
            finally:
                close_database()
    progress(len(seeds), len(seeds), "")
    return report


def _judge_firm(seed: int, report: BacktestReport, settings: dict | None, every_days: int) -> None:
    from app.exchange.bundle.files import import_data
    from app.health.score import firm_health

    firm = build_firm(seed)
    import_data(firm.bundle, f"backtest seed {seed}")
    by_name = {c.name: c for c in firm.clients}
    first_warning: dict[str, dt.date] = {}
    for day in _check_days(firm.end, every_days):
        for health in firm_health(day, settings=settings):
            client = by_name[health.client]
            fine = client.onset is None or day < client.onset
            if fine:
                report.checks += 1
            if not health.warning:
                continue
            if fine:
                report.false_alarms.append(FalseAlarm(seed, client.name, client.kind, day, health.score,
                                                      health.trend_30d, [r.detail for r in health.reasons]))
            else:
                first_warning.setdefault(client.name, day)
    for client in firm.clients:
        if client.kind in SOURING_KINDS:
            report.catches.append(Catch(seed, client.name, client.kind, client.onset,
                                        first_warning.get(client.name)))


def _check_days(end: dt.date, every_days: int) -> list[dt.date]:
    first = end - dt.timedelta(days=JUDGED_DAYS)
    return [first + dt.timedelta(days=d) for d in range(0, JUDGED_DAYS + 1, every_days)]


def format_report(report: BacktestReport, describe: Callable[[object], str] = str) -> str:
    lines = [f"Early-warning backtest over seeds {', '.join(map(str, report.seeds))}: "
             f"{len(report.catches)} souring clients, {report.checks} checks of clients that were fine",
             f"  recall by +14 days: {report.recall(14):.0%}   by +30 days: {report.recall(30):.0%}   "
             f"median lead: {report.median_lead if report.median_lead is not None else '-'} days",
             f"  false alarms: {len(report.false_alarms)} ({report.false_alarm_rate:.2%} of checks)",
             f"  goal (no false alarm, recall 100% by +30 and 90% by +14): "
             f"{'met' if report.goal_met else 'NOT met'}"]
    kinds = sorted({c.kind for c in report.catches})
    for kind in kinds:
        leads = [c.lead for c in report.catches if c.kind == kind]
        by14 = sum(1 for lead in leads if lead is not None and lead <= 14)
        by30 = sum(1 for lead in leads if lead is not None and lead <= 30)
        lines.append(f"  {kind:<9} {by14}/{len(leads)} by +14, {by30}/{len(leads)} by +30")
    late = [c for c in report.catches if c.lead is None or c.lead > 14]
    if late:
        lines.append("  caught late or not at all:")
        lines += [f"    seed {c.seed} {c.kind:<9} onset {c.onset}  "
                  f"{'never warned' if c.lead is None else f'warned after {c.lead} days'}" for c in late]
    if report.false_alarms:
        lines.append("  false alarms:")
        lines += [f"    seed {a.seed} {a.kind:<9} {a.day} score {a.score} ({a.trend:+d}): {'; '.join(a.reasons)}"
                  for a in report.false_alarms[:40]]
    return "\n".join(lines) + "\n"
