"""The firm's people, managed by its owners: add, change a role, deactivate, reactivate, link.

On a PostgreSQL server a person is their login: adding someone creates their login role (with the
password they will type) and admits it to the journal's group role, so the server enforces their
rights (db/server_rights.py); deactivating someone also shuts their login out. On SQLite the
people are names in the journal, each linked once to a computer account (app/common/identity.py).
Every change needs an owner (rights "manage users"); the journal's first person, on an empty
journal, becomes its owner, linked to whoever set it up."""

from __future__ import annotations

import contextlib
import re

from app.common import identity
from app.common.errors import NotFound, PermissionDenied, ValidationError
from app.common.rights import require
from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.journal import records
from db import server_rights
from db.connection import is_sqlite
from db.models import User, db

MIN_PASSWORD = 8


def on_server() -> bool:
    """Whether the open journal is on a server, where people are logins."""
    return not is_sqlite()


def suggested_login(name: str) -> str:
    """A login made of a name written in Latin letters ("Olena Kovalenko" -> "olena.kovalenko"), or ""."""
    words = re.findall(r"[a-z0-9]+", name.lower()) if name.isascii() else []
    login = ".".join(words)[:63]
    return login if records.LOGIN_RE.match(login or "-") else ""


def needs_password(login: str | None) -> bool:
    """Whether adding a person with this login creates a new login on the server (so asks a password)."""
    return on_server() and bool(login) and not server_rights.login_exists(db.obj, login)


def check_password(password: str | None, again: str | None = None) -> str:
    if not password or len(password) < MIN_PASSWORD:
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "is shorter than {count} characters"),
                                      count=MIN_PASSWORD), "password")
    if again is not None and again != password:
        raise ValidationError(QT_TRANSLATE_NOOP("Messages", "the two passwords differ: type the same one twice"),
                              "password")
    return password


def add(name: str, role: str, *, by, login: str | None = None, password: str | None = None) -> User:
    """Add a person to the firm (only an owner may). On a server, login is required (a suggestion is
    made from a Latin name); a login the server lacks is created with password, then admitted."""
    by = _acting(by)
    if not by and not User.select().exists():
        return start_journal(name)  # the journal's first person sets it up, as its owner
    require(by, "manage users")
    login = (login or "").strip() or (suggested_login(name) if on_server() else "") or None
    if on_server() and not login:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Messages", "on a server every person logs in with a login of their own: name it"), "login")
    if on_server():
        _refuse_group(login)
    with db.atomic():
        user = records.create_user(name, role, by=by, login=login)
        if on_server():
            with _server_says():
                if not server_rights.login_exists(db.obj, login):
                    server_rights.create_login(db.obj, login, check_password(password))
                _admit(user)
    return user


def is_empty() -> bool:
    """Whether the journal has nobody yet: its first person will be its owner."""
    return not User.select().exists()


def start_journal(name: str) -> User:
    """The journal's first person, on an empty journal: its owner, linked to this login."""
    if on_server() and not server_rights.is_administrator(db.obj):
        raise PermissionDenied(QT_TRANSLATE_NOOP(
            "Messages", "a journal on a server is set up by the login that created it (its tables' owner)"))
    user = records.create_first_owner(name, login=identity.current_login() or None)
    identity.start()
    return user


def claim(name: str) -> User:
    """Who this computer account is, chosen by name (SQLite; on a server the login decides): on an
    empty journal the name becomes its first person, its owner; otherwise an existing person is
    linked to this account (identity.link: the first choice is free; changing it afterwards, or
    taking someone another account already has, needs an owner). Nobody adds themselves."""
    name = (name or "").strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Messages", "is required (your name)"), "name")
    if is_empty():
        return start_journal(name)
    people = records.list_users()
    user = next((u for u in people if u.name.casefold() == name.casefold()), None)
    if user is None:
        raise NotFound(Message(QT_TRANSLATE_NOOP(
            "Messages", "nobody named {name} is among the firm's people: pick yourself from the list, or ask an "
                        "owner to add you (Settings > Users)"), name=repr(name)))
    if on_server():
        me = identity.whoami()
        if me is None or me.id != user.id:
            raise PermissionDenied(QT_TRANSLATE_NOOP(
                "Messages", "on a server you are who you log in as: an owner links your login to your name (rapport users)"))
        return me
    return identity.link(user, identity.whoami())


def set_role(user: User | int, role: str, *, by) -> User:
    by = _acting(by)
    with db.atomic():
        user = records.update_user(_id(user), by=by, role=role)
        if on_server() and user.login and user.active and server_rights.login_exists(db.obj, user.login):
            with _server_says():
                _set_owner_powers(user)
    return user


def deactivate(user: User | int, *, by) -> User:
    """The person stays the author of what they logged but may no longer act (nor log in, on a server)."""
    by = _acting(by)
    acting = require(by, "manage users")
    if _id(user) == acting.id:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Messages", "you cannot deactivate yourself: another owner may"))
    with db.atomic():
        user = records.update_user(_id(user), by=by, active=False)
        if on_server() and user.login and server_rights.login_exists(db.obj, user.login):
            with _server_says():
                if _is_superuser(user.login):  # the server's administrator: only out of the group
                    db.execute_sql(f"REVOKE {server_rights.quoted(server_rights.member_role(db.obj))} "
                                   f"FROM {server_rights.quoted(user.login)}")
                else:
                    server_rights.shut_out(db.obj, user.login)
                    server_rights.allow_adding_logins(db.obj, user.login, False)
    return user


def reactivate(user: User | int, *, by) -> User:
    by = _acting(by)
    with db.atomic():
        user = records.update_user(_id(user), by=by, active=True)
        if on_server() and user.login and server_rights.login_exists(db.obj, user.login):
            with _server_says():
                _admit(user)
    return user


def apply_changes(changes: dict[int, dict], *, by) -> None:
    """Several people's role and active changes (user id -> {"role": ..., "active": ...}), all or none."""
    with db.atomic():
        for user_id, change in changes.items():
            if change.get("active") is True:
                reactivate(user_id, by=by)
            if "role" in change:
                set_role(user_id, change["role"], by=by)
            if change.get("active") is False:
                deactivate(user_id, by=by)


def acting_user(preferred: int | None) -> User | None:
    """Who acts at this desktop: on a server the person linked to the login, whatever was chosen;
    on SQLite the person chosen on this computer (preferred)."""
    if on_server():
        return identity.whoami()
    user = User.get_or_none(User.id == preferred) if preferred else None
    return user if user is not None and user.active else None


def link(user: User | int, *, by, login: str | None = None) -> User:
    """Link a person to a login. SQLite: this computer account (the first choice is free, a change
    needs an owner: identity.link). Server: the given login, which must exist; only an owner may."""
    if not on_server():
        return identity.link(user, by)
    by = _acting(by)
    require(by, "manage users")
    if not login or not server_rights.login_exists(db.obj, login):
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "the server has no login {login}: add the person "
                                                        "with rapport users add, which creates it"),
                                      login=repr(login or "")), "login")
    _refuse_group(login)
    with db.atomic():
        user = records.update_user(_id(user), by=by, login=login)
        if user.active:
            with _server_says():
                _admit(user)
    return user


def _refuse_group(login: str) -> None:
    """A group role (this journal's, or any role others belong to) is never a person's login."""
    if server_rights.is_group(db.obj, login):
        raise ValidationError(Message(QT_TRANSLATE_NOOP(
            "Messages", "{login} is a group of logins on the server, not a person's login: name another"),
            login=repr(login)), "login")


@contextlib.contextmanager
def _server_says():
    """The server refusing to create or change a login becomes a message saying who may."""
    from peewee import DatabaseError

    try:
        yield
    except DatabaseError as exc:
        if "permission denied" not in str(exc) and "must have" not in str(exc):
            raise
        raise PermissionDenied(Message(QT_TRANSLATE_NOOP(
            "Messages", "the server does not let your login {login} create or change logins: an owner's login needs "
                        "CREATEROLE (ALTER ROLE {login} CREATEROLE, by the server's administrator)"),
            login=identity.current_login())) from exc


def _acting(by):
    """Who acts: on a server always the login's person (a preference naming someone else counts for
    nothing there); on SQLite the user given."""
    return identity.whoami() if on_server() else by


def _admit(user: User) -> None:
    server_rights.admit(db.obj, user.login)
    _set_owner_powers(user)


def _set_owner_powers(user: User) -> None:
    """An owner's login may add colleagues' logins; nobody else's may. The server's own
    administrators (superusers) are left as they are."""
    if not _is_superuser(user.login):
        server_rights.allow_adding_logins(db.obj, user.login, user.role == "owner")


def _is_superuser(login: str) -> bool:
    row = db.execute_sql("SELECT rolsuper FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
    return bool(row and row[0])


def _id(user: User | int) -> int:
    return user.id if isinstance(user, User) else int(user)


def unknown_login_message() -> Message:
    """What a login linked to nobody of this journal is told to do."""
    return Message(QT_TRANSLATE_NOOP(
        "Messages", "your login {login} is not linked to anyone of this journal: ask an owner to add you "
                    "(rapport users add \"YOUR NAME\" --role ROLE --login {login}, or Settings > Users)"),
        login=identity.current_login())


def require_known_login() -> User | None:
    """The person this login is, on a server; a login linked to nobody is refused, saying what to do.
    An empty journal (set it up: start_journal) and the server's administrators pass as nobody."""
    user = identity.whoami()
    if user is not None or not on_server():
        return user
    if not User.select().exists() or server_rights.is_administrator(db.obj):
        return None
    linked = User.get_or_none(User.login == identity.current_login())
    if linked is not None:
        raise PermissionDenied(Message(QT_TRANSLATE_NOOP("Messages", "{user} is deactivated: ask an owner to reactivate them"),
                                       user=linked.name))
    raise PermissionDenied(unknown_login_message())
