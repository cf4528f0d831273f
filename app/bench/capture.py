"""The benchmark of mail capture: 10,000 .eml messages captured against the raw floor.

"raw" reads the same files with Python's email package (policy.default), takes the plain text
body, finds the client by the sender's address in a dict and writes the rows with one
executemany, indexed for search in one statement at the end: no HTML, quotes, charsets mended,
matching, checks, fingerprints or journal rules. A second, reported line gives raw the capture's
own parser (policy.default with the structure headers parsed once per distinct value), to show
what the rest costs: mostly logging each entry through the journal's write path.
"""

import datetime as dt
import tempfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from app.bench.data import BenchData
from app.bench.measurement import Measurement, cpu_seconds, unavailable
from db.models import User, db
from db.search_index import indexed_after_bulk_insert

CAPTURE_MESSAGES = 10_000
GOAL = "<= 2x raw"


def measure_capture(data: BenchData) -> list[Measurement]:
    """a capture of 10,000 .eml messages"""
    count = min(CAPTURE_MESSAGES, max(200, data.interactions // 100))
    name = f"capture {count:,} .eml messages"
    try:
        from app.exchange.capture.capture import read_captures, write_capture
        from app.exchange.capture.mail import reading_parser
    except ImportError as exc:
        return [unavailable(name, GOAL, exc)]
    with tempfile.TemporaryDirectory() as folder:
        paths = write_messages(Path(folder), count, data.clients)
        raw = cpu_seconds(lambda: raw_capture(paths, BytesParser(policy=policy.default)))
        same_parser = cpu_seconds(lambda: raw_capture(paths, reading_parser()))
        # signed by the journal's first manager (or owner), as a person capturing their mail would be
        author = (User.select(User.id).where(User.role.in_(("account_manager", "owner")) & (User.active == True))  # noqa: E712
                  .order_by(User.id).scalar())
        app = cpu_seconds(lambda: write_capture(read_captures(paths), author))
    return [Measurement(name, app, raw, GOAL, limit=2.0,
                        note="raw: email.parser with policy.default and the plain body, the client from a "
                             "dict of addresses, one executemany with no checks"),
            Measurement(f"{name}, raw with the capture's parser", app, same_parser, "reported",
                        note="raw as above with the capture's own parser: the rest is the journal's write "
                             "path (checks, savepoint, hooks) for each entry")]


def write_messages(folder: Path, count: int, clients: int) -> list[Path]:
    """Messages as clients send them: multipart text and HTML, replies quoting the last message,
    Russian and Ukrainian text in UTF-8 and KOI8-R, a few attachments."""
    from app.bench.data import NOTES, OPENINGS, TOPICS

    start = dt.datetime(2025, 1, 1, 9, 0, tzinfo=dt.UTC)
    paths = []
    for n in range(count):
        client = 1 + (n * 7919) % clients
        msg = EmailMessage()
        subject = f"{OPENINGS[n % len(OPENINGS)]} {TOPICS[n % len(TOPICS)]}"
        msg["Subject"] = subject if n % 3 else f"Re: {subject}"
        msg["From"] = f"Contact {client} <buyer{client}@example.com>"
        msg["To"] = "Manager <manager@ourfirm.test>"
        msg["Date"] = (start + dt.timedelta(minutes=13 * n)).strftime("%a, %d %b %Y %H:%M:%S +0000")
        msg["Message-ID"] = f"<bench-{n}@example.com>"
        text = NOTES[n % len(NOTES)]
        if n % 3 == 0:
            text += "\n\nOn Mon, 3 Mar 2025, Manager <manager@ourfirm.test> wrote:\n> " + NOTES[(n + 1) % len(NOTES)]
        charset = "koi8-r" if n % 5 == 0 and _fits(text, "koi8-r") else "utf-8"
        msg.set_content(text, charset=charset)
        if n % 2:
            msg.add_alternative(f"<html><body><p>{text}</p></body></html>", subtype="html")
        if n % 10 == 0:
            msg.add_attachment(b"%PDF-1.4 " * 200, maintype="application", subtype="pdf", filename="invoice.pdf")
        path = folder / f"{n:05d}.eml"
        path.write_bytes(msg.as_bytes(policy=policy.SMTP))
        paths.append(path)
    return paths


def _fits(text: str, charset: str) -> bool:
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return False
    return True


def raw_capture(paths: list[Path], parser: BytesParser) -> None:
    connection = db.obj.connection()
    clients = {email: client for email, client in connection.execute("SELECT email, client_id FROM contact")}
    now = dt.datetime.now().replace(microsecond=0).isoformat(" ")
    rows = []
    for path in paths:
        message = parser.parsebytes(path.read_bytes())
        body = message.get_body(preferencelist=("plain", "html"))
        sender = message["from"].addresses[0].addr_spec
        when = message["date"].datetime.astimezone().replace(tzinfo=None).isoformat(" ")
        rows.append((clients[sender], when, "email", "update", "inbound", str(message["subject"]),
                     body.get_content() if body is not None else "", now, now))
    with db.atomic(), indexed_after_bulk_insert():
        connection.executemany(
            "INSERT INTO interaction (client_id, occurred_at, channel, kind, direction, summary, notes, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
