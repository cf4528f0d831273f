"""Every failure answered (issue 16, items 1, 2, 8, 9, 10, 11): the cause named, what to do, exit 2,
nothing written; files touched only when they are Rapport's; everything private."""

import datetime as dt
import os
import sqlite3
import stat
import subprocess

import pytest

from app.cli import main as cli
from app.common.storage import StorageError, explain
from db.connection import close_database
from tests.faults import harness


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def mode(path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


@pytest.fixture
def home(tmp_path):
    folder = tmp_path / "child-home"
    folder.mkdir()
    return folder


def test_the_real_cause_is_found_behind_a_failed_rollback():
    try:
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError:
            raise sqlite3.OperationalError("cannot rollback - no transaction is active")  # noqa: B904
    except sqlite3.OperationalError as exc:
        explained = explain(exc)
    assert isinstance(explained, StorageError) and explained.kind == "disk_full"
    assert "disk is full" in str(explained) and "nothing was written" in str(explained)


def test_disk_full_during_import_names_the_cause_and_writes_nothing(home, tmp_path):
    """Item 1: with no room left, the import says the disk is full (not "cannot rollback"), exit 2."""
    db = tmp_path / "journal.db"
    assert harness.rapport(home, "--db", str(db), "health").returncode == 0
    bundle = harness.bundle_file(tmp_path / "big.json", 20, 200, note="z" * 500)
    before = harness.count(db)
    result = harness.rapport(home, "--db", str(db), "import", str(bundle), file_size=harness.largest_file(db) + 200_000)
    assert result.returncode == 2, result.stderr
    assert "disk is full" in result.stderr and "cannot rollback" not in result.stderr
    assert result.stderr.count("\n") == 1
    assert harness.integrity(db) == "ok" and harness.count(db) == before


def test_disk_full_during_logging_names_the_cause(home, tmp_path):
    db = tmp_path / "journal.db"
    assert harness.rapport(home, "--db", str(db), "health").returncode == 0
    child = harness.python(home, harness.LOGGER, str(db), "full", file_size=harness.largest_file(db) + 150_000,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = child.communicate(timeout=120)
    assert child.returncode == 2 and "StorageError" in err and "disk is full" in err, err
    acknowledged = [int(line) for line in out.split()]
    assert harness.integrity(db) == "ok" and harness.count(db) == len(acknowledged)


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "bundle"])
def test_disk_full_during_export_is_named_without_a_traceback(home, tmp_path, fmt):
    """Item 1: exports say the disk is full (not OSError(28)); XLSX prints no ZipFile.__del__ traceback."""
    db = tmp_path / "journal.db"
    bundle = harness.bundle_file(tmp_path / "in.json", 10, 300, note="w" * 400)
    assert harness.rapport(home, "--db", str(db), "import", str(bundle)).returncode == 0
    out = tmp_path / f"out.{ 'json' if fmt == 'bundle' else fmt}"
    result = harness.rapport(home, "--db", str(db), "export", "journal", "--format", fmt, "-o", str(out),
                             file_size=60_000)
    assert result.returncode == 2, result.stderr
    assert "disk is full" in result.stderr and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_lock_held_by_another_program_is_named(capsys, tmp_path, db_path, home, monkeypatch):
    """Item 2: another process holds the write lock past the wait: exit 2, "another program", nothing written."""
    import db.connection as connection

    close_database()
    monkeypatch.setattr(connection, "LOCK_WAIT_S", 0.3)
    holder = harness.python(home, harness.LOCK_HOLDER, str(db_path), stdout=subprocess.PIPE,
                            stdin=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        bundle = tmp_path / "in.json"
        bundle.write_text('{"format": "rapport-bundle", "version": 1, "clients": [{"ref": "c", "name": "New"}]}')
        code, _out, err = run(capsys, "--db", str(db_path), "import", str(bundle))
    finally:
        holder.communicate("release\n", timeout=30)
    assert code == 2 and "another program is writing to the journal" in err and "try again" in err
    assert harness.count(db_path, "client") == 0


def test_an_existing_file_keeps_its_permissions(capsys, tmp_path, db_path):
    """Item 8: Rapport sets permissions only on files it created."""
    close_database()
    os.chmod(db_path, 0o640)
    assert run(capsys, "--db", str(db_path), "health")[0] == 0
    assert mode(db_path) == 0o640


def test_a_symlink_target_and_a_device_are_not_changed(capsys, tmp_path, db_path):
    close_database()
    os.chmod(db_path, 0o644)
    link = tmp_path / "link.db"
    link.symlink_to(db_path)
    assert run(capsys, "--db", str(link), "health")[0] == 0
    assert mode(db_path) == 0o644
    before = mode("/dev/null")
    code, _out, err = run(capsys, "--db", "/dev/null", "health")
    assert code == 2 and "not a regular file" in err and mode("/dev/null") == before


def test_a_foreign_sqlite_file_is_refused_unchanged(capsys, tmp_path):
    """Item 8: another program's database is refused and not switched to WAL first."""
    foreign = tmp_path / "other.sqlite"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    connection.commit()
    connection.close()
    os.chmod(foreign, 0o644)
    before = foreign.read_bytes()
    code, _out, err = run(capsys, "--db", str(foreign), "health")
    assert code == 2 and "no Rapport schema version" in err
    assert foreign.read_bytes() == before and mode(foreign) == 0o644
    assert not os.path.exists(f"{foreign}-wal")


def test_an_empty_db_option_and_an_empty_journal_are_errors(capsys, tmp_path):
    code, _out, err = run(capsys, "--db", "", "health")
    assert code == 2 and "--db is empty" in err
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    code, _out, err = run(capsys, "--db", str(empty), "health")
    assert code == 2 and "empty (0 bytes)" in err and "rapport restore" in err
    assert empty.read_bytes() == b""


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
@pytest.mark.parametrize("where", ["file", "folder"])
def test_a_read_only_journal_is_read_but_not_written(home, tmp_path, where):
    """Item 9: health and search work on a read-only journal; a write is refused, saying why.

    Root writes whatever the permissions say: there, the journal sits on a file system mounted read-only."""
    folder = tmp_path / "place"
    mounted = harness.mount_tmpfs(folder, "8m")
    if os.geteuid() == 0 and not mounted:
        pytest.skip("root without the right to mount: permissions cannot make a file read-only")
    folder.mkdir(exist_ok=True)
    db = folder / "journal.db"
    bundle = harness.bundle_file(tmp_path / "in.json", 2, 3)
    try:
        assert harness.rapport(home, "--db", str(db), "import", str(bundle)).returncode == 0
        assert harness.rapport(home, "--db", str(db), "users", "link", "Owner").returncode == 0  # who I am here
        if mounted:
            harness.remount_read_only(folder)
        else:
            os.chmod(db, 0o444)
            if where == "folder":
                os.chmod(folder, 0o555)
        health = harness.rapport(home, "--db", str(db), "health")
        assert health.returncode == 0, health.stderr
        assert "read-only" in health.stderr
        search = harness.rapport(home, "--db", str(db), "search", "call")
        assert search.returncode == 0 and "Client 0" in search.stdout, search.stderr
        write = harness.rapport(home, "--db", str(db), "import", str(bundle))
        assert write.returncode == 2 and "read-only" in write.stderr and "nothing was written" in write.stderr
        assert harness.count(db) == 6
    finally:
        if mounted:
            harness.unmount(folder)
        else:
            os.chmod(folder, 0o755)


def test_drafts_settings_log_and_exports_are_private(home, tmp_path, db_path, make_interaction):
    """Item 10: every file Rapport writes is 0600, its folders 0700."""
    from app.common import preferences
    from app.common.paths import config_dir, data_dir
    from app.journal import drafts

    make_interaction()
    drafts.save_draft("interaction", "key", {"notes": "typed"})
    preferences.set("language", "uk")
    close_database()
    result = harness.rapport(home, "--db", str(db_path), "export", "journal", "-o", str(tmp_path / "out" / "j.csv"))
    assert result.returncode == 0, result.stderr
    log_folder = home / "state" / "Rapport" / "log"
    files = [*(data_dir() / "drafts").iterdir(), config_dir() / "settings.json", log_folder / "rapport.log",
             tmp_path / "out" / "j.csv"]
    assert {str(f): mode(f) for f in files} == {str(f): 0o600 for f in files}
    folders = [data_dir() / "drafts", config_dir(), log_folder, tmp_path / "out"]
    assert {str(f): mode(f) for f in folders} == {str(f): 0o700 for f in folders}


def test_leftovers_of_a_killed_export_are_swept_at_the_next_start(capsys, tmp_path, db_path, home):
    """Item 11: a kill during an export leaves its temporary file; the next start removes it."""
    close_database()
    code = ("import os, sys\nfrom app.common.atomic_file import atomic_write\n"
            "with atomic_write(sys.argv[1]) as handle:\n    handle.write(b'x' * 1000000)\n"
            "    handle.flush(); os.kill(os.getpid(), 9)\n")
    child = harness.python(home, code, str(tmp_path / "exports" / "journal.csv"))
    child.wait(timeout=60)
    left = [p for p in (tmp_path / "exports").iterdir()]
    assert len(left) == 1 and left[0].name.startswith(".journal.csv.rapport-")
    os.environ["XDG_DATA_HOME"] = str(home / "data")  # the killed process's data folder holds its note
    assert run(capsys, "--db", str(db_path), "health")[0] == 0
    assert list((tmp_path / "exports").iterdir()) == []


def test_a_copy_before_a_migration_is_complete_or_absent(tmp_path, monkeypatch):
    """Item 11: a failure while the .bak is written leaves no empty .bak."""
    import db.files as files
    from db import migrations
    from db.connection import open_database

    close_database()
    path = tmp_path / "old.db"
    connection = sqlite3.connect(path)
    connection.executescript((harness.ROOT / "tests" / "db" / "schemas" / "v1.sql").read_text())
    connection.close()
    monkeypatch.setattr(files, "integrity_problems", lambda *a, **k: ["simulated failure"])
    with pytest.raises(files.CopyFailed):
        open_database(path)
    assert not list(tmp_path.glob("*.bak")) and not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    monkeypatch.undo()
    close_database()
    open_database(path)
    (bak,) = tmp_path.glob("*.bak")
    assert harness.integrity(bak) == "ok" and migrations.get_version(open_database(path)) == migrations.latest_version()
    assert dt.date.today()  # the journal opens at the latest version after the failed first try


def test_a_killed_copy_and_its_sqlite_journal_are_swept(home, tmp_path, capsys, db_path):
    """Found by the long fault run: a backup killed mid-copy leaves the copy and its -journal file."""
    close_database()
    code = ("import os, sys, pathlib\nfrom app.common.atomic_file import noted_folder\nfrom db.files import temp_beside\n"
            "target = pathlib.Path(sys.argv[1])\n"
            "with noted_folder(target.parent):\n    fd, tmp = temp_beside(target)\n"
            "    os.close(fd)\n    open(str(tmp) + '-journal', 'wb').write(b'x')\n"
            "    os.kill(os.getpid(), 9)\n")
    (tmp_path / "copies").mkdir()
    harness.python(home, code, str(tmp_path / "copies" / "backup.db")).wait(timeout=60)
    assert len(list((tmp_path / "copies").iterdir())) == 2
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    assert run(capsys, "--db", str(db_path), "health")[0] == 0
    assert list((tmp_path / "copies").iterdir()) == []


def test_a_log_that_cannot_be_written_prints_no_traceback(home, tmp_path):
    """Found by the long fault run: with the disk full the log cannot grow either; only the cause shows."""
    db = tmp_path / "journal.db"
    bundle = harness.bundle_file(tmp_path / "in.json", 10, 300, note="v" * 400)
    assert harness.rapport(home, "--db", str(db), "import", str(bundle)).returncode == 0
    log = home / "state" / "Rapport" / "log" / "rapport.log"
    log.write_text("x" * 300_000)  # past the limit below: no line can be added to it
    result = harness.rapport(home, "--db", str(db), "export", "journal", "-o", str(tmp_path / "o.csv"),
                             file_size=60_000)
    assert result.returncode == 2 and "disk is full" in result.stderr
    assert "Traceback" not in result.stderr and "Logging error" not in result.stderr
