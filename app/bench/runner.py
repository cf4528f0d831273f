"""`rapport bench`: how fast Rapport is on a large journal, each figure against raw SQLite.

Every measurement runs the app's own function and, in the same run on the same database, the
raw SQLite query or call that does the same work; the ratio is what the goals are about.
"""

import os
import platform
from dataclasses import dataclass, field
from pathlib import Path

from app.bench.data import BenchData
from app.bench.measurement import Measurement
from app.common.progress import Progress, no_progress


@dataclass
class BenchReport:
    """Everything `rapport bench` found, with the data size and the machine."""

    data: dict
    machine: dict
    measurements: list[Measurement] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"data": self.data, "machine": self.machine,
                "measurements": [m.as_json() for m in self.measurements]}


def machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor()
    import sqlite3

    return {"cpus": os.cpu_count(), "cpu": model, "system": platform.platform(),
            "python": platform.python_version(), "sqlite": sqlite3.sqlite_version}


def run_bench(path: Path, clients: int, interactions: int, build: bool = True, gui: bool = True,
              progress: Progress = no_progress, bundle: str | None = None,
              only: list[str] | None = None) -> BenchReport:
    """Build (or open) the benchmark journal at path and measure everything on it (or the
    measurements named in only: keys of measures.BY_NAME, and "gui"); with bundle (the path of a
    bundled `rapport`), only that program's start against this installation's."""
    from app.bench import gui_runs as bench_gui_runs
    from app.bench import measures as bench_measures
    from app.bench.data import build_database

    if build:
        data = build_database(path, clients, interactions, progress)
    else:
        data = _opened(path)
    report = BenchReport(data={"clients": data.clients, "interactions": data.interactions,
                               "build_seconds": round(data.seconds, 1), "database": str(path),
                               "index_seconds": round(data.index_seconds, 1),
                               "size_mb": round(path.stat().st_size / 2**20, 1)},
                         machine=machine())
    steps = list(bench_measures.MEASURES)
    if only is not None:
        steps = [step for name in only for step in bench_measures.BY_NAME.get(name, [])]
        gui = gui and "gui" in only
    if gui:
        steps.append(bench_gui_runs.measure_gui)
    if bundle:
        def bundle_start(data: BenchData) -> list[Measurement]:
            """the bundled app's start"""
            return bench_gui_runs.measure_bundle_start(data, bundle)

        steps = [bundle_start]
    for n, step in enumerate(steps):
        progress(n, len(steps), f"measuring: {step.__doc__.splitlines()[0]}")
        report.measurements.extend(step(data))
    progress(len(steps), len(steps), "done")
    return report


def _opened(path: Path) -> BenchData:
    """A journal an earlier `rapport bench --db` built, as it is now."""
    from app.bench.data import busiest_client
    from db.connection import open_database
    from db.models import Client, Interaction

    open_database(path)
    clients = Client.select().count()
    return BenchData(path, clients, Interaction.select().count(), busiest_client(clients), 0.0)


def format_report(report: BenchReport) -> str:
    """The report as a plain table, figures and ratios, for the terminal and the README."""
    data = report.data
    lines = [f"Data: {data['clients']:,} clients, {data['interactions']:,} interactions "
             f"({data['size_mb']} MB, built in {data['build_seconds']} s, of which {data['index_seconds']} s "
             "indexing for search)",
             f"Machine: {report.machine['cpus']} CPUs, {report.machine['cpu']}; "
             f"Python {report.machine['python']}, SQLite {report.machine['sqlite']}", "",
             "| measurement | Rapport | raw | ratio | goal | met |", "|---|---|---|---|---|---|"]
    for m in report.measurements:
        lines.append(f"| {m.name} | {_figure(m.app, m.unit)} | {_figure(m.raw, m.unit)} | "
                     f"{'' if m.ratio is None else f'{m.ratio:.2f}x'} | {m.goal} | "
                     f"{ {True: 'yes', False: 'NO', None: '-'}[m.met] } |")
    notes = [f"- {m.name}: {m.note}" for m in report.measurements if m.note]
    return "\n".join(lines + ([""] + notes if notes else []))


def _figure(value: float | None, unit: str) -> str:
    if value is None:
        return "n/a"
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 10 else f"{value:.1f} s"
    return f"{value:.0f} {unit}"
