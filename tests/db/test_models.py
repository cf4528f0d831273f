"""The schema keeps the journal consistent even when a write skips the services."""

import datetime as dt

import pytest
from peewee import IntegrityError

from db import vocabulary as V
from db.models import (
    ALL_MODELS,
    Client,
    Contact,
    Feedback,
    Interaction,
    InteractionTag,
    Negotiation,
    NegotiationEvent,
    Setting,
    Tag,
    User,
    db,
)

AT = dt.datetime(2026, 3, 1, 10, 30)


def interaction(client, **fields):
    fields = {"occurred_at": AT, "channel": "call", "kind": "update", **fields}
    return Interaction.create(client=client, **fields)


def test_every_model_has_its_table():
    assert {m._meta.table_name for m in ALL_MODELS} <= set(db.get_tables())
    assert len(ALL_MODELS) == len({m._meta.table_name for m in ALL_MODELS})


def test_names_of_users_clients_and_tags_are_unique():
    for model, fields in ((User, {}), (Client, {}), (Tag, {})):
        model.create(name="Same", **fields)
        with pytest.raises(IntegrityError), db.atomic():
            model.create(name="Same", **fields)


def test_defaults_are_the_documented_ones():
    client = Client.create(name="Acme")
    assert (client.stage, client.segment, client.notes) == ("prospect", "", "")
    assert User.create(name="Olena").role == "account_manager"
    feedback = Feedback.create(client=client, raised_at=AT)
    assert (feedback.severity, feedback.status) == ("medium", "open")
    assert Negotiation.create(client=client, topic="Price", opened_at=AT.date()).status == "open"
    assert Client.get_by_id(client.id).created_at.microsecond == 0


def test_a_client_with_a_journal_cannot_be_deleted_behind_the_services_back():
    client = Client.create(name="Acme")
    interaction(client)
    with pytest.raises(IntegrityError), db.atomic():
        client.delete_instance()
    assert Client.select().count() == 1


def test_a_user_who_wrote_entries_cannot_be_deleted():
    user = User.create(name="Olena")
    interaction(Client.create(name="Acme"), author=user)
    with pytest.raises(IntegrityError), db.atomic():
        user.delete_instance()


def test_deleting_a_contact_at_database_level_unlinks_the_interactions():
    client = Client.create(name="Acme")
    contact = Contact.create(client=client, name="Ivan")
    entry = interaction(client, contact=contact)
    Contact.delete().where(Contact.id == contact.id).execute()
    assert Interaction.get_by_id(entry.id).contact_id is None


def test_an_interactions_tag_links_and_a_negotiations_history_go_with_it():
    client = Client.create(name="Acme")
    entry = interaction(client)
    InteractionTag.create(interaction=entry, tag=Tag.create(name="hear", category="policy"))
    Interaction.delete().where(Interaction.id == entry.id).execute()
    assert InteractionTag.select().count() == 0
    talk = Negotiation.create(client=client, topic="Price", opened_at=AT.date())
    NegotiationEvent.create(negotiation=talk, at=AT, status="open")
    Negotiation.delete().where(Negotiation.id == talk.id).execute()
    assert NegotiationEvent.select().count() == 0


def test_a_tag_cannot_be_linked_twice_to_one_interaction():
    entry = interaction(Client.create(name="Acme"))
    tag = Tag.create(name="like", category="policy")
    InteractionTag.create(interaction=entry, tag=tag)
    with pytest.raises(IntegrityError), db.atomic():
        InteractionTag.create(interaction=entry, tag=tag)


def test_settings_are_keyed_by_name():
    Setting.create(key="work_start", value='"09:00"')
    with pytest.raises(IntegrityError), db.atomic():
        Setting.create(key="work_start", value='"10:00"')


@pytest.mark.parametrize("name, category", [
    ("like", "policy"), ("punishing", "drift"), ("client_misconduct", "other"), ("vip", "custom")])
def test_tag_categories(name, category):
    assert V.tag_category(name) == category
    assert category in V.TAG_CATEGORIES


def test_the_vocabulary_matches_the_domain():
    assert V.CLIENT_STAGES == ("prospect", "qualified", "declined", "contracted", "paused", "ended")
    assert V.KINDS == ("update", "request", "feedback", "complaint", "negotiation", "praise", "escalation",
                       "delivery")
    assert V.SENTIMENT_RANGE == (-2, 2) and V.EFFORT_RANGE == (1, 5)
    assert set(V.NEGOTIATION_TRANSITIONS) == set(V.NEGOTIATION_STATUSES)
    assert set(V.FEEDBACK_TRANSITIONS) == set(V.FEEDBACK_STATUSES)
