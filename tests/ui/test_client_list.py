"""The client list: a correct model, filtered as you type, sorted by any column."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from ui.client_list import ClientListModel, ClientListPanel

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def firm(make_user, make_client, make_interaction):
    olena, petro = make_user("Olena K."), make_user("Petro S.")
    acme = make_client("Acme LLC", account_manager=olena.id, segment="retail")
    make_client("Borys & Sons", account_manager=petro.id, segment="wholesale")
    make_client("Cedar Farm", account_manager=olena.id, segment="agro")
    make_interaction(acme, occurred_at=dt.datetime(2026, 3, 1, 10), follow_up_due=dt.date(2026, 3, 3))
    return acme


def visible_names(panel: ClientListPanel) -> list[str]:
    return [panel.proxy.index(row, 0).data() for row in range(panel.proxy.rowCount())]


def test_the_model_passes_the_model_tester(qtmodeltester, firm):
    qtmodeltester.check(ClientListModel())


def test_typing_in_the_filter_narrows_the_list(qtbot, firm):
    panel = ClientListPanel()
    qtbot.addWidget(panel)
    assert visible_names(panel) == ["Acme LLC", "Borys & Sons", "Cedar Farm"]

    qtbot.keyClicks(panel.filter, "ce")
    assert visible_names(panel) == ["Cedar Farm"]

    panel.filter.clear()
    qtbot.keyClicks(panel.filter, "olena")  # the account manager
    assert visible_names(panel) == ["Acme LLC", "Cedar Farm"]

    panel.filter.clear()
    qtbot.keyClicks(panel.filter, "WHOLE")  # the segment, any case
    assert visible_names(panel) == ["Borys & Sons"]


def test_enter_in_the_filter_selects_the_first_match(qtbot, firm):
    panel = ClientListPanel()
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.filter, "cedar")
    with qtbot.waitSignal(panel.client_selected) as selected:
        qtbot.keyClick(panel.filter, Qt.Key.Key_Return)
    assert panel.current_client_id() == selected.args[0]
    assert panel.model.rows[panel.model.row_of(selected.args[0])].name == "Cedar Farm"


def test_columns_show_manager_last_contact_and_open_items(qtbot, firm):
    panel = ClientListPanel()
    qtbot.addWidget(panel)
    row = [panel.proxy.index(0, column).data() for column in range(panel.proxy.columnCount())]
    assert row[0] == "Acme LLC" and row[1] == "contracted" and row[2] == "Olena K."
    assert row[3] != "never" and row[4] == "1"


def test_sorting_by_open_items_puts_the_busiest_first(qtbot, firm):
    panel = ClientListPanel()
    qtbot.addWidget(panel)
    panel.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    assert visible_names(panel)[0] == "Acme LLC"
    panel.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert visible_names(panel) == ["Cedar Farm", "Borys & Sons", "Acme LLC"]


def test_selecting_a_filtered_out_client_clears_the_filter(qtbot, firm):
    panel = ClientListPanel()
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.filter, "borys")
    assert panel.select_client(firm.id)
    assert panel.filter.text() == "" and panel.current_client_id() == firm.id
