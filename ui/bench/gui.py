"""The benchmark's screen program: time to a shown window, GUI events while scrolling, memory.

Run by `rapport bench` as `python -m ui.bench.gui --mode app|bare --db PATH --started T`; prints
one JSON line. Events are timed by an event filter on the application: with a 5 ms heartbeat
timer running, the longest gap between two events is an upper bound of the longest event.
"""

import argparse
import json
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtGui import QWindow  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMainWindow  # noqa: E402

SCROLL_STEPS = 120
STEP_MS = 16
PORTFOLIO_WAIT_S = 300


class EventClock(QObject):
    """An application-wide event filter: when the window is first shown, and the longest event."""

    def __init__(self, started: float, on_shown):
        super().__init__()
        self.started = started
        self.on_shown = on_shown
        self.shown_s: float | None = None
        self.shown_cpu_s: float | None = None  # processor time of the whole process by then
        self.last = time.perf_counter()
        self.longest = 0.0
        self.culprit = ""  # the event before the longest gap: the one that took the time
        self.previous = ""
        self.measuring = False

    def eventFilter(self, obj, event) -> bool:
        now = time.perf_counter()
        if self.measuring:
            if now - self.last > self.longest:
                self.longest, self.culprit = now - self.last, self.previous
            self.previous = f"{event.type().name} to {type(obj).__name__}"
        self.last = now
        if (self.shown_s is None and event.type() == QEvent.Type.Expose and isinstance(obj, QWindow)
                and obj.isExposed()):
            self.shown_s = time.time() - self.started
            self.shown_cpu_s = time.process_time()
            QTimer.singleShot(0, self.on_shown)
        return False

    def start(self) -> None:
        self.longest, self.last, self.measuring = 0.0, time.perf_counter(), True
        self.culprit, self.previous = "", "the start"

    def stop(self) -> float:
        self.measuring = False
        return self.longest


def scroll_through(view: QAbstractItemView, clock: EventClock, done) -> None:
    """Scroll a view down a page every STEP_MS, as a person holding Page Down would."""
    heartbeat = QTimer(view)
    heartbeat.start(5)
    steps = {"n": 0}
    driver = QTimer(view)

    def step():
        bar = view.verticalScrollBar()
        bar.setValue(bar.value() + max(bar.pageStep(), 1))
        steps["n"] += 1
        if steps["n"] >= SCROLL_STEPS:
            driver.stop()
            heartbeat.stop()
            done(clock.stop(), view.model().rowCount() if view.model() else 0)

    clock.start()
    driver.timeout.connect(step)
    driver.start(STEP_MS)


class AppRun:
    """Starts the real app on the database, then scrolls its timeline and portfolio."""

    def __init__(self, args, result: dict):
        self.args, self.result = args, result
        self.clock = EventClock(args.started, self.shown)

    def shown(self) -> None:
        self.result["shown_s"] = self.clock.shown_s
        self.result["shown_cpu_s"] = self.clock.shown_cpu_s
        if not self.args.scroll:
            return self.finish()
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow))
        self.window = window
        window.open_client(self.args.client)
        view = window.client_page.timeline()
        QTimer.singleShot(100, lambda: scroll_through(view, self.clock, self.timeline_done))

    def timeline_done(self, longest: float, rows: int) -> None:
        self.result["timeline_event_s"] = longest
        self.result["timeline_note"] = (f"{SCROLL_STEPS} pages down, {rows:,} rows loaded; longest: "
                                        f"{self.clock.culprit}")
        if "dashboard" not in getattr(self.window, "pages", {}):
            self.result["portfolio_note"] = "not available: no dashboard page"
            return self.finish()
        self.window.show_page("dashboard")
        self.page = self.window.pages["dashboard"]
        self.waited = 0
        self.wait_for_portfolio()

    def wait_for_portfolio(self) -> None:
        """Scroll the portfolio once its rows have arrived (the firm's health is read on a worker)."""
        page = self.page
        if page.loading() or page.table.model().rowCount() == 0:
            self.waited += 1
            if self.waited > PORTFOLIO_WAIT_S * 10:
                self.result["portfolio_note"] = f"not available: no rows after {PORTFOLIO_WAIT_S} s"
                return self.finish()
            QTimer.singleShot(100, self.wait_for_portfolio)
            return
        QTimer.singleShot(100, lambda: scroll_through(page.table, self.clock, self.portfolio_done))

    def portfolio_done(self, longest: float, rows: int) -> None:
        self.result["portfolio_event_s"] = longest
        self.result["portfolio_note"] = f"{SCROLL_STEPS} pages down, {rows:,} rows; longest: {self.clock.culprit}"
        self.finish()

    def finish(self) -> None:
        QApplication.instance().exit(0)


def peak_memory_mb() -> float:
    """This process's peak resident memory. Not getrusage's ru_maxrss: a process started by a
    large one (the benchmark) inherits that one's peak there."""
    try:
        for line in open("/proc/self/status", encoding="ascii"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.bench.gui")
    parser.add_argument("--mode", choices=("app", "bare"), required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--started", type=float, default=time.time())
    parser.add_argument("--client", type=int, default=1)
    parser.add_argument("--scroll", action="store_true")
    args = parser.parse_args(argv)
    result: dict = {"mode": args.mode}
    app = QApplication(sys.argv[:1])
    if args.mode == "bare":
        clock = EventClock(args.started, lambda: app.exit(0))
        app.installEventFilter(clock)
        window = QMainWindow()
        window.setCentralWidget(QLabel("Rapport"))
        window.resize(1400, 900)
        window.show()
        app.exec()
        result["shown_s"] = clock.shown_s
        result["shown_cpu_s"] = clock.shown_cpu_s
    else:
        from ui.shell.application import run_app

        run = AppRun(args, result)
        app.installEventFilter(run.clock)
        run_app(args.db)
    result["maxrss_mb"] = peak_memory_mb()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
