"""Capturing mail and meetings: read the files, match each entry to a client, then write them all
through the journal's own write path in one transaction, with a fingerprint each.

The steps are separate so the desktop can ask about what did not match in between:
read_captures (a plan: entries, problems, unmatched addresses; nothing written) ->
the user's choices (assign_clients) -> write_capture (all or nothing).

Each entry is logged by app.journal.records.log_interaction, as a typed one is: checked by the same
rules, counted by health and Today, and an inbound complaint opens a feedback item on its clock.
"""

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.common import identity, preferences
from app.common.errors import Problem, RapportError, ValidationError
from app.common.progress import Progress, no_progress
from app.common.rights import require
from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.exchange.capture.calendar import read_calendar
from app.exchange.capture.items import Address, Captured
from app.exchange.capture.mail import read_eml, read_mbox, read_msg
from app.exchange.capture.matching import AddressBook
from app.journal import records as journal
from db.models import ImportFingerprint, db
from db.search_index import indexed_after_bulk_insert

log = logging.getLogger(__name__)

READERS = {".eml": read_eml, ".mbox": read_mbox, ".mbx": read_mbox, ".msg": read_msg,
           ".ics": read_calendar, ".ical": read_calendar, ".vcs": read_calendar}
SUFFIXES = tuple(READERS)
NO_ADDRESS = ""  # the group of entries that name no address at all
KEY_BATCH = 500


def is_capture_file(path: Path | str) -> bool:
    return Path(path).suffix.lower() in READERS


@dataclass
class CapturePlan:
    """Entries read and matched, ready to write, or the problems that stop the capture."""

    entries: list[Captured] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    duplicates: int = 0  # already in the journal, or twice in what was dropped
    book: AddressBook | None = None

    def unmatched(self) -> dict[str, list[Captured]]:
        """Entries with no client, grouped by the address to ask about (NO_ADDRESS: they name none)."""
        groups: dict[str, list[Captured]] = {}
        for entry in self.entries:
            if entry.client_id is None:
                counterparts = entry.counterparts(self.book.ours) if self.book else []
                groups.setdefault(counterparts[0].email if counterparts else NO_ADDRESS, []).append(entry)
        return groups

    def names(self) -> dict[str, str]:
        """The name shown with each unmatched address, as its messages give it."""
        found: dict[str, str] = {}
        for entry in self.entries:
            for address in ([entry.sender] if entry.sender else []) + entry.recipients:
                if address.name and address.email not in found:
                    found[address.email] = address.name
        return found


@dataclass
class CaptureSummary:
    """What a capture wrote."""

    emails: int = 0
    meetings: int = 0
    calls: int = 0
    duplicates: int = 0
    new_contacts: int = 0
    complaints: int = 0
    clients: set[int] = field(default_factory=set)

    @property
    def entries(self) -> int:
        return self.emails + self.meetings + self.calls

    def text(self) -> str:
        parts = [f"captured {self.emails} email(s), {self.meetings} meeting(s), {self.calls} call(s) "
                 f"for {len(self.clients)} client(s)"]
        if self.complaints:
            parts.append(f"{self.complaints} complaint(s) opened as feedback")
        if self.new_contacts:
            parts.append(f"{self.new_contacts} new contact(s) remembered")
        if self.duplicates:
            parts.append(f"{self.duplicates} already in the journal, skipped")
        return "; ".join(parts)


class UnmatchedAddresses(RapportError):
    """Captured entries whose addresses match no client; the message names them."""

    def __init__(self, groups: dict[str, list[Captured]]):
        self.groups = groups
        lines = [f"{len(groups)} address(es) match no client's contact; name the client with "
                 "--client NAME_OR_ID, or add the address to a contact:"]
        for address, entries in groups.items():
            label = address or "(no address)"
            lines.append(f"  {label}: {len(entries)} entr{'y' if len(entries) == 1 else 'ies'}, "
                         f"first {entries[0].where}")
        super().__init__("\n".join(lines))


# ---- reading -----------------------------------------------------------------------------------

def read_captures(paths: Iterable[Path | str], progress: Progress = no_progress,
                  now: dt.datetime | None = None) -> CapturePlan:
    """Read every file, drop what the journal already has, match the rest; nothing is written."""
    paths = [Path(p) for p in paths]
    plan = CapturePlan()
    read: list[Captured] = []
    for number, path in enumerate(paths, 1):
        reader = READERS.get(path.suffix.lower())
        if reader is None:
            plan.problems.append(Problem(path.name, Message(QT_TRANSLATE_NOOP("Messages", "not a mail or calendar file (use {suffixes})"), suffixes=', '.join(SUFFIXES))))
            continue
        try:
            for found in (reader(path, now) if reader is read_calendar else reader(path)):
                if isinstance(found, Problem):
                    plan.problems.append(found)
                elif found is not None:
                    read.append(found)
                    if len(read) % 200 == 0:
                        progress(number - 1, len(paths), path.name)
        except OSError as exc:
            plan.problems.append(Problem(str(path), Message(QT_TRANSLATE_NOOP("Messages", "cannot read the file ({reason})"), reason=exc.strerror or exc)))
        progress(number, len(paths), path.name)
    known = _known_keys({entry.key for entry in read})
    seen: set[str] = set()
    for entry in read:
        if entry.key in known or entry.key in seen:
            plan.duplicates += 1
            continue
        seen.add(entry.key)
        plan.entries.append(entry)
    plan.book = AddressBook(preferences.get("firm_addresses"))
    for entry in plan.entries:
        plan.book.match(entry)
    return plan


def _known_keys(keys: set[str]) -> set[str]:
    ordered = sorted(keys)
    known: set[str] = set()
    for start in range(0, len(ordered), KEY_BATCH):
        chunk = ordered[start:start + KEY_BATCH]
        known.update(k for (k,) in ImportFingerprint.select(ImportFingerprint.key)
                     .where(ImportFingerprint.key.in_(chunk)).tuples())
    return known


# ---- choosing clients --------------------------------------------------------------------------

def assign_clients(plan: CapturePlan, choices: dict[str, int] | None = None, every: int | None = None) -> None:
    """The user's answers: choices maps an unmatched address (or NO_ADDRESS) to a client id; every,
    when given, is the client of every entry (a drop onto a client, --client)."""
    choices = choices or {}
    if every is not None:
        for entry in plan.entries:
            if entry.client_id != every:
                entry.client_id, entry.contact_id = every, None
        _link_contacts(plan, every)
        return
    for address, entries in plan.unmatched().items():
        if address in choices:
            for entry in entries:
                entry.client_id, entry.contact_id = choices[address], None


def _link_contacts(plan: CapturePlan, client_id: int) -> None:
    """Entries given to one client name that client's contact where an address is one."""
    for entry in plan.entries:
        for address in entry.counterparts(plan.book.ours) if plan.book else []:
            found = plan.book.by_email.get(address.email)
            if found and found[0] == client_id:
                entry.contact_id = found[1]
                break


# ---- writing -----------------------------------------------------------------------------------

def write_capture(plan: CapturePlan, author: int | None = None, progress: Progress = no_progress) -> CaptureSummary:
    """Log every entry, remember the addresses the user placed, keep the fingerprints: one transaction."""
    if plan.problems:
        raise ValidationError(plan.problems)
    groups = plan.unmatched()
    if groups:
        raise UnmatchedAddresses(groups)
    # who captures it signs it, and must be allowed to log (the command line acts as who this is)
    author = require(author or identity.acting_id(), "log an entry").id
    summary = CaptureSummary(duplicates=plan.duplicates)
    total = len(plan.entries)
    progress(0, total, "")
    names = plan.names()
    with db.atomic(), indexed_after_bulk_insert():
        fingerprints = []
        for number, entry in enumerate(plan.entries, 1):
            if entry.contact_id is None:
                entry.contact_id = _remembered_contact(plan, entry, names, summary)
            try:
                interaction = journal.log_interaction(
                    client=entry.client_id, contact=entry.contact_id, author=author, by=author,
                    occurred_at=entry.occurred_at,
                    channel=entry.channel, kind=entry.kind, direction=entry.direction, summary=entry.summary[:2000],
                    notes=entry.notes)
            except ValidationError as exc:
                raise ValidationError([Problem(entry.where, str(p)) for p in exc.problems]) from exc
            fingerprints.append({"key": entry.key, "interaction": interaction.id})
            summary.clients.add(entry.client_id)
            _count(summary, entry)
            if number % 100 == 0:
                progress(number, total, "")
        for start in range(0, len(fingerprints), KEY_BATCH):
            ImportFingerprint.insert_many(fingerprints[start:start + KEY_BATCH]).execute()
    progress(total, total, "")
    return summary


def _count(summary: CaptureSummary, entry: Captured) -> None:
    if entry.channel == "email":
        summary.emails += 1
    elif entry.channel == "call":
        summary.calls += 1
    else:
        summary.meetings += 1
    if entry.kind == "complaint" and entry.direction == "inbound":
        summary.complaints += 1


def _remembered_contact(plan: CapturePlan, entry: Captured, names: dict[str, str],
                        summary: CaptureSummary) -> int | None:
    """The entry's first counterpart becomes a contact of its client, so the next capture knows it."""
    counterparts = entry.counterparts(plan.book.ours) if plan.book else []
    if not counterparts:
        return None
    address = counterparts[0]
    found = plan.book.by_email.get(address.email)
    if found:
        return found[1] if found[0] == entry.client_id else None
    contact = journal.create_contact(journal.get_client(entry.client_id),  # part of logging the entry
                                     name=names.get(address.email) or _name_from(address), email=address.email)
    plan.book.add(address.email, entry.client_id, contact.id)
    summary.new_contacts += 1
    return contact.id


def _name_from(address: Address) -> str:
    local = address.email.partition("@")[0]
    return " ".join(part.capitalize() for part in local.replace("_", ".").split(".") if part) or address.email


def capture_files(paths: Iterable[Path | str], client_id: int | None = None, author: int | None = None,
                  progress: Progress = no_progress) -> CaptureSummary:
    """The whole capture, for the command line: unmatched addresses stop it unless client_id is given."""
    plan = read_captures(paths)
    if plan.problems:
        raise ValidationError(plan.problems)
    assign_clients(plan, every=client_id)
    return write_capture(plan, author, progress)
