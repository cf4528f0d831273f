"""One bus of signals that tell every view the journal changed, so each refreshes itself."""

from PySide6.QtCore import QObject, Signal


class JournalEvents(QObject):
    """The journal changed: views listen here instead of to each other."""

    clients_changed = Signal()  # a client was added, removed or renamed, or many changed
    client_changed = Signal(int)  # one client's record or journal changed
    interactions_changed = Signal(int)  # client id whose interactions changed
    open_client = Signal(int)  # somebody asked to show this client
    open_interaction = Signal(int, int)  # client id, interaction id to show in the timeline
    database_replaced = Signal()  # a whole new database was opened, or a bulk import landed
    changed_elsewhere = Signal(object)  # another program changed these tables (a frozenset; empty: any)


_bus: JournalEvents | None = None


def bus() -> JournalEvents:
    global _bus
    if _bus is None:
        _bus = JournalEvents()
    return _bus
