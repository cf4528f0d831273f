"""The benchmark's screen measurements, each in its own process (python -m ui.bench.gui).

app/ never imports Qt: it starts the measuring program and reads the JSON line it prints.
"""

import json
import os
import statistics
import subprocess
import sys
import time

from app.bench.data import BenchData
from app.bench.measurement import Measurement

STARTS = 5  # starts of each, alternating, after one unmeasured start of each
SCROLLS = 2  # of the app's starts, the last SCROLLS also scroll; the worse figure is reported
TIMEOUT = 600


def run_gui(mode: str, data: BenchData, scroll: bool = False, program: str | None = None) -> dict:
    """Start the measuring program in mode "app" or "bare"; returns what it reported.

    program: another Rapport to start it from (the bundled `rapport`, which runs its own copy of
    the measuring program for `-m`), instead of this Python."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Started as once installed: pip compiles the bytecode, so a start never compiles source.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [program or sys.executable, "-m", "ui.bench.gui", "--mode", mode, "--db", str(data.path),
               "--started", repr(time.time()), "--client", str(data.busiest_client_id)]
    if scroll:
        command.append("--scroll")
    done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, env=env,
                          cwd=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"ui.bench.gui --mode {mode} failed: {done.stderr.strip()[-500:]}")
    return json.loads(lines[-1])


LISTS = (("timeline", "the timeline"), ("clients", "the client list"), ("search", "search results"),
         ("today", "Today"), ("portfolio", "the portfolio"))
FRAME_S = 0.016  # one frame at 60 Hz: the longest a GUI event may take while a list scrolls
MEMORY_MB = 250


def measure_gui(data: BenchData) -> list[Measurement]:
    """the app's start, scrolling and memory"""
    names = ("app start to a shown window", *(f"longest GUI event, scrolling {title}" for _key, title in LISTS),
             "longest GUI event in the GUI thread's processor time, any list", "memory (peak RSS of the app)")
    try:
        run_gui("bare", data), run_gui("app", data)  # the first starts read files the later find cached
        bare, app = [], []
        for n in range(STARTS):
            bare.append(run_gui("bare", data))
            app.append(run_gui("app", data, scroll=n >= STARTS - SCROLLS))
    except (RuntimeError, subprocess.SubprocessError, OSError) as exc:
        return [Measurement(name, None, None, "", note=f"not available: {exc}") for name in names]
    scrolled = app[-SCROLLS:]
    out = [Measurement(names[0], statistics.median(r["shown_s"] for r in app),
                       statistics.median(r["shown_s"] for r in bare), "<= 2x a bare PySide6 window", limit=2.0,
                       note="from starting the process to the first exposed window; raw: a bare "
                            "QMainWindow")]
    for key, title in LISTS:
        runs = [r for r in scrolled if r.get(f"{key}_event_s") is not None]
        worst = max(runs, key=lambda r: r[f"{key}_event_s"], default=scrolled[-1])
        note = worst.get(f"{key}_note", "")
        if len(runs) > 1:
            figures = ", ".join(f"{r[f'{key}_event_s'] * 1000:.0f} ms" for r in runs)
            note = f"the worse of {len(runs)} runs ({figures}): {note}"
        cpu = max((r.get(f"{key}_event_cpu_s") or 0.0 for r in runs), default=None)
        if cpu is not None:
            note = f"the GUI thread's own processor time for one event at most {cpu * 1000:.0f} ms; {note}"
        out.append(Measurement(f"longest GUI event, scrolling {title}", worst.get(f"{key}_event_s"), None,
                               f"<= {FRAME_S * 1000:.0f} ms", limit=FRAME_S, note=note))
    cpus = [r[f"{key}_event_cpu_s"] for r in scrolled for key, _title in LISTS if r.get(f"{key}_event_cpu_s") is not None]
    out.append(Measurement("longest GUI event in the GUI thread's processor time, any list", max(cpus, default=None),
                           None, f"<= {FRAME_S * 1000:.0f} ms", limit=FRAME_S,
                           note="time.thread_time() of the GUI thread between two events: the event's own work, "
                                "without the time the machine or a worker holding Python's lock made it wait"))
    out.append(Measurement(names[-1], max(r["maxrss_mb"] for r in scrolled), bare[0]["maxrss_mb"],
                           f"< {MEMORY_MB} MB", unit="MB", limit=MEMORY_MB, absolute=True,
                           note="VmHWM of the app's process after scrolling every list; raw: a bare PySide6 window"))
    return out


def measure_bundle_start(data: BenchData, program: str) -> list[Measurement]:
    """Rapport's start from the bundle at program against this installation's, alternating.

    Compared in processor time of the whole process up to the shown window (the bundle's loader
    included): on a shared machine the wall clock varies more between runs than the two differ."""
    names = ("bundled app start to a shown window (CPU)", "bundled app start to a shown window (wall clock)")
    try:
        run_gui("app", data, program=program), run_gui("app", data)  # unmeasured: files into the cache
        bundled, installed = [], []
        for _ in range(STARTS):
            bundled.append(run_gui("app", data, program=program))
            installed.append(run_gui("app", data))
    except (RuntimeError, subprocess.SubprocessError, OSError) as exc:
        return [Measurement(name, None, None, "", note=f"not available: {exc}") for name in names]
    note = (f"raw: this installation ({sys.executable}); the bundle: {program}; median of {STARTS} "
            "starts each, alternating")
    return [Measurement(names[0], statistics.median(r["shown_cpu_s"] for r in bundled),
                        statistics.median(r["shown_cpu_s"] for r in installed),
                        "<= 1x this installation (no slower)", limit=1.0, note=note),
            Measurement(names[1], statistics.median(r["shown_s"] for r in bundled),
                        statistics.median(r["shown_s"] for r in installed), "reported", note=note)]
