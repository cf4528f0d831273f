"""How well promises were kept, in words: the Negotiations tab's line and Today's subtitle.

Both count over the same window as the dashboard and the team view (app.negotiate.promises
rate_window_days, the health score's lookback) and say it, so one client's rate reads the same
on every screen."""

import datetime as dt

from PySide6.QtCore import QCoreApplication

from app.negotiate.promises import kept_counts, rate_window_days, rate_window_start
from ui.shell import labels


def promise_rate_text(kept: int, due: int, days: int) -> str:
    """'Promises kept on time, last 90 days: 80 % (8 of 10 that came due)'."""
    text = QCoreApplication.translate("Negotiations", "Promises kept on time, %1: %2 (%3 of %4 that came due)")
    return (text.replace("%1", labels.window_text(days)).replace("%2", labels.percent_text(100 * kept / due))
            .replace("%3", str(kept)).replace("%4", str(due)))


def promise_text(client_id: int, today: dt.date) -> str:
    """The client's promise-kept rate over the window, or that none of the promises to it came due in it."""
    days = rate_window_days()
    kept, due = kept_counts(client_id=client_id, as_of=today, since=rate_window_start(today, days))
    if not due:
        return QCoreApplication.translate("Negotiations", "Promises to this client, %1: none came due.").replace(
            "%1", labels.window_text(days))
    return promise_rate_text(kept, due, days)


def manager_promise_suffix(user_id: int | None, today: dt.date) -> str:
    """'  ·  Promises kept on time, last 90 days: ...' for the user's own promises (Today's subtitle);
    empty if none came due in the window."""
    if not user_id:
        return ""
    days = rate_window_days()
    kept, due = kept_counts(manager_id=user_id, as_of=today, since=rate_window_start(today, days))
    return f"  \u00b7  {promise_rate_text(kept, due, days)}" if due else ""
