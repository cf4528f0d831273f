"""The feedback inbox and the client's Feedback tab, driven as a person would."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.common.identity import acting_id
from app.hear import feedback
from tests.authors import act_as, firm_owner
from tests.ui.dialog_support import wait_saved
from ui.hear.feedback_inbox import COLUMNS, FeedbackInboxPage
from ui.hear.feedback_model import FeedbackTableModel
from ui.hear.feedback_tab import FeedbackTab
from ui.shell.events import bus
from ui.widgets.fields_dialog import FieldsDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")  # offscreen platform only
LONG_AGO = dt.datetime(2026, 3, 2, 10)


@pytest.fixture
def firm(make_user, make_client):
    olena = make_user("Olena")
    act_as(olena.id)
    acme = make_client("Acme", account_manager=olena.id)
    birch = make_client("Birch", account_manager=olena.id)
    old = feedback.open_feedback(acme.id, "Late delivery", raised_at=LONG_AGO, by=firm_owner())
    fresh = feedback.open_feedback(birch.id, "Noisy pump", raised_at=dt.datetime.now().replace(microsecond=0), by=firm_owner())
    return olena, acme, birch, old, fresh


def test_the_model_is_a_sound_table(qtmodeltester, firm):
    model = FeedbackTableModel(COLUMNS)
    rows = feedback.inbox(dt.datetime.now())
    model.load(lambda offset, limit: rows[offset:offset + limit], len(rows))
    qtmodeltester.check(model)


def test_the_model_pages_long_lists(firm, make_client):
    client = make_client("Many")
    for i in range(5):
        feedback.open_feedback(client.id, f"Item {i}", raised_at=LONG_AGO + dt.timedelta(hours=i), by=firm_owner())
    model = FeedbackTableModel(COLUMNS)
    model.PAGE = 3
    model.load(lambda offset, limit: feedback.inbox(dt.datetime.now(), offset=offset, limit=limit),
               feedback.inbox_count())
    assert model.rowCount() == 3 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 7 and not model.canFetchMore()


def test_the_inbox_lists_oldest_first_and_highlights_the_overdue(qtbot, firm):
    page = FeedbackInboxPage()
    qtbot.addWidget(page)
    model = page.model
    summaries = [model.index(r, COLUMNS.index("summary")).data() for r in range(model.rowCount())]
    assert summaries == ["Late delivery", "Noisy pump"]
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "so far" in model.index(0, COLUMNS.index("to_ack")).data()
    assert "1 waiting past the acknowledgement rule" in page.counts.text()


def test_acknowledge_from_the_inbox(qtbot, firm):
    olena, _, _, old, _ = firm
    page = FeedbackInboxPage()
    qtbot.addWidget(page)
    page.table.selectRow(0)
    qtbot.mouseClick(page.acknowledge_button, Qt.MouseButton.LeftButton)
    item = feedback.get_feedback(old.id)
    assert item.status == "acknowledged" and item.acknowledged_at is not None
    status = page.model.index(0, COLUMNS.index("status")).data()
    assert status == "acknowledged"
    assert not page.acknowledge_button.isEnabled()


def test_resolving_takes_it_off_the_inbox(qtbot, firm, make_interaction):
    _, acme, _, old, _ = firm
    fix = make_interaction(acme, occurred_at=LONG_AGO + dt.timedelta(days=1), summary="Replaced the order")
    page = FeedbackInboxPage()
    qtbot.addWidget(page)
    page.table.selectRow(0)
    qtbot.mouseClick(page.resolve_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(FieldsDialog)
    combo = dialog.fields["resolved_by"]
    combo.setCurrentIndex(combo.findData(fix.id))
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    wait_saved(qtbot, dialog)
    assert feedback.get_feedback(old.id).resolved_by_id == fix.id
    assert page.model.rowCount() == 1
    tab = FeedbackTab()
    qtbot.addWidget(tab)
    tab.set_client(acme.id)
    [row] = [r for r, item in enumerate(tab.model.rows) if item.id == old.id]
    story = tab.model.index(row, tab.model.columns.index("status")).data(Qt.ItemDataRole.ToolTipRole)
    assert "Acknowledged" in story and "Resolved by: Replaced the order" in story


def test_double_click_opens_the_client(qtbot, firm):
    _, acme, _, _, _ = firm
    page = FeedbackInboxPage()
    qtbot.addWidget(page)
    with qtbot.waitSignal(bus().open_client) as opened:
        page.table.doubleClicked.emit(page.model.index(0, 1))
    assert opened.args == [acme.id]


def test_only_mine(qtbot, firm, make_user):
    other = make_user("Taras")
    feedback.assign_feedback(firm[4].id, other.id, by=firm_owner())
    page = FeedbackInboxPage()
    qtbot.addWidget(page)
    page.mine.setChecked(True)
    assert page.model.rowCount() == 1


def test_the_client_tab_counts_repeat_contacts(qtbot, firm, make_interaction):
    _, acme, _, old, _ = firm
    again = make_interaction(acme, occurred_at=LONG_AGO + dt.timedelta(days=2), summary="Where is it?")
    tab = FeedbackTab()
    qtbot.addWidget(tab)
    tab.set_client(acme.id)
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.repeat_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(FieldsDialog)
    combo = dialog.fields["interaction"]
    assert not dialog.ok_button().isEnabled()
    combo.setCurrentIndex(combo.findData(again.id))
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    wait_saved(qtbot, dialog)
    assert tab.model.index(0, tab.model.columns.index("repeats")).data() == "1"
    assert "came back 1 time" in tab.summary.text()


def test_a_refused_change_is_shown_not_raised(qtbot, firm, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    _, acme, _, old, _ = firm
    tab = FeedbackTab()
    qtbot.addWidget(tab)
    tab.set_client(acme.id)
    tab.table.selectRow(0)
    feedback.acknowledge_feedback(old.id, by=firm_owner())  # somebody else was quicker
    qtbot.mouseClick(tab.acknowledge_button, Qt.MouseButton.LeftButton)
    assert shown and "only an open item can be acknowledged" in shown[0]


def test_in_the_main_window_overdue_feedback_stands_out_and_today_opens_it(qtbot, firm):
    from PySide6.QtWidgets import QApplication

    from app.today import agenda as today
    from ui.shell.main_window import MainWindow
    from ui.today import page as today_page

    _, acme, birch, _, _ = firm
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "feedback"
    window.open_client(acme.id)
    tabs = window.client_page.tabs
    texts = [tabs.tabText(i) for i in range(tabs.count())]
    assert "Feedback (1 overdue)" in texts
    window.open_client(birch.id)
    assert "Feedback" in [tabs.tabText(i) for i in range(tabs.count())]
    [item] = [i for i in today.items_for(acting_id(), dt.date.today())
              if i.section == "feedback" and i.overdue]
    today_page.OPENERS[item.ref_kind](window, item)
    assert window.client_page.client_id == acme.id
    assert isinstance(tabs.currentWidget(), FeedbackTab)


def test_the_client_list_shows_overdue_feedback_in_red(qtbot, firm):
    from ui.journal.client_list import COLUMNS as LIST_COLUMNS
    from ui.journal.client_list import ClientListModel

    model = ClientListModel()
    column = [c.key for c in LIST_COLUMNS].index("open_items")
    by_name = {model.index(r, 0).data(): model.index(r, column) for r in range(model.rowCount())}
    assert by_name["Acme"].data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "1 feedback item" in by_name["Acme"].data(Qt.ItemDataRole.ToolTipRole)
    assert by_name["Birch"].data(Qt.ItemDataRole.ForegroundRole) is None
