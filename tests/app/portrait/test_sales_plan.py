"""The owner's sales plan: checked, kept with the journal and its bundle, and progress counted against it."""

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.common import preferences
from app.common.errors import PermissionDenied, ValidationError
from app.exchange.bundle import files as bundle
from app.journal import records as journal
from app.portrait import qualification as portrait
from app.portrait import sales_plan
from db.models import Qualification, StageChange
from tests.authors import firm_owner


@pytest.fixture
def people(make_user):
    return make_user("Marta", "owner"), make_user("Olena", "account_manager"), make_user("Ivan", "staff")


def test_only_an_owner_sets_the_plan(people):
    owner, olena, ivan = people
    for user in (olena, ivan):
        with pytest.raises(PermissionDenied, match="only an owner may set the sales plan"):
            sales_plan.save_plan(user, {"per_quarter": 3})
    assert sales_plan.save_plan(owner, {"per_quarter": 3, "segments": {" food ": 2}}) == sales_plan.SalesPlan(
        3, (("food", 2),))
    assert preferences.get("sales_plan") == {"per_quarter": 3, "segments": {"food": 2}}
    sales_plan.save_plan(owner, {})
    assert not sales_plan.load_plan().is_set


def test_every_problem_of_a_plan_is_named(people):
    with pytest.raises(ValidationError) as caught:
        sales_plan.save_plan(people[0], {"per_quarter": 2.5, "segments": {"food": -1, "FOOD": 1, "": 1},
                                         "per_year": 9})
    assert {p.where for p in caught.value.problems} == {
        "sales_plan.per_year", "sales_plan.per_quarter", "sales_plan.segments.food", "sales_plan.segments.FOOD",
        "sales_plan.segments."}
    with pytest.raises(ValidationError, match="the segments add up to 5 contracts, more than the 4"):
        sales_plan.check_plan({"per_quarter": 4, "segments": {"a": 3, "b": 2}})
    assert sales_plan.check_plan({"segments": {"a": 3, "b": 2}}).total == 5


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=12), inner,
                                                                                 max_size=3), max_leaves=6))
def test_any_value_is_a_plan_or_named_problems(value):
    try:
        plan = sales_plan.check_plan(value)
    except ValidationError as exc:
        assert all(p.where.startswith("sales_plan") for p in exc.problems)
    else:
        assert sales_plan.check_plan(plan.as_dict()) == plan


def test_a_bad_plan_stored_by_hand_counts_as_none(people):
    preferences.set("sales_plan", {"per_quarter": -4})
    assert not sales_plan.load_plan().is_set


def test_the_bundle_carries_the_plan_and_owners_sell_and_refuses_a_bad_one(people, tmp_path):
    owner = people[0]
    sales_plan.save_plan(owner, {"per_quarter": 5, "segments": {"retail": 2}})
    sales_plan.save_owners_sell(owner, True)
    path = tmp_path / "firm.json"
    bundle.export_bundle(path)
    data = json.loads(path.read_text("utf-8"))
    assert data["settings"]["sales_plan"] == {"per_quarter": 5, "segments": {"retail": 2}}
    assert data["settings"]["owners_sell"] is True
    from db.connection import open_database

    open_database(tmp_path / "copy.db")
    bundle.import_bundle(path)
    assert sales_plan.load_plan().total == 5 and preferences.get("owners_sell") is True
    open_database(tmp_path / "other.db")
    data["settings"]["sales_plan"] = {"per_quarter": 1, "segments": {"retail": 2}}
    data["settings"]["owners_sell"] = "yes"
    with pytest.raises(ValidationError) as caught:
        bundle.import_data(data)
    assert {p.where for p in caught.value.problems} == {"settings.owners_sell"}
    data["settings"]["owners_sell"] = False
    with pytest.raises(ValidationError, match="settings.sales_plan.segments: the segments add up to 2"):
        bundle.import_data(data)


def sign(name, segment, manager, at: dt.datetime):
    client = journal.create_client(name=name, segment=segment, by=firm_owner())
    portrait.qualify_prospect(client.id, "interesting", "fits", manager)
    journal.update_client(client.id, author=manager, stage="contracted", by=firm_owner())
    StageChange.update(at=at).where((StageChange.client == client.id) & (StageChange.to_stage == "contracted")).execute()
    return client


def test_progress_counts_contracts_won_in_the_quarter_per_segment(people):
    owner, olena, _ = people
    sales_plan.save_plan(owner, {"per_quarter": 5, "segments": {"Food": 2, "pharma": 1}})
    sign("A", "food", olena, dt.datetime(2026, 4, 1, 9))
    sign("B", " FOOD", olena, dt.datetime(2026, 6, 30, 18))
    sign("C", "retail", olena, dt.datetime(2026, 5, 5, 10))
    sign("Old", "food", olena, dt.datetime(2026, 3, 31, 23))  # last quarter
    resumed = sign("D", "pharma", olena, dt.datetime(2026, 5, 6, 10))
    journal.update_client(resumed.id, stage="paused", by=firm_owner())
    journal.update_client(resumed.id, stage="contracted", by=firm_owner())  # back from a pause: not a new contract
    StageChange.update(at=dt.datetime(2026, 5, 20)).where(StageChange.client == resumed.id).execute()
    journal.create_client(name="Lead", segment="pharma", by=firm_owner())
    progress = sales_plan.plan_progress(dt.date(2026, 5, 15))
    assert (progress.start, progress.end) == (dt.date(2026, 4, 1), dt.date(2026, 7, 1))
    assert (progress.total.won, progress.total.planned, progress.total.remaining) == (4, 5, 1)
    by_segment = {s.segment: (s.won, s.planned, s.remaining, s.prospects) for s in progress.segments}
    assert by_segment == {"Food": (2, 2, 0, 0), "pharma": (1, 1, 0, 1)}


def test_declined_shares_are_the_owners_and_cover_the_window(people):
    owner, olena, ivan = people
    for n, decision in enumerate(("not_interesting", "not_interesting", "interesting")):
        portrait.qualify_prospect(journal.create_client(name=f"L{n}", by=firm_owner()).id, decision, "why", olena)
    Qualification.update(decided_at=dt.datetime(2026, 2, 1, 10)).where(Qualification.decision == "interesting").execute()
    with pytest.raises(PermissionDenied, match="only an owner may see the share of prospects declined per manager"):
        sales_plan.declined_by_manager(olena, None, dt.date(2030, 1, 1))
    [row] = sales_plan.declined_by_manager(owner, None, dt.date(2030, 1, 1))
    assert (row.user, row.decided, row.declined, round(row.share)) == ("Olena", 3, 2, 67)
    [row] = sales_plan.declined_by_manager(owner, dt.date(2026, 3, 1), dt.date(2030, 1, 1))
    assert (row.decided, row.declined, row.share) == (2, 2, 100.0)
