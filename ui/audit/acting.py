"""Who is reading the trail on this desktop: the person the audit trail stamps, else the one chosen."""

from app.common import preferences
from db import audit


def acting_user_id() -> int | None:
    """The acting Rapport user: the one identity.start() linked to this login, else the preference."""
    return audit.actor() or preferences.get("current_user") or None
