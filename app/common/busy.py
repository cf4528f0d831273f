"""Long reads on worker threads step aside while the person at the screen is busy.

Python runs one thread at a time: a worker computing the firm's health in Python takes turns
with the screen, and every paint of a scrolled list then waits for it. The screen calls
screen_busy() while the user scrolls; the long reads call step_aside() in their loops, which
sleeps (letting the screen run) until the screen has been quiet for a moment. Work done by the
database itself goes on meanwhile: SQLite lets other threads run while it works.
"""

import gc
import threading
import time
from contextlib import contextmanager
from itertools import islice

QUIET_S = 0.25  # how long after the last scroll the screen counts as busy
LONGEST_WAIT_S = 5.0  # a worker never waits longer than this at one step, however busy the screen

_busy_until = 0.0


def screen_busy(seconds: float = QUIET_S) -> None:
    """The screen is busy for the next seconds (called from the GUI thread, on every scroll step)."""
    global _busy_until
    _busy_until = max(_busy_until, time.monotonic() + seconds)


def step_aside() -> None:
    """On a worker: wait while the screen is busy (at most LONGEST_WAIT_S); at once otherwise,
    and always at once on the main thread (the screen's own, or the command line's)."""
    now = time.monotonic()
    if _busy_until <= now or threading.current_thread() is threading.main_thread():
        return
    give_up = now + LONGEST_WAIT_S
    while (now := time.monotonic()) < min(_busy_until, give_up):
        time.sleep(min(_busy_until - now, 0.02))


def stepping(items, every: int = 64):
    """items, stepping aside every `every` of them (for loops over many rows). Handed on a batch
    at a time: a generator resumed in Python for every item costs more than the loop's own work."""
    batches = iter(items)
    while batch := list(islice(batches, every)):
        step_aside()
        yield from batch


_paused = 0
_pause_lock = threading.Lock()


@contextmanager
def collector_paused():
    """Python's cycle collector waits while a long read builds its many objects (the firm's health
    at many dates): a full collection over them would hold every thread, the screen's too, for a
    tenth of a second or more, and adds nothing, since those objects form no cycles. Reference
    counting frees them as always; the collector runs again once the last such read is done."""
    global _paused
    with _pause_lock:
        mine = _paused > 0 or gc.isenabled()  # disabled by someone else: leave it to them
        if mine:
            gc.disable()
            _paused += 1
    try:
        yield
    finally:
        if mine:
            with _pause_lock:
                _paused -= 1
                if _paused == 0:
                    gc.enable()
