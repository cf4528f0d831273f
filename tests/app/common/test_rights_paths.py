"""Rights on every write path of app/: for each role an allowed and a refused case, and a refusal
changes nothing and says who may."""

import datetime as dt
import json

import pytest

from app.common import identity
from app.common.errors import PermissionDenied
from app.exchange.bundle import files as bundle
from app.health import pulse
from app.health import settings as health_settings
from app.hear import calendar_settings, feedback
from app.journal import client_records
from app.journal import records as journal
from app.negotiate import negotiations as N
from db.models import Client, Contact, Interaction, Negotiation, Pulse, User
from tests.authors import act_as

WHEN = "2026-03-02T10:00:00"


@pytest.fixture
def firm(make_user, make_client):
    owner = make_user("Olga", "owner")
    manager, other, staff = make_user("Mark"), make_user("Nina"), make_user("Sam", "staff")
    acme = make_client("Acme", account_manager=manager.id)
    return owner, manager, other, staff, acme


def entry(client, author, **fields):
    return journal.log_interaction(client=client.id, author=author.id, occurred_at=WHEN, channel="call",
                                   kind="update", summary="Called", **fields)


def refused(call, who_may: str):
    with pytest.raises(PermissionDenied) as caught:
        call()
    assert who_may in str(caught.value)
    return caught.value


def test_clients_are_added_by_owners_and_managers_and_edited_by_their_manager(firm):
    owner, manager, other, staff, acme = firm
    assert journal.create_client(name="Birch", by=manager).name == "Birch"
    refused(lambda: journal.create_client(name="Cedar", by=staff), "only an owner or an account manager may add a client")
    assert not Client.select().where(Client.name == "Cedar").exists()
    journal.update_client(acme.id, by=manager, notes="key account")
    journal.update_client(acme.id, by=owner, segment="retail")
    refused(lambda: journal.update_client(acme.id, by=other, notes="mine now"), "the client's account manager")
    refused(lambda: journal.update_client(acme.id, by=staff, notes="mine now"), "Sam is staff")
    assert journal.get_client(acme.id).notes == "key account"


def test_contacts_go_with_the_client_record(firm):
    _owner, manager, other, staff, acme = firm
    ivan = journal.add_contact(acme.id, name="Ivan", by=manager)
    refused(lambda: journal.add_contact(acme.id, name="Stranger", by=staff), "change this client's record")
    refused(lambda: journal.update_contact(ivan.id, role="CEO", by=other), "the client's account manager")
    refused(lambda: client_records.save_client(acme.id, {"name": "Acme"}, [], author_id=staff.id),
            "change this client's record")
    assert [c.name for c in Contact.select()] == ["Ivan"]


def test_staff_log_and_edit_their_own_entries_managers_their_clients_journal_owners_all(firm):
    owner, manager, other, staff, acme = firm
    mine = entry(acme, staff)
    journal.edit_interaction(mine.id, by=staff, summary="Called back")
    theirs = entry(acme, manager)
    refused(lambda: journal.edit_interaction(theirs.id, by=staff, summary="forged"),
            "only an owner, the entry's author or the client's account manager may edit or delete this entry")
    refused(lambda: journal.edit_interaction(theirs.id, by=other, summary="forged"), "Nina is an account manager")
    journal.edit_interaction(mine.id, by=manager, sentiment=1)  # the client's manager
    journal.edit_interaction(theirs.id, by=owner, sentiment=-1)
    assert Interaction.get_by_id(theirs.id).summary == "Called"
    refused(lambda: journal.mark_follow_up_done(theirs.id, by=staff), "the entry's author")
    # nobody signs an entry with someone else's name unless they may edit it
    refused(lambda: journal.log_interaction(client=acme.id, author=manager.id, occurred_at=WHEN, channel="call",
                                            kind="update", summary="as Mark", by=staff), "edit or delete this entry")
    refused(lambda: journal.edit_interaction(mine.id, by=staff, author=manager.id), "edit or delete this entry")
    assert Interaction.select().count() == 2


def test_feedback_is_handled_by_its_owner_the_clients_manager_or_an_owner(firm):
    owner, manager, other, staff, acme = firm
    item = feedback.open_feedback(acme.id, "Late delivery", by=staff)  # anyone may raise it
    assert item.owner_id == manager.id  # the client's manager owns it
    refused(lambda: feedback.acknowledge_feedback(item.id, by=staff), "acknowledge, resolve or route this feedback")
    refused(lambda: feedback.assign_feedback(item.id, staff.id, by=other), "Nina is an account manager")
    assert feedback.get_feedback(item.id).status == "open"
    feedback.acknowledge_feedback(item.id, by=manager)
    feedback.assign_feedback(item.id, staff.id, by=owner)
    feedback.resolve_feedback(item.id, by=staff)  # now the item's owner
    assert feedback.get_feedback(item.id).status == "resolved"


def test_negotiations_are_the_clients_managers_and_owners(firm):
    owner, manager, other, staff, acme = firm
    refused(lambda: N.open_negotiation(acme.id, "Price", by=staff), "change this client's record, contacts and "
                                                                     "negotiations")
    assert Negotiation.select().count() == 0
    talk = N.open_negotiation(acme.id, "Price", by=manager)
    refused(lambda: N.change_status(talk.id, "deadlock", "stuck", by=other), "the client's account manager")
    N.change_status(talk.id, "deadlock", "stuck", by=owner)
    action = N.add_action(talk.id, "Send the offer", owner=staff.id, by=manager)
    N.complete_action(action.id, by=staff)  # the action's owner keeps their promise
    refused(lambda: N.update_negotiation(talk.id, topic="Mine", by=staff), "Sam is staff")
    assert N.get_negotiation(talk.id).topic == "Price"


def test_a_pulse_is_the_clients_manager_reading(firm):
    owner, manager, other, staff, acme = firm
    pulse.log_pulse(acme.id, manager.id, "good")
    pulse.log_pulse(acme.id, owner.id, "uneasy")
    refused(lambda: pulse.log_pulse(acme.id, staff.id, "bad"), "record a pulse reading for this client")
    refused(lambda: pulse.log_pulse(acme.id, other.id, "bad"), "the client's account manager")
    assert Pulse.select().count() == 2


def test_settings_weights_and_working_time_are_the_owners(firm):
    owner, manager, _other, staff, _acme = firm
    health_settings.save({"silence_points": 5}, owner.id)
    refused(lambda: health_settings.save({"silence_points": 0}, manager.id), "change the firm's settings and health weights")
    assert health_settings.load()["silence_points"] == 5
    calendar_settings.save_work_calendar([0, 1, 2], dt.time(9), dt.time(17), [], by=owner)
    refused(lambda: calendar_settings.save_work_calendar([0], dt.time(9), dt.time(17), [], by=staff), "an owner")


def test_a_bundle_is_imported_by_an_owner_only(firm, tmp_path):
    owner, manager, _other, staff, _acme = firm
    path = tmp_path / "journal.json"
    path.write_text(json.dumps({"format": "rapport-bundle", "version": 1,
                                "clients": [{"ref": "c1", "name": "Delta", "stage": "contracted"}]}),
                    encoding="utf-8")
    for who in (manager, staff):
        refused(lambda who=who: bundle.import_bundle(path, by=who), "only an owner may import a whole journal")
    assert not Client.select().where(Client.name == "Delta").exists()
    bundle.import_bundle(path, by=owner)  # the firm's own journal moving: its recorded stage stands
    assert journal.find_client("Delta").stage == "contracted"


def test_nobody_changes_their_own_role(firm):
    owner, _manager, _other, staff, _acme = firm
    refused(lambda: journal.update_user(staff.id, role="owner", by=staff), "only an owner may manage users")
    journal.create_user("Second owner", "owner", by=owner)
    refused(lambda: journal.update_user(owner.id, role="staff", by=owner), "nobody changes their own role")
    assert User.get_by_id(staff.id).role == "staff" and User.get_by_id(owner.id).role == "owner"


def test_who_acts_is_chosen_once_per_computer_account(firm):
    owner, manager, _other, staff, _acme = firm
    assert identity.acting() is None
    identity.link(staff)  # the first choice is free
    assert identity.acting().id == staff.id
    refused(lambda: identity.link(owner, by=identity.acting()), "only an owner may manage users")
    assert identity.acting().id == staff.id  # a staff user cannot make themselves the owner
    identity.link(manager, by=owner)  # an owner may hand this account to someone else
    assert identity.acting().id == manager.id


def test_the_old_preference_is_a_hint_once_not_who_acts(firm, db_path):
    from app.common import preferences

    owner, _manager, _other, staff, _acme = firm
    preferences.set("current_user", owner.id)
    preferences.set("current_user_journal", str(db_path.resolve()))
    act_as(staff)
    assert identity.start(identity.preferred_hint()).id == staff.id  # the journal's link wins
    act_as(None)
    assert identity.start(identity.preferred_hint()).id == owner.id  # an old journal: linked once
    preferences.set("current_user", staff.id)
    assert identity.start(identity.preferred_hint()).id == owner.id  # changing the preference changes nobody
