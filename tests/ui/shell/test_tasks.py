"""Slow work on a worker thread: results, failures and cancelling reach the GUI thread."""

import threading

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from app.common.errors import RapportError
from db.models import Client
from tests.authors import firm_owner
from ui.shell.tasks import run_task

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_success_delivers_the_result_on_the_gui_thread(qtbot, parent):
    seen = {}

    def work(progress):
        progress(1, 2, "half way")
        return threading.current_thread() is not threading.main_thread()

    def done(result):
        seen["on_worker"] = result
        seen["callback_on_main"] = threading.current_thread() is threading.main_thread()

    task = run_task(parent, "Working", work, on_success=done)
    with qtbot.waitSignal(task.finished):
        pass
    assert seen == {"on_worker": True, "callback_on_main": True}


def test_the_worker_reads_and_writes_the_journal(qtbot, parent, make_client):
    make_client("Acme LLC")
    results = []

    def work(progress):
        from app.journal import records as journal

        journal.create_client(name="Made on a worker", by=firm_owner())
        return Client.select().count()

    task = run_task(parent, "Working", work, on_success=results.append)
    with qtbot.waitSignal(task.finished):
        pass
    assert results == [2]
    assert Client.get_or_none(Client.name == "Made on a worker") is not None


def test_failure_goes_to_the_failure_callback(qtbot, parent):
    failures = []

    def work(progress):
        raise RapportError("the file is locked")

    task = run_task(parent, "Working", work, on_failure=failures.append)
    with qtbot.waitSignal(task.finished):
        pass
    assert [str(f) for f in failures] == ["the file is locked"]


def test_cancel_stops_the_work_and_rolls_back(qtbot, parent):
    from app.journal import records as journal
    from db.models import db

    started, outcome = threading.Event(), []

    def work(progress):
        with db.atomic():
            journal.create_client(name="Half-made", by=firm_owner())
            started.set()
            while True:
                progress(0, 10, "waiting")  # raises Cancelled once the user cancelled
                threading.Event().wait(0.01)

    task = run_task(parent, "Working", work, on_success=lambda r: outcome.append("success"),
                    on_cancel=lambda: outcome.append("cancelled"))
    assert started.wait(5)
    with qtbot.waitSignal(task.finished):
        task.dialog.findChild(QPushButton).click()  # the Cancel button
    assert outcome == ["cancelled"]
    assert Client.get_or_none(Client.name == "Half-made") is None


def test_a_log_page_arriving_after_its_window_closed_goes_nowhere(qtbot):
    """A firm's log (or the trash) closed while its page is read: the late answer, a row or a
    refusal, must not reach the deleted model (it raised "Signal source has been deleted")."""
    import shiboken6

    from app.common.errors import PermissionDenied
    from ui.audit.model import AuditModel

    release = threading.Event()
    model = AuditModel()

    def slow_refusal(_before, _limit):
        release.wait(5)
        raise PermissionDenied("only owners may read the firm's log")

    model.set_loader(slow_refusal)
    model.fetchMore()
    assert model.loading
    shiboken6.delete(model)  # the window closed
    release.set()
    qtbot.wait(300)  # the worker answers now: an exception here fails the test (pytest-qt)
