"""Progress reporting for long work, with a way for the caller to cancel it."""

from collections.abc import Callable


class Cancelled(Exception):
    """The user cancelled the work; whatever it was writing has been rolled back."""


# progress(done, total, message) -> None; raises Cancelled when the user asked to stop.
Progress = Callable[[int, int, str], None]


def no_progress(done: int, total: int, message: str = "") -> None:
    return None
