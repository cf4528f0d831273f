"""Writing the demo firm's stories to the journal: bulk inserts with ids fixed up front.

Ids are given, not left to the database, so that links (a feedback item to the interaction that
raised it, a session to its negotiation) are known before anything is written and the same seed
always gives the same rows. Runs inside the caller's transaction."""

import datetime as dt
import json
from collections.abc import Callable, Iterable

from peewee import PostgresqlDatabase

from app.demo.cast import STAFF
from app.demo.story import Event, Story
from app.exchange.table.writer import insert_rows
from app.journal import records as journal
from db import audit
from db.models import (
    Client,
    Concession,
    Contact,
    Feedback,
    FeedbackContact,
    Holiday,
    Interaction,
    InteractionTag,
    Negotiation,
    NegotiationAction,
    NegotiationEvent,
    NegotiationPosition,
    NegotiationSession,
    PortraitCriterion,
    Pulse,
    Qualification,
    Setting,
    StageChange,
    User,
)

STEPS = ("people", "clients", "interactions", "feedback", "negotiations", "pulses and stages", "calendar")


# When each kind of row was written, as a firm logging day by day would have: its own time field, or
# the time of the row it belongs to (a tag to its entry, a contact to its client).
_TIME_FIELDS = ("created_at", "raised_at", "decided_at", "at", "opened_at")
_PARENTS = ("interaction", "negotiation", "feedback", "client")
_written: dict[tuple[str, int], dt.datetime] = {}


def _written_time(model, row: dict) -> dt.datetime | None:
    for key in _TIME_FIELDS:
        value = row.get(key)
        if isinstance(value, dt.datetime):
            return value
        if isinstance(value, dt.date):
            return dt.datetime.combine(value, dt.time(9))
    for parent in _PARENTS:
        if parent in row and (parent, row[parent]) in _written:
            return _written[(parent, row[parent])]
    return None


def insert(model, rows: Iterable[dict]) -> None:
    """Insert rows (all with the same keys, ids included) in bulk; the audit trail records each as
    written when it happened (db.audit.written_at), not all at the moment the sample is made."""
    rows = list(rows)
    times = [_written_time(model, row) for row in rows]
    table = model._meta.table_name
    for row, moment in zip(rows, times, strict=True):
        if "id" in row and moment is not None:
            _written[(table, row["id"])] = moment
    with audit.written_at(times):
        insert_rows(model, rows, want_ids=False)


def next_id(model) -> int:
    return (model.select(model.id).order_by(model.id.desc()).scalar() or 0) + 1


# The owner's plan for new contracts each quarter, with the segments the firm grows in named.
SALES_PLAN = {"per_quarter": 4, "segments": {"food": 2, "pharma": 1}}


def write_firm(stories: list[Story], start: dt.date, holidays: dict[dt.date, str],
               step: Callable[[int, str], None], today: dt.date | None = None) -> None:
    step(0, "people")
    users = write_people(start)
    criteria = write_portrait()
    step(1, "clients")
    clients, contacts = write_clients(stories, users)
    step(2, "interactions")
    events = write_interactions(stories, clients, contacts, users)
    step(3, "feedback")
    write_feedback(stories, clients, users, events)
    step(4, "negotiations")
    write_negotiations(stories, clients, users, events)
    step(5, "pulses and stages")
    write_pulses_and_stages(stories, clients, users, criteria)
    step(6, "calendar")
    known = {h.day for h in Holiday.select(Holiday.day)}
    insert(Holiday, ({"day": day, "name": name} for day, name in holidays.items() if day not in known))
    if not Setting.select().where(Setting.key == "sales_plan").exists():  # a journal's own plan is kept
        insert(Setting, [{"key": "sales_plan", "value": json.dumps(SALES_PLAN)}])
    if today is not None:
        from app.demo.routing import route_some

        route_some(today, users)
    advance_sequences((Client, Contact, Interaction, Feedback, Negotiation))


def advance_sequences(models) -> None:
    """PostgreSQL hands out ids from a sequence that explicit ids do not move: move it past them."""
    database = Client._meta.database.obj  # the proxy's database
    if not isinstance(database, PostgresqlDatabase):
        return
    for model in models:
        table = model._meta.table_name
        database.execute_sql(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                             f"(SELECT max(id) FROM \"{table}\"))")


def write_people(start: dt.date) -> dict[str, int]:
    """The firm's people by key; someone already in the journal under the same name is reused."""
    ids = {}
    for key, name, role in STAFF:
        user = User.get_or_none(User.name == name) or User.create(
            name=name, role=role, created_at=dt.datetime.combine(start, dt.time(9)))
        ids[key] = user.id
    return ids


def write_portrait() -> list[int]:
    """The portrait of our client; a journal that has one keeps its own."""
    from app.demo.cast import PORTRAIT

    if not PortraitCriterion.select().exists():
        insert(PortraitCriterion, ({"name": name, "description": text, "weight": weight, "position": n}
                                   for n, (name, text, weight) in enumerate(PORTRAIT, start=1)))
    return [c.id for c in PortraitCriterion.select().order_by(PortraitCriterion.position, PortraitCriterion.id)]


def write_clients(stories: list[Story], users: dict[str, int]) -> tuple[dict[int, int], dict[int, int]]:
    """Clients and their contacts; returns ids keyed by id() of the story and of each person."""
    client_ids, contact_ids = {}, {}
    client_rows, contact_rows = [], []
    cid, pid = next_id(Client), next_id(Contact)
    for story in stories:
        spec = story.spec
        born = min([c[0] for c in story.stage_changes] + [e.at for e in story.events[:1]])
        touched = story.events[-1].at if story.events else born
        client_ids[id(story)] = cid
        client_rows.append({
            "id": cid, "name": spec.name, "stage": story.stage, "segment": spec.segment,
            "account_manager": users[spec.manager], "contract_start": story.contract_start,
            "contract_end": story.contract_end,
            "contract_value": float(spec.value) if story.contract_start else None,
            "contact_every_days": spec.rhythm, "notes": "", "created_at": born, "updated_at": max(born, touched)})
        for person in story.contacts:
            contact_ids[id(person)] = pid
            contact_rows.append({"id": pid, "client": cid, "name": person.name, "role": person.role,
                                 "email": person.email, "phone": person.phone, "notes": ""})
            pid += 1
        cid += 1
    insert(Client, client_rows)
    insert(Contact, contact_rows)
    return client_ids, contact_ids


def write_interactions(stories: list[Story], clients: dict[int, int], contacts: dict[int, int],
                       users: dict[str, int]) -> dict[int, int]:
    """Every event in time order across the firm, with its tags; returns ids by id() of the event."""
    ordered = sorted(((e.at, n, k, e, story) for n, story in enumerate(stories)
                      for k, e in enumerate(story.events)), key=lambda row: row[:3])
    tag_ids = {t.name: t.id for t in journal.ensure_tags(sorted({tag for *_, e, _ in ordered for tag in e.tags}))}
    ids: dict[int, int] = {}
    rows, links = [], []
    iid = next_id(Interaction)
    for *_, event, story in ordered:
        ids[id(event)] = iid
        rows.append(_interaction_row(iid, event, clients[id(story)], contacts, users))
        links += [{"interaction": iid, "tag": tag_ids[tag]} for tag in dict.fromkeys(event.tags)]
        iid += 1
    insert(Interaction, rows)
    insert(InteractionTag, links)
    return ids


def _interaction_row(iid: int, e: Event, client_id: int, contacts: dict[int, int], users: dict[str, int]) -> dict:
    return {"id": iid, "client": client_id, "contact": contacts.get(id(e.contact)) if e.contact else None,
            "author": users.get(e.author) if e.author else None, "occurred_at": e.at, "channel": e.channel,
            "kind": e.kind, "direction": e.direction, "sentiment": e.sentiment, "effort": e.effort,
            "summary": e.summary, "notes": e.notes, "follow_up_due": e.follow_up_due,
            "follow_up_done": e.follow_up_done, "created_at": e.at, "updated_at": e.at,
            "praised": users.get(e.praised) if e.praised else None,
            "follow_up_channel": _follow_up_channel(e),
            # a thank-you by email asks for no answer: the manager marks it so
            "no_reply_needed": e.direction == "inbound" and e.channel == "email" and e.kind == "praise"}


def _follow_up_channel(e: Event) -> str | None:
    """A promise says how it will be kept: by email when the talk was written, else by a call."""
    if e.follow_up_due is None:
        return None
    return "email" if e.channel in ("email", "letter", "chat") else "call"


def write_feedback(stories: list[Story], clients: dict[int, int], users: dict[str, int],
                   events: dict[int, int]) -> None:
    items = sorted(((f.raised.at, events[id(f.raised)], f, story) for story in stories for f in story.feedback),
                   key=lambda row: row[:2])
    fid = next_id(Feedback)
    rows, repeats = [], []
    for _, raised_id, item, story in items:
        rows.append({"id": fid, "client": clients[id(story)], "interaction": raised_id, "raised_at": item.raised.at,
                     "summary": item.summary, "severity": item.severity, "status": item.status,
                     "acknowledged_at": item.acknowledged_at, "resolved_at": item.resolved_at,
                     "owner": users[item.owner],
                     "acknowledged_by": users[item.owner] if item.acknowledged_at else None,
                     "resolved_by": events[id(item.resolved_by)] if item.resolved_by else None})
        repeats += [{"feedback": fid, "interaction": events[id(e)]} for e in item.repeats]
        fid += 1
    insert(Feedback, rows)
    insert(FeedbackContact, repeats)


def write_negotiations(stories: list[Story], clients: dict[int, int], users: dict[str, int],
                       events: dict[int, int]) -> None:
    deals = sorted(((d.opened_at, clients[id(s)], d) for s in stories for d in s.deals), key=lambda r: r[:2])
    nid = next_id(Negotiation)
    rows, history, positions, concessions, sessions, actions = [], [], [], [], [], []
    for _, client_id, deal in deals:
        rows.append({"id": nid, "client": client_id, "topic": deal.topic, "opened_at": deal.opened_at,
                     "client_position": deal.client_position, "our_position": deal.our_position,
                     "contract_refs": deal.contract_refs, "spec_refs": deal.spec_refs, "options": deal.options,
                     "status": deal.status, "target_date": deal.target_date, "outcome": deal.outcome})
        history += [{"negotiation": nid, "at": at, "status": status, "note": note, "author": users[who]}
                    for at, status, note, who in deal.history]
        positions += [{"negotiation": nid, "at": at, "side": side, "text": text} for at, side, text in deal.positions]
        concessions += [{"negotiation": nid, "at": at, "side": side, "description": text}
                        for at, side, text in deal.concessions]
        sessions += [{"negotiation": nid, "interaction": events[id(e)]} for e in deal.sessions]
        actions += [{"negotiation": nid, "description": text, "owner": users[who], "due": due, "done_at": done}
                    for text, who, due, done in deal.actions]
        nid += 1
    insert(Negotiation, rows)
    for model, batch in ((NegotiationEvent, history), (NegotiationPosition, positions), (Concession, concessions),
                         (NegotiationSession, sessions), (NegotiationAction, actions)):
        insert(model, batch)


def write_pulses_and_stages(stories: list[Story], clients: dict[int, int], users: dict[str, int],
                            criteria: list[int]) -> None:
    pulses, changes, decisions = [], [], []
    for story in stories:
        cid = clients[id(story)]
        pulses += [{"client": cid, "author": users[who], "at": day, "reading": reading, "comment": comment}
                   for day, reading, comment, who in story.pulses]
        changes += [{"client": cid, "at": at, "from_stage": old, "to_stage": new, "author": users[who], "note": note}
                    for at, old, new, who, note in sorted(story.stage_changes, key=lambda c: c[0])]
        decisions += [{"client": cid, "decided_by": users[who], "decided_at": at, "decision": decision,
                       "reason": reason, "score": float(score),
                       "criteria_met": json.dumps([criteria[n - 1] for n in met if n <= len(criteria)])}
                      for at, decision, reason, score, met, who in story.qualifications]
    insert(Pulse, sorted(pulses, key=lambda p: (p["at"], p["client"])))
    insert(StageChange, sorted(changes, key=lambda c: (c["at"], c["client"])))
    insert(Qualification, sorted(decisions, key=lambda q: (q["decided_at"], q["client"])))

