"""How well promises were kept, in words: the Negotiations tab's line and Today's subtitle."""

import datetime as dt

from PySide6.QtCore import QCoreApplication

from app.negotiate.promises import kept_counts
from ui.shell import labels


def promise_rate_text(kept: int, due: int) -> str:
    """'Promises kept on time: 80 % (8 of 10 that came due)'."""
    text = QCoreApplication.translate("Negotiations", "Promises kept on time: %1 (%2 of %3 that came due)")
    return (text.replace("%1", labels.percent_text(100 * kept / due)).replace("%2", str(kept))
            .replace("%3", str(due)))


def promise_text(client_id: int, today: dt.date) -> str:
    """The client's promise-kept rate, or that none of the promises to it came due yet."""
    kept, due = kept_counts(client_id=client_id, as_of=today)
    if not due:
        return QCoreApplication.translate("Negotiations", "Promises to this client: none came due yet.")
    return promise_rate_text(kept, due)


def manager_promise_suffix(user_id: int | None, today: dt.date) -> str:
    """'  ·  Promises kept on time: ...' for the user's own promises (Today's subtitle); empty if none came due."""
    if not user_id:
        return ""
    kept, due = kept_counts(manager_id=user_id, as_of=today)
    return f"  \u00b7  {promise_rate_text(kept, due)}" if due else ""
