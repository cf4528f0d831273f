"""Shared fixtures: offscreen Qt, a fresh database per test, factories for the journal."""

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from tests.authors import act_as


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    """Keep settings, logs and the default database out of the real home folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("RAPPORT_DB", raising=False)
    # Never the developer's own keyring (it could ask to be unlocked): tests that need one set their own.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("LANGUAGE", "en")
    monkeypatch.setenv("LC_ALL", "C.UTF-8")


@pytest.fixture(autouse=True)
def database(tmp_path):
    """A fresh journal in a temporary file for every test."""
    from db import audit
    from db.connection import close_database, open_database

    path = tmp_path / "journal.db"
    database = open_database(path)
    yield database
    close_database()
    audit.set_actor(None)  # nobody acts in the next test until it says so


@pytest.fixture(autouse=True)
def forgotten_passwords():
    """Passwords one test gave the process (a generated one may be any word) are not masked in the next."""
    from db import redaction

    with redaction._lock:
        kept = set(redaction._remembered)
    yield
    with redaction._lock:
        redaction._remembered.clear()
        redaction._remembered.update(kept)


@pytest.fixture
def db_path(database):
    from pathlib import Path

    return Path(database.database)


@pytest.fixture
def make_user():
    from app.journal import records as journal

    counter = {"n": 0}

    def make(name: str | None = None, role: str = "account_manager"):
        counter["n"] += 1
        from tests.authors import firm_owner

        return journal.create_user(name or f"User {counter['n']}", role, by=firm_owner())

    return make


@pytest.fixture
def make_client(make_user):
    counter = {"n": 0}

    def make(name: str | None = None, **fields):
        counter["n"] += 1
        fields.setdefault("stage", "contracted")
        from tests.stages import client_at_stage

        return client_at_stage(name or f"Client {counter['n']}", **fields)

    return make


@pytest.fixture
def make_interaction(make_client):
    from app.journal import records as journal

    def make(client=None, **fields):
        client = client or make_client()
        fields.setdefault("occurred_at", dt.datetime(2026, 3, 1, 10, 30))
        fields.setdefault("channel", "call")
        fields.setdefault("kind", "update")
        fields.setdefault("summary", "Routine call")
        from db.models import Interaction
        from tests.authors import signing_author

        # author=None: an entry without an author, as an import of old records may bring;
        # nothing new is logged so, so it is written as logged and then unsigned.
        unsigned = "author" in fields and fields["author"] is None
        fields["author"] = fields.get("author") or signing_author()
        item = journal.log_interaction(client=client.id, **fields)
        if unsigned:
            Interaction.update(author=None).where(Interaction.id == item.id).execute()
            item.author = None
        return item

    return make


@pytest.fixture
def sales_importer(database):
    """This computer's user (Who am I) is an account manager: sales, who may bring in clients
    contracted elsewhere (an import records the qualification decision on their behalf)."""
    from app.journal import records as journal
    from tests.authors import firm_owner

    user = journal.create_user("Importer", "account_manager", by=firm_owner())
    act_as(user.id)
    return user

