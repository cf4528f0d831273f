"""Seed 003's two-stage relationship: a prospect becomes contracted only through a decision by sales."""

import json

import pytest

from app.cli import main as cli
from app.common import preferences
from app.common.errors import PermissionDenied, ValidationError
from app.exchange.bundle import files as bundle
from app.exchange.table.importer import import_table
from app.journal import records as journal
from app.journal.client_records import save_client
from app.portrait import qualification as portrait
from app.portrait import sales_plan
from db.models import Client, Interaction, Qualification, StageChange
from tests.authors import act_as, firm_owner


@pytest.fixture
def people(make_user):
    return make_user("Marta", "owner"), make_user("Olena", "account_manager"), make_user("Ivan", "staff")


def history(client_id):
    return [(c.from_stage, c.to_stage) for c in
            StageChange.select().where(StageChange.client == client_id).order_by(StageChange.id)]


def test_a_client_cannot_be_created_contracted_or_with_a_decision_nobody_made(people):
    for stage in ("contracted", "paused", "ended", "qualified", "declined"):
        with pytest.raises(ValidationError) as caught:
            journal.create_client(author=people[1], name="Acme", stage=stage, by=firm_owner())
        assert caught.value.fields() == {"stage"}
        assert "Qualify" in str(caught.value) and "an account manager" in str(caught.value)
    assert Client.select().count() == 0 and StageChange.select().count() == 0


def test_contracted_only_after_an_account_manager_judged_it_interesting(people):
    owner, olena, _ = people
    client = journal.create_client(author=olena, name="Acme", by=firm_owner())
    with pytest.raises(ValidationError, match="a prospect becomes contracted only after a qualification decision "
                                              "\"interesting\": an account manager records it with Qualify"):
        journal.update_client(client.id, author=owner, stage="contracted", by=firm_owner())
    with pytest.raises(ValidationError, match="qualified is the outcome of a qualification decision"):
        journal.update_client(client.id, author=olena, stage="qualified", by=firm_owner())
    assert journal.get_client(client.id).stage == "prospect"
    portrait.qualify_prospect(client.id, "interesting", "Regular volumes", olena)
    journal.update_client(client.id, author=olena, note="signed", stage="contracted", by=firm_owner())
    assert history(client.id) == [(None, "prospect"), ("prospect", "qualified"), ("qualified", "contracted")]
    journal.update_client(client.id, stage="paused", by=firm_owner())  # past stage one, it moves freely
    journal.update_client(client.id, stage="contracted", by=firm_owner())


def test_a_declined_prospect_cannot_be_signed_until_judged_again(people):
    olena = people[1]
    client = journal.create_client(name="Acme", by=firm_owner())
    portrait.qualify_prospect(client.id, "not_interesting", "Pays in 120 days", olena)
    for stage in ("contracted", "qualified"):
        with pytest.raises(ValidationError):
            journal.update_client(client.id, stage=stage, by=firm_owner())
    journal.update_client(client.id, stage="prospect", by=firm_owner())  # reopening is no decision
    with pytest.raises(ValidationError):
        journal.update_client(client.id, stage="contracted", by=firm_owner())
    portrait.qualify_prospect(client.id, "interesting", "New terms: 30 days", olena)
    journal.update_client(client.id, stage="contracted", by=firm_owner())


def test_the_client_editor_service_refuses_the_skip_and_saves_nothing(people):
    olena = people[1]
    with pytest.raises(ValidationError) as caught:
        save_client(None, {"name": "Acme", "stage": "contracted"}, [{"name": "Ivan"}], olena.id)
    assert caught.value.fields() == {"stage"}
    assert Client.select().count() == 0


def test_owners_qualify_only_where_the_firm_says_owners_sell(people):
    owner, olena, ivan = people
    client = journal.create_client(name="Acme", by=firm_owner())
    with pytest.raises(PermissionDenied, match="only an account manager may qualify a prospect: in this firm "
                                               "owners do not sell"):
        portrait.qualify_prospect(client.id, "interesting", "fits", owner)
    with pytest.raises(PermissionDenied, match="only an owner may set whether owners sell; Olena is an account"):
        sales_plan.save_owners_sell(olena, True)
    sales_plan.save_owners_sell(owner, True)
    portrait.qualify_prospect(client.id, "interesting", "fits", owner)
    with pytest.raises(PermissionDenied, match="only an account manager or an owner may qualify a prospect; "
                                               "Ivan is staff"):
        portrait.qualify_prospect(journal.create_client(name="Beta", by=firm_owner()).id, "interesting", "fits", ivan)
    with pytest.raises(ValidationError, match="a prospect becomes contracted only after .*an account manager or "
                                              "an owner records it"):
        journal.update_client(journal.find_client("Beta").id, stage="contracted", by=firm_owner())


# ---- imports of clients contracted elsewhere -----------------------------------------------

def contracted_bundle(**extra) -> dict:
    return {"format": "rapport-bundle", "version": 1,
            "clients": [{"ref": "c1", "name": "Acme", "stage": "contracted"},
                        {"ref": "c2", "name": "Beta", "stage": "prospect"}], **extra}


def test_a_bundle_is_the_owners_and_its_contracted_clients_keep_their_stage(people, tmp_path):
    """A bundle is the firm's own journal moving (only an owner imports it): its clients keep their
    recorded stage, and where a contracted one came from is recorded, without asking the owner to sell."""
    owner, olena, ivan = people
    path = tmp_path / "crm.json"
    path.write_text(json.dumps(contracted_bundle()), encoding="utf-8")
    for who in (None, ivan, olena):
        with pytest.raises(PermissionDenied) as caught:
            bundle.import_bundle(path, by=who)
        assert "only an owner may import a whole journal" in str(caught.value) or "choose who you are" in str(caught.value)
    assert Client.select().count() == 0
    bundle.import_bundle(path, by=owner)
    acme = journal.find_client("Acme")
    assert acme.stage == "contracted"
    [decision] = portrait.qualifications(acme.id)
    assert (decision.decision, decision.decided_by, decision.reason) == (
        "interesting", "", "imported as contracted from crm.json")  # owners do not sell here: nobody named
    assert portrait.qualifications(journal.find_client("Beta").id) == []


def test_a_bundle_decision_by_sales_is_kept_and_staff_never_decide(people):
    data = contracted_bundle(users=[{"ref": "u1", "name": "Anna", "role": "account_manager"},
                                    {"ref": "u2", "name": "Bob", "role": "staff"}],
                             qualifications=[{"client": "c1", "decided_by": "u2", "decision": "interesting"}])
    with pytest.raises(ValidationError) as caught:
        bundle.import_data(data, by=people[0])
    assert {p.where for p in caught.value.problems} == {"qualifications[0].decided_by"}
    assert "u2 is staff: staff never decide stage one" in str(caught.value)
    data["qualifications"] = [{"client": "c1", "decided_by": "u1", "decision": "interesting"}]
    bundle.import_data(data, by=people[0])
    acme = journal.find_client("Acme")
    assert acme.stage == "contracted"
    assert [q.decided_by for q in portrait.qualifications(acme.id)] == ["Anna"]  # its own decision, kept


def test_a_bundle_client_qualified_without_its_decision_is_refused(people):
    data = contracted_bundle()
    data["clients"][0]["stage"] = "declined"
    with pytest.raises(ValidationError, match="'Acme' is declined, but the bundle has no matching qualification"):
        bundle.import_data(data, by=people[0])


def test_the_command_line_refuses_with_the_reason_and_exit_2(capsys, tmp_path, db_path, people):
    path = tmp_path / "crm.json"
    path.write_text(json.dumps(contracted_bundle()), encoding="utf-8")
    act_as(people[1].id)  # Olena, an account manager, is who this computer account is
    code = cli.main(["--db", str(db_path), "import", str(path)])
    _out, err = capsys.readouterr()
    assert code == 2 and "only an owner may import a whole journal" in err and "Olena is an account manager" in err
    act_as(people[0].id)
    assert cli.main(["--db", str(db_path), "import", str(path)]) == 0
    assert journal.find_client("Acme").stage == "contracted"


def test_who_acts_is_linked_in_the_journal_not_chosen_in_the_preferences(capsys, tmp_path, db_path, people):
    path = tmp_path / "crm.json"
    path.write_text(json.dumps(contracted_bundle()), encoding="utf-8")
    act_as(people[0].id)
    preferences.set("current_user", people[2].id)  # an old "Who am I" naming staff counts for nothing
    preferences.set("current_user_journal", str(db_path.resolve()))
    assert cli.main(["--db", str(db_path), "import", str(path)]) == 0


def table(tmp_path):
    path = tmp_path / "calls.csv"
    path.write_text("Client,Date,Channel,Kind,Summary\nAcme,2026-03-02,call,update,x\n"
                    "Beta,2026-03-03,call,update,y\nAcme,2026-03-04,email,update,z\n", encoding="utf-8")
    return path


def test_a_table_naming_new_clients_needs_sales_to_import_it(people, tmp_path):
    path = table(tmp_path)
    act_as(people[2].id)  # staff
    with pytest.raises(ValidationError) as caught:
        import_table(path)
    assert "names clients the journal does not have ('Acme', 'Beta')" in str(caught.value)
    assert "import the table as sales" in str(caught.value)
    assert Client.select().count() == 0 and Interaction.select().count() == 0
    summary = import_table(path, by=people[1])
    assert summary.interactions == 3 and summary.new_clients == ["Acme", "Beta"]
    acme = journal.find_client("Acme")
    assert history(acme.id) == [(None, "contracted")]  # entered the journal contracted, as from a bundle
    assert [(q.decided_by, q.reason) for q in portrait.qualifications(acme.id)] == [
        ("Olena", "imported as contracted from calls.csv")]
    assert sales_plan.plan_progress().total.won == 0  # won elsewhere, before: not this quarter's contract


def test_a_table_of_known_clients_needs_no_decision(people, tmp_path, make_client):
    make_client("Acme")
    make_client("Beta")
    act_as(people[2].id)  # staff logs calls with clients we already have
    assert import_table(table(tmp_path)).interactions == 3
    assert Qualification.select().count() == 2  # the factory's, none added


def test_the_sample_firm_contracts_only_after_a_decision_by_sales():
    import datetime as dt

    from app.demo.sample_firm import build_demo
    from app.journal.stages import latest_decision

    build_demo(today=dt.date(2026, 6, 10))
    past = Client.select().where(Client.stage.in_(("contracted", "paused", "ended")))
    assert past.count() > 10
    for client in past:
        assert latest_decision(client.id) == "interesting", client.name
    deciders = {q.decided_by.role for q in Qualification.select()}
    assert deciders == {"account_manager"}
    assert sales_plan.load_plan().is_set
