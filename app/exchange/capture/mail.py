"""Reading messages: .eml (one message), .mbox (many), Outlook .msg; each becomes a Captured email.

Python's email package with policy.default reads MIME, RFC 2047 headers and charsets; what it
cannot read cleanly (8-bit headers, wrong or unknown charsets, a broken date) is mended here
rather than dropped: see text.decode_bytes.
"""

import datetime as dt
import email.errors
import email.header
import email.utils
import functools
import hashlib
import logging
import mailbox
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import EmailPolicy
from pathlib import Path

from app.common.errors import Problem
from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.exchange.capture.items import Address, Captured, fingerprint, local_naive, one_line
from app.exchange.capture.text import attachments_text, decode_bytes, fold_quotes, html_to_text

log = logging.getLogger(__name__)

# Headers of a MIME part's structure, read again and again while a message is walked (get_body,
# iter_attachments and each get_content_type parse Content-Type anew), and alike in every message.
_STRUCTURE_HEADERS = frozenset({"content-type", "content-disposition", "content-transfer-encoding",
                                "mime-version"})


@functools.lru_cache(maxsize=4096)
def _structure_header(name: str, value: str):
    return policy.default.header_fetch_parse(name, value)


class _ReadingPolicy(EmailPolicy):
    """policy.default, with the structure headers parsed once per distinct value: a third of the
    time spent reading a message went into parsing the same Content-Type a dozen times."""

    def header_fetch_parse(self, name, value):
        if isinstance(value, str) and name.lower() in _STRUCTURE_HEADERS:
            return _structure_header(name, value)
        return super().header_fetch_parse(name, value)


_PARSER = BytesParser(policy=_ReadingPolicy())


def reading_parser() -> BytesParser:
    """The parser captures read messages with (the benchmark's raw side uses it too)."""
    return _PARSER


class MessageError(Exception):
    """A message that cannot become an entry; the text says why, where (if given) which message."""

    def __init__(self, text: str, where: str | None = None):
        super().__init__(text)
        self.where = where


# ---- files ------------------------------------------------------------------------------------

def read_eml(path: Path) -> Iterator[Captured | Problem]:
    yield _one(path.name, lambda: _eml_message(path))


def _eml_message(path: Path) -> Captured:
    raw = path.read_bytes()
    fallback = None
    if raw.startswith(b"From ") and b":" not in raw.split(b"\n", 1)[0].split(b" ", 2)[1]:
        # saved from a mailbox with its "From sender date" line, which is not a header
        from_line, _, raw = raw.partition(b"\n")
        fallback = _from_line_date(from_line)
    return message_from_bytes(raw, path.name, fallback)


def read_mbox(path: Path) -> Iterator[Captured | Problem]:
    """Every message of an mbox file, each named by its place in it ("2026.mbox, message 12")."""
    box = mailbox.mbox(str(path), create=False)
    try:
        number = 0
        for number, key in enumerate(box.iterkeys(), 1):
            where = f"{path.name}, message {number}"
            yield _one(where, lambda key=key, where=where: _mbox_message(box, key, where))
        if number == 0:
            yield Problem(path.name, Message(QT_TRANSLATE_NOOP("Messages", "the mailbox holds no messages (no line starts with 'From ')")))
    finally:
        box.close()


def _mbox_message(box: mailbox.mbox, key, where: str) -> Captured:
    raw = box.get_bytes(key, from_=True)
    from_line, _, raw = raw.partition(b"\n")
    return message_from_bytes(raw, where, _from_line_date(from_line))


def read_msg(path: Path) -> Iterator[Captured | Problem]:
    yield _one(path.name, lambda: _msg_message(path))


def _one(where: str, read) -> Captured | Problem:
    try:
        return read()
    except MessageError as exc:
        return Problem(exc.where or where, str(exc))


# ---- one RFC 5322 message ---------------------------------------------------------------------

def message_from_bytes(raw: bytes, where: str, fallback_date: dt.datetime | None = None) -> Captured:
    """A message's entry: subject, counterparts, date, plain text with quotes folded, attachments."""
    if not raw.strip():
        raise MessageError("the message is empty")
    message = _PARSER.parsebytes(raw)
    charset = _BodyCharset(message)
    subject = one_line(_header_text(message, "subject", charset), 2000)
    sender = _addresses(message, "from", charset)
    recipients = _addresses(message, "to", charset) + _addresses(message, "cc", charset)
    if not sender and not recipients and not subject and not message.is_multipart() and not message.keys():
        raise MessageError("this is not an email message (no headers)")
    # in an mbox, "message 12" alone is hard to find: its subject goes with it
    shown = f"{where} ({one_line(subject, 60)})" if subject and where.endswith(tuple("0123456789")) else where
    when = _date(message, charset) or fallback_date
    if when is None:
        raise MessageError("the message has no date (no readable Date or Received header)", shown)
    text, attachments = _body_and_attachments(message)
    message_id = _header_text(message, "message-id", charset).strip().strip("<>").strip()
    identity = message_id or _content_hash(sender, when, subject, text)
    notes = "\n\n".join(part for part in (fold_quotes(text) if text else "", attachments_text(attachments)) if part)
    return Captured(key=fingerprint("mail", identity), where=shown, occurred_at=local_naive(when),
                    channel="email", summary=subject or _first_line(notes), notes=notes,
                    sender=sender[0] if sender else None, recipients=recipients)


def _content_hash(sender: list[Address], when: dt.datetime, subject: str, text: str) -> str:
    """The identity of a message without a Message-ID: the same message read twice gives the same."""
    source = "\n".join([sender[0].email if sender else "", when.isoformat(), subject, text])
    return "sha256:" + hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()


def _first_line(notes: str) -> str:
    for line in notes.splitlines():
        if line.strip() and line.strip() != "> …":
            return one_line(line, 200)
    return "—"


class _BodyCharset:
    """The charset the text body declares, looked up only when a header needs it (8-bit header
    bytes are most likely in it too): walking the parts parses every Content-Type again."""

    def __init__(self, message: EmailMessage):
        self.message = message

    def __call__(self) -> str | None:
        for part in self.message.walk():
            if part.get_content_maintype() == "text":
                charset = part.get_param("charset")
                if isinstance(charset, str):
                    return charset
        return None


def _raw_header(message: EmailMessage, name: str) -> str | None:
    for key, value in message.raw_items():
        if key.lower() == name:
            return value
    return None


def _mended(message: EmailMessage, name: str, charset):
    """The parsed header, with raw 8-bit bytes (not RFC 2047) decoded in the body's charset first."""
    raw = _raw_header(message, name)
    if raw is None:
        return None
    if any("\udc80" <= c <= "\udcff" for c in raw):
        text = decode_bytes(raw.encode("ascii", "surrogateescape"), charset())
        raw = text.replace("\r", "").replace("\n", "")
        try:
            return policy.default.header_factory(name, raw)
        except Exception:  # noqa: BLE001 - a header the parser trips over is read as plain text
            return raw
    try:
        return message[name]
    except Exception:  # noqa: BLE001
        return raw.replace("\r", "").replace("\n", "")


def _header_text(message: EmailMessage, name: str, charset) -> str:
    value = _mended(message, name, charset)
    return "" if value is None else str(value)


def _addresses(message: EmailMessage, name: str, charset) -> list[Address]:
    """The addresses of every From, To or Cc header. email.utils.getaddresses reads them: the
    structured parse of policy.default took half the time spent reading a message."""
    values = []
    for key, value in message.raw_items():
        if key.lower() == name:
            if any("\udc80" <= c <= "\udcff" for c in value):
                value = decode_bytes(value.encode("ascii", "surrogateescape"), charset())
            values.append(value.replace("\r", "").replace("\n", ""))
    found: list[Address] = []
    for display, spec in email.utils.getaddresses(values):
        spec = (spec or "").strip().strip("<>").lower()
        if "@" in spec and " " not in spec:
            found.append(Address(spec, one_line(_decoded_words(display), 200).strip('"')))
    return found


def _decoded_words(text: str) -> str:
    """A display name with its RFC 2047 encoded words decoded."""
    if "=?" not in text:
        return text
    try:
        return str(email.header.make_header(email.header.decode_header(text)))
    except (LookupError, UnicodeDecodeError, ValueError, email.errors.HeaderParseError):
        return text


def _date(message: EmailMessage, charset) -> dt.datetime | None:
    value = _mended(message, "date", charset)
    moment = getattr(value, "datetime", None)
    if moment is None and value is not None:
        moment = _parse_date(str(value))
    if moment is None:
        for received in message.get_all("received") or []:
            moment = _parse_date(str(received).rpartition(";")[2])
            if moment is not None:
                break
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)  # "-0000": a UTC time of an unknown place
    return moment


def _parse_date(text: str) -> dt.datetime | None:
    try:
        return email.utils.parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _from_line_date(line: bytes) -> dt.datetime | None:
    """The date on an mbox 'From sender Tue Mar  3 10:00:00 2026' line (local time of the writer)."""
    parts = line.decode("ascii", "replace").split()
    if len(parts) >= 7:
        try:
            return dt.datetime.strptime(" ".join(parts[-5:]), "%a %b %d %H:%M:%S %Y")
        except ValueError:
            return None
    return None


def _body_and_attachments(message: EmailMessage) -> tuple[str, list[tuple[str, int]]]:
    text = ""
    try:
        body = message.get_body(preferencelist=("plain", "html"))
        text = _part_text(body) if body is not None else ""
        if not text.strip():
            html = message.get_body(preferencelist=("html",))
            text = _part_text(html) if html is not None and html is not body else text
    except Exception as exc:  # noqa: BLE001 - a damaged MIME tree keeps its headers, loses its text
        log.info("unreadable body: %s", exc)
    attachments = []
    try:
        for part in message.iter_attachments():
            name = part.get_filename() or part.get_param("name") or part.get_content_type()
            attachments.append((one_line(str(name), 200), _part_size(part)))
    except Exception as exc:  # noqa: BLE001
        log.info("unreadable attachments: %s", exc)
    return text, attachments


def _part_text(part: EmailMessage) -> str:
    payload = part.get_payload(decode=True)
    if payload is None:
        return ""
    text = decode_bytes(payload, part.get_content_charset())
    return html_to_text(text) if part.get_content_subtype() == "html" else text.replace("\r\n", "\n").strip()


def _part_size(part: EmailMessage) -> int:
    payload = part.get_payload(decode=True)
    if payload is not None:
        return len(payload)
    try:
        return len(part.as_bytes())
    except Exception:  # noqa: BLE001
        return 0


# ---- Outlook .msg -----------------------------------------------------------------------------

def _msg_message(path: Path) -> Captured:
    import extract_msg
    from extract_msg.msg_classes import MessageBase

    try:
        item = extract_msg.openMsg(str(path), strict=False)
    except Exception as exc:  # noqa: BLE001 - extract-msg raises many kinds for a damaged file
        raise MessageError(f"not a readable Outlook message ({exc})") from exc
    try:
        if not isinstance(item, MessageBase):
            raise MessageError(f"this Outlook item is a {type(item).__name__}, not a message")
        return _from_msg(item, path.name)
    finally:
        item.close()


def _from_msg(item, where: str) -> Captured:
    subject = one_line(item.subject or "", 2000)
    sender = _msg_addresses(item.sender or "")
    recipients = []
    for recipient in item.recipients or []:
        address = (recipient.email or "").strip().lower()
        if "@" in address:
            recipients.append(Address(address, one_line(recipient.name or "", 200)))
    when = item.date or _msg_property(item, "00390040") or _msg_property(item, "0E060040") \
        or _msg_property(item, "30070040")  # submitted, delivered, created
    if when is None:
        raise MessageError("the message has no date")
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)  # MAPI times are UTC
    text = (item.body or "").replace("\r\n", "\n").strip()
    if not text and item.htmlBody:
        text = html_to_text(decode_bytes(item.htmlBody))
    attachments = []
    for attachment in item.attachments or []:
        name = attachment.longFilename or attachment.shortFilename or getattr(attachment, "displayName", "") or "?"
        data = attachment.data
        attachments.append((one_line(name, 200), len(data) if isinstance(data, bytes | str) else 0))
    message_id = (item.messageId or "").strip().strip("<>").strip()
    identity = message_id or _content_hash(sender, when, subject, text)
    notes = "\n\n".join(part for part in (fold_quotes(text) if text else "", attachments_text(attachments)) if part)
    return Captured(key=fingerprint("mail", identity), where=where, occurred_at=local_naive(when), channel="email",
                    summary=subject or _first_line(notes), notes=notes,
                    sender=sender[0] if sender else None, recipients=recipients)


def _msg_addresses(text: str) -> list[Address]:
    return [Address(spec.lower(), one_line(name, 200)) for name, spec in email.utils.getaddresses([text])
            if "@" in spec]


def _msg_property(item, tag: str) -> dt.datetime | None:
    try:
        value = item.getPropertyVal(tag)
    except Exception:  # noqa: BLE001
        return None
    return value if isinstance(value, dt.datetime) else None
