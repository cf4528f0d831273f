"""A database server's password, kept in the system keyring (the `keyring` library), never on disk by us.

The key is the server's label, user@host:port/database (db.server_url), under the service
"Rapport". Where no keyring is available (a server without a desktop session, a keyring that is
locked or refuses), every call says so (False or None) instead of failing, and the desktop asks
for the password each time it connects; nothing is ever written to Rapport's own files.
"""

import logging

from db.redaction import remember_secret

log = logging.getLogger(__name__)

SERVICE = "Rapport"


def _backend():
    """The keyring's backend, or None when there is none that keeps secrets."""
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring set-up is no keyring
        log.info("the system keyring cannot be reached", exc_info=True)
        return None
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    if getattr(backend, "backends", None) == []:  # a chainer with nothing to chain
        return None
    return backend


def keyring_available() -> bool:
    """Whether a system keyring can keep a password here."""
    return _backend() is not None


def stored_password(label: str) -> str | None:
    """The password kept for this server, or None (none kept, or no keyring)."""
    backend = _backend()
    if backend is None:
        return None
    try:
        password = backend.get_password(SERVICE, label)
    except Exception:  # noqa: BLE001 - a locked or failing keyring: the user is asked instead
        log.info("the system keyring could not give the password for %s", label, exc_info=True)
        return None
    remember_secret(password)
    return password


def store_password(label: str, password: str) -> bool:
    """Keep the password for this server in the keyring; False when there is no keyring to keep it."""
    remember_secret(password)
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, label, password)
    except Exception:  # noqa: BLE001 - a keyring that refuses is as good as none
        log.info("the system keyring refused the password for %s", label, exc_info=True)
        return False
    log.info("kept the password for %s in the system keyring", label)
    return True


def forget_password(label: str) -> None:
    """Remove a password the server no longer accepts (nothing happens without a keyring)."""
    backend = _backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, label)
    except Exception:  # noqa: BLE001 - nothing kept, or a keyring that refuses: nothing to undo
        log.debug("no password to forget for %s", label, exc_info=True)
