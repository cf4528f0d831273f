"""What a captured file holds before it is matched to a client: messages and meetings, and problems."""

import datetime as dt
import hashlib
from dataclasses import dataclass, field

KEY_LIMIT = 200  # ImportFingerprint.key


@dataclass(frozen=True)
class Address:
    """An email address (lower case) and the name shown with it."""

    email: str
    name: str = ""

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2]


@dataclass
class Captured:
    """One message or one occurrence of a meeting, read from a file, not yet in the journal."""

    key: str  # the fingerprint: "mail:<message-id>" or "event:<uid>|<recurrence-id>"
    where: str  # how the user finds it: "offer.eml", "2026.mbox, message 12 (Late delivery)"
    occurred_at: dt.datetime  # local time, no zone (as the journal keeps it)
    channel: str  # email, meeting or call
    summary: str
    notes: str
    sender: Address | None = None  # the From of a message, the organiser of a meeting
    recipients: list[Address] = field(default_factory=list)  # To and Cc; a meeting's attendees
    client_id: int | None = None  # set by the matching, or by the user's choice
    contact_id: int | None = None
    direction: str | None = None
    kind: str = "update"

    def counterparts(self, ours) -> list[Address]:
        """The addresses on the other side: for a message we sent, its recipients; else its sender
        first, then the other recipients; never the firm's own (ours(address) -> bool)."""
        if self.direction == "outbound":
            order = list(self.recipients)
        else:
            order = ([self.sender] if self.sender else []) + list(self.recipients)
        seen: set[str] = set()
        out = []
        for address in order:
            if address.email and address.email not in seen and not ours(address):
                seen.add(address.email)
                out.append(address)
        return out


def fingerprint(prefix: str, identity: str) -> str:
    """'prefix:identity', or 'prefix:sha256:<hex>' when the identity would not fit the key column."""
    key = f"{prefix}:{identity}"
    if len(key) <= KEY_LIMIT:
        return key
    return f"{prefix}:sha256:{hashlib.sha256(identity.encode('utf-8', 'surrogatepass')).hexdigest()}"


def local_naive(moment: dt.datetime | dt.date) -> dt.datetime:
    """A moment as the journal keeps it: this computer's local time, to the second, no zone."""
    if not isinstance(moment, dt.datetime):
        return dt.datetime(moment.year, moment.month, moment.day)
    if moment.tzinfo is not None and moment.utcoffset() is not None:
        try:
            moment = moment.astimezone()
        except (OverflowError, OSError, ValueError):
            moment = moment.astimezone(dt.UTC)
    return moment.replace(tzinfo=None, microsecond=0)


def one_line(text: str, limit: int = 300) -> str:
    return " ".join(str(text).split())[:limit]
