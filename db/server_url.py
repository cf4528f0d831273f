"""A PostgreSQL server's URL taken apart: who connects where, and the password kept separate from it.

The password never belongs in what Rapport stores (preferences) or shows (titles, messages): the
URL is kept without it (without_password), and the password is looked up by the server's label,
user@host:port/database, the key the desktop uses in the system keyring.
"""

from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from db.redaction import remember_secret

POSTGRES_SCHEMES = ("postgresql://", "postgres://")
DEFAULT_PORT = 5432


class BadServerUrl(ValueError):
    """The URL cannot name a server; the message says what is wrong without repeating the URL."""


@dataclass(frozen=True)
class ServerAddress:
    """Who connects to which database on which server, from a postgresql:// URL."""

    user: str
    host: str
    port: int
    database: str
    password: str | None = None

    def label(self) -> str:
        """user@host:port/database: shown to the user, and the keyring's key for the password."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def is_server_url(target: str) -> bool:
    return str(target).startswith(POSTGRES_SCHEMES)


def server_address(url: str) -> ServerAddress:
    """The parts of a postgresql:// URL; its password is remembered for redaction at once."""
    parts = urlsplit(url)
    password = unquote(parts.password) if parts.password is not None else None
    remember_secret(password)
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError:
        raise BadServerUrl("the port is not a number from 1 to 65535") from None
    import getpass

    try:
        default_user = getpass.getuser()  # libpq's default: the operating system's user name
    except (KeyError, OSError):
        default_user = ""
    return ServerAddress(user=unquote(parts.username or "") or default_user, host=parts.hostname or "localhost",
                         port=port, database=unquote(parts.path.lstrip("/")), password=password)


def _with_netloc_password(url: str, password: str | None) -> str:
    parts = urlsplit(url)
    host = parts.netloc.rpartition("@")[2]
    user = parts.username
    if user is None and password is None:
        netloc = host
    elif password is None:
        netloc = f"{user}@{host}"
    else:
        netloc = f"{quote(unquote(user or ''), safe='')}:{quote(password, safe='')}@{host}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def without_password(url: str) -> str:
    """The URL as it may be stored: the same server, database and user, no password."""
    if not is_server_url(url):
        return url
    remember_secret(server_address(url).password)
    return _with_netloc_password(url, None)


def with_password(url: str, password: str) -> str:
    """The URL to connect with (held in memory only): url with this password in it."""
    remember_secret(password)
    return _with_netloc_password(url, password)


def server_url(host: str, port: int, database: str, user: str) -> str:
    """A postgresql:// URL for these parts, each quoted as a URL needs (no password)."""
    netloc = f"{quote(user, safe='')}@" if user else ""
    host_part = f"[{host}]" if ":" in host else host
    return f"postgresql://{netloc}{host_part}:{int(port)}/{quote(database, safe='')}"
