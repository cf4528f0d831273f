"""Capture into the journal: the right client, direction and kind, nothing twice, nothing partial."""

import datetime as dt

import pytest

from app.cli import main as cli
from app.common import preferences
from app.common.errors import ValidationError
from app.exchange.capture.capture import (
    NO_ADDRESS,
    UnmatchedAddresses,
    assign_clients,
    capture_files,
    read_captures,
    write_capture,
)
from app.journal import records as journal
from db.connection import open_database
from db.models import Contact, Feedback, ImportFingerprint, Interaction
from tests.app.exchange.capture.mailbuild import calendar, message
from tests.authors import firm_owner


@pytest.fixture
def acme(make_client):
    client = make_client("Acme LLC")
    journal.add_contact(client.id, name="Ivan Petrov", email="Ivan@Acme.test", by=firm_owner())
    return client


def write(tmp_path, name: str, raw: bytes):
    path = tmp_path / name
    path.write_bytes(raw)
    return path


def test_an_inbound_message_from_a_contact_is_logged_for_their_client(tmp_path, acme):
    preferences.set("firm_addresses", ["firm.test"])
    path = write(tmp_path, "m.eml", message(subject="Question about the invoice", body="Which VAT rate?"))
    summary = capture_files([path])
    (entry,) = Interaction.select()
    assert (entry.client_id, entry.contact.name, entry.channel, entry.kind, entry.direction) == (
        acme.id, "Ivan Petrov", "email", "update", "inbound")
    assert entry.summary == "Question about the invoice" and entry.notes == "Which VAT rate?"
    assert summary.emails == 1 and summary.clients == {acme.id}
    assert ImportFingerprint.get().interaction_id == entry.id


def test_a_message_from_the_firm_is_outbound_and_matched_by_its_recipient(tmp_path, acme):
    preferences.set("firm_addresses", ["anna@firm.test"])
    path = write(tmp_path, "sent.eml", message(sender="Anna <anna@firm.test>", to="Ivan <ivan@acme.test>"))
    capture_files([path])
    entry = Interaction.get()
    assert entry.direction == "outbound" and entry.client_id == acme.id


def test_without_the_firm_addresses_a_message_to_a_client_is_ours(tmp_path, acme):
    path = write(tmp_path, "sent.eml", message(sender="someone@firm.test", to="ivan@acme.test"))
    capture_files([path])
    assert Interaction.get().direction == "outbound"


def test_the_client_domain_matches_a_colleague_not_yet_a_contact(tmp_path, acme, make_client):
    other = make_client("Beta")
    journal.add_contact(other.id, name="Olga", email="olga@gmail.com", by=firm_owner())  # a public domain says nothing
    path = write(tmp_path, "m.eml", message(sender="Petra <petra@acme.test>"))
    plan = read_captures([path])
    assert plan.entries[0].client_id == acme.id and plan.entries[0].contact_id is None
    lone = write(tmp_path, "g.eml", message(sender="someone@gmail.com", message_id="<g@x>"))
    assert read_captures([lone]).entries[0].client_id is None


def test_an_inbound_complaint_opens_a_feedback_item_on_its_clock(tmp_path, acme):
    preferences.set("firm_addresses", ["firm.test"])
    raw = message(subject="Жалоба: повреждённый товар", body="Коробки пришли мятые.")
    capture_files([write(tmp_path, "c.eml", raw)])
    entry = Interaction.get()
    assert entry.kind == "complaint"
    item = Feedback.get()
    assert item.interaction_id == entry.id and item.status == "open"
    assert item.raised_at == entry.occurred_at and item.summary == "Жалоба: повреждённый товар"


def test_a_reply_in_a_complaint_thread_or_our_own_message_is_not_a_new_complaint(tmp_path, acme):
    preferences.set("firm_addresses", ["firm.test"])
    reply = message(subject="Re: Complaint about the delivery", message_id="<r@acme.test>")
    ours = message(subject="Your complaint", sender="anna@firm.test", to="ivan@acme.test", message_id="<o@f>")
    capture_files([write(tmp_path, "r.eml", reply), write(tmp_path, "o.eml", ours)])
    assert {i.kind for i in Interaction.select()} == {"update"}
    assert Feedback.select().count() == 0


def test_re_importing_the_same_message_or_event_adds_nothing(tmp_path, acme):
    mail = write(tmp_path, "m.eml", message())
    event = write(tmp_path, "e.ics", calendar("UID:w1\nDTSTART:20260105T100000Z\nRRULE:FREQ=WEEKLY;COUNT=3\n"
                                              "SUMMARY:Status\nATTENDEE:mailto:ivan@acme.test"))
    first = capture_files([mail, event])
    assert (first.emails, first.meetings) == (1, 3)
    again = capture_files([mail, event, mail])
    assert again.entries == 0 and again.duplicates == 5
    assert Interaction.select().count() == 4


def test_unmatched_addresses_stop_the_capture_and_are_named(tmp_path, acme):
    known = write(tmp_path, "k.eml", message())
    stranger = write(tmp_path, "s.eml", message(sender="Max <max@unknown.test>", to="anna@firm.test",
                                               message_id="<s@u>"))
    with pytest.raises(UnmatchedAddresses) as stopped:
        capture_files([known, stranger])
    assert "max@unknown.test: 1 entry, first s.eml" in str(stopped.value)
    assert Interaction.select().count() == 0


def test_the_client_chosen_for_an_address_remembers_it_as_a_contact(tmp_path, acme, make_client):
    preferences.set("firm_addresses", ["firm.test"])
    beta = make_client("Beta")
    path = write(tmp_path, "s.eml", message(sender="Max Mustermann <max@beta.test>", message_id="<s1@b>"))
    plan = read_captures([path])
    assert list(plan.unmatched()) == ["max@beta.test"]
    assign_clients(plan, {"max@beta.test": beta.id})
    summary = write_capture(plan)
    assert summary.new_contacts == 1
    contact = Contact.get(Contact.email == "max@beta.test")
    assert (contact.client_id, contact.name) == (beta.id, "Max Mustermann")
    assert Interaction.get().contact_id == contact.id
    # next time the address is known
    later = write(tmp_path, "s2.eml", message(sender="max@beta.test", message_id="<s2@b>"))
    assert read_captures([later]).entries[0].client_id == beta.id


def test_entries_that_name_no_address_are_asked_about_as_one_group(tmp_path, acme):
    path = write(tmp_path, "n.eml", message(sender=None, to=None))
    plan = read_captures([path])
    assert list(plan.unmatched()) == [NO_ADDRESS]
    assign_clients(plan, {NO_ADDRESS: acme.id})
    write_capture(plan)
    assert Interaction.get().client_id == acme.id and Contact.select().count() == 1


def test_one_bad_file_stops_everything_and_names_the_message(tmp_path, acme):
    good = write(tmp_path, "good.eml", message())
    # an mbox whose "From " lines carry no date either
    path = write(tmp_path, "box.mbox", b"From ivan@acme.test\n" + message(message_id="<b1@acme.test>")
                 + b"\nFrom ivan@acme.test\nFrom: ivan@acme.test\nSubject: no date at all\n\nbody\n")
    with pytest.raises(ValidationError) as stopped:
        capture_files([good, path])
    assert [str(p) for p in stopped.value.problems] == [
        "box.mbox, message 2 (no date at all): the message has no date (no readable Date or Received header)"]
    assert Interaction.select().count() == 0 and ImportFingerprint.select().count() == 0


def test_a_failure_while_writing_leaves_nothing(tmp_path, acme, monkeypatch):
    paths = [write(tmp_path, f"{n}.eml", message(message_id=f"<{n}@acme.test>")) for n in range(3)]
    plan = read_captures(paths)
    plan.entries[2].occurred_at = "not a date"  # as if the third could not be logged
    with pytest.raises(ValidationError, match=r"2.eml: When"):
        write_capture(plan)
    assert Interaction.select().count() == 0 and ImportFingerprint.select().count() == 0


def test_drop_onto_a_client_puts_everything_there(tmp_path, acme, make_client):
    beta = make_client("Beta")
    path = write(tmp_path, "m.eml", message(sender="x@elsewhere.test"))
    capture_files([path], client_id=beta.id)
    assert Interaction.get().client_id == beta.id


# ---- the command line -----------------------------------------------------------------------

def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_exits_2_naming_unmatched_addresses_and_then_takes_client(capsys, tmp_path, db_path, acme):
    path = write(tmp_path, "s.eml", message(sender="max@unknown.test", to="anna@firm.test"))
    code, out, err = run(capsys, "--db", str(db_path), "import", str(path))
    assert code == 2 and "max@unknown.test" in err and "--client" in err
    code, out, err = run(capsys, "--db", str(db_path), "import", str(path), "--client", "Acme")
    assert code == 0, err
    assert out.startswith("captured 1 email(s), 0 meeting(s), 0 call(s) for 1 client(s)")
    open_database(db_path)
    assert Interaction.get().client_id == acme.id


def test_cli_names_a_broken_file_and_refuses_mixed_kinds(capsys, tmp_path, db_path):
    broken = write(tmp_path, "x.ics", b"garbage")
    code, _, err = run(capsys, "--db", str(db_path), "import", str(broken))
    assert code == 2 and "x.ics: 1 problem" in err and "x.ics: not a readable calendar" in err
    table = write(tmp_path, "t.csv", b"client,date\n")
    code, _, err = run(capsys, "--db", str(db_path), "import", str(broken), str(table))
    assert code == 2 and "t.csv: only mail and calendar files can be imported together" in err


def test_times_are_local(tmp_path, acme):
    path = write(tmp_path, "m.eml", message(date="Tue, 03 Mar 2026 10:00:00 +0300"))
    capture_files([path])
    expected = dt.datetime(2026, 3, 3, 7, 0, tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
    assert Interaction.get().occurred_at == expected


def test_an_entry_deleted_from_the_journal_stays_deleted(tmp_path, acme):
    path = write(tmp_path, "m.eml", message())
    capture_files([path])
    journal.delete_interaction(Interaction.get().id, by=firm_owner())
    assert ImportFingerprint.get().interaction is None
    assert capture_files([path]).duplicates == 1 and Interaction.select().count() == 0
