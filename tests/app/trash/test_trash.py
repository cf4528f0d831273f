"""Nothing is lost by a click: every delete goes to a trash, owners restore it exactly or empty it."""

import datetime as dt
import io
import json

import pytest

from app.brief.gather import brief_data
from app.common.errors import NotFound, PermissionDenied
from app.exchange.bundle.exporter import write_bundle
from app.health.score import firm_health
from app.journal import records as journal
from app.portrait import playbook
from app.portrait import qualification as portrait
from app.search.engine import search
from app.trash import bin as trash
from db.models import (
    ALL_MODELS,
    AuditEntry,
    Client,
    Contact,
    Feedback,
    FeedbackContact,
    ImportFingerprint,
    Interaction,
    Negotiation,
    NegotiationAction,
    NegotiationEvent,
    NegotiationSession,
    PlaybookEntry,
    PortraitCriterion,
    Pulse,
    Tag,
    TrashItem,
)
from tests.authors import firm_owner

KEPT_APART = {"AuditEntry", "TrashItem"}


def journal_now() -> dict[str, list[tuple]]:
    """Every row of every journal table, every column: what a restore must give back exactly."""
    return {m.__name__: sorted(m.select().tuples(), key=repr) for m in ALL_MODELS if m.__name__ not in KEPT_APART}


def found(text: str) -> set[int]:
    return {hit.interaction_id for hit in search(text)}


@pytest.fixture
def acme(make_client, make_user):
    """A client with a full journal: a contact, entries with tags, feedback citing them, a negotiation with
    a session, a pulse, and an import fingerprint of one entry."""
    olena = make_user("Olena", "account_manager")
    client = make_client("Acme LLC", account_manager=olena.id)
    ivan = journal.add_contact(client.id, name="Ivan P.", role="CFO", by=firm_owner())
    call = journal.log_interaction(client=client.id, contact=ivan.id, author=olena.id, occurred_at="2026-03-01T10:30",
                                   channel="call", kind="complaint", direction="inbound", sentiment=-2, effort=4,
                                   summary="Late delivery of the pallets", notes="Ждали неделю",
                                   tags=["hear", "our_own"], follow_up_due="2026-03-02")
    again = journal.log_interaction(client=client.id, author=olena.id, occurred_at="2026-03-03T09:00", channel="email",
                                    kind="update", summary="Pallets still late", tags=["hear"])
    item = Feedback.get(Feedback.interaction == call.id)  # the inbound complaint opened it
    Feedback.update(resolved_by=again.id).where(Feedback.id == item.id).execute()
    FeedbackContact.create(feedback=item, interaction=again)
    talk = Negotiation.create(client=client, topic="Price 2027", opened_at=dt.date(2026, 3, 5))
    NegotiationEvent.create(negotiation=talk, at=dt.datetime(2026, 3, 5, 9), status="open", author=olena)
    NegotiationSession.create(negotiation=talk, interaction=again)
    NegotiationAction.create(negotiation=talk, description="Send the offer", owner=olena, due=dt.date(2026, 3, 20))
    Pulse.create(client=client, author=olena, at=dt.date(2026, 3, 4), reading="uneasy", comment="tense")
    ImportFingerprint.create(key="mail:<late@acme>", interaction=call)
    return {"client": client, "olena": olena, "ivan": ivan, "call": call, "again": again, "feedback": item}


def test_a_deleted_entry_goes_to_the_trash_and_comes_back_exactly(acme):
    owner, call = firm_owner(), acme["call"]
    before = journal_now()
    assert found("pallets") == {call.id, acme["again"].id}
    journal.delete_interaction(call.id, by=acme["olena"])
    assert not Interaction.select().where(Interaction.id == call.id).exists()
    assert found("pallets") == {acme["again"].id} and found("неделю") == set()
    feedback = Feedback.get_by_id(acme["feedback"].id)
    assert feedback.interaction_id is None  # the item stays, no longer citing the entry
    assert ImportFingerprint.get().interaction_id is None
    [line] = trash.list_items(owner)
    assert (line.kind, line.label, line.deleted_by) == ("interaction", "Acme LLC · 2026-03-01 · Late delivery of the "
                                                                      "pallets", "Olena")
    assert line.rows == 3  # the entry and its two tags
    trash.restore(line.id, by=owner)
    assert journal_now() == before
    assert found("неделю") == {call.id}
    assert journal.tags_of([call.id])[call.id] == ["hear", "our_own"]
    assert trash.list_items(owner) == []


def test_a_client_with_its_journal_comes_back_exactly_and_is_unseen_while_trashed(acme, make_client):
    owner, client = firm_owner(), acme["client"]
    other = make_client("Beta")
    before = journal_now()
    journal.delete_client(client.id, with_journal=True, by=owner)
    assert list(Client.select()) == [other]
    for model in (Contact, Interaction, Feedback, FeedbackContact, Negotiation, NegotiationEvent, NegotiationSession,
                  NegotiationAction, Pulse):
        assert not model.select().exists(), model.__name__
    assert Tag.select().where(Tag.name == "our_own").exists()  # the firm's tags stay
    # health, search, exports and briefs see nothing of it
    assert [h.client_id for h in firm_health(dt.date(2026, 3, 10))] == [other.id]
    assert found("pallets") == set()
    out = io.StringIO()
    write_bundle(out, lambda *a, **k: None)
    bundle = json.loads(out.getvalue())
    assert [c["name"] for c in bundle["clients"]] == ["Beta"] and bundle["interactions"] == []
    with pytest.raises(NotFound):
        brief_data(client.id)
    [line] = trash.list_items(owner)
    assert (line.kind, line.label, line.client_id) == ("client", "Acme LLC", client.id)
    trash.restore(line.id, by=owner)
    assert journal_now() == before
    assert found("pallets") == {acme["call"].id, acme["again"].id}
    assert {h.client_id for h in firm_health(dt.date(2026, 3, 10))} == {client.id, other.id}


def test_a_contact_comes_back_named_by_the_entries_with_them(acme):
    owner, ivan = firm_owner(), acme["ivan"]
    before = journal_now()
    journal.delete_contact(ivan.id, by=acme["olena"])
    assert Interaction.get_by_id(acme["call"].id).contact_id is None
    [line] = trash.list_items(owner)
    assert (line.kind, line.label) == ("contact", "Ivan P. (Acme LLC)")
    trash.restore(line.id, by=owner)
    assert journal_now() == before


def test_an_entry_whose_client_went_meanwhile_waits_for_the_client(acme):
    owner = firm_owner()
    journal.delete_interaction(acme["call"].id, by=owner)
    journal.delete_client(acme["client"].id, with_journal=True, by=owner)
    client_item, entry_item = trash.list_items(owner)
    with pytest.raises(trash.CannotRestore) as refused:
        trash.restore(entry_item.id, by=owner)
    assert str(refused.value) == (f"Acme LLC · 2026-03-01 · Late delivery of the pallets cannot be restored: its client "
                                  f"Acme LLC is no longer in the journal; restore Acme LLC first (trash item "
                                  f"{client_item.id})")
    assert refused.value.first == client_item.id
    assert len(trash.list_items(owner)) == 2  # nothing changed
    trash.restore(client_item.id, by=owner)
    trash.restore(entry_item.id, by=owner)
    assert Interaction.select().count() == 2 and Feedback.get().interaction_id == acme["call"].id
    assert Feedback.get().resolved_by_id == acme["again"].id


def test_a_client_whose_name_was_taken_meanwhile_is_refused_with_the_reason(acme, make_client):
    owner = firm_owner()
    journal.delete_client(acme["client"].id, with_journal=True, by=owner)
    make_client("Acme LLC")
    [line] = trash.list_items(owner)
    with pytest.raises(trash.CannotRestore, match="another client is named 'Acme LLC' now; rename that client first"):
        trash.restore(line.id, by=owner)
    assert not Contact.select().exists()  # all or nothing


def test_emptying_is_for_good(acme):
    owner = firm_owner()
    journal.delete_interaction(acme["again"].id, by=owner)
    journal.delete_contact(acme["ivan"].id, by=owner)
    contact_item, entry_item = trash.list_items(owner)
    assert trash.empty(by=owner, item_id=entry_item.id) == 1
    with pytest.raises(NotFound, match=f"the trash holds no item {entry_item.id}"):
        trash.restore(entry_item.id, by=owner)
    assert [i.id for i in trash.list_items(owner)] == [contact_item.id]
    assert trash.empty(by=owner) == 1
    assert trash.list_items(owner) == [] and not TrashItem.select().exists()
    assert not Interaction.select().where(Interaction.id == acme["again"].id).exists()
    # the trail keeps who put it in the trash and who emptied it
    actions = [e.action for e in AuditEntry.select().where(AuditEntry.table_name == "trash_item").order_by(AuditEntry.id)]
    assert actions == ["create", "create", "delete", "delete"]


def test_who_may_delete_restore_and_empty(acme, make_user):
    owner, olena = firm_owner(), acme["olena"]
    petro = make_user("Petro", "staff")
    with pytest.raises(PermissionDenied, match="only an owner, the entry's author or the client's account manager "
                                               "may edit or delete this entry; Petro is staff"):
        journal.delete_interaction(acme["call"].id, by=petro)
    with pytest.raises(PermissionDenied, match="only an owner may delete a client; Olena is an account manager"):
        journal.delete_client(acme["client"].id, with_journal=True, by=olena)
    with pytest.raises(PermissionDenied, match="choose who you are first"):
        journal.delete_contact(acme["ivan"].id, by=None)
    with pytest.raises(PermissionDenied, match="may change this client's record"):
        journal.delete_contact(acme["ivan"].id, by=petro)
    own = journal.log_interaction(client=acme["client"].id, author=petro.id, occurred_at="2026-03-06T10:00",
                                  channel="call", kind="update", summary="Petro's call")
    journal.delete_interaction(own.id, by=petro)  # his own entry
    journal.delete_interaction(acme["again"].id, by=olena)  # her client's
    # each sees what they deleted; only an owner sees it all, and restores or empties
    assert [line.label.split(" · ")[-1] for line in trash.list_items(petro)] == ["Petro's call"]
    assert len(trash.list_items(owner)) == 2
    for call in (lambda: trash.restore(trash.list_items(petro)[0].id, by=petro), lambda: trash.empty(by=olena)):
        with pytest.raises(PermissionDenied, match="only an owner may restore from the trash or empty it"):
            call()
    assert len(trash.list_items(owner)) == 2


def test_the_playbook_and_the_portrait_keep_what_an_owner_deletes(make_user):
    owner = firm_owner()
    entry = playbook.add_entry(owner, situation="A client shouts at staff", action="Stay calm, name it",
                               kinds="complaint")
    criterion = portrait.add_criterion(owner, name="Regular volumes", weight=2.0)
    before = journal_now()
    playbook.delete_entry(owner, entry.id)
    portrait.delete_criterion(owner, criterion.id)
    assert not PlaybookEntry.select().where(PlaybookEntry.id == entry.id).exists()
    lines = trash.list_items(owner)
    assert [(line.kind, line.label) for line in lines] == [("portrait_criterion", "Regular volumes"),
                                                           ("playbook_entry", "A client shouts at staff")]
    for line in lines:
        trash.restore(line.id, by=owner)
    assert journal_now() == before
    assert PortraitCriterion.get_by_id(criterion.id).weight == 2.0


def test_the_trash_is_read_a_page_at_a_time_newest_first(make_client, make_interaction):
    owner = firm_owner()
    client = make_client("Acme")
    entries = [make_interaction(client, summary=f"Call {n}") for n in range(5)]
    for entry in entries:
        journal.delete_interaction(entry.id, by=owner)
    first = trash.list_items(owner, limit=3)
    rest = trash.list_items(owner, before_id=first[-1].id, limit=3)
    assert [line.label.split(" · ")[-1] for line in first + rest] == [f"Call {n}" for n in (4, 3, 2, 1, 0)]
    assert trash.count(owner) == 5


def test_an_entry_whose_id_went_to_a_newer_one_comes_back_under_a_new_id(make_client, make_interaction):
    """SQLite gives the highest id again once its row is deleted: the newer entry keeps it."""
    owner = firm_owner()
    client = make_client("Acme")
    last = make_interaction(client, summary="Signed the renewal", tags=["like"])
    journal.delete_interaction(last.id, by=owner)
    newer = make_interaction(client, summary="Sent the invoice")
    assert newer.id == last.id
    restored = trash.restore(trash.list_items(owner)[0].id, by=owner)
    assert restored.renumbered == 1 and restored.record_id != last.id
    back = Interaction.get_by_id(restored.record_id)
    assert (back.summary, journal.tags_of([back.id])[back.id]) == ("Signed the renewal", ["like"])
    assert Interaction.get_by_id(newer.id).summary == "Sent the invoice"
    assert found("renewal") == {back.id} and found("invoice") == {newer.id}


def test_the_audit_trail_tells_who_put_what_in_the_trash_and_who_emptied_it(acme):
    from app.audit.history import AuditFilter, firm_log
    from app.audit.words import changes_text, kind_word

    owner = firm_owner()
    journal.delete_interaction(acme["again"].id, by=acme["olena"])
    trash.empty(by=owner)
    lines = [line for line in firm_log(AuditFilter(kind="trash"), owner)]
    assert [(line.action, kind_word(line), line.record) for line in lines] == [
        ("delete", "trash item", "Acme LLC · 2026-03-03 · Pallets still late"),
        ("create", "trash item", "Acme LLC · 2026-03-03 · Pallets still late")]
    text = changes_text(lines[1])
    assert "Deleted by: Olena" in text and "payload" not in text.casefold() and "Pallets still late" in text
