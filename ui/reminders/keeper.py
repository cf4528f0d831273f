"""The reminders' clock: checks the user's items on a worker every minute, keeps what was announced
and snoozed (a local preference), and the reminders announced and not yet dealt with."""

import copy
import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.common import preferences
from app.hear.working_time import WorkCalendar
from app.today.reminders import (
    Reminder,
    ReminderCheck,
    ReminderMemory,
    check_reminders,
    memory_for,
    scope_key,
    snooze_until,
    with_memory,
)
from db.connection import shown_database
from ui.shell.events import bus
from ui.shell.tasks import run_task

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60_000
FIRST_CHECK_MS = 5_000  # after start: the window and its first pages come first


def reminded_user() -> int | None:
    """Whose items are announced: the acting user (one place to follow when that moves to app.common.identity)."""
    from ui.audit.acting import acting_user_id

    return acting_user_id()


class ReminderKeeper(QObject):
    """Announces the acting user's items as they come due; snooze, open and dismiss act on them."""

    announced = Signal(list)  # reminders just come due (list[Reminder]), to show
    pending_changed = Signal()  # self.pending changed: menus and the banner follow

    def __init__(self, parent: QWidget, opener: Callable[[Reminder], None],
                 now: Callable[[], dt.datetime] = dt.datetime.now):
        super().__init__(parent)
        self.opener = opener
        self.now = now
        self.pending: list[Reminder] = []  # announced, not yet opened, snoozed or dismissed; newest first
        self.calendar = WorkCalendar()
        self.scope = ""
        self.memory = ReminderMemory()
        self.task = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.check)
        bus().database_replaced.connect(self.check)

    @staticmethod
    def enabled() -> bool:
        return preferences.get("reminders_on")

    def check(self) -> None:
        """Read the user's items on a worker and announce those come due (nothing while one read runs)."""
        if self.task is not None and not self.task.done:
            return
        user_id = reminded_user() if self.enabled() else None
        scope = scope_key(shown_database(), user_id) if user_id else ""
        if scope != self.scope:
            self.scope, self.pending = scope, []
            self.memory = memory_for(preferences.get("reminders_state"), scope) if scope else ReminderMemory()
            self.pending_changed.emit()
        if not scope:
            return
        now, snapshot = self.now(), copy.deepcopy(self.memory)
        self.task = run_task(self.parent(), "", lambda _progress: check_reminders(user_id, now, snapshot),
                             lambda result: self._checked(scope, now, result), self._failed, quiet=True)

    def _checked(self, scope: str, now: dt.datetime, result: ReminderCheck) -> None:
        if scope != self.scope:
            return  # the journal or the user changed while this read ran
        self.calendar = result.calendar
        before = self.memory.to_dict()
        if result.working:
            self.memory.forget_all_but(set(result.keys))
        self.pending = [r for r in self.pending if r.key in result.keys]
        for reminder in result.reminders:
            until = self.memory.snoozed.get(reminder.key)
            if until is not None and until <= now:
                del self.memory.snoozed[reminder.key]
            self.memory.mark_shown(reminder)
        fresh = {r.key for r in result.reminders}
        self.pending = list(result.reminders) + [r for r in self.pending if r.key not in fresh]
        if self.memory.to_dict() != before:  # the settings file is written only when something changed
            self._save()
        if result.reminders:
            self.announced.emit(list(result.reminders))
        self.pending_changed.emit()

    def _failed(self, exc: Exception) -> None:
        log.warning("reminders could not be read: %s", exc)

    def _save(self) -> None:
        if self.scope:
            preferences.set("reminders_state", with_memory(preferences.get("reminders_state"), self.scope, self.memory))

    def _drop(self, reminder: Reminder) -> None:
        self.pending = [r for r in self.pending if r.key != reminder.key]
        self.pending_changed.emit()

    def snooze(self, reminder: Reminder, choice: str) -> dt.datetime:
        """Hide reminder until the snooze (choice: "15min", "1hour", "tomorrow") ends within working hours."""
        until = snooze_until(choice, self.now(), self.calendar)
        self.memory.snooze(reminder.key, until)
        self._save()
        self._drop(reminder)
        return until

    def open(self, reminder: Reminder) -> None:
        """Bring the window up on the reminder's client or entry; it is dealt with."""
        self._drop(reminder)
        self.opener(reminder)

    def dismiss(self, reminder: Reminder) -> None:
        self._drop(reminder)

    def stop(self) -> None:
        """Reminders turned off: nothing pending, nothing checked until they are on again."""
        self.scope, self.pending = "", []
        self.pending_changed.emit()
