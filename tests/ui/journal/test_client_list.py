"""The client list: a correct model, filtered as you type, sorted by any column."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.authors import signing_author
from ui.journal.client_list import ClientListModel, ClientListPanel

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


def open_panel(qtbot) -> ClientListPanel:
    """A panel whose rows have arrived (they are read on a worker)."""
    panel = ClientListPanel()
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: not panel.loading)
    return panel


def test_the_model_passes_the_model_tester(qtmodeltester, firm):
    model = ClientListModel()
    assert model.rowCount() == 3
    qtmodeltester.check(model)


def test_typing_in_the_filter_narrows_the_list(qtbot, firm):
    panel = open_panel(qtbot)
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
    panel = open_panel(qtbot)
    qtbot.keyClicks(panel.filter, "cedar")
    with qtbot.waitSignal(panel.client_selected) as selected:
        qtbot.keyClick(panel.filter, Qt.Key.Key_Return)
    assert panel.current_client_id() == selected.args[0]
    assert panel.model.rows[panel.model.row_of(selected.args[0])].name == "Cedar Farm"


def test_columns_show_manager_last_contact_and_open_items(qtbot, firm):
    panel = open_panel(qtbot)
    row = [panel.proxy.index(0, column).data() for column in range(panel.proxy.columnCount())]
    assert row[0] == "Acme LLC" and row[1] == "contracted" and row[2] == "Olena K."
    assert row[3] != "never" and row[4] == "1"


def test_sorting_by_open_items_puts_the_busiest_first(qtbot, firm):
    panel = open_panel(qtbot)
    panel.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    assert visible_names(panel)[0] == "Acme LLC"
    panel.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert visible_names(panel) == ["Cedar Farm", "Borys & Sons", "Acme LLC"]


def test_selecting_a_filtered_out_client_clears_the_filter(qtbot, firm):
    panel = open_panel(qtbot)
    qtbot.keyClicks(panel.filter, "borys")
    assert panel.select_client(firm.id)
    assert panel.filter.text() == "" and panel.current_client_id() == firm.id


def test_logging_an_entry_updates_that_clients_row_without_reloading_the_list(qtbot, firm):
    from app.journal import records as journal
    from ui.shell.events import bus

    panel = open_panel(qtbot)
    before = [panel.proxy.index(row, 3).data() for row in range(3)]
    journal.log_interaction(author=signing_author(), client=firm.id, occurred_at=dt.datetime(2026, 5, 20, 9), channel="call",
                            kind="update", summary="Called back", follow_up_due=dt.date(2026, 5, 22))
    with qtbot.assertNotEmitted(panel.model.modelReset):
        bus().interactions_changed.emit(firm.id)
    after = [panel.proxy.index(row, 3).data() for row in range(3)]
    assert after[0] != before[0] and after[1:] == before[1:]  # Acme's last contact, nobody else's
    assert "20" in after[0] and panel.proxy.index(0, 4).data() == "2"  # and its open follow-ups
    assert not panel.loading


def test_a_new_last_contact_moves_the_client_when_sorted_by_it(qtbot, firm):
    from app.journal import records as journal
    from ui.shell.events import bus

    panel = open_panel(qtbot)
    panel.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # most recent contact first
    assert visible_names(panel)[0] == "Acme LLC"
    cedar = next(row.id for row in panel.model.rows if row.name == "Cedar Farm")
    journal.log_interaction(author=signing_author(), client=cedar, occurred_at=dt.datetime(2026, 4, 1, 10), channel="call",
                            kind="update", summary="First call")
    bus().interactions_changed.emit(cedar)
    assert visible_names(panel)[0] == "Cedar Farm"


def test_the_health_column_fills_in_place_when_the_figures_arrive(qtbot, firm, monkeypatch):
    from app.health.score import ClientHealth
    from ui.health import cache as health_cache

    panel = open_panel(qtbot)
    cache = health_cache.HealthCache(panel)
    monkeypatch.setattr(health_cache, "_current", cache)
    cache.updated.connect(panel.show_health)
    assert panel.proxy.index(0, 5).data() == ""  # not computed yet
    figures = [ClientHealth(row.id, row.name, 40 + i, "watch", -3, i == 0) for i, row in enumerate(panel.model.rows)]
    with qtbot.assertNotEmitted(panel.model.modelReset), qtbot.waitSignal(panel.model.dataChanged):
        cache.store(figures, dt.date.today())
    assert [panel.proxy.index(row, 5).data() for row in range(3)] == ["⚠ 40", "41", "42"]


def test_rows_arrive_after_the_panel_shows_and_a_client_chosen_meanwhile_is_selected(qtbot, firm, monkeypatch):
    import threading

    from app.journal import queries

    gate = threading.Event()
    real_rows = queries.client_rows
    monkeypatch.setattr(queries, "client_rows", lambda *a: gate.wait(10) and real_rows(*a))
    panel = ClientListPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.loading and panel.loading_label.isVisible() and panel.model.rowCount() == 0
    with qtbot.waitSignal(panel.client_selected) as chosen:
        assert panel.select_client(firm.id)  # e.g. Today's "open this client", before the rows came
    assert chosen.args == [firm.id]

    gate.set()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    assert not panel.loading_label.isVisible()
    assert panel.current_client_id() == firm.id
