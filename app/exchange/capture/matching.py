"""Whose message is it: the client found from the addresses, the direction from the firm's own
addresses, and whether an inbound message is a complaint.

A counterpart address (the sender of an inbound message, the recipients of an outbound one,
never the firm's own) is matched first to a contact's email exactly, then by its domain to the one
client whose contacts write from that domain (not a public mail service such as gmail.com)."""

import re
from collections.abc import Iterable

from app.exchange.capture.items import Address, Captured
from db.models import Contact

# Public mail services: a shared domain says nothing about the client.
FREE_MAIL = frozenset("""
gmail.com googlemail.com yahoo.com yahoo.co.uk ymail.com hotmail.com hotmail.co.uk outlook.com live.com
msn.com aol.com icloud.com me.com mac.com proton.me protonmail.com gmx.com gmx.de gmx.net web.de
mail.com zoho.com yandex.ru yandex.ua yandex.com ya.ru mail.ru inbox.ru list.ru bk.ru rambler.ru
ukr.net i.ua meta.ua bigmir.net online.ua rambler.ua tut.by qq.com 163.com fastmail.com hey.com
""".split())

# How a captured message is recognised as a complaint: it comes in (not from the firm's own
# addresses), it starts a thread (its subject is not a reply: "Re:", "Ответ:", "Відповідь:"...),
# and its subject holds one of these word stems, in English, Russian or Ukrainian. The subject
# only: bodies quote, sign off and carry disclaimers that would make every message a complaint.
COMPLAINT_WORDS = re.compile(
    r"complain|dissatisf|unacceptable|disappointed|"
    r"жалоб|претензи|рекламаци|недовол|неудовлетвор|возмущ|"
    r"скарг|претензі|рекламаці|незадовол|обурен",
    re.IGNORECASE,
)
REPLY_PREFIX = re.compile(r"^\s*(?:re|aw|sv|antw|ответ|отв|відповідь|відп)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)


def is_complaint_subject(subject: str) -> bool:
    return not REPLY_PREFIX.match(subject) and bool(COMPLAINT_WORDS.search(subject))


class AddressBook:
    """The journal's contact addresses and the firm's own, read once for a whole capture."""

    def __init__(self, firm_addresses: Iterable[str]):
        self.firm_emails: set[str] = set()
        self.firm_domains: set[str] = set()
        for entry in firm_addresses:
            entry = str(entry).strip().lower()
            if "@" in entry and not entry.startswith("@"):
                self.firm_emails.add(entry)
            elif entry:
                self.firm_domains.add(entry.lstrip("@"))
        self.by_email: dict[str, tuple[int, int]] = {}
        self.by_domain: dict[str, set[int]] = {}
        query = Contact.select(Contact.id, Contact.client, Contact.email).where(Contact.email != "").tuples()
        for contact_id, client_id, email in query.order_by(Contact.id):
            self.add(email, client_id, contact_id)

    def add(self, email: str, client_id: int, contact_id: int) -> None:
        email = email.strip().lower()
        self.by_email.setdefault(email, (client_id, contact_id))
        domain = email.rpartition("@")[2]
        if domain and domain not in FREE_MAIL and not self._firm_domain(domain):
            self.by_domain.setdefault(domain, set()).add(client_id)

    def _firm_domain(self, domain: str) -> bool:
        return any(domain == d or domain.endswith("." + d) for d in self.firm_domains)

    def ours(self, address: Address) -> bool:
        return address.email in self.firm_emails or self._firm_domain(address.domain)

    def known(self, address: Address) -> bool:
        return address.email in self.by_email or len(self.by_domain.get(address.domain, ())) == 1

    def match(self, item: Captured) -> None:
        """Set the item's direction, kind, client and contact (client None: nobody matched)."""
        item.direction = self._direction(item)
        if item.channel == "email" and item.direction == "inbound" and is_complaint_subject(item.summary):
            item.kind = "complaint"
        counterparts = item.counterparts(self.ours)
        for address in counterparts:
            if address.email in self.by_email:
                item.client_id, item.contact_id = self.by_email[address.email]
                return
        for address in counterparts:
            clients = self.by_domain.get(address.domain, set())
            if len(clients) == 1:
                item.client_id, item.contact_id = next(iter(clients)), None
                return
        item.client_id = item.contact_id = None

    def _direction(self, item: Captured) -> str | None:
        sender = item.sender
        if sender is not None and self.ours(sender):
            return "outbound"
        if sender is not None and (self.firm_emails or self.firm_domains or self.known(sender)):
            return "inbound"
        # The firm's addresses are not set: a message to a known client from someone unknown
        # is most likely our own.
        if any(self.known(a) for a in item.recipients):
            return "outbound"
        return "inbound" if sender is not None else None


_DOMAIN = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$")


def firm_addresses_from_text(text: str) -> list[str]:
    """The firm's own addresses as typed in Settings (commas, semicolons, spaces or lines between):
    each an address (anna@firm.com) or a whole domain (firm.com, @firm.com)."""
    from app.common.errors import ValidationError
    from app.common.wording import QT_TRANSLATE_NOOP, Message

    found: list[str] = []
    bad: list[str] = []
    for entry in re.split(r"[\s,;]+", text.strip().lower()):
        if not entry:
            continue
        local, at, domain = entry.rpartition("@")
        if _DOMAIN.match(domain) and (not at or not local or re.fullmatch(r"[^@\s]+", local)):
            found.append(entry.lstrip("@") if not local else entry)
        else:
            bad.append(entry)
    if bad:
        error = ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "not an email address or a domain: {addresses}"),
                                        addresses=", ".join(bad)), "firm_addresses")
        error.bad = bad  # for a message in the user's language
        raise error
    return list(dict.fromkeys(found))
