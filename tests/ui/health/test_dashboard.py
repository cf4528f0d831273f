"""The owner's dashboard: portfolio worst first, filters, charts, a click opens the client."""

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt

from app.health.score import firm_health
from app.journal import records as journal
from tests.authors import act_as, firm_owner, signing_author
from tests.ui.dialog_support import wait_saved
from ui.health.dashboard import DashboardPage
from ui.health.portfolio_model import KEYS, PortfolioModel
from ui.shell.events import bus

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")  # offscreen platform only


def today_at(days_before: int) -> dt.datetime:
    return dt.datetime.combine(dt.date.today() - dt.timedelta(days=days_before), dt.time(11))


@pytest.fixture
def firm(make_client, make_user):
    olena, petro = make_user("Olena"), make_user("Petro")
    calm = make_client("Calm Ltd", account_manager=olena.id, segment="retail")
    journal.log_interaction(author=signing_author(), client=calm.id, occurred_at=today_at(2), channel="call", kind="update",
                            summary="All good", sentiment=1, tags=["like"])
    sour = make_client("Sour LLC", account_manager=petro.id, segment="industry",
                       contract_end=dt.date.today() + dt.timedelta(days=20))
    for days in (3, 5, 7):
        journal.log_interaction(client=sour.id, occurred_at=today_at(days), channel="call", kind="update",
                                summary="Told them to wait", sentiment=-2, tags=["dismissive"], author=petro.id)
    return {"calm": calm.id, "sour": sour.id, "olena": olena.id, "petro": petro.id}


def loaded_page(qtbot) -> DashboardPage:
    page = DashboardPage()
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    return page


def names(page) -> list[str]:
    return [page.proxy.index(r, 0).data(PortfolioModel.HealthRole).client for r in range(page.proxy.rowCount())]


def test_the_portfolio_model_is_sound(qtmodeltester, firm):
    model = PortfolioModel()
    rows = firm_health(dt.date.today())
    model.load(rows, {h.client_id: [100, 90, h.score] for h in rows})
    qtmodeltester.check(model)


def test_worst_first_with_its_figures(qtbot, firm):
    page = loaded_page(qtbot)
    assert names(page) == ["Sour LLC", "Calm Ltd"]
    first = page.proxy.index(0, KEYS.index("client")).data()
    assert first.startswith("⚠ ")  # an early warning stands
    assert page.proxy.index(0, KEYS.index("manager")).data() == "Petro"
    assert "2 client" in page.summary.text() and "1 early warning" in page.summary.text()


def test_filters_by_manager_segment_and_band(qtbot, firm):
    page = loaded_page(qtbot)
    page.manager.setCurrentIndex(page.manager.findData(firm["olena"]))
    assert names(page) == ["Calm Ltd"]
    page.manager.setCurrentIndex(0)
    page.segment.setCurrentIndex(page.segment.findData("industry"))
    assert names(page) == ["Sour LLC"]
    page.segment.setCurrentIndex(0)
    page.band.setCurrentIndex(page.band.findData("healthy"))
    assert names(page) == ["Calm Ltd"]


def test_charts_are_drawn(qtbot, firm):
    page = loaded_page(qtbot)
    assert page.bands_chart.chart().series() and page.mix_chart.chart().series()
    drift = page.drift_chart.chart().axes()[0].categories()
    assert list(drift) == ["Petro"]
    assert page.client_chart.chart().series(), "the selected client's history is shown"
    assert "Sour LLC" in page.client_chart.chart().title()


def test_a_double_click_opens_the_client(qtbot, firm):
    page = loaded_page(qtbot)
    rect = page.table.visualRect(page.proxy.index(1, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "Calm Ltd" in page.client_chart.chart().title()  # one click shows its score history
    with qtbot.waitSignal(bus().open_client) as opened:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [firm["calm"]]


def test_only_an_owner_may_change_the_weights(qtbot, firm, make_user):
    act_as(firm["olena"])
    page = loaded_page(qtbot)
    assert not page.weights_button.isEnabled()
    act_as(make_user("Owner", role="owner").id)
    page.reload()
    qtbot.waitUntil(lambda: not page.loading(), timeout=10_000)
    assert page.weights_button.isEnabled()


def test_a_change_in_the_journal_is_shown_on_return(qtbot, firm):
    page = loaded_page(qtbot)
    journal.update_client(firm["calm"], name="Calmer Ltd", by=firm_owner())
    bus().clients_changed.emit()
    qtbot.waitUntil(lambda: "Calmer Ltd" in names(page), timeout=10_000)


def test_the_weights_dialog_saves_for_an_owner_and_names_the_refusal_otherwise(qtbot, firm, make_user):
    from app.health import settings as health_settings
    from ui.health.weights_dialog import HealthWeightsDialog

    act_as(firm["olena"])
    dialog = HealthWeightsDialog()
    qtbot.addWidget(dialog)
    assert dialog.changes() == {}  # every default shown as it is (99.998 % sure, not rounded to 100)
    dialog.boxes["drift_points"].setValue(9)
    dialog.save()
    wait_saved(qtbot, dialog)
    assert dialog.error.isVisibleTo(dialog) and "owner" in dialog.error.text()
    assert health_settings.load()["drift_points"] == 25  # the default, unchanged
    act_as(make_user("Boss", role="owner").id)
    dialog.save()
    wait_saved(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert health_settings.load()["drift_points"] == 9
    again = HealthWeightsDialog()
    qtbot.addWidget(again)
    assert again.boxes["drift_points"].value() == 9
    again.restore_defaults()
    assert again.boxes["drift_points"].value() == 25


def test_each_clients_trend_line_is_its_scores_at_the_spark_dates(qtbot, firm):
    page = loaded_page(qtbot)
    data = page.data
    positions = [data.history_dates.index(day) for day in data.spark_dates]
    for client_id, scores in data.history.items():
        assert data.sparkline(client_id) == [scores[i] for i in positions]
    sour_row = next(r for r in range(page.model.rowCount())
                    if page.model.index(r, 0).data(PortfolioModel.HealthRole).client_id == firm["sour"])
    drawn = page.model.index(sour_row, KEYS.index("trend")).data(PortfolioModel.SparkRole)
    assert drawn == data.sparkline(firm["sour"]) and drawn[-1] == data.portfolio[0].score


def test_the_weights_read_as_factors_in_plain_words_and_show_their_effect_before_saving(qtbot, firm, make_user):
    from PySide6.QtWidgets import QGroupBox, QLabel

    from app.health import settings as health_settings
    from app.health.score import firm_health
    from ui.health.weights_dialog import HealthWeightsDialog

    act_as(make_user("Boss", role="owner").id)
    dialog = HealthWeightsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    groups = dialog.findChildren(QGroupBox)
    assert len(groups) == len(health_settings.FACTORS) and all(g.title() for g in groups)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Silence" in " ".join(g.title() for g in groups) and "Takes points when nobody" in shown
    for internal in ("contact_every_days", "_days", "rhythm x", "(1 + grace)"):
        assert internal not in shown
    assert "Change a number" in dialog.effect.text()
    before = {h.client_id: h.band for h in firm_health(dt.date.today())}
    assert before[firm["sour"]] != "healthy"
    changed = {"drift_points": 0, "sentiment_points": 0, "renewal_points": 0, "effort_points": 0}
    for key, value in changed.items():  # what takes the sour client's points weighs nothing now
        dialog.boxes[key].setValue(value)
    qtbot.waitUntil(lambda: "would change band" in dialog.effect.text(), timeout=15_000)
    assert dialog.effect_task is not None  # worked out on a worker, not on the screen's thread
    assert re.search(r"Today, 1 client(\(s\))? would change band:</b> 1 up\.", dialog.effect.text())
    assert "Sour LLC" in dialog.effect.text()
    assert health_settings.load()["drift_points"] == health_settings.DEFAULTS["drift_points"]  # nothing saved until Save
    for key in changed:
        dialog.boxes[key].setValue(health_settings.DEFAULTS[key])
    assert "Change a number" in dialog.effect.text()


def test_the_weights_dialog_offers_saving_to_an_owner_only(qtbot, firm):
    from ui.health.weights_dialog import HealthWeightsDialog

    act_as(firm["olena"])
    dialog = HealthWeightsDialog()
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled() and "owner" in dialog.save_button.toolTip()
