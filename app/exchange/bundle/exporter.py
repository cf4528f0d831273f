"""Writing the whole journal as a JSON bundle, streamed record by record in a fixed order.

Refs are the record's kind and id ("c12"), so the same journal always gives the same file,
and a bundle imported into an empty journal gets the same ids back.
"""

import datetime as dt
import json
import logging
from collections import defaultdict
from collections.abc import Iterator
from typing import TextIO

from app.common.progress import Progress
from app.exchange.bundle.check import FORMAT, VERSION
from app.exchange.bundle.importer import REF_PREFIXES
from app.journal.records import tags_of
from db.models import (
    Client,
    Concession,
    Contact,
    Feedback,
    FeedbackContact,
    Holiday,
    Interaction,
    Negotiation,
    NegotiationAction,
    NegotiationEvent,
    NegotiationPosition,
    NegotiationSession,
    PlaybookEntry,
    PortraitCriterion,
    Pulse,
    Qualification,
    Setting,
    StageChange,
    Tag,
    User,
)

log = logging.getLogger(__name__)
PAGE = 2000


def ref(section: str, row_id: int | None) -> str | None:
    return f"{REF_PREFIXES[section]}{row_id}" if row_id is not None else None


def iso(value):
    """A date or date-time as ISO 8601, whole seconds (what an import reads back unchanged)."""
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def number(value):
    return int(value) if isinstance(value, float) and value.is_integer() else value


def pages(model) -> Iterator[list[dict]]:
    """All rows of a table as dicts, in id order, a page at a time."""
    last = 0
    while True:
        rows = list(model.select().where(model.id > last).order_by(model.id).limit(PAGE).dicts())
        if not rows:
            return
        yield rows
        last = rows[-1]["id"]


def grouped(model, key: str, order=None) -> dict[int, list[dict]]:
    """A child table's rows grouped by their parent's id, each group in id order."""
    out: dict[int, list[dict]] = defaultdict(list)
    query = model.select().order_by(*(order or [model.id])).dicts()
    for row in query:
        out[row[key]].append(row)
    return out


def comma_list(text: str) -> list[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def criteria_refs(text: str) -> list[str]:
    try:
        ids = json.loads(text or "[]")
    except ValueError:
        log.warning("qualification criteria_met %r is not JSON; exported as none", text)
        return []
    return [ref("portrait", i) for i in ids if isinstance(i, int) and not isinstance(i, bool)]


def user_records() -> Iterator[dict]:
    for page in pages(User):
        for r in page:
            yield {"ref": ref("users", r["id"]), "name": r["name"], "role": r["role"], "active": r["active"]}


def tag_records() -> Iterator[dict]:
    for page in pages(Tag):
        for r in page:
            yield {"name": r["name"], "category": r["category"], "description": r["description"]}


def client_records() -> Iterator[dict]:
    for page in pages(Client):
        for r in page:
            yield {"ref": ref("clients", r["id"]), "name": r["name"], "stage": r["stage"],
                   "segment": r["segment"], "account_manager": ref("users", r["account_manager"]),
                   "contract_start": iso(r["contract_start"]), "contract_end": iso(r["contract_end"]),
                   "contract_value": number(r["contract_value"]),
                   "contact_every_days": r["contact_every_days"], "notes": r["notes"]}


def contact_records() -> Iterator[dict]:
    for page in pages(Contact):
        for r in page:
            yield {"ref": ref("contacts", r["id"]), "client": ref("clients", r["client"]), "name": r["name"],
                   "role": r["role"], "email": r["email"], "phone": r["phone"], "notes": r["notes"]}


def interaction_records() -> Iterator[dict]:
    for page in pages(Interaction):
        tags = tags_of(r["id"] for r in page)
        for r in page:
            record = {"ref": ref("interactions", r["id"]), "client": ref("clients", r["client"]),
                      "contact": ref("contacts", r["contact"]), "author": ref("users", r["author"]),
                      "occurred_at": iso(r["occurred_at"]), "channel": r["channel"], "kind": r["kind"],
                      "direction": r["direction"], "sentiment": r["sentiment"], "effort": r["effort"],
                      "summary": r["summary"], "notes": r["notes"], "tags": tags[r["id"]],
                      "follow_up_due": iso(r["follow_up_due"]), "follow_up_done": iso(r["follow_up_done"])}
            # the keys of schema version 10 only where they say something: such a bundle still reads
            # in a Rapport that does not know them
            if r["follow_up_channel"]:
                record["follow_up_channel"] = r["follow_up_channel"]
            if r["no_reply_needed"]:
                record["no_reply_needed"] = True
            if r["reply_assignee"]:
                record["reply_assignee"] = ref("users", r["reply_assignee"])
            yield record


def feedback_records() -> Iterator[dict]:
    repeats = grouped(FeedbackContact, "feedback", [FeedbackContact.feedback, FeedbackContact.interaction])
    for page in pages(Feedback):
        for r in page:
            record = {"ref": ref("feedback", r["id"]), "client": ref("clients", r["client"]),
                      "interaction": ref("interactions", r["interaction"]), "raised_at": iso(r["raised_at"]),
                      "summary": r["summary"], "severity": r["severity"], "status": r["status"],
                      "acknowledged_at": iso(r["acknowledged_at"]), "resolved_at": iso(r["resolved_at"]),
                      "owner": ref("users", r["owner"]), "resolved_by": ref("interactions", r["resolved_by"]),
                      "repeat_contacts": [ref("interactions", c["interaction"]) for c in repeats[r["id"]]]}
            if r["acknowledged_by"]:
                record["acknowledged_by"] = ref("users", r["acknowledged_by"])
            yield record


def negotiation_records() -> Iterator[dict]:
    history = grouped(NegotiationEvent, "negotiation")
    positions = grouped(NegotiationPosition, "negotiation")
    concessions = grouped(Concession, "negotiation")
    actions = grouped(NegotiationAction, "negotiation")
    sessions = grouped(NegotiationSession, "negotiation",
                       [NegotiationSession.negotiation, NegotiationSession.interaction])
    for page in pages(Negotiation):
        for r in page:
            n = r["id"]
            yield {
                "ref": ref("negotiations", n), "client": ref("clients", r["client"]), "topic": r["topic"],
                "opened_at": iso(r["opened_at"]), "client_position": r["client_position"],
                "our_position": r["our_position"], "contract_refs": r["contract_refs"],
                "spec_refs": r["spec_refs"], "options": r["options"], "status": r["status"],
                "target_date": iso(r["target_date"]), "outcome": r["outcome"],
                "history": [{"at": iso(e["at"]), "status": e["status"], "note": e["note"],
                             "author": ref("users", e["author"])} for e in history[n]],
                "sessions": [ref("interactions", s["interaction"]) for s in sessions[n]],
                "actions": [{"description": a["description"], "owner": ref("users", a["owner"]),
                             "due": iso(a["due"]), "done_at": iso(a["done_at"])} for a in actions[n]],
                "positions": [{"at": iso(p["at"]), "side": p["side"], "text": p["text"]} for p in positions[n]],
                "concessions": [{"at": iso(c["at"]), "side": c["side"], "description": c["description"]}
                                for c in concessions[n]],
            }


def pulse_records() -> Iterator[dict]:
    for page in pages(Pulse):
        for r in page:
            yield {"client": ref("clients", r["client"]), "author": ref("users", r["author"]),
                   "at": iso(r["at"]), "reading": r["reading"], "comment": r["comment"]}


def stage_change_records() -> Iterator[dict]:
    for page in pages(StageChange):
        for r in page:
            yield {"client": ref("clients", r["client"]), "at": iso(r["at"]), "from_stage": r["from_stage"],
                   "to_stage": r["to_stage"], "author": ref("users", r["author"]), "note": r["note"]}


def playbook_records() -> Iterator[dict]:
    for page in pages(PlaybookEntry):
        for r in page:
            yield {"situation": r["situation"], "action": r["action"], "language": r["language"],
                   "kinds": comma_list(r["kinds"]), "tags": comma_list(r["tags"]), "position": r["position"]}


def portrait_records() -> Iterator[dict]:
    for page in pages(PortraitCriterion):
        for r in page:
            yield {"ref": ref("portrait", r["id"]), "name": r["name"], "description": r["description"],
                   "weight": number(r["weight"]), "position": r["position"]}


def qualification_records() -> Iterator[dict]:
    for page in pages(Qualification):
        for r in page:
            yield {"client": ref("clients", r["client"]), "decided_by": ref("users", r["decided_by"]),
                   "decided_at": iso(r["decided_at"]), "decision": r["decision"], "reason": r["reason"],
                   "score": number(r["score"]), "criteria_met": criteria_refs(r["criteria_met"])}


def holiday_records() -> Iterator[dict]:
    for page in pages(Holiday):
        for r in page:
            yield {"day": iso(r["day"]), "name": r["name"]}


SECTION_RECORDS = {
    "users": (User, user_records), "tags": (Tag, tag_records), "clients": (Client, client_records),
    "contacts": (Contact, contact_records), "interactions": (Interaction, interaction_records),
    "feedback": (Feedback, feedback_records), "negotiations": (Negotiation, negotiation_records),
    "pulses": (Pulse, pulse_records), "stage_changes": (StageChange, stage_change_records),
    "playbook": (PlaybookEntry, playbook_records), "portrait": (PortraitCriterion, portrait_records),
    "qualifications": (Qualification, qualification_records), "holidays": (Holiday, holiday_records),
}


def settings_object() -> dict:
    out = {}
    for key, value in Setting.select(Setting.key, Setting.value).order_by(Setting.key).tuples():
        try:
            out[key] = json.loads(value)
        except ValueError:
            out[key] = value  # not JSON as stored: keep the text itself
    return out


def write_bundle(handle: TextIO, progress: Progress) -> dict[str, int]:
    """Write every section to handle, one record a line; return the count of each."""
    counts = {section: model.select().count() for section, (model, _) in SECTION_RECORDS.items()}
    total, done = sum(counts.values()), 0

    def dump(value) -> str:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)

    handle.write(f'{{\n"format": {dump(FORMAT)},\n"version": {VERSION}')
    for section, (_, records) in SECTION_RECORDS.items():
        handle.write(f',\n{dump(section)}: [')
        separator = "\n"
        for record in records():
            handle.write(separator + dump(record))
            separator = ",\n"
            done += 1
            if done % PAGE == 0:
                progress(done, total, f"writing {section}")
        handle.write("]" if separator == "\n" else "\n]")
    settings = settings_object()
    counts["settings"] = len(settings)
    handle.write(f',\n"settings": {json.dumps(settings, ensure_ascii=False, sort_keys=True, indent=1)}\n}}\n')
    progress(total, total, "written")
    return counts
