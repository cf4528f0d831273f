"""Feedback, negotiations, playbook and portrait travel in the JSON bundle with nothing lost."""

import datetime as dt
import json

from app.exchange.bundle import files as bundle
from app.hear import feedback
from app.journal import records as journal
from app.negotiate import negotiations as N
from app.negotiate.ledger import client_negotiations, negotiation_detail
from app.negotiate.promises import kept_counts
from app.portrait import playbook
from app.portrait import qualification as portrait
from db.connection import open_database
from db.models import Qualification
from tests.authors import firm_owner, signing_author


def build_journal(make_user, make_client):
    owner, olena = make_user("Boss", "owner"), make_user("Olena")
    acme = make_client("Acme", account_manager=olena.id)
    complaint = journal.log_interaction(author=signing_author(), client=acme.id, occurred_at="2026-03-06T17:30", channel="call",
                                        kind="complaint", direction="inbound", summary="Late delivery")
    again = journal.log_interaction(author=signing_author(), client=acme.id, occurred_at="2026-03-09T09:10", channel="email",
                                    kind="feedback", direction="inbound", summary="Still late")
    item = feedback.get_feedback(feedback.open_items_of_client(acme.id)[0].id)
    feedback.link_repeat_contact(item.id, again.id, by=firm_owner())
    feedback.acknowledge_feedback(item.id, at="2026-03-09T09:30", by=firm_owner())
    feedback.resolve_feedback(item.id, resolved_by_interaction=again.id, at="2026-03-10T12:00", by=firm_owner())
    talk = N.open_negotiation(acme.id, "Price 2027", by=olena, opened_at="2026-03-05", target_date="2026-04-01",
                              client_position="0%", our_position="8%", contract_refs="clause 4.2")
    N.state_position(talk.id, "client", "4%", at="2026-03-12T10:00", by=firm_owner())
    N.add_concession(talk.id, "ours", "Free delivery", at="2026-03-12T10:30", by=firm_owner())
    N.link_session(talk.id, complaint.id, by=firm_owner())
    N.complete_action(N.add_action(talk.id, "Send price list", owner=olena, due="2026-03-13", by=firm_owner()).id, "2026-03-13", by=firm_owner())
    N.change_status(talk.id, "deadlock", "No movement on price", by=owner, at="2026-03-14T10:00")
    playbook.seed_default_playbook()
    criterion = portrait.add_criterion(owner, "Retail chain", 2)
    lead = make_client("Lead", stage="prospect")
    portrait.qualify_prospect(lead.id, "interesting", "Retail", olena, [criterion.id], at="2026-03-02T10:00")
    return acme, talk


def snapshot(acme_id, talk_id):
    return (negotiation_detail(talk_id, dt.date(2026, 3, 20)), client_negotiations(acme_id, dt.date(2026, 3, 20)),
            [(r.summary, r.status, r.repeat_contacts, r.acknowledged_at, r.resolved_at)
             for r in feedback.client_feedback(acme_id, dt.datetime(2026, 3, 20))],
            kept_counts(client_id=acme_id, as_of=dt.date(2026, 3, 20)),
            playbook.recommended_actions("complaint", ["hear"], "uk"))


def test_round_trip_through_the_bundle(make_user, make_client, tmp_path):
    acme, talk = build_journal(make_user, make_client)
    # The clients' qualification decisions on record as sales' (the factory leaves no decider).
    Qualification.update(decided_by=make_user("Sales", "account_manager")).execute()
    before = snapshot(acme.id, talk.id)
    first = tmp_path / "first.json"
    bundle.export_bundle(first)

    open_database(tmp_path / "copy.db")
    bundle.import_bundle(first)
    copy_acme = journal.find_client("Acme")
    copy_talk = client_negotiations(copy_acme.id)[0].id
    after = snapshot(copy_acme.id, copy_talk)
    assert after[1:] == before[1:]
    assert (after[0].history, after[0].positions, after[0].concessions, after[0].outcome) == (
        before[0].history, before[0].positions, before[0].concessions, before[0].outcome)
    assert [a.description for a in after[0].actions] == ["Send price list"]
    assert [q.reason for q in portrait.qualifications(journal.find_client("Lead").id)] == ["Retail"]

    second = tmp_path / "second.json"
    bundle.export_bundle(second)
    assert json.loads(second.read_text()) == json.loads(first.read_text())
