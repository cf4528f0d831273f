"""The Negotiations tab: open one, change its status with a reason, agree and complete actions."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.common.identity import acting_id
from app.negotiate import negotiations as N
from app.negotiate.ledger import client_negotiations, negotiation_detail
from tests.authors import act_as, firm_owner
from tests.ui.dialog_support import wait_saved
from ui.negotiate.detail import ActionsModel
from ui.negotiate.ledger import LedgerModel, NegotiationLedgerTab
from ui.widgets.fields_dialog import FieldsDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")  # offscreen platform only


@pytest.fixture
def acme(make_user, make_client):
    olena = make_user("Olena")
    act_as(olena.id)
    return make_client("Acme", account_manager=olena.id)


@pytest.fixture
def tab(qtbot, acme):
    widget = NegotiationLedgerTab()
    qtbot.addWidget(widget)
    widget.set_client(acme.id)
    return widget


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_models_are_sound(qtmodeltester, acme):
    talk = N.open_negotiation(acme.id, "Price", opened_at="2026-03-01", target_date="2026-03-10", by=firm_owner())
    N.add_action(talk.id, "Send list", due="2026-03-05", by=firm_owner())
    ledger = LedgerModel()
    ledger.reload(acme.id)
    qtmodeltester.check(ledger)
    actions = ActionsModel()
    actions.show_actions(negotiation_detail(talk.id).actions)
    qtmodeltester.check(actions)


def test_open_a_negotiation_from_the_tab(qtbot, tab, acme):
    click(qtbot, tab.new_button)
    dialog = tab.findChild(FieldsDialog)
    assert not dialog.ok_button().isEnabled()
    qtbot.keyClicks(dialog.fields["topic"], "Price increase 2027")
    qtbot.keyClicks(dialog.fields["our_position"], "8% from January")
    qtbot.keyClicks(dialog.fields["contract_refs"], "clause 4.2")
    click(qtbot, dialog.ok_button())
    wait_saved(qtbot, dialog)
    assert [r.topic for r in client_negotiations(acme.id)] == ["Price increase 2027"]
    assert tab.model.rowCount() == 1
    assert "Price increase 2027" in tab.detail.title.text()
    assert "8% from January" in tab.detail.our_position.text()


def test_a_status_change_needs_its_reason_and_shows_in_the_history(qtbot, tab, acme):
    N.open_negotiation(acme.id, "Penalty clause", opened_at="2026-03-01", by=firm_owner())
    tab.refresh()
    click(qtbot, tab.detail.buttons["status"])
    dialog = tab.findChild(FieldsDialog)
    offered = [dialog.fields["status"].itemData(i) for i in range(dialog.fields["status"].count())]
    assert offered == ["agreed", "deadlock", "escalated", "withdrawn"]
    assert not dialog.ok_button().isEnabled()
    dialog.fields["status"].setCurrentIndex(offered.index("deadlock"))
    qtbot.keyClicks(dialog.fields["reason"], "They refuse any penalty")
    click(qtbot, dialog.ok_button())
    wait_saved(qtbot, dialog)
    assert "deadlock" in tab.detail.title.text()
    assert "They refuse any penalty" in tab.detail.history.toPlainText()
    assert tab.model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_agree_an_action_and_mark_it_done(qtbot, tab, acme):
    N.open_negotiation(acme.id, "Delivery window", opened_at="2026-03-01", by=firm_owner())
    tab.refresh()
    click(qtbot, tab.detail.buttons["action"])
    dialog = tab.findChild(FieldsDialog)
    qtbot.keyClicks(dialog.fields["description"], "Send the new schedule")
    dialog.fields["due"].set_day(dt.date.today() + dt.timedelta(days=2))
    click(qtbot, dialog.ok_button())
    wait_saved(qtbot, dialog)
    assert tab.detail.actions_model.rowCount() == 1
    tab.detail.actions.selectRow(0)
    click(qtbot, tab.detail.buttons["done"])
    assert tab.detail.actions_model.rows[0].done_at == dt.date.today()
    assert "Promises kept on time" not in tab.promises.text()  # not due yet: nothing came due


def days_ago(days: int) -> str:
    return (dt.date.today() - dt.timedelta(days=days)).isoformat()


def test_the_promise_rate_is_shown_with_its_window(tab, acme):
    talk = N.open_negotiation(acme.id, "Price", opened_at=days_ago(200), by=firm_owner())
    N.complete_action(N.add_action(talk.id, "On time", due=days_ago(10), by=firm_owner()).id, days_ago(10), by=firm_owner())
    N.add_action(talk.id, "Forgotten", due=days_ago(9), by=firm_owner())
    N.add_action(talk.id, "Forgotten long ago", due=days_ago(150), by=firm_owner())  # outside the window: not counted
    tab.refresh()
    from ui.shell.labels import window_text

    assert tab.promises.text() == f"Promises kept on time, {window_text(90)}: 50% (1 of 2 that came due)"


def test_today_shows_my_promise_kept_rate(qtbot, acme):
    from ui.today.page import TodayPage

    talk = N.open_negotiation(acme.id, "Price", opened_at=days_ago(30), by=firm_owner())
    me = acting_id()
    N.complete_action(N.add_action(talk.id, "On time", owner=me, due=days_ago(10), by=firm_owner()).id, days_ago(11),
                      by=firm_owner())
    N.add_action(talk.id, "Forgotten", owner=me, due=days_ago(9), by=firm_owner())
    page = TodayPage()
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.loading)  # read with Today's items, on a worker
    from ui.shell.labels import window_text

    assert f"Promises kept on time, {window_text(90)}: 50% (1 of 2" in page.subtitle.text()
