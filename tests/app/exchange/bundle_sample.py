"""A small journal with a row in every table, and a bundle in DOMAIN.md's shape, for the tests."""

import copy
import datetime as dt
import json

from app.common import preferences
from app.journal import records as journal
from app.portrait.qualification import qualify_prospect
from db.models import (
    ALL_MODELS,
    Concession,
    Feedback,
    FeedbackContact,
    Holiday,
    Negotiation,
    NegotiationAction,
    NegotiationEvent,
    NegotiationPosition,
    NegotiationSession,
    PlaybookEntry,
    PortraitCriterion,
    Pulse,
    Qualification,
    Tag,
)
from tests.authors import firm_owner, signing_author

DOMAIN_BUNDLE = {
    "format": "rapport-bundle", "version": 1,
    "users": [{"ref": "u1", "name": "Olena K.", "role": "account_manager"}],
    "clients": [{"ref": "c1", "name": "Acme LLC", "stage": "contracted", "segment": "retail",
                 "account_manager": "u1", "contract_start": "2026-01-01", "contract_end": "2026-12-31",
                 "contract_value": 12000, "contact_every_days": 14, "notes": ""}],
    "contacts": [{"ref": "p1", "client": "c1", "name": "Ivan P.", "role": "CFO", "email": "", "phone": ""}],
    "interactions": [{"ref": "i1", "client": "c1", "contact": "p1", "author": "u1",
                      "occurred_at": "2026-03-01T10:30:00", "channel": "call", "kind": "complaint",
                      "direction": "inbound", "sentiment": -1, "effort": 3, "summary": "Late delivery",
                      "notes": "", "tags": ["hear"], "follow_up_due": "2026-03-02", "follow_up_done": None}],
    "feedback": [{"ref": "f1", "client": "c1", "interaction": "i1", "raised_at": "2026-03-01T10:30:00",
                  "summary": "Late delivery", "severity": "high", "status": "open",
                  "acknowledged_at": None, "resolved_at": None, "owner": "u1"}],
    "negotiations": [{"ref": "n1", "client": "c1", "topic": "Price increase 2027", "opened_at": "2026-03-05",
                      "client_position": "", "our_position": "", "contract_refs": "clause 4.2",
                      "spec_refs": "", "status": "open", "target_date": "2026-04-01", "outcome": "",
                      "history": [{"at": "2026-03-05T09:00:00", "status": "open", "note": ""}],
                      "sessions": ["i1"],
                      "actions": [{"description": "", "owner": "u1", "due": "2026-03-20", "done_at": None}]}],
    "pulses": [{"client": "c1", "author": "u1", "at": "2026-03-02", "reading": "uneasy", "comment": ""}],
    # Contracted only through a decision by sales (seed 003's two-stage relationship).
    "qualifications": [{"client": "c1", "decided_by": "u1", "decided_at": "2025-12-15T10:00:00",
                        "decision": "interesting", "reason": "Regular volumes, pays on time"}],
}


def domain_bundle() -> dict:
    return copy.deepcopy(DOMAIN_BUNDLE)


def write_json(path, data) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


# Bookkeeping of imports and captures (what came in already), not journal content: not in a bundle.
NOT_IN_BUNDLES = {"ImportFingerprint", "AuditEntry", "TrashItem"}  # the trail and the trash stay with their journal


def row_counts() -> dict[str, int]:
    return {model.__name__: model.select().count() for model in ALL_MODELS if model.__name__ not in NOT_IN_BUNDLES}


def fill_every_table() -> None:
    """A journal with rows in every table, gaps in the ids, Cyrillic text and odd values."""
    at = dt.datetime(2026, 3, 1, 10, 30)
    owner = journal.create_first_owner("Marta")
    olena = journal.create_user("Олена К.", "account_manager", by=owner)
    gone = journal.create_user("Temp", "staff", by=owner)
    journal.update_user(gone.id, active=False, by=owner)
    first = journal.create_client(name="Gone Ltd", stage="prospect", by=firm_owner())
    acme = journal.create_client(author=owner, name="Acme LLC", stage="prospect", segment="retail",
                                 account_manager=olena.id, contract_start="2026-01-01",
                                 contract_end="2026-12-31", contract_value=12000.5, contact_every_days=14,
                                 notes="Важный клиент\nsecond line", by=firm_owner())
    journal.delete_client(first.id, by=owner)  # leaves a gap in the client ids
    qualify_prospect(acme.id, "interesting", "Regular volumes", olena)
    journal.update_client(acme.id, author=owner, note="signed", stage="contracted", by=firm_owner())
    other = journal.create_client(name="Бета ТОВ", by=firm_owner())
    qualify_prospect(other.id, "interesting", "Наш клиент", olena)
    journal.update_client(other.id, author=olena, stage="contracted", by=firm_owner())
    ivan = journal.add_contact(acme.id, name="Ivan P.", role="CFO", email="ivan@acme.test", phone="+380 44", by=firm_owner())
    journal.add_contact(other.id, name="Ганна", by=firm_owner())
    complaint = journal.log_interaction(
        client=acme.id, contact=ivan.id, author=olena.id, occurred_at=at, channel="call", kind="complaint",
        direction="inbound", sentiment=-2, effort=4, summary="Late delivery", notes="Ждали неделю",
        tags=["hear", "Our Own Tag"], follow_up_due="2026-03-02", follow_up_done="2026-03-03")
    scratch = journal.log_interaction(author=signing_author(), client=acme.id, occurred_at=at, channel="email", kind="update",
                                      summary="typo")
    journal.delete_interaction(scratch.id, by=owner)
    again = journal.log_interaction(client=acme.id, author=olena.id, occurred_at=at + dt.timedelta(days=2),
                                    channel="email", kind="complaint", sentiment=-1, summary="Still late")
    session = journal.log_interaction(author=signing_author(), client=acme.id, occurred_at=at + dt.timedelta(days=4), channel="meeting",
                                      kind="negotiation", summary="Price talk", tags=["negotiate"])
    journal.log_interaction(author=signing_author(), client=other.id, occurred_at=at, channel="chat", kind="praise", sentiment=2,
                            notes="only notes", tags=["staff_praise"])
    Tag.create(name="unused_tag", category="custom", description="never used")
    Tag.update(description="listen first").where(Tag.name == "hear").execute()
    feedback = Feedback.create(client=acme, interaction=complaint, raised_at=at, summary="Late delivery",
                               severity="high", status="resolved", acknowledged_at=at + dt.timedelta(hours=2),
                               resolved_at=at + dt.timedelta(days=3, microseconds=500), owner=olena,
                               resolved_by=session)
    FeedbackContact.create(feedback=feedback, interaction=again)
    Feedback.create(client=other, raised_at=at, summary="", severity="low")
    talk = Negotiation.create(client=acme, topic="Price increase 2027", opened_at=dt.date(2026, 3, 5),
                              client_position="no", our_position="+5%", contract_refs="clause 4.2",
                              spec_refs="spec 1", options="a) 3%\nb) 5%", status="agreed",
                              target_date=dt.date(2026, 4, 1), outcome="4%")
    NegotiationEvent.create(negotiation=talk, at=at, status="open", note="", author=olena)
    NegotiationEvent.create(negotiation=talk, at=at + dt.timedelta(days=5), status="agreed", note="done")
    NegotiationPosition.create(negotiation=talk, at=at, side="client", text="no increase")
    NegotiationPosition.create(negotiation=talk, at=at, side="ours", text="+5%")
    Concession.create(negotiation=talk, at=at, side="ours", description="free delivery")
    NegotiationSession.create(negotiation=talk, interaction=session)
    NegotiationAction.create(negotiation=talk, description="send the contract", owner=olena,
                             due=dt.date(2026, 3, 20), done_at=dt.date(2026, 3, 19))
    Negotiation.create(client=other, topic="Terms", opened_at=dt.date(2026, 3, 6))
    Pulse.create(client=acme, author=olena, at=dt.date(2026, 3, 2), reading="uneasy", comment="тревожно")
    PlaybookEntry.create(situation="A client in a bad mood", action="Be polite; fix our error",
                         language="en", kinds="complaint,escalation", tags="hear", position=3)
    fit = PortraitCriterion.create(name="Pays on time", description="", weight=2.0, position=1)
    size = PortraitCriterion.create(name="Size", weight=0.5, position=2)
    Qualification.create(client=acme, decided_by=owner, decided_at=at, decision="interesting",
                         reason="fits", score=7.5, criteria_met=json.dumps([fit.id, size.id]))
    Holiday.create(day=dt.date(2026, 1, 7), name="Різдво")
    preferences.set("work_start", "08:30")
    preferences.set("working_days", [0, 1, 2, 3])
