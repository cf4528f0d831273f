"""The stored vocabulary of the journal, checked in one place (see shared/DOMAIN.md)."""

CLIENT_STAGES = ("prospect", "qualified", "declined", "contracted", "paused", "ended")
CHANNELS = ("call", "email", "meeting", "chat", "visit", "letter", "other")
KINDS = ("update", "request", "feedback", "complaint", "negotiation", "praise", "escalation", "delivery")
DIRECTIONS = ("inbound", "outbound")
SENTIMENT_RANGE = (-2, 2)
EFFORT_RANGE = (1, 5)
POLICY_TAGS = ("like", "hear", "negotiate")
DRIFT_TAGS = ("dismissive", "capitulating", "punishing")
OTHER_TAGS = ("client_misconduct", "staff_praise")
BUILTIN_TAGS = POLICY_TAGS + DRIFT_TAGS + OTHER_TAGS
FEEDBACK_STATUSES = ("open", "acknowledged", "resolved")
FEEDBACK_SEVERITIES = ("low", "medium", "high", "critical")
NEGOTIATION_STATUSES = ("open", "agreed", "deadlock", "escalated", "withdrawn")
PULSE_READINGS = ("good", "uneasy", "bad")
ROLES = ("owner", "account_manager", "staff")
BANDS = ("healthy", "watch", "at_risk", "souring")
QUALIFICATION_DECISIONS = ("interesting", "not_interesting")
CONCESSION_SIDES = ("ours", "client")

TAG_CATEGORIES = ("policy", "drift", "other", "custom")

# Negotiation status changes that make sense; anything else is refused with a message.
NEGOTIATION_TRANSITIONS = {
    "open": ("agreed", "deadlock", "escalated", "withdrawn"),
    "deadlock": ("open", "escalated", "agreed", "withdrawn"),
    "escalated": ("open", "agreed", "deadlock", "withdrawn"),
    "agreed": ("open",),
    "withdrawn": ("open",),
}

# Reopening a resolved item puts it back to "acknowledged": it was heard already (its
# acknowledged_at stays, so the clock and health replay keep the first acknowledgement).
# acknowledged -> open undoes an acknowledgement made by mistake.
FEEDBACK_TRANSITIONS = {
    "open": ("acknowledged", "resolved"),
    "acknowledged": ("resolved", "open"),
    "resolved": ("acknowledged",),
}


def tag_category(name: str) -> str:
    """The category a tag name belongs to; names the firm invents are 'custom'."""
    if name in POLICY_TAGS:
        return "policy"
    if name in DRIFT_TAGS:
        return "drift"
    if name in OTHER_TAGS:
        return "other"
    return "custom"
