"""The real-screen tests share one X display and its keyboard focus: they take turns at it.

The suite runs on several workers (pytest-xdist); a test typing into the app while another starts
a window on the same display would lose its focus. Each real-screen test holds a lock named after
the display for as long as it runs, so the others (on any worker, or in another run) wait."""

import fcntl
import os
import tempfile
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def the_display_to_ourselves():
    display = os.environ.get("RAPPORT_REAL_DISPLAY", "").replace(":", "_").replace("/", "_")
    lock = Path(tempfile.gettempdir()) / f"rapport-realscreen{display}.lock"
    with open(lock, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
