"""A colleague's work shows in the open window: changes other programs commit to the journal, heard by
db.changes on a thread of its own, become the bus's signals, so every view reads again what it shows.

A burst (an import, a colleague's busy minute) is told once: the first change a moment after it is heard
(SETTLE_MS, so the rest of the burst joins it), later ones at most every MIN_GAP_MS. What this window's
own connection wrote is not told again: its screens were told when it saved (db.changes.OwnWrites).
"""

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.journal import queries
from db.changes import Change, ChangeWatcher, OwnWrites
from ui.shell.events import bus

log = logging.getLogger(__name__)

SETTLE_MS = 150
MIN_GAP_MS = 1000
# Tables whose changes no screen shows: they come with the changes that matter anyway.
UNSHOWN_TABLES = frozenset({"import_fingerprint"})


class _Relay(QObject):
    """Carries a change from the watcher's thread to the GUI thread. Never deleted: a watcher that is
    just stopping may still emit through it."""

    heard = Signal(object, object)  # the ChangeWatcher, the Change


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class LiveJournal(QObject):
    """Watches the open journal for other programs' changes and tells the window's views."""

    changed = Signal(object)  # frozenset of the tables changed (empty: any may have), once per burst

    def __init__(self, parent: QObject, open_client: Callable[[], int | None] = lambda: None):
        super().__init__(parent)
        self.open_client = open_client
        self.watcher: ChangeWatcher | None = None
        self.own: OwnWrites | None = None
        self.pending: Change | None = None
        self.told_at = 0.0  # time.monotonic() of the last tell
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._tell)
        _the_relay().heard.connect(self._heard)
        bus().database_replaced.connect(self.restart)
        # The watcher outlives this object by a moment at most: stopped when it goes, or the app quits.
        holder = self._holder = {"watcher": None}
        self.destroyed.connect(lambda *_: _stop(holder))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        self.start()

    def start(self) -> None:
        from db.models import db

        self.stop()
        database = db.obj
        if database is None:
            return
        self.own = OwnWrites(database)
        relay = _the_relay()
        # The watcher names itself in what it reports, so a late report from a stopped one is dropped.
        watcher = ChangeWatcher(database, lambda change: relay.heard.emit(watcher, change))
        self.watcher = self._holder["watcher"] = watcher.start()

    def stop(self) -> None:
        _stop(self._holder)
        self.watcher = None
        self.pending = None
        self.timer.stop()

    def restart(self) -> None:
        """Another journal was opened (File > Open, a restore): watch that one."""
        self.start()

    def _heard(self, watcher: ChangeWatcher, change: Change) -> None:
        if watcher is not self.watcher:
            return  # from the journal before a switch
        self.pending = change if self.pending is None else self.pending | change
        if not self.timer.isActive():
            since_ms = (time.monotonic() - self.told_at) * 1000
            self.timer.start(int(max(SETTLE_MS, MIN_GAP_MS - since_ms)))

    def _tell(self) -> None:
        change, self.pending = self.pending, None
        if change is None or self.own is None:
            return
        if change.tables and change.tables <= UNSHOWN_TABLES:
            return
        try:
            if not self.own.others_wrote(change):
                return  # this window's own save: its screens know already
        except Exception:  # noqa: BLE001 - in doubt, show the journal as it is
            log.debug("could not tell own writes apart", exc_info=True)
        self.told_at = time.monotonic()
        log.debug("the journal changed elsewhere: %s", sorted(change.tables) or "any table")
        self.changed.emit(change.tables)
        tell_views(change.tables, self.open_client())


def tell_views(tables: frozenset, open_client: int | None) -> None:
    """Every view reads again what it shows, keeping the person's place (as after a save here)."""
    events = bus()
    events.changed_elsewhere.emit(tables)
    if open_client is not None and queries.client_row(open_client) is not None:
        events.client_changed.emit(open_client)  # the client page: its card, timeline and tabs
    # (a client deleted elsewhere leaves the page when the list, read again, no longer has it)
    events.clients_changed.emit()  # the client list, Today, the feedback inbox, health, the dashboard


def _stop(holder: dict) -> None:
    watcher = holder.get("watcher")
    holder["watcher"] = None
    if watcher is not None:
        watcher.stop()  # its thread ends by itself within moments; nobody waits for it here


def install_live(window) -> LiveJournal:
    """Show colleagues' changes in the main window as they happen (its client page names the open client)."""
    window.live = LiveJournal(window, lambda: window.client_page.client_id)
    return window.live
