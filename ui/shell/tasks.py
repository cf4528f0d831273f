"""Slow work off the GUI thread: one helper with a cancellable progress dialog and callbacks.

Modelled on Anki's CollectionOp and Picard's run_task. The work function runs on a
QThreadPool thread with its own database connection (peewee keeps one per thread); it
receives a `progress(done, total, message)` callable that raises app.common.progress.Cancelled once
the user pressed Cancel. Callbacks run back on the GUI thread. Workers never touch widgets.
"""

import logging
import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QProgressDialog, QWidget
from shiboken6 import isValid

from app.common.busy import screen_busy, step_aside
from app.common.progress import Cancelled

log = logging.getLogger(__name__)


def workers_wait_while_scrolled(view: QAbstractScrollArea) -> None:
    """While the user scrolls this view, workers step aside (app.common.busy), so its paints never
    wait for a worker's Python."""
    for bar in (view.verticalScrollBar(), view.horizontalScrollBar()):
        bar.valueChanged.connect(_scrolled)


def _scrolled(_value: int) -> None:
    screen_busy()


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, work: Callable, signals: _Signals, cancel_flag: threading.Event):
        super().__init__()
        self.work = work
        self.signals = signals
        self.cancel_flag = cancel_flag
        # Not deleted by the pool on its worker thread: the Task keeps it, and it goes with the
        # Task on the GUI thread (_retire). A pool thread deleting it would free its Python side,
        # the work function and what that holds, there, racing the GUI thread's garbage collector.
        self.setAutoDelete(False)

    def _progress(self, done: int, total: int, message: str = "") -> None:
        if self.cancel_flag.is_set():
            raise Cancelled()
        step_aside()
        self.signals.progressed.emit(int(done), int(total), message)

    def run(self) -> None:
        from db.models import db

        try:
            try:
                result = self.work(self._progress)
            except Cancelled:
                self.signals.cancelled.emit()
            except Exception as exc:  # delivered to the failure callback on the GUI thread
                exc.traceback_text = traceback.format_exc()
                self.signals.failed.emit(exc)
            else:
                self.signals.succeeded.emit(result)
        except RuntimeError as exc:
            # The app quit (its Task deleted) while this worker ran: nobody is left to tell.
            log.debug("a worker finished after its task was gone: %s", exc)
        finally:
            try:
                if db.obj is not None and not db.obj.is_closed():
                    db.obj.close()  # closes this worker thread's own connection only
            except Exception:  # noqa: BLE001 - closing must never hide the result
                log.debug("closing the worker connection failed", exc_info=True)


# Every task stays referenced here from its start until no worker runs any more, so a caller need
# not keep one. Dropping a Task's last Python reference makes PySide delete its signal connections
# at once, and a worker still inside its last emission then touches freed memory ("QObject: shared
# QObject was deleted directly", then a crash); a callback dropping it would delete it mid-call.
_kept: list = []


def _retire(finishing: "Task | None" = None) -> None:
    """Forget finished tasks, once no worker could still be emitting for one; the one finishing now
    stays until a later call, past its callbacks."""
    if QThreadPool.globalInstance().activeThreadCount() == 0:
        _kept[:] = [task for task in _kept if not task.done or task is finishing]


class Task(QObject):
    """A running piece of slow work; keep a reference until it finishes."""

    finished = Signal()

    def __init__(self, parent: QWidget | None, title: str, work: Callable,
                 on_success: Callable | None = None, on_failure: Callable | None = None,
                 on_cancel: Callable | None = None, cancellable: bool = True, show_after_ms: int = 300,
                 quiet: bool = False, owner: QObject | None = None):
        super().__init__(parent)
        self.owner = owner  # the object the answers are for: once it is deleted, they go nowhere
        self.cancel_flag = threading.Event()
        self.signals = _Signals()
        self.on_success, self.on_failure, self.on_cancel = on_success, on_failure, on_cancel
        self.done = False
        self._progress_depth = 0  # > 0 while QProgressDialog.setValue runs its nested event loop
        self._pending: Callable | None = None
        self.dialog: QProgressDialog | None = None
        if not quiet:  # quiet: background reads a screen fills itself from, with no dialog at all
            self._build_dialog(parent, title, cancellable, show_after_ms)
        self.signals.progressed.connect(self._on_progress)
        self.signals.succeeded.connect(self._succeeded)
        self.signals.failed.connect(self._failed)
        self.signals.cancelled.connect(self._cancelled)
        _retire()
        _kept.append(self)
        self.runnable = _Runnable(work, self.signals, self.cancel_flag)
        QThreadPool.globalInstance().start(self.runnable)

    def _build_dialog(self, parent: QWidget | None, title: str, cancellable: bool, show_after_ms: int) -> None:
        self.dialog = QProgressDialog(title, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(show_after_ms)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self.cancel)

    def cancel(self) -> None:
        self.cancel_flag.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling..."))

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self.done or self.dialog is None:
            return
        # A window-modal QProgressDialog's setValue() runs processEvents(): the outcome may arrive
        # in there, and finishing then would delete the dialog under setValue (a crash, later).
        self._progress_depth += 1
        try:
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(min(done, total) if total else 0)
            if message:
                self.dialog.setLabelText(message)
        finally:
            self._progress_depth -= 1
        if self._progress_depth == 0 and self._pending is not None:
            pending, self._pending = self._pending, None
            pending()

    def _settle(self, handler: Callable, *args) -> None:
        if self._progress_depth:
            self._pending = lambda: handler(*args)
        else:
            handler(*args)

    def _succeeded(self, result) -> None:
        self._settle(self._on_success, result)

    def _failed(self, exc) -> None:
        self._settle(self._on_failure, exc)

    def _cancelled(self) -> None:
        self._settle(self._on_cancelled)

    def _finish(self) -> None:
        self.done = True
        _retire(self)
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
        self.finished.emit()
        # deleteLater is deferred already; a Python-side timer would call a Task that its parent
        # (a closed dialog) may have deleted in the meantime.
        self.deleteLater()

    def _owner_gone(self) -> bool:
        return self.owner is not None and not isValid(self.owner)

    def _on_success(self, result) -> None:
        self._finish()
        if self.on_success and not self._owner_gone():
            self.on_success(result)

    def _on_failure(self, exc) -> None:
        self._finish()
        log.error("task failed: %s", getattr(exc, "traceback_text", exc))
        if self._owner_gone():
            return  # the window that asked was closed meanwhile: nobody to tell
        if self.on_failure:
            self.on_failure(exc)
        else:
            from ui.shell.errors import show_error

            show_error(self.parent(), exc)

    def _on_cancelled(self) -> None:
        self._finish()
        if self.on_cancel:
            self.on_cancel()


def run_task(parent: QWidget | None, title: str, work: Callable, on_success: Callable | None = None,
             on_failure: Callable | None = None, on_cancel: Callable | None = None,
             cancellable: bool = True, quiet: bool = False, owner: QObject | None = None) -> Task:
    """Run work(progress) on a worker thread with a progress dialog (none if quiet); see the module docstring.
    With an owner (a model, a view), the answer is dropped if the owner was deleted before it came."""
    return Task(parent, title, work, on_success, on_failure, on_cancel, cancellable, quiet=quiet, owner=owner)
