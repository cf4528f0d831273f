import datetime as dt

import pytest

from app.common.errors import NotFound, RapportError, ValidationError
from app.journal import records as journal
from db.models import (
    Client,
    Contact,
    Feedback,
    FeedbackContact,
    Interaction,
    InteractionTag,
    Negotiation,
    NegotiationEvent,
    NegotiationSession,
    Pulse,
    StageChange,
    Tag,
)
from tests.authors import firm_owner, signing_author
from tests.stages import judged_interesting


def problems_of(call, *args, **kwargs) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return [str(p) for p in caught.value.problems]


def test_users_need_a_unique_name_and_a_known_role(make_user):
    owner = journal.create_first_owner("Marta")
    make_user("Olena")
    assert problems_of(journal.create_user, "Olena", by=owner) == ["Name: 'Olena' already exists"]
    assert problems_of(journal.create_user, "  ", by=owner) == ["Name: is required"]
    assert problems_of(journal.create_user, "Ivan", "boss", by=owner) == [
        "Role: 'boss' is not one of owner, account_manager, staff"]
    other = make_user("Petro")
    assert problems_of(journal.update_user, other.id, name="Olena", by=owner) == ["Name: 'Olena' already exists"]
    assert journal.update_user(other.id, active=False, by=owner).active is False
    assert [u.name for u in journal.list_users(active_only=True)] == ["Marta", "Olena"]


def test_a_client_field_error_names_the_field_and_the_value(make_user):
    problems = problems_of(journal.create_client, name="Acme", stage="friend", contract_start="2026-05-01",
                           contract_end="2026-01-01", contract_value=-5, contact_every_days=0,
                           account_manager=999, by=firm_owner())
    assert "Stage: 'friend' is not one of prospect, qualified, declined, contracted, paused, ended" in problems
    assert "Contract to: 2026-01-01 is before the contract start 2026-05-01" in problems
    assert "Contract value: -5 is below 0" in problems
    assert "Contact every: 0 is outside 1..3650" in problems
    assert "Account manager: 999 is not a known user" in problems
    assert Client.select().count() == 0
    with pytest.raises(ValidationError, match="unknown field"):
        journal.create_client(name="Acme", colour="red", by=firm_owner())


def test_client_names_are_unique(make_client):
    make_client("Acme")
    assert problems_of(journal.create_client, name="Acme", by=firm_owner()) == ["Name: a client named 'Acme' already exists"]
    other = make_client("Beta")
    assert problems_of(journal.update_client, other.id, name="Acme", by=firm_owner()) == [
        "Name: a client named 'Acme' already exists"]


def test_a_stage_change_is_recorded_with_its_author_and_note(make_user):
    owner = make_user("Marta", "owner")
    client = journal.create_client(author=owner, name="Acme", by=firm_owner())
    journal.update_client(client.id, segment="retail", by=firm_owner())  # no change of stage: nothing recorded
    judged_interesting(client.id)
    journal.update_client(client.id, author=owner, note="signed", stage="contracted", by=firm_owner())
    changes = [(c.from_stage, c.to_stage, c.author_id, c.note)
               for c in StageChange.select().where(StageChange.client == client).order_by(StageChange.id)]
    assert changes == [(None, "prospect", owner.id, ""), ("prospect", "contracted", owner.id, "signed")]
    assert journal.get_client(client.id).segment == "retail"


def test_find_client_by_id_name_or_a_unique_part(make_client):
    acme = make_client("Acme LLC")
    make_client("Acme Trading")
    assert journal.find_client(str(acme.id)) == acme
    assert journal.find_client("Acme LLC") == acme
    assert journal.find_client("llc") == acme
    with pytest.raises(NotFound, match="matches 2 clients"):
        journal.find_client("acme")
    with pytest.raises(NotFound, match="no client matches 'zzz'"):
        journal.find_client("zzz")


def test_delete_client_refuses_while_it_has_a_journal(make_client, make_interaction):
    client = make_client("Acme")
    make_interaction(client)
    journal.add_contact(client.id, name="Ivan", by=firm_owner())
    with pytest.raises(RapportError, match="still has 1 interaction, 1 contact"):
        journal.delete_client(client.id, by=firm_owner())
    assert Client.select().count() == 1


def test_delete_client_with_its_journal_removes_everything_it_owns(make_client, make_interaction):
    client = make_client("Acme")
    keep = make_client("Beta")
    first = make_interaction(client, tags=["hear"])
    second = make_interaction(client)
    kept = make_interaction(keep)
    feedback = Feedback.create(client=client, interaction=first, raised_at=dt.datetime(2026, 3, 1))
    FeedbackContact.create(feedback=feedback, interaction=second)
    talk = Negotiation.create(client=client, topic="Price", opened_at=dt.date(2026, 3, 1))
    NegotiationEvent.create(negotiation=talk, at=dt.datetime(2026, 3, 1), status="open")
    NegotiationSession.create(negotiation=talk, interaction=second)
    Pulse.create(client=client, at=dt.date(2026, 3, 1), reading="good")
    journal.delete_client(client.id, with_journal=True, by=firm_owner())
    assert list(Client.select()) == [keep]
    assert list(Interaction.select()) == [kept]
    for model in (Feedback, FeedbackContact, Negotiation, NegotiationEvent, NegotiationSession, Pulse):
        assert model.select().count() == 0, model.__name__
    assert InteractionTag.select().count() == 0
    assert Tag.select().where(Tag.name == "hear").exists()  # tags are the firm's, not the client's


def test_deleting_a_contact_keeps_the_interactions_with_them(make_client, make_interaction):
    client = make_client()
    ivan = journal.add_contact(client.id, name="Ivan", email="ivan@acme.test", by=firm_owner())
    interaction = make_interaction(client, contact=ivan.id)
    journal.delete_contact(ivan.id, by=firm_owner())
    assert Contact.select().count() == 0
    assert Interaction.get_by_id(interaction.id).contact is None


def test_contact_fields_are_checked(make_client):
    client = make_client()
    assert problems_of(journal.add_contact, client.id, name="", email="not an email", by=firm_owner()) == [
        "Name: is required", "Email: 'not an email' is not an email address"]
    contact = journal.add_contact(client.id, name="Ivan", by=firm_owner())
    assert journal.update_contact(contact.id, role="CFO", by=firm_owner()).role == "CFO"


def test_log_interaction_names_every_bad_field(make_client):
    client = make_client()
    problems = problems_of(journal.log_interaction, author=signing_author(), client=client.id, occurred_at="soon", channel="fax",
                           kind="update", sentiment=7, effort=0, tags=["ok", "bad tag!"])
    assert "When: 'soon' is not a date and time (use YYYY-MM-DDTHH:MM:SS)" in problems
    assert "Channel: 'fax' is not one of call, email, meeting, chat, visit, letter, other" in problems
    assert "Sentiment: 7 is outside -2..2" in problems
    assert "Client's effort: 0 is outside 1..5" in problems
    assert "tags[1]: 'bad tag!' is not a tag (letters, digits, _ and -, up to 60)" in problems
    assert "Summary: is required (a line on what happened)" in problems
    assert Interaction.select().count() == 0


def test_interaction_refuses_a_contact_of_another_client(make_client):
    acme, beta = make_client(), make_client()
    ivan = journal.add_contact(beta.id, name="Ivan", by=firm_owner())
    assert problems_of(journal.log_interaction, author=signing_author(), client=acme.id, contact=ivan.id, occurred_at="2026-03-01",
                       channel="call", kind="update", summary="x") == [
        "Contact: 'Ivan' is a contact of another client"]


def test_tags_are_normalised_and_the_firms_own_are_created(make_interaction):
    interaction = make_interaction(tags=["Hear", "Our Own", "hear"])
    assert journal.tags_of([interaction.id]) == {interaction.id: ["hear", "our_own"]}
    assert Tag.get(Tag.name == "our_own").category == "custom"
    assert Tag.get(Tag.name == "hear").category == "policy"


def test_edit_interaction_changes_only_what_is_given(make_interaction):
    interaction = make_interaction(tags=["like"], sentiment=1)
    edited = journal.edit_interaction(interaction.id, summary="Better", sentiment=2, by=firm_owner())
    assert (edited.summary, edited.sentiment, edited.channel) == ("Better", 2, "call")
    assert journal.tags_of([interaction.id])[interaction.id] == ["like"]
    journal.edit_interaction(interaction.id, tags=[], by=firm_owner())
    assert journal.tags_of([interaction.id])[interaction.id] == []
    assert problems_of(journal.edit_interaction, interaction.id, sentiment=-3, by=firm_owner()) == [
        "Sentiment: -3 is outside -2..2"]
    assert Interaction.get_by_id(interaction.id).sentiment == 2


def test_delete_interaction_keeps_the_feedback_that_cites_it(make_client, make_interaction):
    client = make_client()
    interaction = make_interaction(client, tags=["hear"])
    feedback = Feedback.create(client=client, interaction=interaction, resolved_by=interaction,
                               raised_at=dt.datetime(2026, 3, 1))
    journal.delete_interaction(interaction.id, by=firm_owner())
    feedback = Feedback.get_by_id(feedback.id)
    assert (feedback.interaction, feedback.resolved_by) == (None, None)
    assert InteractionTag.select().count() == 0
    with pytest.raises(NotFound):
        journal.delete_interaction(interaction.id, by=firm_owner())


def test_mark_follow_up_done(make_interaction):
    interaction = make_interaction(follow_up_due="2026-03-02")
    done = journal.mark_follow_up_done(interaction.id, dt.date(2026, 3, 3), by=firm_owner())
    assert Interaction.get_by_id(done.id).follow_up_done == dt.date(2026, 3, 3)


def test_hooks_run_inside_the_write(make_client, monkeypatch):
    seen = []
    monkeypatch.setattr(journal, "AFTER_INTERACTION_SAVED", [lambda i, created: seen.append((i.id, created))])
    client = make_client()
    interaction = journal.log_interaction(author=signing_author(), client=client.id, occurred_at="2026-03-01", channel="call",
                                          kind="update", notes="notes are enough")
    journal.edit_interaction(interaction.id, summary="x", by=firm_owner())
    assert seen == [(interaction.id, True), (interaction.id, False)]


def test_nothing_new_is_logged_without_an_author(make_client):
    client = make_client()
    assert problems_of(journal.log_interaction, client=client.id, occurred_at="2026-03-01", channel="call",
                       kind="update", summary="Nobody signed this") == [
        "Author: is required (who logs it: choose who you are in Settings)"]
    assert Interaction.select().count() == 0
