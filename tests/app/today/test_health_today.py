"""Early warnings in Today: the account manager's own clients; the owner sees the whole firm's."""

import datetime as dt

from app.journal import records as journal
from app.today import agenda as today
from app.today.warnings import early_warnings
from tests.authors import signing_author

DAY = dt.date(2026, 6, 15)


def souring(make_client, manager, name):
    client = make_client(name, account_manager=manager.id, contract_end=DAY + dt.timedelta(days=10))
    journal.log_interaction(author=signing_author(), client=client.id, occurred_at=dt.datetime(2026, 6, 12, 10), channel="call",
                            kind="update", summary="Told them to wait", tags=["dismissive"])
    return client


def test_warnings_go_to_the_manager_and_the_owner(make_client, make_user):
    olena, petro, boss = make_user("Olena"), make_user("Petro"), make_user("Boss", role="owner")
    souring(make_client, olena, "Olena's client")
    souring(make_client, petro, "Petro's client")
    make_client("Calm", account_manager=olena.id)
    assert [i.client_name for i in early_warnings(olena.id, DAY)] == ["Olena's client"]
    assert {i.client_name for i in early_warnings(boss.id, DAY)} == {"Olena's client", "Petro's client"}
    assert len(early_warnings(None, DAY)) == 2
    item = early_warnings(olena.id, DAY)[0]
    assert (item.section, item.ref_kind, item.facts["band"]) == ("warnings", "client", "at_risk")
    assert item.facts["trend"] < 0  # crossed from healthy into at risk


def test_warnings_are_a_source_of_today(make_client, make_user):
    olena = make_user("Olena")
    souring(make_client, olena, "Olena's client")
    assert early_warnings in today.SOURCES
    assert [i.section for i in today.items_for(olena.id, DAY)].count("warnings") == 1


def test_a_manager_without_clients_has_no_warnings(make_client, make_user):
    souring(make_client, make_user("Olena"), "Olena's client")
    assert early_warnings(make_user("Newcomer").id, DAY) == []


def test_figures_already_computed_give_the_same_warnings_without_computing_again(make_client, make_user,
                                                                                  monkeypatch):
    from app.health import score as health
    from app.health.score import firm_health

    olena, petro = make_user("Olena"), make_user("Petro")
    souring(make_client, olena, "Olena's client")
    souring(make_client, petro, "Petro's client")
    figures = firm_health(DAY)
    expected = early_warnings(olena.id, DAY)
    monkeypatch.setattr(health, "firm_health", lambda *a: (_ for _ in ()).throw(AssertionError("again")))
    assert early_warnings(olena.id, DAY, figures=figures) == expected  # only her own client's
    assert len(early_warnings(None, DAY, figures=figures)) == 2
