"""The Today page: the current user's overdue follow-ups and silent clients, one click from the client."""

import datetime as dt

import pytest

from app.today import agenda as today_sources
from tests.authors import act_as
from ui.shell.events import bus
from ui.today.page import TodayPage

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def rows(page: TodayPage) -> list[tuple[str, str, str]]:
    out = []
    model = page.model
    for s in range(model.rowCount()):
        section = model.index(s, 0)
        out.append(("section", section.data(), ""))
        for r in range(model.rowCount(section)):
            out.append(tuple(model.index(r, c, section).data() for c in range(3)))
    return out


def open_page(qtbot) -> TodayPage:
    """A Today page whose items have arrived (they are read on a worker)."""
    page = TodayPage()
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.loading)
    return page


@pytest.fixture(autouse=True)
def only_journal_sources(monkeypatch):
    """Follow-ups and silence only: other features' sources are tested with those features."""
    from app.today import agenda as today

    monkeypatch.setattr(today, "SOURCES", [today.follow_ups, today.silent_clients])


@pytest.fixture
def olena(make_user):
    user = make_user("Olena K.")
    act_as(user.id)
    return user


def test_lists_an_overdue_follow_up_and_a_silent_client(qtbot, olena, make_user, make_client, make_interaction):
    today = dt.date.today()
    acme = make_client("Acme LLC", account_manager=olena.id)
    make_interaction(acme, author=olena.id, occurred_at=dt.datetime.now(), summary="Send the revised quote",
                     follow_up_due=today - dt.timedelta(days=3))
    quiet = make_client("Quiet Ltd", account_manager=olena.id, contact_every_days=7)
    make_interaction(quiet, occurred_at=dt.datetime.now() - dt.timedelta(days=20), summary="last call")
    other = make_client("Someone else's", account_manager=make_user("Petro").id, contact_every_days=7)
    make_interaction(other, occurred_at=dt.datetime.now() - dt.timedelta(days=20))

    page = open_page(qtbot)

    shown = rows(page)
    assert shown[0][1].startswith("Follow-ups due or overdue") and shown[0][1].endswith("(1)")
    assert shown[1][:2] == ("Acme LLC", "Send the revised quote") and "3 day" in shown[1][2]
    assert shown[2][1].startswith("Clients not contacted")
    assert shown[3][0] == "Quiet Ltd" and "20 day" in shown[3][1]
    assert len(shown) == 4  # nothing of Petro's
    assert "Olena K." in page.subtitle.text()


def test_activating_an_item_opens_its_client(qtbot, olena, make_client, make_interaction):
    acme = make_client("Acme LLC", account_manager=olena.id)
    entry = make_interaction(acme, author=olena.id, follow_up_due=dt.date.today())
    page = open_page(qtbot)
    item = page.model.index(0, 1, page.model.index(0, 0))

    with qtbot.waitSignal(bus().open_interaction) as opened:
        page.tree.activated.emit(item)

    assert opened.args == [acme.id, entry.id]


def test_nothing_to_do_says_so(qtbot, olena):
    page = open_page(qtbot)
    page.show()
    assert page.empty.isVisible() and not page.tree.isVisible()


def test_refreshes_when_the_journal_changes(qtbot, olena, make_client, make_interaction):
    page = open_page(qtbot)
    acme = make_client("Acme LLC", account_manager=olena.id)
    make_interaction(acme, author=olena.id, follow_up_due=dt.date.today())
    bus().interactions_changed.emit(acme.id)
    qtbot.waitUntil(lambda: len(rows(page)) == 2)


def test_the_page_shows_at_once_and_says_it_is_loading(qtbot, olena):
    page = TodayPage()
    qtbot.addWidget(page)
    page.show()
    assert page.loading and page.empty.text() == "Loading…"
    qtbot.waitUntil(lambda: not page.loading)
    assert page.empty.text() == "Nothing needs your hand today."


def test_early_warnings_come_from_the_health_cache_not_a_new_computation(qtbot, olena, make_client, monkeypatch):
    from app.health import score as health
    from app.health.score import ClientHealth
    from app.today import agenda as today
    from app.today import warnings as health_today
    from ui.health import cache as health_cache

    def recomputed(*_args):
        raise AssertionError("the firm's health was computed again")

    monkeypatch.setattr(today, "SOURCES", [today.follow_ups, health_today.early_warnings])
    monkeypatch.setattr(health, "firm_health", recomputed)
    acme = make_client("Acme LLC", account_manager=olena.id)
    calm = make_client("Calm Ltd", account_manager=olena.id)
    cache = health_cache.HealthCache()
    monkeypatch.setattr(health_cache, "_current", cache)
    page = open_page(qtbot)
    assert rows(page) == [] and page.empty.text() == "Nothing needs your hand today."  # no figures yet
    cache.updated.connect(page.show_health)

    cache.store([ClientHealth(acme.id, "Acme LLC", 35, "souring", -30, True),
                 ClientHealth(calm.id, "Calm Ltd", 90, "healthy", 0, False)], dt.date.today())

    qtbot.waitUntil(lambda: len(rows(page)) == 2)
    assert rows(page)[0][1].startswith("Early warnings") and rows(page)[1][0] == "Acme LLC"


def test_the_today_model_passes_the_model_tester(qtmodeltester, olena, make_client, make_interaction):
    acme = make_client("Acme LLC", account_manager=olena.id, contact_every_days=7)
    make_interaction(acme, author=olena.id, occurred_at=dt.datetime.now() - dt.timedelta(days=20),
                     follow_up_due=dt.date.today() - dt.timedelta(days=1))
    from ui.today.page import read_today

    sections, _suffix = read_today(olena.id, dt.date.today(), [today_sources.follow_ups,
                                                               today_sources.silent_clients])
    from ui.today.model import TodayModel

    model = TodayModel(lambda: ["Client", "What", "Due"])
    model.set_sections(sections)
    assert model.rowCount() == 2 and model.rowCount(model.index(1, 0)) == 1
    qtmodeltester.check(model)
