"""The portrait and qualification: owners keep criteria; only sales qualifies (owners where they sell)."""

import pytest

from app.common.errors import PermissionDenied, ValidationError
from app.portrait import qualification as portrait
from app.portrait import sales_plan
from db.models import StageChange


@pytest.fixture
def people(make_user):
    return make_user("Boss", "owner"), make_user("Olena", "account_manager"), make_user("Ivan", "staff")


@pytest.fixture
def criteria(people):
    owner = people[0]
    return [portrait.add_criterion(owner, "Retail chain", 3),
            portrait.add_criterion(owner, "Pays on time", 2),
            portrait.add_criterion(owner, "Within 50 km", 1)]


def test_only_owners_edit_the_portrait(people, criteria):
    _, manager, staff = people
    for user in (manager, staff):
        with pytest.raises(PermissionDenied, match="only an owner may edit the client portrait"):
            portrait.add_criterion(user, "Big", 1)
        with pytest.raises(PermissionDenied):
            portrait.update_criterion(user, criteria[0].id, weight=5)
        with pytest.raises(PermissionDenied):
            portrait.delete_criterion(user, criteria[0].id)
    owner = people[0]
    portrait.update_criterion(owner, criteria[2].id, weight=0.5)
    portrait.delete_criterion(owner, criteria[1].id)
    assert [(c.name, c.weight) for c in portrait.criteria()] == [("Retail chain", 3), ("Within 50 km", 0.5)]
    with pytest.raises(ValidationError, match="Weight: -1 is below 0"):
        portrait.add_criterion(owner, "Bad", -1)


def test_staff_cannot_qualify(people, criteria, make_client):
    prospect = make_client("Lead", stage="prospect")
    with pytest.raises(PermissionDenied, match="only an account manager may qualify a prospect; Ivan is staff"):
        portrait.qualify_prospect(prospect.id, "interesting", "fits", people[2], [criteria[0].id])
    assert portrait.qualifications(prospect.id) == []


def test_an_account_manager_qualifies_and_the_stage_change_is_recorded(people, criteria, make_client):
    prospect = make_client("Lead", stage="prospect")
    portrait.qualify_prospect(prospect.id, "interesting", "Retail chain that pays on time", people[1],
                              [criteria[0].id, criteria[1].id])
    [decision] = portrait.qualifications(prospect.id)
    assert (decision.decision, decision.decided_by, decision.score) == ("interesting", "Olena", pytest.approx(83.3))
    change = StageChange.select().where(StageChange.client == prospect.id).order_by(StageChange.id.desc()).get()
    assert (change.from_stage, change.to_stage, change.author_id) == ("prospect", "qualified", people[1].id)
    assert change.note == "Retail chain that pays on time"


def test_an_owner_declines_with_a_reason_where_owners_sell(people, criteria, make_client):
    prospect = make_client("Lead", stage="prospect")
    with pytest.raises(PermissionDenied, match="in this firm owners do not sell .Boss is an owner; an owner may "
                                               "change that in Settings > Sales"):
        portrait.qualify_prospect(prospect.id, "not_interesting", "Too far", people[0])
    sales_plan.save_owners_sell(people[0], True)
    with pytest.raises(ValidationError, match="Reason: is required"):
        portrait.qualify_prospect(prospect.id, "not_interesting", " ", people[0])
    portrait.qualify_prospect(prospect.id, "not_interesting", "Too far, pays late", people[0], [criteria[2].id])
    from app.journal.records import get_client

    assert get_client(prospect.id).stage == "declined"


def test_a_contracted_client_is_past_qualification(people, make_client):
    client = make_client("Signed", stage="contracted")
    with pytest.raises(ValidationError, match="only a prospect is qualified"):
        portrait.qualify_prospect(client.id, "interesting", "fits", people[1])


def test_unknown_criteria_and_decisions_are_named(people, make_client):
    prospect = make_client("Lead", stage="prospect")
    with pytest.raises(ValidationError) as caught:
        portrait.qualify_prospect(prospect.id, "maybe", "hmm", people[1], [999])
    assert caught.value.fields() == {"decision", "criteria_met"}


def test_without_a_portrait_there_is_no_score(people, make_client):
    prospect = make_client("Lead", stage="prospect")
    portrait.qualify_prospect(prospect.id, "interesting", "gut feeling", people[1])
    assert portrait.qualifications(prospect.id)[0].score is None
