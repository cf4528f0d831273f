"""The Today page: the current user's overdue follow-ups and silent clients, one click from the client."""

import datetime as dt

import pytest

from app import preferences
from ui.events import bus
from ui.today import TodayPage

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


@pytest.fixture(autouse=True)
def only_journal_sources(monkeypatch):
    """Follow-ups and silence only: other features' sources are tested with those features."""
    from app import today

    monkeypatch.setattr(today, "SOURCES", [today.follow_ups, today.silent_clients])


@pytest.fixture
def olena(make_user):
    user = make_user("Olena K.")
    preferences.set("current_user", user.id)
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

    page = TodayPage()
    qtbot.addWidget(page)

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
    page = TodayPage()
    qtbot.addWidget(page)
    item = page.model.index(0, 1, page.model.index(0, 0))

    with qtbot.waitSignal(bus().open_interaction) as opened:
        page.tree.activated.emit(item)

    assert opened.args == [acme.id, entry.id]


def test_nothing_to_do_says_so(qtbot, olena):
    page = TodayPage()
    qtbot.addWidget(page)
    page.show()
    assert page.empty.isVisible() and not page.tree.isVisible()


def test_refreshes_when_the_journal_changes(qtbot, olena, make_client, make_interaction):
    page = TodayPage()
    qtbot.addWidget(page)
    acme = make_client("Acme LLC", account_manager=olena.id)
    make_interaction(acme, author=olena.id, follow_up_due=dt.date.today())
    bus().interactions_changed.emit(acme.id)
    assert len(rows(page)) == 2
