"""Who is reading the trail on this desktop: the person the audit trail stamps, else the one chosen."""

from app.common import identity


def acting_user_id() -> int | None:
    """The acting Rapport user: the one linked to this login or computer account (identity)."""
    return identity.acting_id()
