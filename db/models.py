"""The journal's tables: one DatabaseProxy, one BaseModel, every record Rapport keeps."""

import datetime as dt

from peewee import (
    SQL,
    BooleanField,
    CharField,
    CompositeKey,
    DatabaseProxy,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

db = DatabaseProxy()


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    """Every table lives in the one proxied database."""

    class Meta:
        database = db
        legacy_table_names = False


class User(BaseModel):
    """A person at the firm: owner, account manager or staff."""

    name = CharField(max_length=200, unique=True)
    role = CharField(max_length=20, default="account_manager")
    active = BooleanField(default=True)
    created_at = DateTimeField(default=_now)
    # Who this person is to the database: on PostgreSQL their login role; on SQLite the computer
    # account that chose them (once). Empty until linked.
    login = CharField(max_length=200, null=True, unique=True)


class Client(BaseModel):
    """A firm we work with or might: its stage, contract and contact rhythm."""

    name = CharField(max_length=300, unique=True)
    stage = CharField(max_length=20, default="prospect", index=True)
    segment = CharField(max_length=100, default="", index=True)
    account_manager = ForeignKeyField(User, null=True, backref="clients", on_delete="RESTRICT")
    contract_start = DateField(null=True)
    contract_end = DateField(null=True)
    contract_value = FloatField(null=True)
    contact_every_days = IntegerField(null=True)
    notes = TextField(default="")
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)


class Contact(BaseModel):
    """A person on the client's side."""

    client = ForeignKeyField(Client, backref="contacts", on_delete="RESTRICT")
    name = CharField(max_length=200)
    role = CharField(max_length=200, default="")
    email = CharField(max_length=300, default="")
    phone = CharField(max_length=100, default="")
    notes = TextField(default="")


class Interaction(BaseModel):
    """One entry of the journal: a call, email, meeting, complaint, negotiation session..."""

    client = ForeignKeyField(Client, backref="interactions", on_delete="RESTRICT")
    contact = ForeignKeyField(Contact, null=True, backref="interactions", on_delete="SET NULL")
    author = ForeignKeyField(User, null=True, backref="interactions", on_delete="RESTRICT")
    occurred_at = DateTimeField()
    channel = CharField(max_length=20)
    kind = CharField(max_length=20)
    direction = CharField(max_length=10, null=True)
    sentiment = IntegerField(null=True)
    effort = IntegerField(null=True)
    summary = TextField(default="")
    notes = TextField(default="")
    follow_up_due = DateField(null=True)
    follow_up_done = DateField(null=True)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    # The colleague a staff_praise entry praises (schema step "name the praised colleague").
    praised = ForeignKeyField(User, null=True, backref="praise_received", on_delete="SET NULL")
    # From schema version 10: how the promised follow-up will reach the client (a channel word),
    # beside its date (seed 001: "I don't know" is followed by a date and a channel).
    follow_up_channel = CharField(max_length=20, null=True)
    # An inbound message that asks for no answer: it opens no awaiting-reply clock (app.hear.replies).
    no_reply_needed = BooleanField(default=False, constraints=[SQL("DEFAULT FALSE")])
    # Who is to answer this inbound message, when routed to someone other than the account manager.
    reply_assignee = ForeignKeyField(User, null=True, backref="replies_assigned", on_delete="SET NULL")

    class Meta:
        indexes = (
            # Carries what the firm's health sums, so it reads this index alone (migration 3).
            (("client", "occurred_at", "sentiment", "effort", "kind"), False),
            (("follow_up_due", "follow_up_done"), False),
            (("author", "occurred_at"), False),
            (("occurred_at",), False),
        )


class Tag(BaseModel):
    """A tag: the policy's like/hear/negotiate, stance drift, the others, or the firm's own."""

    name = CharField(max_length=60, unique=True)
    category = CharField(max_length=20, default="custom")
    description = TextField(default="")


class InteractionTag(BaseModel):
    """Which tags an interaction carries."""

    interaction = ForeignKeyField(Interaction, backref="tag_links", on_delete="CASCADE")
    tag = ForeignKeyField(Tag, backref="interaction_links", on_delete="RESTRICT")

    class Meta:
        primary_key = CompositeKey("interaction", "tag")
        indexes = ((("tag", "interaction"), False),)


class Feedback(BaseModel):
    """A piece of feedback or a complaint, on its clock: open -> acknowledged -> resolved."""

    client = ForeignKeyField(Client, backref="feedback", on_delete="RESTRICT")
    interaction = ForeignKeyField(Interaction, null=True, backref="raised_feedback", on_delete="SET NULL")
    raised_at = DateTimeField()
    summary = TextField(default="")
    severity = CharField(max_length=20, default="medium")
    status = CharField(max_length=20, default="open", index=True)
    acknowledged_at = DateTimeField(null=True)
    resolved_at = DateTimeField(null=True)
    owner = ForeignKeyField(User, null=True, backref="feedback_owned", on_delete="RESTRICT")
    resolved_by = ForeignKeyField(Interaction, null=True, backref="resolved_feedback", on_delete="SET NULL")
    acknowledged_by = ForeignKeyField(User, null=True, backref="feedback_acknowledged", on_delete="SET NULL")

    class Meta:
        indexes = ((("client", "raised_at"), False),)


class FeedbackContact(BaseModel):
    """A later interaction about the same feedback item: the client had to come back."""

    feedback = ForeignKeyField(Feedback, backref="repeat_contacts", on_delete="CASCADE")
    interaction = ForeignKeyField(Interaction, backref="feedback_links", on_delete="CASCADE")

    class Meta:
        primary_key = CompositeKey("feedback", "interaction")


class Negotiation(BaseModel):
    """A hard question taken to the table: positions, references, status and outcome."""

    client = ForeignKeyField(Client, backref="negotiations", on_delete="RESTRICT")
    topic = CharField(max_length=300)
    opened_at = DateField()
    client_position = TextField(default="")
    our_position = TextField(default="")
    contract_refs = TextField(default="")
    spec_refs = TextField(default="")
    options = TextField(default="")
    status = CharField(max_length=20, default="open", index=True)
    target_date = DateField(null=True)
    outcome = TextField(default="")

    class Meta:
        indexes = ((("client", "opened_at"), False),)


class NegotiationEvent(BaseModel):
    """A status change of a negotiation, with its reason, in order."""

    negotiation = ForeignKeyField(Negotiation, backref="history", on_delete="CASCADE")
    at = DateTimeField()
    status = CharField(max_length=20)
    note = TextField(default="")
    author = ForeignKeyField(User, null=True, on_delete="SET NULL")


class NegotiationPosition(BaseModel):
    """A stated position of one side at a moment: how the positions moved."""

    negotiation = ForeignKeyField(Negotiation, backref="positions", on_delete="CASCADE")
    at = DateTimeField()
    side = CharField(max_length=10)  # "ours" or "client"
    text = TextField()


class Concession(BaseModel):
    """Something given by one side in a negotiation."""

    negotiation = ForeignKeyField(Negotiation, backref="concessions", on_delete="CASCADE")
    at = DateTimeField()
    side = CharField(max_length=10)  # "ours" or "client"
    description = TextField()


class NegotiationSession(BaseModel):
    """An interaction that was a session of a negotiation."""

    negotiation = ForeignKeyField(Negotiation, backref="sessions", on_delete="CASCADE")
    interaction = ForeignKeyField(Interaction, backref="negotiation_links", on_delete="CASCADE")

    class Meta:
        primary_key = CompositeKey("negotiation", "interaction")


class NegotiationAction(BaseModel):
    """An action agreed in a negotiation: a promise with an owner and a due date."""

    negotiation = ForeignKeyField(Negotiation, backref="actions", on_delete="CASCADE")
    description = TextField(default="")
    owner = ForeignKeyField(User, null=True, backref="actions_owned", on_delete="RESTRICT")
    due = DateField(null=True, index=True)
    done_at = DateField(null=True)


class Pulse(BaseModel):
    """The account manager's own reading of a relationship: good, uneasy or bad."""

    client = ForeignKeyField(Client, backref="pulses", on_delete="RESTRICT")
    author = ForeignKeyField(User, null=True, on_delete="RESTRICT")
    at = DateField()
    reading = CharField(max_length=10)
    comment = TextField(default="")

    class Meta:
        indexes = ((("client", "at"), False),)


class StageChange(BaseModel):
    """A client's move from one stage to another, recorded in the journal."""

    client = ForeignKeyField(Client, backref="stage_changes", on_delete="CASCADE")
    at = DateTimeField(default=_now)
    from_stage = CharField(max_length=20, null=True)
    to_stage = CharField(max_length=20)
    author = ForeignKeyField(User, null=True, on_delete="SET NULL")
    note = TextField(default="")


class PlaybookEntry(BaseModel):
    """A situation and the conscious, professional action the firm takes in it."""

    situation = TextField()
    action = TextField()
    language = CharField(max_length=5, default="en")
    kinds = CharField(max_length=200, default="")  # comma-separated interaction kinds that match
    tags = CharField(max_length=300, default="")  # comma-separated tags that match
    position = IntegerField(default=0)


class PortraitCriterion(BaseModel):
    """One weighted criterion of the portrait of our client."""

    name = CharField(max_length=200)
    description = TextField(default="")
    weight = FloatField(default=1.0)
    position = IntegerField(default=0)


class Qualification(BaseModel):
    """Stage one of the relationship: a prospect judged interesting or not, by whom and why."""

    client = ForeignKeyField(Client, backref="qualifications", on_delete="CASCADE")
    decided_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")
    decided_at = DateTimeField(default=_now)
    decision = CharField(max_length=20)
    reason = TextField(default="")
    score = FloatField(null=True)
    criteria_met = TextField(default="")  # JSON list of criterion ids met


class Holiday(BaseModel):
    """A day off for the whole firm: the feedback clock does not run on it."""

    day = DateField(unique=True)
    name = CharField(max_length=200, default="")


class Setting(BaseModel):
    """A firm-wide preference stored with the journal (value is JSON)."""

    key = CharField(max_length=100, primary_key=True)
    value = TextField()


class ImportFingerprint(BaseModel):
    """What an import or a capture already brought in, so the same row or message adds nothing twice."""

    key = CharField(max_length=200, unique=True)  # "table:<sha256>", "mail:<message-id>", "event:<uid>|<recurrence-id>"
    interaction = ForeignKeyField(Interaction, null=True, on_delete="SET NULL", backref="fingerprints")
    created_at = DateTimeField(default=_now)


class AuditEntry(BaseModel):
    """One change to the journal: who, when, what, and the values before and after (JSON).

    Written by triggers in the database itself (db/audit.py), never by the application, so no
    write path can skip it; the table refuses updates and deletes."""

    at = DateTimeField(index=True)
    user_id = IntegerField(null=True, index=True)  # the Rapport user, when the login is linked to one
    login = CharField(max_length=200, default="")  # the database login or computer account
    table_name = CharField(max_length=60)
    row_id = CharField(max_length=100)
    client_id = IntegerField(null=True, index=True)
    action = CharField(max_length=10)  # create, edit, delete
    before = TextField(null=True)
    after = TextField(null=True)

    class Meta:
        indexes = ((("table_name", "row_id"), False),)


class TrashItem(BaseModel):
    """Something deleted, kept until an owner restores it or empties the trash: the row and every row
    that went with it (JSON, by table, with their original ids), who deleted it and when."""

    kind = CharField(max_length=30)  # interaction, client, contact, playbook_entry, portrait_criterion
    label = TextField(default="")  # what the person recognises: the client's name, an entry's date and summary
    client_id = IntegerField(null=True, index=True)  # the client it belonged to (no reference: it may be gone too)
    record_id = IntegerField(null=True)  # the deleted record's own id
    deleted_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")
    deleted_at = DateTimeField(default=_now, index=True)
    row_count = IntegerField(default=0)  # rows it holds, its dependents included: the list shows it without the payload
    payload = TextField()  # {"rows": {table: [row...]}, "links": [...]}: app/trash/snapshot.py


ALL_MODELS = [
    User, Client, Contact, Interaction, Tag, InteractionTag, Feedback, FeedbackContact,
    Negotiation, NegotiationEvent, NegotiationPosition, Concession, NegotiationSession,
    NegotiationAction, Pulse, StageChange, PlaybookEntry, PortraitCriterion, Qualification,
    Holiday, Setting, ImportFingerprint, AuditEntry, TrashItem,
]
