"""Hearing what another connection committed (db.changes), on SQLite and on a real PostgreSQL server.

Every wait here is "within a few seconds", never a measured time."""

import queue
import threading

import pytest
from playhouse.db_url import connect

from db import changes
from db.changes import Change, OwnWrites, watch_in_background
from db.connection import close_database, open_database
from tests.db.raw import rapport_sqlite
from tests.db.test_postgres import URL, pg, pg_url  # noqa: F401 - the server's fixtures

WITHIN_S = 5.0


@pytest.fixture
def heard():
    """Changes the watcher reported, in order, and the watcher started on a database."""
    reports: queue.Queue = queue.Queue()
    started = []

    def start(database):
        watcher = watch_in_background(database, reports.put)
        started.append(watcher)
        return watcher

    yield reports, start
    for watcher in started:
        watcher.stop()
        watcher.thread.join(WITHIN_S)


def next_change(reports: queue.Queue) -> Change:
    return reports.get(timeout=WITHIN_S)


def settle(reports: queue.Queue, seconds: float = 1.0) -> list[Change]:
    """What else arrives within a moment (for "only once" checks)."""
    found = []
    try:
        while True:
            found.append(reports.get(timeout=seconds))
    except queue.Empty:
        return found


def write_elsewhere(path, sql: str, rows=()) -> None:
    """Another program's connection to the same file commits."""
    other = rapport_sqlite(path)
    with other:
        if rows:
            other.executemany(sql, rows)
        else:
            other.execute(sql)
    other.close()


def test_sqlite_hears_another_connection_commit(database, db_path, heard):
    reports, start = heard
    watcher = start(database)
    write_elsewhere(db_path, "INSERT INTO user (name, role, active, created_at) VALUES ('Ola', 'owner', 1, '2026-01-01')")
    assert next_change(reports) == Change()  # SQLite does not say which table
    assert watcher.thread.is_alive()


def test_sqlite_one_transaction_of_many_rows_is_heard_once(database, db_path, heard, make_client):
    reports, start = heard
    client = make_client()
    start(database)
    settle(reports, 0.6)  # the watcher's first reading is taken
    write_elsewhere(db_path, "INSERT INTO contact (client_id, name, role, email, phone, notes) VALUES (?, ?, '', '', '', '')",
                    [(client.id, f"Person {n}") for n in range(10_000)])
    assert next_change(reports) == Change()
    assert settle(reports) == []


def test_sqlite_a_read_only_journal_still_hears_its_writers(tmp_path, heard):
    close_database()
    path = tmp_path / "shared.db"
    open_database(path)
    close_database()
    database = open_database(path, read_only=True)
    reports, start = heard
    start(database)
    write_elsewhere(path, "INSERT INTO tag (name, category, description) VALUES ('vip', 'custom', '')")
    next_change(reports)


def test_own_writes_are_told_apart_on_sqlite(database, db_path, make_user):
    own = OwnWrites(database)
    make_user("Ivan")  # this thread's own connection
    assert not own.others_wrote(Change())
    write_elsewhere(db_path, "UPDATE user SET name = 'Ivan P.' WHERE name = 'Ivan'")
    assert own.others_wrote(Change())
    assert not own.others_wrote(Change())  # nothing new since


def test_own_writes_on_another_thread_count_as_others(database, make_user):
    own = OwnWrites(database)

    def elsewhere():
        make_user("Worker")
        database.close()  # this worker thread's own connection

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join()
    assert own.others_wrote(Change())


def test_changes_of_unknown_tables_stay_unknown_when_merged():
    assert (Change(frozenset({"client"}), frozenset({1})) | Change(frozenset({"user"}), frozenset({2}))) == \
        Change(frozenset({"client", "user"}), frozenset({1, 2}))
    assert (Change(frozenset({"client"})) | Change()).tables == frozenset()


def test_stop_ends_the_watcher_at_once(database, heard):
    _reports, start = heard
    watcher = start(database)
    watcher.stop()
    watcher.thread.join(WITHIN_S)
    assert not watcher.thread.is_alive()


# ---- PostgreSQL ----------------------------------------------------------------------------------

postgres = pytest.mark.skipif(not URL, reason="no PostgreSQL server: set RAPPORT_TEST_POSTGRES_URL")


@postgres
def test_postgres_every_journal_table_announces_its_changes_once_per_statement(pg, pg_url):  # noqa: F811
    names = {row[0] for row in pg.execute_sql(
        "SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE t.tgname = %s AND NOT t.tgisinternal", (changes.TRIGGER,))}
    assert names == set(changes.journal_tables())
    # statement-level: the row bit of tgtype is off
    assert not pg.execute_sql("SELECT count(*) FROM pg_trigger WHERE tgname = %s AND tgtype & 1 = 1",
                              (changes.TRIGGER,)).fetchone()[0]


@postgres
def test_postgres_hears_which_tables_a_colleague_changed(pg, pg_url, heard, make_client):  # noqa: F811
    reports, start = heard
    client = make_client("Acme")
    start(pg)
    settle(reports, 0.5)
    colleague = connect(pg_url)
    with colleague.atomic():
        for n in range(2_000):  # one statement a row, as an import writes: still one notification
            colleague.execute_sql("INSERT INTO contact (client_id, name, role, email, phone, notes) "
                                  "VALUES (%s, %s, '', '', '', '')", (client.id, f"Person {n}"))
        colleague.execute_sql("UPDATE client SET notes = 'moved' WHERE id = %s", (client.id,))
    pid = colleague.connection().info.backend_pid
    colleague.close()
    found = next_change(reports)
    for later in settle(reports, 0.5):
        found |= later
    assert found == Change(frozenset({"contact", "client"}), frozenset({pid}))


@postgres
def test_postgres_own_writes_are_told_apart(pg, pg_url, make_user):  # noqa: F811
    own = OwnWrites(pg)
    mine = pg.connection().info.backend_pid
    assert not own.others_wrote(Change(frozenset({"user"}), frozenset({mine})))
    assert own.others_wrote(Change(frozenset({"user"}), frozenset({mine, mine + 1})))
    assert own.others_wrote(Change())


@postgres
def test_postgres_a_lost_connection_is_opened_again_and_reported(pg, pg_url, heard, monkeypatch):  # noqa: F811
    monkeypatch.setattr(changes, "RETRY_S", (0.2,))
    reports, start = heard
    watcher = start(pg)
    settle(reports, 0.5)
    pid = watcher.connection.info.backend_pid
    pg.execute_sql("SELECT pg_terminate_backend(%s)", (pid,))
    assert next_change(reports) == Change()  # what happened meanwhile was not heard: refresh everything
    colleague = connect(pg_url)
    colleague.execute_sql("INSERT INTO tag (name, category, description) VALUES ('after', 'custom', '')")
    colleague.close()
    assert next_change(reports).tables == frozenset({"tag"})


def test_sqlite_watching_never_creates_a_journal_that_went_away(database, db_path, tmp_path, heard):
    reports, start = heard
    db_path.rename(tmp_path / "moved.db")
    watcher = start(database)  # it tries, and tries again later
    assert not reports.qsize()
    watcher.stop()
    watcher.thread.join(WITHIN_S)
    assert not db_path.exists()


def test_looking_at_the_open_journal_file_keeps_another_programs_saves_visible(database, db_path):
    """A header read that closed a descriptor of the journal dropped this process's SQLite locks; another
    program closing the file then deleted the WAL under this one, which stopped seeing its saves."""
    import subprocess
    import sys

    from db.files import file_kind
    from db.models import Tag

    Tag.create(name="ours")
    assert file_kind(db_path) == "sqlite"  # what the backups and the check at start ask
    for n in range(2):
        subprocess.run([sys.executable, "-c", "import sys; from tests.db.raw import rapport_sqlite; "
                        "c = rapport_sqlite(sys.argv[1]); "
                        "c.execute(\"INSERT INTO tag (name, category, description) VALUES (?, 'custom', '')\", "
                        "(sys.argv[2],)); c.commit(); c.close()", str(db_path), f"theirs {n}"], check=True, timeout=60)
        assert Tag.select().where(Tag.name == f"theirs {n}").exists()


@postgres
def test_postgres_the_watcher_is_named_on_the_server(pg, pg_url, heard):  # noqa: F811
    reports, start = heard
    watcher = start(pg)
    next_change(reports)  # listening (and told to read once: what came before was not heard)
    pid = watcher.connection.info.backend_pid
    name = pg.execute_sql("SELECT application_name FROM pg_stat_activity WHERE pid = %s", (pid,)).fetchone()[0]
    assert name == "rapport (live updates)"
