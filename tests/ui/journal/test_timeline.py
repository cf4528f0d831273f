"""The timeline: newest first, grouped by day, pages fetched as the user scrolls."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db.models import Interaction, db
from tests.authors import signing_author
from ui.journal.timeline import TimelineModel, TimelineView

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

START = dt.datetime(2026, 3, 1, 9, 0)


def insert_interactions(client, count: int, step=dt.timedelta(hours=5)) -> None:
    """Many interactions at once (bulk insert, no per-row services), oldest first."""
    rows = [{"client": client.id, "occurred_at": START + i * step, "channel": "call", "kind": "update",
             "summary": f"entry {i}", "notes": "", "created_at": START, "updated_at": START}
            for i in range(count)]
    with db.atomic():
        for first in range(0, count, 500):
            Interaction.insert_many(rows[first:first + 500]).execute()


def test_the_model_passes_the_model_tester(qtmodeltester, make_client, make_interaction):
    acme = make_client()
    for day in range(1, 6):
        make_interaction(acme, occurred_at=dt.datetime(2026, 3, day, 10), tags=["hear"], sentiment=day - 3)
    model = TimelineModel()
    model.set_client(acme.id)
    model.fetchMore()
    qtmodeltester.check(model)


def test_rows_are_newest_first_and_the_first_of_each_day_starts_a_group(make_client, make_interaction):
    acme = make_client()
    for hour in (9, 12, 15):
        make_interaction(acme, occurred_at=dt.datetime(2026, 3, 2, hour), summary=f"2nd at {hour}")
    make_interaction(acme, occurred_at=dt.datetime(2026, 3, 1, 11), summary="1st")
    model = TimelineModel()
    model.set_client(acme.id)
    model.fetchMore()

    summaries = [model.index(i).data() for i in range(model.rowCount())]
    starts = [model.index(i).data(TimelineModel.FirstOfDayRole) for i in range(model.rowCount())]

    assert summaries == ["2nd at 15", "2nd at 12", "2nd at 9", "1st"]
    assert starts == [True, False, False, True]


def test_twenty_thousand_entries_open_at_once_and_load_more_on_scroll(qtbot, make_client):
    acme = make_client()
    insert_interactions(acme, 20_000)
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()

    view.set_client(acme.id)

    model = view.timeline
    assert model.total == 20_000
    assert model.rowCount() == TimelineModel.PAGE_SIZE  # only the first page is read
    assert model.index(0).data() == "entry 19999"
    loaded = model.rowCount()
    for _ in range(3):
        view.scrollToBottom()
        bar = view.verticalScrollBar()
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda n=loaded: model.rowCount() > n)
        loaded = model.rowCount()
    assert loaded < model.total  # still lazy: the rest waits for more scrolling
    assert model.index(loaded - 1).data() == f"entry {20_000 - loaded}"


def test_showing_an_interaction_loads_the_pages_before_it(qtbot, make_client):
    acme = make_client()
    insert_interactions(acme, 1000)
    target = Interaction.get(Interaction.summary == "entry 10")
    view = TimelineView()
    qtbot.addWidget(view)
    view.set_client(acme.id)

    view.show_interaction(target.id)

    assert view.currentIndex().data() == "entry 10"


def test_double_click_opens_the_entry_in_the_editor(qtbot, make_client, make_interaction):
    from ui.journal.interaction_editor import InteractionEditor

    acme = make_client()
    entry = make_interaction(acme, summary="Price talk")
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    view.set_client(acme.id)

    with qtbot.waitSignal(view.edit_requested) as signal:
        rect = view.visualRect(view.timeline.index(0))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert signal.args == [acme.id, entry.id]
    editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, InteractionEditor) and w.isVisible()]
    assert [e.interaction_id for e in editors] == [entry.id]
    for editor in editors:
        editor.reject()


def test_a_logged_interaction_appears_at_the_top(qtbot, make_client, make_interaction):
    from app.journal import records as journal
    from ui.shell.events import bus

    acme = make_client()
    make_interaction(acme, occurred_at=dt.datetime(2026, 3, 1, 10), summary="old")
    view = TimelineView()
    qtbot.addWidget(view)
    view.set_client(acme.id)
    journal.log_interaction(author=signing_author(), client=acme.id, occurred_at=dt.datetime(2026, 3, 9, 10), channel="email",
                            kind="complaint", summary="new")

    bus().interactions_changed.emit(acme.id)

    assert [view.timeline.index(i).data() for i in range(2)] == ["new", "old"]


def test_scrolling_the_timeline_makes_workers_step_aside(qtbot, make_client, monkeypatch):
    import time

    from app.common import busy

    monkeypatch.setattr(busy, "_busy_until", 0.0)
    acme = make_client()
    insert_interactions(acme, 300)
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.show()
    view.set_client(acme.id)
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert busy._busy_until < time.monotonic()
    bar.setValue(bar.pageStep())
    assert busy._busy_until > time.monotonic()  # a worker reaching step_aside() now waits
