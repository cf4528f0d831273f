"""Database passwords kept out of every message and log: one redaction, used wherever a target is shown.

A password can reach a message in three shapes: inside a URL (postgresql://anna:secret@host/firm),
as a keyword of a connection string (password=secret, as psycopg2 and libpq echo them), or as
itself, echoed by a driver in words of its own. The first two are recognised by their shape; the
third by remembering every password this process was given (remember_secret), so redact() can
replace it wherever it appears. RedactingFilter applies the same to every log record, traceback
included, as a safety net under the messages that already redact.
"""

import logging
import re
import threading
from urllib.parse import quote, unquote

MASK = "***"
# Shorter secrets are masked only where their shape shows them (a URL, password=...): replacing
# every "ab" in a message would garble it and hide nothing worth hiding.
MIN_REMEMBERED = 4

# scheme://user:PASSWORD@host: the password runs to the last "@" before the path (unencoded "@"s
# in a password are common, and urllib reads them the same way).
_URL_PASSWORD = re.compile(r"(?P<head>\b[A-Za-z][A-Za-z0-9+.-]*://[^\s/@:]*:)(?P<secret>[^\s/]*)@")
# scheme://user:PASSWORD/db with the host left out: read as host:port, the "port" is the password.
_URL_BARE_PASSWORD = re.compile(
    r"(?P<head>\b[A-Za-z][A-Za-z0-9+.-]*://[^\s/@:\[]*:)(?P<secret>[^\s/@?#]*[^\s/@?#0-9][^\s/@?#]*)(?=[/?#\s]|$)")
# password=secret, password = 'sec ret', ?password=secret&..., sslpassword=..., PGPASSWORD=...
_KEYWORD_PASSWORD = re.compile(
    r"(?P<head>\b\w*pass(?:word|wd)\s*=\s*)(?P<secret>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|[^\s&;,'\")]+)",
    re.IGNORECASE)

# SQL: CREATE ROLE anna LOGIN PASSWORD 'secret' (as a server or a debug log may echo a statement).
_SQL_PASSWORD = re.compile(r"(?P<head>\bpassword\s+)(?P<secret>'(?:[^']|'')*')", re.IGNORECASE)

_remembered: set[str] = set()
_lock = threading.Lock()


def remember_secret(secret: str | None) -> None:
    """Mask this password wherever it appears in a message from now on (for this process)."""
    if not secret or len(secret) < MIN_REMEMBERED:
        return
    with _lock:
        _remembered.update({secret, quote(secret, safe=""), quote(secret), unquote(secret)})


def redact(text: object) -> str:
    """text (a target, a message, a traceback) with every database password it holds replaced by ***."""
    text = str(text)
    text = _URL_PASSWORD.sub(lambda m: m.group("head") + MASK + "@", text)
    text = _URL_BARE_PASSWORD.sub(lambda m: m.group("head") + MASK, text)
    text = _KEYWORD_PASSWORD.sub(lambda m: m.group("head") + MASK, text)
    text = _SQL_PASSWORD.sub(lambda m: m.group("head") + MASK, text)
    with _lock:
        secrets = sorted(_remembered, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


class RedactingFilter(logging.Filter):
    """Redacts a record's message, arguments, traceback and stack before any handler writes it."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a malformed record is still logged, as its bare template
            message = str(record.msg)
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
