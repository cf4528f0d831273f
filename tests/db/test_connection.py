import os
import stat
import threading

from app.journal import records as journal
from db.connection import close_database, make_database, open_database
from db.models import Interaction
from tests.authors import signing_author


def test_database_file_is_private_and_in_wal_mode(db_path, database):
    mode = stat.S_IMODE(os.stat(db_path).st_mode)
    assert mode == 0o600
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


def test_parent_folders_are_created(tmp_path):
    close_database()
    target = tmp_path / "a" / "b" / "journal.db"
    open_database(target)
    assert target.exists()
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_two_connections_writing_at_once_do_not_fail(db_path, make_client):
    client = make_client()
    errors = []

    def writer(n):
        other = make_database(db_path)  # a second app on the same file, as Rapport opens it
        try:
            for i in range(40):
                with other.atomic():
                    other.execute_sql(
                        "INSERT INTO interaction (client_id, occurred_at, channel, kind, summary, notes,"
                        " created_at, updated_at) VALUES (?, ?, 'call', 'update', ?, '', ?, ?)",
                        (client.id, f"2026-01-01 10:{i:02d}:00", f"w{n}-{i}", "2026-01-01", "2026-01-01"))
        except Exception as exc:  # the user must never see "database is locked"
            errors.append(exc)
        finally:
            other.close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for i in range(40):
        journal.log_interaction(author=signing_author(), client=client.id, occurred_at="2026-01-02T10:00:00", channel="email",
                                kind="update", summary=f"main-{i}")
    for t in threads:
        t.join()
    assert errors == []
    assert Interaction.select().count() == 160
