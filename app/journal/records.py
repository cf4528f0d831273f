"""The journal's write services: users, clients, contacts, interactions and their tags."""

import datetime as dt
import re
from collections.abc import Mapping

from app.common.errors import NotFound, PermissionDenied, RapportError, ValidationError, get_or_not_found
from app.common.rights import require
from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.hear import feedback
from app.hear.replies import opens_reply_clock
from app.journal.stages import check_stage_move
from app.journal.validation import (
    FieldErrors,
    check_choice,
    check_int,
    check_number,
    check_text,
    parse_date,
    parse_datetime,
)
from app.trash import deletes
from db import vocabulary as V
from db.models import (
    Client,
    Contact,
    Feedback,
    Interaction,
    Negotiation,
    Pulse,
    StageChange,
    TrashItem,
    User,
    db,
)


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


# ---- users -------------------------------------------------------------------------------

def check_user_fields(data: Mapping, errors: FieldErrors, partial: bool = False) -> dict:
    out = {}
    if not partial or "name" in data:
        out["name"] = check_text(data.get("name"), "name", errors, required=True, max_length=200).strip()
    if not partial or "role" in data:
        out["role"] = check_choice(data.get("role") or "account_manager", V.ROLES, "role", errors)
    if "active" in data:
        out["active"] = bool(data["active"])
    if "login" in data:
        out["login"] = check_login(data["login"], errors)
    return out


LOGIN_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")


def check_login(value, errors: FieldErrors) -> str | None:
    """A login: a database role or computer account name (letters, digits, _ . @ -), or none."""
    text = check_text(value, "login", errors, max_length=63).strip()
    if text and not LOGIN_RE.match(text):
        errors.add("login", Message(QT_TRANSLATE_NOOP(
            "Messages", "{login} is not a login name: use Latin letters, digits and _ . @ - , starting with a letter"),
            login=repr(text)))
    return text or None


def create_user(name: str, role: str = "account_manager", *, by: User | int | None,
                login: str | None = None) -> User:
    """Add a person to the firm; only an owner may (by: who is adding them)."""
    require(by, "manage users")
    return _insert_user(name, role, login)


def create_first_owner(name: str, login: str | None = None) -> User:
    """The journal's first person, who sets it up: an owner, linked to login. Only while the journal
    has nobody yet; everyone after is added by an owner (create_user)."""
    with db.atomic():
        if User.select().exists():
            raise PermissionDenied(QT_TRANSLATE_NOOP(
                "Messages", "this journal already has its people: an owner adds you (Settings > Users or rapport users add)"))
        return _insert_user(name, "owner", login)


def add_imported_author(name: str) -> User:
    """A person an imported table names as the author of its rows, who the journal lacks: added
    with no login, so they can do nothing themselves until an owner links them. Who may import at
    all is the import's own rule."""
    return _insert_user(name, "account_manager", None)


def _insert_user(name: str, role: str, login: str | None) -> User:
    errors = FieldErrors()
    fields = check_user_fields({"name": name, "role": role, "login": login}, errors)
    errors.raise_if_any()
    with db.atomic():
        _refuse_taken(fields)
        return User.create(**fields)


def _refuse_taken(fields: dict, user_id: int | None = None) -> None:
    """A name or login another person already has is refused at its field."""
    others = User.select().where(User.id != user_id) if user_id is not None else User.select()
    folded = fields.get("name", "").casefold()
    if "name" in fields and any(name.casefold() == folded for (name,) in others.select(User.name).tuples()):
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "{name} already exists"), name=repr(fields['name'])), "name")
    if fields.get("login"):
        holder = others.where(User.login == fields["login"]).first()
        if holder is not None:
            raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "the login {login} is already {name}'s"),
                                          login=fields["login"], name=holder.name), "login")


def update_user(user_id: int, *, by: User | int | None, **changes) -> User:
    """Change a person's name, role, login or whether they are active; only an owner may, nobody changes
    their own role (another owner does), and the journal always keeps an active owner."""
    acting = require(by, "manage users")
    user = get_user(user_id)
    if "role" in changes and user.id == acting.id and changes["role"] != user.role:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Messages", "nobody changes their own role: another owner may"))
    errors = FieldErrors()
    fields = check_user_fields(changes, errors, partial=True)
    errors.raise_if_any()
    with db.atomic():
        _refuse_taken(fields, user.id)
        stays_owner = fields.get("role", user.role) == "owner" and fields.get("active", user.active)
        if user.role == "owner" and user.active and not stays_owner and not User.select().where(
                (User.role == "owner") & (User.active == True) & (User.id != user.id)).exists():  # noqa: E712
            raise PermissionDenied(Message(QT_TRANSLATE_NOOP(
                "Messages", "{name} is the journal's only owner: make someone else an owner first"), name=user.name))
        for key, value in fields.items():
            setattr(user, key, value)
        user.save()
    return user


def get_user(user_id: int) -> User:
    return get_or_not_found(User, user_id, "user")


def list_users(active_only: bool = False) -> list[User]:
    query = User.select().order_by(User.name)
    if active_only:
        query = query.where(User.active == True)  # noqa: E712
    return list(query)


# ---- clients -----------------------------------------------------------------------------

CLIENT_FIELDS = ("name", "stage", "segment", "account_manager", "contract_start", "contract_end",
                 "contract_value", "contact_every_days", "notes")


def check_client_fields(data: Mapping, errors: FieldErrors, partial: bool = False) -> dict:
    """Validate client fields; account_manager is a user id (or None)."""
    out = {}

    def wanted(field):
        return not partial or field in data

    if wanted("name"):
        out["name"] = check_text(data.get("name"), "name", errors, required=True, max_length=300).strip()
    if wanted("stage"):
        out["stage"] = check_choice(data.get("stage") or "prospect", V.CLIENT_STAGES, "stage", errors)
    if wanted("segment"):
        out["segment"] = check_text(data.get("segment"), "segment", errors, max_length=100).strip()
    if wanted("account_manager"):
        manager = data.get("account_manager")
        if isinstance(manager, User):
            manager = manager.id
        if manager in (None, ""):
            out["account_manager"] = None
        elif isinstance(manager, int) and not isinstance(manager, bool) and User.get_or_none(User.id == manager):
            out["account_manager"] = manager
        else:
            errors.add("account_manager", Message(QT_TRANSLATE_NOOP("Messages", "{manager} is not a known user"), manager=repr(manager)))
    if wanted("contract_start"):
        out["contract_start"] = parse_date(data.get("contract_start"), "contract_start", errors)
    if wanted("contract_end"):
        out["contract_end"] = parse_date(data.get("contract_end"), "contract_end", errors)
    if wanted("contract_value"):
        out["contract_value"] = check_number(data.get("contract_value"), "contract_value", errors)
    if wanted("contact_every_days"):
        out["contact_every_days"] = check_int(data.get("contact_every_days"), 1, 3650,
                                              "contact_every_days", errors)
    if wanted("notes"):
        out["notes"] = check_text(data.get("notes"), "notes", errors)
    start, end = out.get("contract_start"), out.get("contract_end")
    if start and end and end < start:
        errors.add("contract_end", Message(QT_TRANSLATE_NOOP("Messages", "{end} is before the contract start {start}"), end=end, start=start))
    return out


def create_client(author: User | None = None, *, by: User | int | None = None, **data) -> Client:
    """Add a client (rights "add a client"); the stage record is signed by author, else by who adds it."""
    acting = require(by, "add a client")
    unknown = set(data) - set(CLIENT_FIELDS)
    if unknown:
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "unknown field(s) {unknown}"), unknown=', '.join(sorted(unknown))))
    errors = FieldErrors()
    fields = check_client_fields(data, errors)
    errors.raise_if_any()
    check_stage_move(None, None, fields["stage"])
    with db.atomic():
        if Client.select().where(Client.name == fields["name"]).exists():
            raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "a client named {name} already exists"), name=repr(fields['name'])), "name")
        client = Client.create(**fields)
        StageChange.create(client=client, from_stage=None, to_stage=client.stage, author=author or acting)
    return client


def update_client(client_id: int, author: User | None = None, note: str = "", *, by: User | int | None = None,
                  **changes) -> Client:
    """Change a client (rights "edit a client"); a change of stage is recorded in the journal, and one
    that skips the qualification decision is refused (app.journal.stages)."""
    client = get_client(client_id)
    acting = require(by, "edit a client", client)
    return write_client_changes(client, author or acting, note, changes)


def write_client_changes(client: Client, author: User | None, note: str, changes: dict) -> Client:
    """update_client's write, for callers that checked the rights (qualification by sales moves the stage)."""
    unknown = set(changes) - set(CLIENT_FIELDS)
    if unknown:
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "unknown field(s) {unknown}"), unknown=', '.join(sorted(unknown))))
    errors = FieldErrors()
    merged = {f: getattr(client, f if f != "account_manager" else "account_manager_id") for f in CLIENT_FIELDS}
    merged.update(changes)
    fields = check_client_fields(merged, errors)
    errors.raise_if_any()
    check_stage_move(client.id, client.stage, fields["stage"])
    with db.atomic():
        if Client.select().where((Client.name == fields["name"]) & (Client.id != client.id)).exists():
            raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "a client named {name} already exists"), name=repr(fields['name'])), "name")
        old_stage = client.stage
        for key, value in fields.items():
            setattr(client, key, value)
        client.updated_at = _now()
        client.save()
        if fields["stage"] != old_stage:
            StageChange.create(client=client, from_stage=old_stage, to_stage=fields["stage"],
                               author=author, note=note)
    return client


def get_client(client_id: int) -> Client:
    return get_or_not_found(Client, client_id, "client")


def find_client(name_or_id: str) -> Client:
    """A client by id, exact name, or a unique case-insensitive part of the name."""
    text = str(name_or_id).strip()
    if text.isdigit():
        client = Client.get_or_none(Client.id == int(text))
        if client:
            return client
    client = Client.get_or_none(Client.name == text)
    if client:
        return client
    matches = [c for c in Client.select() if text.casefold() in c.name.casefold()]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFound(Message(QT_TRANSLATE_NOOP("Messages", "no client matches {text}"), text=repr(text)))
    names = ", ".join(c.name for c in matches[:5])
    raise NotFound(Message(QT_TRANSLATE_NOOP("Messages", "{text} matches {count} clients ({names}...): be more precise or use the id"), text=repr(text), count=len(matches), names=names))


DEPENDENT_NOUNS = {
    "interactions": QT_TRANSLATE_NOOP("Messages", "%n interaction(s)"),
    "contacts": QT_TRANSLATE_NOOP("Messages", "%n contact(s)"),
    "feedback": QT_TRANSLATE_NOOP("Messages", "%n feedback item(s)"),
    "negotiations": QT_TRANSLATE_NOOP("Messages", "%n negotiation(s)"),
    "pulses": QT_TRANSLATE_NOOP("Messages", "%n pulse reading(s)"),
}


def client_dependents(client: Client) -> dict[str, int]:
    """What would go with a client if it were deleted."""
    return {
        "interactions": Interaction.select().where(Interaction.client == client).count(),
        "contacts": Contact.select().where(Contact.client == client).count(),
        "feedback": Feedback.select().where(Feedback.client == client).count(),
        "negotiations": Negotiation.select().where(Negotiation.client == client).count(),
        "pulses": Pulse.select().where(Pulse.client == client).count(),
    }


def delete_client(client_id: int, with_journal: bool = False, *, by: User | int | None) -> TrashItem:
    """Move a client to the trash (owners only); its journal goes with it only when asked for explicitly."""
    user = require(by, "delete a client")
    client = get_client(client_id)
    dependents = {k: v for k, v in client_dependents(client).items() if v}
    if dependents and not with_journal:
        listing = tuple(Message(DEPENDENT_NOUNS[k], n=n) for k, n in dependents.items())
        raise RapportError(Message(QT_TRANSLATE_NOOP("Messages", "client {client} still has {listing}; delete them "
                                                                 "first or ask to delete the client with its journal"),
                                   client=repr(client.name), listing=listing))
    with db.atomic():
        return deletes.trash_client(client, user)


# ---- contacts ----------------------------------------------------------------------------

CONTACT_FIELDS = ("name", "role", "email", "phone", "notes")


def check_contact_fields(data: Mapping, errors: FieldErrors) -> dict:
    out = {"name": check_text(data.get("name"), "name", errors, required=True, max_length=200).strip()}
    for field, limit in (("role", 200), ("email", 300), ("phone", 100), ("notes", 100_000)):
        out[field] = check_text(data.get(field), field, errors, max_length=limit).strip()
    email = out["email"]
    if email and ("@" not in email or " " in email):
        errors.add("email", Message(QT_TRANSLATE_NOOP("Messages", "{email} is not an email address"), email=repr(email)))
    return out


def add_contact(client_id: int, *, by: User | int | None = None, **data) -> Contact:
    """Add a contact person to a client (rights "edit a client")."""
    client = get_client(client_id)
    require(by, "edit a client", client)
    return create_contact(client, **data)


def create_contact(client: Client, **data) -> Contact:
    """add_contact's write, for callers that checked the rights (capture remembers a correspondent)."""
    errors = FieldErrors()
    fields = check_contact_fields(data, errors)
    errors.raise_if_any()
    return Contact.create(client=client, **fields)


def update_contact(contact_id: int, *, by: User | int | None = None, **changes) -> Contact:
    contact = get_or_not_found(Contact, contact_id, "contact")
    require(by, "edit a client", contact.client_id)
    merged = {f: getattr(contact, f) for f in CONTACT_FIELDS}
    merged.update(changes)
    errors = FieldErrors()
    fields = check_contact_fields(merged, errors)
    errors.raise_if_any()
    for key, value in fields.items():
        setattr(contact, key, value)
    contact.save()
    return contact


def delete_contact(contact_id: int, *, by: User | int | None) -> TrashItem:
    """Move a contact to the trash (whoever may change the client); the entries with them stay, no
    longer naming them until the contact is restored."""
    contact = get_or_not_found(Contact, contact_id, "contact")
    user = require(by, "edit a client", client=contact.client_id)
    with db.atomic():
        return deletes.trash_contact(contact, user)


# ---- tags: app.journal.tags (named here too, as the journal's write services)

from app.journal.tags import (  # noqa: E402, F401 - re-exported
    MAX_TAGS_PER_IMPORT,
    MAX_TAGS_PER_INTERACTION,
    TAG_RE,
    check_import_tags,
    check_tags,
    ensure_tags,
    normalise_tag,
    set_interaction_tags,
    tags_of,
)

# ---- interactions ------------------------------------------------------------------------

INTERACTION_FIELDS = ("client", "contact", "author", "occurred_at", "channel", "kind", "direction",
                      "sentiment", "effort", "summary", "notes", "tags", "follow_up_due", "follow_up_done", "praised",
                      "follow_up_channel", "no_reply_needed")


def check_interaction_fields(data: Mapping, errors: FieldErrors) -> dict:
    """Validate a whole interaction; client, contact and author are ids."""
    out: dict = {}
    client_id = data.get("client")
    if isinstance(client_id, Client):
        client_id = client_id.id
    if client_id in (None, ""):
        errors.add("client", QT_TRANSLATE_NOOP("Messages", "is required"))
    elif not isinstance(client_id, int) or not Client.get_or_none(Client.id == client_id):
        errors.add("client", Message(QT_TRANSLATE_NOOP("Messages", "{client_id} is not a known client"), client_id=repr(client_id)))
    out["client"] = client_id
    contact_id = data.get("contact")
    if isinstance(contact_id, Contact):
        contact_id = contact_id.id
    if contact_id not in (None, ""):
        contact = Contact.get_or_none(Contact.id == contact_id) if isinstance(contact_id, int) else None
        if contact is None:
            errors.add("contact", Message(QT_TRANSLATE_NOOP("Messages", "{contact_id} is not a known contact"), contact_id=repr(contact_id)))
        elif contact.client_id != client_id:
            errors.add("contact", Message(QT_TRANSLATE_NOOP("Messages", "{contact} is a contact of another client"), contact=repr(contact.name)))
    out["contact"] = contact_id or None
    author_id = data.get("author")
    if isinstance(author_id, User):
        author_id = author_id.id
    if author_id not in (None, "") and (not isinstance(author_id, int) or not User.get_or_none(User.id == author_id)):
        errors.add("author", Message(QT_TRANSLATE_NOOP("Messages", "{author_id} is not a known user"), author_id=repr(author_id)))
    out["author"] = author_id or None
    out["occurred_at"] = parse_datetime(data.get("occurred_at"), "occurred_at", errors, required=True)
    out["channel"] = check_choice(data.get("channel"), V.CHANNELS, "channel", errors, required=True)
    out["kind"] = check_choice(data.get("kind"), V.KINDS, "kind", errors, required=True)
    out["direction"] = check_choice(data.get("direction"), V.DIRECTIONS, "direction", errors)
    out["sentiment"] = check_int(data.get("sentiment"), *V.SENTIMENT_RANGE, "sentiment", errors)
    out["effort"] = check_int(data.get("effort"), *V.EFFORT_RANGE, "effort", errors)
    out["summary"] = check_text(data.get("summary"), "summary", errors, max_length=2000).strip()
    out["notes"] = check_text(data.get("notes"), "notes", errors)
    out["tags"] = check_tags(data.get("tags"), "tags", errors)
    out["follow_up_due"] = parse_date(data.get("follow_up_due"), "follow_up_due", errors)
    out["follow_up_done"] = parse_date(data.get("follow_up_done"), "follow_up_done", errors)
    out["praised"] = _check_praised(data.get("praised"), out["tags"], errors)
    out["follow_up_channel"] = check_choice(data.get("follow_up_channel") or None, V.CHANNELS, "follow_up_channel", errors)
    if out["follow_up_channel"] and out["follow_up_due"] is None and "follow_up_due" not in errors.fields():
        errors.add("follow_up_channel", QT_TRANSLATE_NOOP("Messages", "goes with a promised follow-up: give its date too"))
    out["no_reply_needed"] = bool(data.get("no_reply_needed"))
    if out["no_reply_needed"] and not opens_reply_clock(out["direction"], out["channel"], out["kind"]):
        out["no_reply_needed"] = False  # only a message that waits for an answer can be spared one
    if not out["summary"] and not out["notes"].strip() and "summary" not in errors.fields():
        errors.add("summary", QT_TRANSLATE_NOOP("Messages", "is required (a line on what happened)"))
    return out


def _check_praised(value, tags: list[str], errors: FieldErrors) -> int | None:
    """The colleague a staff_praise entry praises: a known user, and only on an entry tagged staff_praise."""
    value = value.id if isinstance(value, User) else value
    if value in (None, ""):
        return None
    if not isinstance(value, int) or not User.get_or_none(User.id == value):
        errors.add("praised", Message(QT_TRANSLATE_NOOP("Messages", "{user_id} is not a known user"), user_id=repr(value)))
    elif "staff_praise" not in tags:
        errors.add("praised", QT_TRANSLATE_NOOP("Messages", "names a colleague only on an entry tagged staff_praise"))
    return value


def log_interaction(*, by: User | int | None = None, **data) -> Interaction:
    """Record a new interaction, with its tags, in one transaction; it must have an author. by: who logs
    it (default: its author); signing with someone else's name takes the right to edit that entry."""
    by = by if by is not None else data.get("author")
    acting = require(by, "log an entry") if by not in (None, "") else None
    unknown = set(data) - set(INTERACTION_FIELDS)
    if unknown:
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "unknown field(s) {unknown}"), unknown=', '.join(sorted(unknown))))
    errors = FieldErrors()
    fields = check_interaction_fields(data, errors)
    if fields["author"] is None and "author" not in errors.fields():
        # Nothing new is logged anonymously: an entry nobody signed cannot be followed up or coached.
        errors.add("author", Message(QT_TRANSLATE_NOOP(
            "Messages", "is required (who logs it: choose who you are in Settings)")))
    errors.raise_if_any()
    if acting is None:
        require(None, "log an entry")
    if fields["author"] != acting.id:
        require(acting, "edit an entry", fields["client"], fields["author"])
    tags = fields.pop("tags")
    with db.atomic():
        interaction = Interaction.create(**fields)
        set_interaction_tags(interaction, tags)
        _after_interaction_saved(interaction, created=True)
    return interaction


def edit_interaction(interaction_id: int, *, by: User | int | None = None, **changes) -> Interaction:
    """Change an entry (rights "edit an entry"); moving it to another client or author takes that right there."""
    interaction = get_interaction(interaction_id)
    acting = require(by, "edit an entry", interaction.client_id, interaction.author_id)
    unknown = set(changes) - set(INTERACTION_FIELDS)
    if unknown:
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "unknown field(s) {unknown}"), unknown=', '.join(sorted(unknown))))
    merged = {f: getattr(interaction, f"{f}_id" if f in ("client", "contact", "author", "praised") else f)
              for f in INTERACTION_FIELDS if f != "tags"}
    merged["tags"] = tags_of([interaction.id])[interaction.id]
    merged.update(changes)
    errors = FieldErrors()
    fields = check_interaction_fields(merged, errors)
    errors.raise_if_any()
    if (fields["client"], fields["author"]) != (interaction.client_id, interaction.author_id):
        require(acting, "edit an entry", fields["client"], fields["author"])
    tags = fields.pop("tags")
    with db.atomic():
        for key, value in fields.items():
            setattr(interaction, key, value)
        interaction.updated_at = _now()
        interaction.save()
        set_interaction_tags(interaction, tags)
        _after_interaction_saved(interaction, created=False)
    return interaction


def _after_interaction_saved(interaction: Interaction, created: bool) -> None:
    """Rules that follow a write (feedback opened by a complaint, the search index...)."""
    for hook in AFTER_INTERACTION_SAVED:
        hook(interaction, created)


# Explicit service hooks, called inside the write's transaction (not peewee signals, which
# bulk writes skip): every use of the journal (GUI, command line, tests) has them.
AFTER_INTERACTION_SAVED: list = [feedback.open_for_inbound_complaint]  # a complaint opens a feedback item


def get_interaction(interaction_id: int) -> Interaction:
    return get_or_not_found(Interaction, interaction_id, "interaction")


def delete_interaction(interaction_id: int, *, by: User | int | None) -> TrashItem:
    """Move one interaction to the trash (its author, the client's account manager or an owner), with its
    tags and links; feedback and negotiations that cite it keep their own records."""
    interaction = get_interaction(interaction_id)
    user = require(by, "edit an entry", client=interaction.client_id, author=interaction.author_id)
    with db.atomic():
        return deletes.trash_interaction(interaction, user)


def mark_follow_up_done(interaction_id: int, day: dt.date | None = None, *, by: User | int | None = None) -> Interaction:
    interaction = get_interaction(interaction_id)
    require(by, "edit an entry", interaction.client_id, interaction.author_id)
    interaction.follow_up_done = day or dt.date.today()
    interaction.save()
    return interaction

