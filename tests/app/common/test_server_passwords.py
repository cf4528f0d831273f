"""A server's password in the system keyring: kept, given back, and never required (app.common.server_passwords)."""

import keyring
import keyring.backend
import pytest
from keyring.backends import fail

from app.common import preferences
from app.common.server_passwords import forget_password, keyring_available, store_password, stored_password

LABEL = "olena@db.firm.local:5432/firm"


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.kept = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        self.kept.pop((service, username), None)


class RefusingKeyring(MemoryKeyring):
    """A keyring that is there but locked: every call fails."""

    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service, username, password):
        raise keyring.errors.PasswordSetError("locked")


@pytest.fixture
def use_keyring():
    before = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(before)


def test_a_password_is_kept_given_back_and_forgotten(use_keyring):
    backend = MemoryKeyring()
    use_keyring(backend)
    assert keyring_available()
    assert store_password(LABEL, "Str0ng-pass")
    assert backend.kept == {("Rapport", LABEL): "Str0ng-pass"}
    assert stored_password(LABEL) == "Str0ng-pass"
    forget_password(LABEL)
    assert stored_password(LABEL) is None


@pytest.mark.parametrize("backend", [fail.Keyring(), RefusingKeyring()], ids=["none", "locked"])
def test_without_a_working_keyring_nothing_fails_and_nothing_is_kept(use_keyring, backend):
    use_keyring(backend)
    assert not store_password(LABEL, "Str0ng-pass")
    assert stored_password(LABEL) is None
    forget_password(LABEL)


def test_the_command_line_takes_the_password_from_the_keyring(use_keyring, monkeypatch):
    from app.cli.main import main
    from db.connection import DatabaseOpenError

    backend = MemoryKeyring()
    backend.set_password("Rapport", LABEL, "Str0ng-pass")
    use_keyring(backend)
    given = []

    def open_database(target, **_kwargs):
        given.append(target)
        raise DatabaseOpenError("stop here")

    monkeypatch.setattr("db.connection.open_database", open_database)
    main(["--db", "postgresql://olena@db.firm.local/firm", "health"])
    main(["--db", "postgresql://olena:given@db.firm.local/firm", "health"])
    assert given == ["postgresql://olena:Str0ng-pass@db.firm.local/firm", "postgresql://olena:given@db.firm.local/firm"]


def test_a_server_url_is_stored_in_settings_without_its_password():
    preferences.set("last_database", "postgresql://olena:Str0ng-pass@db.firm.local/firm")
    assert preferences.get("last_database") == "postgresql://olena@db.firm.local/firm"
