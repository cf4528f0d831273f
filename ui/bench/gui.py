"""The benchmark's screen program: time to a shown window, GUI events while scrolling, memory.

Run by `rapport bench` as `python -m ui.bench.gui --mode app|bare --db PATH --started T`; prints
one JSON line. Events are timed by an event filter on the application: with a 5 ms heartbeat
timer running, the longest gap between two events is an upper bound of the longest event. Each
list (LISTS) is scrolled 120 pages down, a page every 16 ms, while a worker computes the
dashboard's data, as the dashboard does: background work that would hold the screen shows.
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
PORTFOLIO_WAIT_S = int(os.environ.get("RAPPORT_BENCH_WAIT_S", "300"))


class EventClock(QObject):
    """An application-wide event filter: when the window is first shown, and the longest event."""

    def __init__(self, started: float, on_shown):
        super().__init__()
        self.started = started
        self.on_shown = on_shown
        self.shown_s: float | None = None
        self.shown_cpu_s: float | None = None  # processor time of the whole process by then
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.longest = 0.0
        self.longest_cpu = 0.0  # the most processor time the GUI thread spent between two events
        self.gaps: list[tuple[float, float, str]] = []
        self.culprit = ""  # the event before the longest gap: the one that took the time
        self.previous = ""
        self.measuring = False

    def eventFilter(self, obj, event) -> bool:
        now = time.perf_counter()
        cpu = time.thread_time()
        if self.measuring:
            if now - self.last > self.longest:
                self.longest, self.culprit = now - self.last, self.previous
            self.longest_cpu = max(self.longest_cpu, cpu - self.last_cpu)
            self.gaps.append((now - self.last, cpu - self.last_cpu, self.previous))
            self.previous = f"{event.type().name} to {type(obj).__name__}"
        self.last, self.last_cpu = now, cpu
        if (self.shown_s is None and event.type() == QEvent.Type.Expose and isinstance(obj, QWindow)
                and obj.isExposed()):
            self.shown_s = time.time() - self.started
            self.shown_cpu_s = time.process_time()
            QTimer.singleShot(0, self.on_shown)
        return False

    def start(self) -> None:
        self.longest, self.last, self.measuring = 0.0, time.perf_counter(), True
        self.longest_cpu, self.last_cpu = 0.0, time.thread_time()
        self.gaps = []
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


LISTS = ("timeline", "clients", "search", "today", "portfolio")  # scrolled in this order
SEARCH_WORD = "рефинансирование"  # a common word of the benchmark's journal: many results


class AppRun:
    """Starts the real app on the database, then scrolls each of its lists in turn (LISTS), each
    while the dashboard's data is being computed on a worker (the heaviest background work)."""

    def __init__(self, args, result: dict):
        self.args, self.result = args, result
        self.clock = EventClock(args.started, self.shown)
        self.background = None
        self.pending = list(LISTS)

    def shown(self) -> None:
        self.result["shown_s"] = self.clock.shown_s
        self.result["shown_cpu_s"] = self.clock.shown_cpu_s
        if not self.args.scroll:
            return self.finish()
        self.window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow))
        self.window.open_client(self.args.client)
        QTimer.singleShot(100, self.next_list)

    def next_list(self) -> None:
        if not self.pending:
            return self.finish()
        self.name = self.pending.pop(0)
        self.waited, self.page = 0, None
        try:
            getattr(self, f"open_{self.name}")()
        except (KeyError, AttributeError) as exc:  # a page this build does not have
            self.result[f"{self.name}_note"] = f"not available: {exc}"
            return self.next_list()
        self.wait_for_rows()

    def open_timeline(self) -> None:
        self.view = self.window.client_page.timeline()

    def open_clients(self) -> None:
        self.window.show_page("journal")
        self.view = self.window.client_list.table

    def open_search(self) -> None:
        self.window.show_page("search")
        self.page = self.window.pages["search"]
        self.page.run_query(SEARCH_WORD)
        self.view = self.page.view

    def open_today(self) -> None:
        self.window.show_page("today")
        self.page = self.window.today
        self.page.refresh()
        self.view = self.page.tree

    def open_portfolio(self) -> None:
        self.window.show_page("dashboard")
        self.page = self.window.pages["dashboard"]
        self.view = self.page.table

    def _busy(self) -> bool:
        page = getattr(self, "page", None)
        if page is None:
            return False
        loading = getattr(page, "loading", None)
        if callable(loading):
            return loading()
        task = getattr(page, "task", None)
        return task is not None and not task.done

    def wait_for_rows(self) -> None:
        """Scroll once the list's rows have arrived (they are read on workers)."""
        model = self.view.model()
        if self._busy() or model is None or model.rowCount() == 0:
            self.waited += 1
            if self.waited > PORTFOLIO_WAIT_S * 10:
                self.result[f"{self.name}_note"] = f"not available: no rows after {PORTFOLIO_WAIT_S} s"
                return self.next_list()
            QTimer.singleShot(100, self.wait_for_rows)
            return
        self.start_background()
        QTimer.singleShot(100, lambda: scroll_through(self.view, self.clock, self.list_done))

    def start_background(self) -> None:
        """The dashboard's data computed on a worker, as the dashboard does, while the list scrolls."""
        import datetime as dt

        from app.health.dashboard import dashboard_data
        from ui.shell.tasks import Task

        if self.background is None or self.background.done:
            self.background = Task(self.window, "", lambda progress: dashboard_data(dt.date.today(), progress),
                                   quiet=True)

    def list_done(self, longest: float, rows: int) -> None:
        background = "the dashboard's data still computing at the end" if not self.background.done else \
            "the dashboard's data computed meanwhile, finished before the end"
        self.result[f"{self.name}_event_s"] = longest
        self.result[f"{self.name}_event_cpu_s"] = self.clock.longest_cpu
        if os.environ.get("RAPPORT_BENCH_GAPS"):
            self.result[f"{self.name}_gaps"] = sorted(self.clock.gaps, reverse=True)[:8]
        self.result[f"{self.name}_note"] = (f"{SCROLL_STEPS} pages down, {rows:,} rows; {background}; longest: "
                                            f"{self.clock.culprit}")
        self.after_background(self.next_list)

    def after_background(self, then) -> None:
        """Cancel the background work and go on once it has stopped: each list gets its own, and
        two at once would count twice in the memory."""
        if self.background is not None and not self.background.done:
            self.background.cancel()
            QTimer.singleShot(100, lambda: self.after_background(then))
            return
        QTimer.singleShot(100, then)

    def finish(self) -> None:
        self.after_background(lambda: QApplication.instance().exit(0))


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
