"""Long reads on workers step aside while the screen is busy, never on the main thread."""

import datetime as dt
import threading
import time

import pytest

from app.common import busy


@pytest.fixture(autouse=True)
def quiet_screen(monkeypatch):
    monkeypatch.setattr(busy, "_busy_until", 0.0)


def on_a_worker(call) -> float:
    """Seconds the call took on a worker thread."""
    took = {}

    def run():
        start = time.monotonic()
        call()
        took["s"] = time.monotonic() - start

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(10)
    return took["s"]


def test_a_worker_goes_on_at_once_while_the_screen_is_quiet():
    assert on_a_worker(busy.step_aside) < 0.05


def test_a_worker_waits_while_the_screen_is_busy_and_goes_on_after():
    busy.screen_busy(0.3)
    waited = on_a_worker(busy.step_aside)
    assert 0.25 <= waited < 2


def test_the_main_thread_never_waits():
    busy.screen_busy(5)
    start = time.monotonic()
    busy.step_aside()
    assert time.monotonic() - start < 0.05


def test_a_worker_never_waits_longer_than_the_limit(monkeypatch):
    monkeypatch.setattr(busy, "LONGEST_WAIT_S", 0.2)
    busy.screen_busy(30)
    assert on_a_worker(busy.step_aside) < 1


def test_stepping_yields_every_item_and_steps_aside_between_them(monkeypatch):
    calls = []
    monkeypatch.setattr(busy, "step_aside", lambda: calls.append(1))
    assert list(busy.stepping(range(130), every=64)) == list(range(130))
    assert len(calls) == 3  # at items 0, 64 and 128


def test_the_firm_health_on_a_worker_waits_for_a_busy_screen(make_client, make_interaction):
    from app.health.score import firm_health

    for n in range(3):
        make_interaction(make_client(f"Client {n}", stage="contracted"))
    busy.screen_busy(0.4)
    took = on_a_worker(lambda: firm_health(dt.date.today()))
    assert took >= 0.3


def test_the_collector_waits_while_long_reads_run_and_comes_back_after_the_last():
    import gc
    import threading

    from app.common.busy import collector_paused

    assert gc.isenabled()
    inner_started, inner_may_end = threading.Event(), threading.Event()

    def other_read():
        with collector_paused():
            inner_started.set()
            inner_may_end.wait(5)

    worker = threading.Thread(target=other_read)
    with collector_paused():
        assert not gc.isenabled()
        worker.start()
        inner_started.wait(5)
    assert not gc.isenabled()  # the other read still runs
    inner_may_end.set()
    worker.join(5)
    assert gc.isenabled()
    try:
        with collector_paused():
            raise ValueError("a read that fails")
    except ValueError:
        pass
    assert gc.isenabled()
