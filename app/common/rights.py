"""Who may do what, on every path (editor, dialogs, settings, imports, capture, command line).

The firm's rules: staff log entries and edit their own; an account manager edits the journal of
the clients they manage (and of clients nobody manages yet); owners manage users, settings and
weights, the playbook, the portrait, the trash and whole-journal imports. On PostgreSQL the
server enforces the same rules itself (grants and row-level security); here they guard a
single desktop against mistakes. A refusal says who may do it."""

from __future__ import annotations

from dataclasses import dataclass

from app.common.errors import PermissionDenied
from app.common.roles import ROLE_NAMES, acting_user
from app.common.wording import QT_TRANSLATE_NOOP, Message
from db.models import Client, User

OWNER, MANAGER, STAFF = "owner", "account_manager", "staff"
ROLES = (OWNER, MANAGER, STAFF)


@dataclass(frozen=True)
class Rule:
    """Who may: these roles always; the entry's author; the client's account manager."""

    roles: tuple[str, ...]
    author: bool = False
    client_manager: bool = False
    doing: str = ""  # the end of "only ... may <doing>"


def _rule(roles, doing, author=False, client_manager=False) -> Rule:
    return Rule(tuple(roles), author, client_manager, doing)


RULES: dict[str, Rule] = {
    "log an entry": _rule(ROLES, QT_TRANSLATE_NOOP("Messages", "log an entry")),
    "edit an entry": _rule((OWNER,), QT_TRANSLATE_NOOP("Messages", "edit or delete this entry"),
                           author=True, client_manager=True),
    "add a client": _rule((OWNER, MANAGER), QT_TRANSLATE_NOOP("Messages", "add a client")),
    "edit a client": _rule((OWNER,), QT_TRANSLATE_NOOP("Messages", "change this client's record, contacts and negotiations"),
                           client_manager=True),
    "handle feedback": _rule((OWNER,), QT_TRANSLATE_NOOP("Messages", "acknowledge, resolve or route this feedback"),
                             author=True, client_manager=True),
    "route a reply": _rule((OWNER,), QT_TRANSLATE_NOOP("Messages", "route this client's awaited reply"),
                           author=True, client_manager=True),
    "record a pulse": _rule((OWNER,), QT_TRANSLATE_NOOP("Messages", "record a pulse reading for this client"),
                            client_manager=True),
    "delete a client": _rule((OWNER,), QT_TRANSLATE_NOOP("Messages", "delete a client")),
    "manage users": _rule((OWNER,), QT_TRANSLATE_NOOP("Messages", "manage users and their roles")),
    "change settings": _rule((OWNER,), QT_TRANSLATE_NOOP("Messages", "change the firm's settings and health weights")),
    "edit the playbook": _rule((OWNER,), QT_TRANSLATE_NOOP("Messages", "edit the playbook")),
    "edit the client portrait": _rule((OWNER,), QT_TRANSLATE_NOOP("Messages", "edit the client portrait")),
    "set the sales plan": _rule((OWNER,), QT_TRANSLATE_NOOP("Messages", "set the sales plan")),
    "manage the trash": _rule((OWNER,), QT_TRANSLATE_NOOP("Messages", "restore from the trash or empty it")),
    "import a bundle": _rule((OWNER,), QT_TRANSLATE_NOOP("Messages", "import a whole journal (it carries settings, weights and users)")),
    "read the firm's audit trail": _rule((OWNER,), QT_TRANSLATE_NOOP("Messages", "read the firm-wide audit trail")),
}


def _client(client) -> Client | None:
    if client is None or isinstance(client, Client):
        return client
    return Client.get_or_none(Client.id == int(client))


def _manages(user: User, client: Client | None) -> bool:
    """Whether user is the client's account manager (or, for a client nobody manages, any manager)."""
    if client is None or user.role != MANAGER:
        return False
    return client.account_manager_id in (None, user.id)


def may(user: User | None, action: str, client=None, author=None) -> bool:
    """Whether user may do action (to this client's journal, on an entry by this author)."""
    if user is None or not user.active:
        return False
    rule = RULES[action]
    if user.role in rule.roles:
        return True
    author_id = author.id if isinstance(author, User) else author
    if rule.author and author_id is not None and int(author_id) == user.id:
        return True
    return rule.client_manager and _manages(user, _client(client))


def who_may(action: str) -> Message:
    """"an owner", "an owner, the entry's author or the client's account manager", ..."""
    rule = RULES[action]
    parts: list = [Message(ROLE_NAMES[r]) for r in rule.roles]
    if rule.author:
        parts.append(Message(QT_TRANSLATE_NOOP("Messages", "the entry's author")))
    if rule.client_manager:
        parts.append(Message(QT_TRANSLATE_NOOP("Messages", "the client's account manager")))
    if len(parts) == 1:
        return parts[0]
    return Message(QT_TRANSLATE_NOOP("Messages", "{one} or {other}"), one=tuple(parts[:-1]), other=parts[-1])


def require(by: User | int | None, action: str, client=None, author=None) -> User:
    """The acting user, if they may do action; otherwise PermissionDenied saying who may."""
    user = acting_user(by)
    if not user.active:
        raise PermissionDenied(Message(QT_TRANSLATE_NOOP("Messages", "{user} is deactivated: ask an owner to reactivate them"),
                                       user=user.name))
    if not may(user, action, client, author):
        raise PermissionDenied(Message(QT_TRANSLATE_NOOP("Messages", "only {allowed} may {doing}; {user} is {role}"),
                                       allowed=who_may(action), doing=Message(RULES[action].doing), user=user.name,
                                       role=Message(ROLE_NAMES.get(user.role, user.role))))
    return user


def refusal(by: User | int | None, action: str, client=None, author=None) -> Message | None:
    """What require would say to by about action (None: they may), for a screen that opens read-only."""
    try:
        require(by, action, client, author)
    except PermissionDenied as exc:
        return exc.args[0] if isinstance(exc.args[0], Message) else Message(str(exc))
    return None
