"""The command line's quick check at start: run when the journal changed, skipped when it did not."""

import os

import pytest

import app.backup.journal_check as journal_check
from app.cli.main import main
from db.connection import close_database
from tests.app.backup.test_backup import damage
from tests.db.raw import rapport_sqlite


@pytest.fixture
def checks(monkeypatch):
    """How many times SQLite's quick_check read the journal."""
    ran = []
    real = journal_check.integrity_problems

    def counted(*args, **kwargs):
        ran.append(kwargs.get("quick"))
        return real(*args, **kwargs)

    monkeypatch.setattr(journal_check, "integrity_problems", counted)
    return ran


def test_an_unchanged_journal_is_not_read_again_by_every_command(db_path, make_interaction, checks, capsys):
    make_interaction(summary="Thanks for the delivery")
    close_database()
    assert main(["--db", str(db_path), "search", "delivery"]) == 0
    assert main(["--db", str(db_path), "search", "delivery"]) == 0  # the first one's close checkpointed its log
    before = len(checks)
    assert main(["--db", str(db_path), "search", "delivery"]) == 0
    assert main(["--db", str(db_path), "health"]) == 0
    assert len(checks) == before


def test_a_journal_written_since_is_checked_again(db_path, make_interaction, checks):
    make_interaction(summary="first")
    close_database()
    for _ in range(3):
        main(["--db", str(db_path), "search", "first"])
    before = len(checks)
    other = rapport_sqlite(db_path)  # another program writes, and keeps its log (no checkpoint yet)
    other.execute("PRAGMA wal_autocheckpoint = 0")
    other.execute("UPDATE client SET name = 'Renamed'")
    other.commit()
    assert main(["--db", str(db_path), "search", "first"]) == 0
    other.close()
    assert len(checks) == before + 1


def test_damage_after_a_good_check_is_still_found(db_path, make_client, checks, capsys):
    from app.journal import records as journal
    from tests.authors import signing_author

    client = make_client()
    import datetime as dt

    for n in range(200):
        journal.log_interaction(author=signing_author(), client=client.id, occurred_at=dt.datetime(2026, 3, 1),
                                channel="call", kind="update", summary=f"entry {n} " + "z" * 300)
    close_database()
    for _ in range(3):
        assert main(["--db", str(db_path), "search", "entry"]) == 0
    stamp = os.stat(db_path)
    damage(db_path, first=20)
    os.utime(db_path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))  # even with its time put back
    capsys.readouterr()
    code = main(["--db", str(db_path), "search", "entry"])
    assert code == 2 and "damaged" in capsys.readouterr().err
