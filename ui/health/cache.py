"""Today's health of the whole firm, kept for lists that show it (the client list's health column).

Computing the firm's health is too slow for the GUI thread on a large journal, so it is
recomputed on a worker, a moment after the journal changes, and screens repaint when the
new figures arrive. Until then they show the last known ones.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ui.shell.events import bus
from ui.shell.tasks import Task

if TYPE_CHECKING:
    from app.health.score import ClientHealth

SETTLE_MS = 600  # a burst of edits (an import, typing in a dialog) recomputes once
QUIET_MS = 15_000  # no progress dialog unless it drags on


class HealthCache(QObject):
    """The latest firm health by client id, recomputed in the background after changes."""

    updated = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.by_client: dict[int, ClientHealth] = {}
        self.as_of: dt.date | None = None
        self.task: Task | None = None
        self.pending = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self.refresh_now)
        events = bus()
        for signal in (events.clients_changed, events.client_changed, events.interactions_changed):
            signal.connect(self.refresh_soon)
        events.database_replaced.connect(self._replaced)

    def get(self, client_id: int) -> ClientHealth | None:
        return self.by_client.get(client_id)

    def refresh_soon(self, *_args) -> None:
        self.timer.start()

    def refresh_now(self) -> None:
        if self.task is not None and not self.task.done:  # one at a time; again when this one is done
            self.pending = True
            return
        from app.health.score import firm_health  # loaded with the first computation, not at start

        day = dt.date.today()
        self.task = Task(None, self.tr("Computing the health of every client"),
                         lambda progress: firm_health(day), self._arrived, self._failed, self._failed,
                         show_after_ms=QUIET_MS)

    def store(self, result: list[ClientHealth], day: dt.date) -> None:
        """Take figures computed elsewhere (the dashboard computes the same thing)."""
        self.by_client = {h.client_id: h for h in result}
        self.as_of = day
        self.updated.emit()

    def _arrived(self, result: list[ClientHealth]) -> None:
        if _current is not self:  # the window that owned this cache has closed meanwhile
            return
        # self.task stays referenced: this runs inside its callback, and freeing it here crashes
        self.store(result, dt.date.today())
        self._again_if_pending()

    def _failed(self, *_args) -> None:
        if _current is not self:
            return
        self._again_if_pending()

    def _again_if_pending(self) -> None:
        if self.pending:
            self.pending = False
            self.refresh_soon()

    def _replaced(self) -> None:
        self.by_client = {}
        self.updated.emit()
        self.refresh_soon()


_current: HealthCache | None = None


def install_health_cache(parent: QObject) -> HealthCache:
    """Start the cache, owned by the main window (it dies with it), and fill it soon."""
    global _current
    _current = HealthCache(parent)
    _current.destroyed.connect(_forget)
    _current.refresh_soon()
    return _current


def _forget(*_args) -> None:
    global _current
    _current = None


def cached_health(client_id: int) -> ClientHealth | None:
    """The last known health of a client, or None (not computed yet, or not a contracted client)."""
    return _current.get(client_id) if _current is not None else None


def cached_firm_health() -> list[ClientHealth] | None:
    """Every client's last known health (empty until first computed), or None when no cache runs."""
    return list(_current.by_client.values()) if _current is not None else None


def store_firm_health(result: list[ClientHealth], day: dt.date) -> None:
    """Figures computed elsewhere (the dashboard) refresh the cache too."""
    if _current is not None:
        _current.store(result, day)


# ---- the client list's health column (ui.journal.client_list.COLUMNS) -----------------------------

def health_cell_text(row) -> str:
    """'⚠ 42' for a client with an early warning, '87' otherwise, blank when not known."""
    health = cached_health(row.id)
    if health is None:
        return ""
    return f"⚠ {health.score}" if health.warning else str(health.score)


def health_sort_key(row) -> int:
    health = cached_health(row.id)
    return health.score if health is not None else 101  # unknown after the healthiest


def health_cell_color(row):
    from ui.shell import labels

    health = cached_health(row.id)
    return labels.band_color(health.band) if health is not None else None
