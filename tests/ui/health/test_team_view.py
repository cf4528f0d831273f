"""The dashboard's Team and Mutual respect tabs, charts that follow the filters, rates that say their window."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.health.team import RateWindow, TeamFilters, team_facts, team_rows
from app.journal import records as journal
from app.negotiate import negotiations as N
from tests.authors import firm_owner
from ui.health.dashboard import DashboardPage
from ui.health.portfolio_model import KEYS as PORTFOLIO_KEYS
from ui.health.portfolio_model import PortfolioModel
from ui.health.team_view import KEYS, TeamModel
from ui.shell import labels

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")  # offscreen platform only

TODAY = dt.date.today()


def days_ago(days: int, hour: int = 11) -> dt.datetime:
    return dt.datetime.combine(TODAY - dt.timedelta(days=days), dt.time(hour))


@pytest.fixture
def firm(make_client, make_user):
    olena, petro, driver = make_user("Olena"), make_user("Petro"), make_user("Ihor", role="staff")
    calm = make_client("Calm Ltd", account_manager=olena.id, segment="retail")
    sour = make_client("Sour LLC", account_manager=petro.id, segment="industry")
    log = journal.log_interaction
    log(author=olena.id, client=calm.id, occurred_at=days_ago(2), channel="call", kind="update", summary="All good",
        sentiment=1, tags=["like"])
    log(author=olena.id, client=calm.id, occurred_at=days_ago(3), channel="call", kind="praise",
        summary="They thanked Ihor", tags=["staff_praise"], praised=driver.id)
    for days in (3, 5, 7):
        log(author=petro.id, client=sour.id, occurred_at=days_ago(days), channel="call", kind="update",
            summary="Told them to wait", sentiment=-2, tags=["dismissive", "negotiate"])
    log(author=petro.id, client=sour.id, occurred_at=days_ago(4), channel="call", kind="update",
        summary="Swore at Petro", tags=["client_misconduct"])
    talk = N.open_negotiation(sour.id, "Price", opened_at=(TODAY - dt.timedelta(days=60)).isoformat(), by=firm_owner())
    N.complete_action(N.add_action(talk.id, "On time", owner=petro.id, due=days_ago(20).date().isoformat(), by=firm_owner()).id,
                      days_ago(21).date().isoformat(), by=firm_owner())
    N.add_action(talk.id, "Forgotten", owner=petro.id, due=days_ago(10).date().isoformat(), by=firm_owner())
    N.add_action(talk.id, "Long ago", owner=petro.id, due=days_ago(200).date().isoformat(), by=firm_owner())  # outside the window
    return {"olena": olena, "petro": petro, "calm": calm, "sour": sour}


def loaded_page(qtbot) -> DashboardPage:
    page = DashboardPage()
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    return page


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def bar_total(chart) -> int:
    series = chart.chart().series()
    return int(sum(sum(bar_set.at(i) for i in range(bar_set.count())) for s in series for bar_set in s.barSets()))


def team_cells(page) -> dict[str, dict[str, str]]:
    model = page.team.model
    return {model.index(r, 0).data(): {key: model.index(r, c).data() or "" for c, key in enumerate(KEYS)}
            for r in range(model.rowCount())}


def test_the_team_model_is_sound(qtmodeltester, firm):
    model = TeamModel()
    window = RateWindow(TODAY, 90)
    model.load(team_rows(TeamFilters(), window, team_facts(window)), 90, "manager")
    qtmodeltester.check(model)


def test_the_team_side_by_side_per_manager_and_per_segment(qtbot, firm):
    page = loaded_page(qtbot)
    page.tabs.setCurrentWidget(page.team)
    cells = team_cells(page)
    assert {"Olena", "Petro", "Ihor"} <= set(cells)
    assert cells["Petro"]["drift"] == "3" and cells["Petro"]["misconduct"] == "1"
    assert cells["Petro"]["kept"] == "50% (1/2)"  # the action due 200 days ago is outside the window
    assert cells["Ihor"]["praise"] == "1"  # praise counts for the colleague it names
    tip = page.team.model.headerData(KEYS.index("kept"), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == f"Promises that came due {labels.window_text(90)} and were kept on time"
    page.team.group.setCurrentIndex(page.team.group.findData("segment"))
    assert set(team_cells(page)) == {"retail", "industry"}
    assert team_cells(page)["industry"]["clients"] == "1"


def test_every_chart_and_the_team_follow_the_manager_and_segment_filters(qtbot, firm):
    page = loaded_page(qtbot)
    everyone_mix, everyone_drift = bar_total(page.mix_chart), bar_total(page.drift_chart)
    assert (everyone_mix, everyone_drift) == (4, 3)  # like at Calm, negotiate three times at Sour
    choose(page.manager, firm["olena"].id)
    assert bar_total(page.mix_chart) == 1 and bar_total(page.drift_chart) == 0
    assert bar_total(page.bands_chart) == 12  # one client (Calm) at each of the twelve month ends
    assert set(team_cells(page)) == {"Olena"}
    assert "Olena" in page.bands_chart.chart().title()
    choose(page.manager, None)
    choose(page.segment, "industry")
    assert bar_total(page.mix_chart) == 3 and bar_total(page.drift_chart) == 3
    assert page.drift_chart.categories == ["Petro"]
    assert [n.client for n in page.respect.model.rows] == ["Sour LLC"]


def test_the_promise_rate_says_the_same_window_and_figure_on_the_dashboard_and_the_negotiations_tab(qtbot, firm):
    from ui.negotiate.ledger import NegotiationLedgerTab

    page = loaded_page(qtbot)
    window = labels.window_text(90)
    assert window.startswith("last 90 day")  # "last 90 days" with the English plural forms loaded
    header = page.model.headerData(PORTFOLIO_KEYS.index("promises"), Qt.Orientation.Horizontal)
    assert header == f"Promises kept, {window}"
    sour_row = next(r for r in range(page.proxy.rowCount())
                    if page.proxy.index(r, 0).data(PortfolioModel.HealthRole).client_id == firm["sour"].id)
    on_dashboard = page.proxy.index(sour_row, PORTFOLIO_KEYS.index("promises")).data()
    assert on_dashboard == "50%"
    tab = NegotiationLedgerTab()
    qtbot.addWidget(tab)
    tab.set_client(firm["sour"].id)
    assert tab.promises.text() == f"Promises kept on time, {window}: 50% (1 of 2 that came due)"
    assert "Stance drift by manager, " + window == page.drift_chart.chart().title()


def test_mutual_respect_tab_lists_misconduct_and_praise_with_the_colleague_named(qtbot, firm):
    page = loaded_page(qtbot)
    page.tabs.setCurrentWidget(page.respect)
    rows = [(n.tag, n.client, n.person) for n in page.respect.model.rows]
    assert rows == [("staff_praise", "Calm Ltd", "Ihor"), ("client_misconduct", "Sour LLC", "Petro")]  # newest first
    assert "Ihor (1)" in page.respect.praise.text() and "1 entr" in page.respect.praise.text()


def test_replies_awaiting_past_the_rule_show_per_manager(qtbot, firm, monkeypatch):
    from app.health import team

    replies = KEYS.index("replies")
    monkeypatch.setattr(team, "_replies_overdue", lambda facts, window: {(firm["petro"].id, "industry"): 2})
    page = loaded_page(qtbot)
    page.reload()
    qtbot.waitUntil(lambda: not page.loading(), timeout=10_000)
    assert not page.team.table.isColumnHidden(replies)
    assert team_cells(page)["Petro"]["replies"] == "2"


def test_praise_of_many_colleagues_stays_one_line_and_the_table_keeps_its_room(qtbot):
    from ui.health.team_view import RespectView
    from ui.shell.layout_audit import layout_problems

    view = RespectView()
    qtbot.addWidget(view)
    view.resize(700, 150)
    view.show()
    names = ", ".join(f"Колега Прізвищенко-{n} ({n})" for n in range(1, 41))  # a firm of forty, all praised
    view.praise.setText(f"Praise of colleagues, last 90 days: {names}.")
    qtbot.wait(10)
    assert view.praise.height() < 2 * view.fontMetrics().height()
    assert view.praise.shown_text().endswith("…") and "Прізвищенко-40" in view.praise.toolTip()
    assert view.table.geometry().bottom() <= view.rect().bottom() and view.table.height() >= 60
    assert layout_problems(view) == []
