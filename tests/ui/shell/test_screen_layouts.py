"""Every screen and dialog of the demo firm, at 1024x700 and 1920x1080, in English, Russian and
Ukrainian: no text wider than the widget showing it, no two visible widgets over each other."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.common import preferences
from tests.authors import act_as
from ui.shell.layout_audit import layout_problems
from ui.shell.screen_tour import SIZES, screens, settle


@pytest.fixture
def language(request, qapp):
    from ui.shell.i18n import load_translators

    load_translators(qapp, request.param)
    preferences.set("language", request.param)
    yield request.param
    load_translators(qapp, "en")


@pytest.mark.parametrize("language", ["en", "ru", "uk"], indirect=True)
def test_every_screen_holds_its_layout_at_both_sizes(qtbot, language, monkeypatch):
    # Views scrolled by the walk would make the health workers step aside for a moment each time.
    monkeypatch.setattr("ui.shell.tasks.screen_busy", lambda *_args: None)
    from app.demo.sample_firm import build_demo
    from ui.shell.main_window import MainWindow
    from ui.shell.screenshots import souring_client

    build_demo(today=dt.date.today())
    client_id, manager_id = souring_client()
    act_as(manager_id)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    settle(quiet_s=0.7, rounds=1)  # the health figures are computed a moment after the start
    problems, seen = [], set()
    for size in SIZES:
        # Dialogs keep their own size, so they are looked at on the smaller screen only.
        for name, widget in screens(window, client_id, SIZES[size], dialogs=size == "1024x700"):
            settle(quiet_s=0.02, rounds=1)
            seen.add(name)
            problems += [f"{name} at {size}: {problem}" for problem in layout_problems(widget, SIZES[size])]
    assert {"main-window", "client-health", "page-dashboard", "dialog-health-weights"} <= seen
    assert not problems, f"{language}:\n" + "\n".join(problems)


def test_the_audit_sees_a_cut_label_a_cut_button_and_overlapping_widgets(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    label = QLabel("A sentence far too long for the room it is given")
    label.setMinimumWidth(10)
    button = QPushButton("A button with a long caption")
    button.setMinimumWidth(10)
    layout.addWidget(label)
    layout.addWidget(button)
    page.resize(400, 100)
    page.show()
    qtbot.waitExposed(page)
    assert layout_problems(page) == []
    page.resize(60, 100)
    settle(quiet_s=0.01, rounds=1)
    found = layout_problems(page)
    assert any("label cut" in p and "far too long" in p for p in found)
    assert any("button cut" in p for p in found)
    button.setGeometry(label.geometry())  # a widget laid over another
    assert any("overlaps" in p for p in layout_problems(page))


def test_the_walk_looks_at_the_firms_log_as_an_owner_and_goes_back_to_who_was_acting(qtbot, make_user):
    from app.common import identity
    from app.journal import records
    from tests.authors import firm_owner
    from ui.shell.screen_tour import DIALOGS

    records.create_client(name="Acme LLC", stage="prospect", by=firm_owner())  # something in the firm's log
    manager = act_as(make_user("Olena", role="account_manager"))
    log = dict(DIALOGS)["audit-trail"](None, None)
    qtbot.addWidget(log)
    qtbot.waitUntil(lambda: not log.view.model.loading)
    assert log.view.model.rowCount() > 0, "the firm's log was refused to the walk"
    assert identity.acting_id() == manager.id
