"""A promised follow-up names its channel beside its date ("I don't know" is followed by a date and a
channel): stored, edited, checked, and carried by the JSON bundle; a routed reply and who
acknowledged feedback travel too."""

import datetime as dt
import json

import pytest

from app.common.errors import ValidationError
from app.exchange.bundle import files as bundle
from app.hear import feedback, replies
from app.journal import records as journal
from db.connection import open_database
from db.models import Feedback, Interaction, Qualification, User
from tests.authors import firm_owner, signing_author


def promise(client, **fields):
    return journal.log_interaction(author=signing_author(), client=client.id, occurred_at="2026-03-02T10:00",
                                   channel="call", kind="request", direction="inbound",
                                   summary="Asked about the warranty", **fields)


def test_the_channel_is_stored_and_edited(make_client):
    entry = promise(make_client(), follow_up_due="2026-03-04", follow_up_channel="email")
    assert Interaction.get_by_id(entry.id).follow_up_channel == "email"
    journal.edit_interaction(entry.id, follow_up_channel="call", by=firm_owner())
    assert Interaction.get_by_id(entry.id).follow_up_channel == "call"


@pytest.mark.parametrize("fields, field", [
    ({"follow_up_due": "2026-03-04", "follow_up_channel": "pigeon"}, "follow_up_channel"),
    ({"follow_up_channel": "email"}, "follow_up_channel")])
def test_a_bad_or_dateless_channel_is_refused_at_its_field(make_client, fields, field):
    with pytest.raises(ValidationError) as caught:
        promise(make_client(), **fields)
    assert [p.where for p in caught.value.problems] == [field]


def test_the_bundle_carries_channel_routing_and_who_acknowledged(make_user, make_client, tmp_path):
    olena, taras = make_user("Olena"), make_user("Taras")
    acme = make_client("Acme", account_manager=olena.id)
    promise(acme, follow_up_due="2026-03-04", follow_up_channel="email")
    journal.log_interaction(author=signing_author(), client=acme.id, occurred_at="2026-03-02T11:00",
                                     channel="email", kind="praise", direction="inbound", summary="Thanks!",
                                     no_reply_needed=True)
    replies.assign_reply(acme.id, taras, now=dt.datetime(2026, 3, 2, 12), by=firm_owner())
    item = feedback.open_feedback(acme.id, "Late", raised_at="2026-03-02T09:00", by=olena)
    feedback.assign_feedback(item.id, taras.id, by=olena)  # routed to Taras, who hears it
    feedback.acknowledge_feedback(item.id, by=taras.id, at="2026-03-02T09:30")
    Qualification.update(decided_by=olena).execute()  # on record as sales' (the factory leaves no decider)
    path = tmp_path / "out.json"
    bundle.export_bundle(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    asked = next(r for r in data["interactions"] if r["summary"] == "Asked about the warranty")
    assert asked["follow_up_channel"] == "email" and "no_reply_needed" not in asked
    assert next(r for r in data["interactions"] if r["summary"] == "Thanks!")["no_reply_needed"] is True
    open_database(tmp_path / "other.db")
    bundle.import_bundle(path)
    copied = Interaction.get(Interaction.summary == "Asked about the warranty")
    assert copied.follow_up_channel == "email" and copied.reply_assignee.name == "Taras"
    assert Interaction.get(Interaction.summary == "Thanks!").no_reply_needed
    assert Feedback.get(Feedback.summary == "Late").acknowledged_by.name == "Taras"
    assert User.select().where(User.name == "Taras").count() == 1


def test_a_bundle_without_the_new_keys_still_reads(make_client):
    data = {"format": "rapport-bundle", "version": 1, "clients": [{"ref": "c1", "name": "Acme"}],
            "interactions": [{"ref": "i1", "client": "c1", "occurred_at": "2026-03-01T10:30", "channel": "email",
                              "kind": "request", "follow_up_due": "2026-03-02"}]}
    bundle.import_data(data)
    entry = Interaction.get()
    assert entry.follow_up_channel is None and entry.no_reply_needed is False


def test_the_timeline_shows_the_channel_beside_the_date(make_client):
    from app.journal.queries import timeline_page

    client = make_client()
    promise(client, follow_up_due="2026-03-04", follow_up_channel="meeting")
    [row] = timeline_page(client.id, 0, 10)
    assert (row.follow_up_due.isoformat(), row.follow_up_channel) == ("2026-03-04", "meeting")
