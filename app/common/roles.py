"""Who may do what: the role checks shared by the owner-only and front-office services."""

from app.common.errors import PermissionDenied, get_or_not_found
from db.models import User

ROLE_NAMES = {"owner": "an owner", "account_manager": "an account manager", "staff": "staff"}


def acting_user(by: User | int | None) -> User:
    """The user doing something, by row or id; nobody chosen is refused."""
    if isinstance(by, User):
        return by
    if by in (None, 0, ""):
        raise PermissionDenied("choose who you are first (Settings): this needs a named user")
    return get_or_not_found(User, by, "user")


def require_role(by: User | int | None, roles: tuple[str, ...], doing: str) -> User:
    """The acting user, if their role is one of roles; otherwise a message saying who may."""
    user = acting_user(by)
    if user.role not in roles:
        allowed = " or ".join(ROLE_NAMES.get(r, r) for r in roles)
        raise PermissionDenied(f"only {allowed} may {doing}; {user.name} is {ROLE_NAMES.get(user.role, user.role)}")
    return user
