"""Who is using the journal, proven where it can be.

On PostgreSQL the person is the database login: the server says who is connected
(`session_user`) and the Rapport user linked to that login is the one acting; nobody can act as
someone else. On SQLite, one desktop, the journal's user is chosen once per computer account and
kept in the journal (the user's `login`); a local file protects nothing from whoever can open it,
so this guards against mistakes, not against people."""

from __future__ import annotations

from app.common.errors import PermissionDenied
from app.common.wording import QT_TRANSLATE_NOOP, Message
from db import audit
from db.connection import is_sqlite
from db.models import User, db


def current_login() -> str:
    """The database login (PostgreSQL) or the computer account (SQLite) of this process."""
    if is_sqlite():
        return audit.computer_account()
    return db.execute_sql("SELECT session_user").fetchone()[0]


def whoami() -> User | None:
    """The Rapport user linked to this login, if any (deactivated users are nobody)."""
    user = User.get_or_none(User.login == current_login())
    return user if user is not None and user.active else None


def acting() -> User | None:
    """The person acting in this process, on every path (desktop, command line, imports): the user
    linked to this login (server) or to this computer account (SQLite). A preference naming
    someone counts for nothing here: it is only a hint, once, for an old journal (start)."""
    return whoami()


def acting_id() -> int | None:
    user = acting()
    return user.id if user is not None else None


def established_by() -> str:
    """How the acting person is known: "server login" or "computer account"."""
    return "computer account" if is_sqlite() else "server login"


def preferred_hint() -> int | None:
    """The user an older Rapport stored in the preferences for this journal (the `current_user`
    preference, chosen on this very file), as a hint for start(); None elsewhere."""
    from pathlib import Path

    from app.common import preferences
    from db.connection import sqlite_path

    user_id, chosen_on = preferences.get("current_user"), preferences.get("current_user_journal")
    path = sqlite_path()
    if not user_id or path is None or not chosen_on or "://" in chosen_on:
        return None
    return user_id if Path(chosen_on) == Path(path).resolve() else None


def start(preferred: int | None = None) -> User | None:
    """Find who is acting and stamp the audit trail with them. On SQLite, a journal upgraded from
    before logins existed links this computer account to the user chosen in the preferences
    (preferred), once, if nobody is linked to it yet and that user is not linked elsewhere."""
    user = whoami()
    if user is None and preferred and is_sqlite():
        chosen = User.get_or_none(User.id == preferred)
        if chosen is not None and chosen.active and not chosen.login:
            user = link(chosen)
    audit.set_actor(user.id if user else None)
    return user


def link(user: User | int, by: User | None = None) -> User:
    """Link this computer account to user (SQLite). The first choice is free; changing it
    afterwards, or taking a user another account already has, needs an owner (by)."""
    from app.common.rights import require

    user = user if isinstance(user, User) else User.get_by_id(int(user))
    if not is_sqlite():
        raise PermissionDenied(QT_TRANSLATE_NOOP(
            "Messages", "on a server you are who you log in as: an owner links your login to your name (rapport users)"))
    login = current_login()
    current = User.get_or_none(User.login == login)
    if current is not None and current.id == user.id:
        return user
    if current is not None or user.login:
        require(by, "manage users")
    if not user.active:
        raise PermissionDenied(Message(QT_TRANSLATE_NOOP("Messages", "{user} is deactivated: ask an owner to reactivate them"),
                                       user=user.name))
    with db.atomic():
        if current is not None:
            User.update(login=None).where(User.id == current.id).execute()
        User.update(login=login).where(User.id == user.id).execute()
    audit.set_actor(user.id)
    return User.get_by_id(user.id)
