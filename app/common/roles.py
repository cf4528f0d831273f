"""Who may do what: the role checks shared by the owner-only and front-office services."""

from app.common.errors import PermissionDenied, get_or_not_found
from app.common.wording import QT_TRANSLATE_NOOP, Message
from db.models import User

ROLE_NAMES = {"owner": QT_TRANSLATE_NOOP("Messages", "an owner"),
              "account_manager": QT_TRANSLATE_NOOP("Messages", "an account manager"),
              "staff": QT_TRANSLATE_NOOP("Messages", "staff")}
# What a role allows, as the end of "only an owner may ...": callers name one of these.
DOINGS = {"edit the playbook": QT_TRANSLATE_NOOP("Messages", "edit the playbook"),
          "edit the client portrait": QT_TRANSLATE_NOOP("Messages", "edit the client portrait"),
          "qualify a prospect": QT_TRANSLATE_NOOP("Messages", "qualify a prospect"),
          "set the sales plan": QT_TRANSLATE_NOOP("Messages", "set the sales plan"),
          "set who sells": QT_TRANSLATE_NOOP("Messages", "set whether owners sell"),
          "see the share declined per manager": QT_TRANSLATE_NOOP("Messages", "see the share of prospects "
                                                                              "declined per manager")}


def acting_user(by: User | int | None) -> User:
    """The user doing something, by row or id; nobody chosen is refused."""
    if isinstance(by, User):
        return by
    if by in (None, 0, ""):
        raise PermissionDenied(QT_TRANSLATE_NOOP("Messages", "choose who you are first (Settings): this needs a named user"))
    return get_or_not_found(User, by, "user")


def require_role(by: User | int | None, roles: tuple[str, ...], doing: str) -> User:
    """The acting user, if their role is one of roles; otherwise a message saying who may."""
    user = acting_user(by)
    if user.role not in roles:
        allowed = [Message(ROLE_NAMES.get(r, r)) for r in roles]
        allowed_text = allowed[0] if len(allowed) == 1 else Message(
            QT_TRANSLATE_NOOP("Messages", "{one} or {other}"), one=tuple(allowed[:-1]), other=allowed[-1])
        raise PermissionDenied(Message(QT_TRANSLATE_NOOP("Messages", "only {allowed} may {doing}; {user} is {role}"),
                                       allowed=allowed_text, doing=Message(DOINGS.get(doing, doing)), user=user.name,
                                       role=Message(ROLE_NAMES.get(user.role, user.role))))
    return user
