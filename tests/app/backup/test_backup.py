"""Backups that restore (issue 16, item 12) and `rapport check` (item 7)."""

import datetime as dt
import os
import sqlite3
import stat

from app.backup import snapshots
from app.backup.journal_check import check_journal
from app.backup.restore import restore_backup
from app.backup.thinning import Keep, to_keep
from app.cli import main as cli
from app.journal import records as journal
from db.connection import close_database, open_database
from db.models import Interaction
from tests.authors import signing_author


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def damage(path, pages=3, seed=7, first=2):
    """Overwrite pages of a file with noise, as a failing disk or a stray program might (from page
    `first` on: a higher one leaves the schema readable, so the journal still opens)."""
    import random

    rng = random.Random(seed)
    count = os.path.getsize(path) // 4096
    first = min(first, count - 1)
    with open(path, "r+b") as handle:
        for page in rng.sample(range(first, count), min(pages, count - first)):
            handle.seek(page * 4096)
            handle.write(rng.randbytes(4096))


def test_a_backup_is_complete_checked_and_private(db_path, make_interaction):
    make_interaction(summary="kept in the backup")
    backup = snapshots.make_backup(db_path)
    assert stat.S_IMODE(os.stat(backup.path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(backup.path.parent).st_mode) == 0o700
    copy = sqlite3.connect(backup.path)
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert copy.execute("SELECT summary FROM interaction").fetchall() == [("kept in the backup",)]
    copy.close()
    assert [b.path for b in snapshots.list_backups(db_path)] == [backup.path]
    assert not [p for p in backup.path.parent.iterdir() if p.name.startswith(".")]


def test_thinning_keeps_recent_then_one_a_day_week_and_month():
    start = dt.datetime(2026, 1, 1, 9)
    stamps = [start + dt.timedelta(hours=6 * n) for n in range(4 * 120)]  # four a day for 120 days
    kept = to_keep(stamps, Keep(recent=3, daily=5, weekly=3, monthly=4))
    newest = sorted(stamps)[-1]
    assert sorted(stamps)[-3:] == sorted(kept)[-3:]
    days = {s.date() for s in kept if s.date() > newest.date() - dt.timedelta(days=5)}
    assert len(days) == 5
    assert len({(s.year, s.month) for s in kept}) == 4
    assert len(kept) < 20


def test_automatic_backups_only_when_due_and_thinned(db_path, make_interaction):
    from app.common import preferences

    preferences.set("backups_recent", 2)
    preferences.set("backups_daily", 0)
    preferences.set("backups_weekly", 0)
    preferences.set("backups_monthly", 0)
    now = dt.datetime.now()
    first = snapshots.backup_if_due(db_path, now)
    assert first is not None
    assert snapshots.backup_if_due(db_path, now + dt.timedelta(minutes=5)) is None  # not due yet
    for n in range(1, 4):
        make_interaction(summary=f"change {n}")
        moment = now + dt.timedelta(hours=n)
        written = (moment - dt.timedelta(minutes=1)).timestamp()
        os.utime(db_path, (written, written))  # the change happened an hour after the last backup
        assert snapshots.backup_if_due(db_path, moment) is not None
    assert len(snapshots.list_backups(db_path)) == 2


def test_restore_keeps_the_current_file_aside_and_brings_the_backup_back(tmp_path, db_path, make_interaction):
    make_interaction(summary="before the backup")
    backup = snapshots.make_backup(db_path)
    make_interaction(summary="after the backup")
    close_database()
    restored = restore_backup(backup.path, db_path)
    assert restored.aside is not None and restored.aside.exists()
    open_database(db_path)
    assert [i.summary for i in Interaction.select()] == ["before the backup"]
    close_database()
    aside = sqlite3.connect(restored.aside)
    assert aside.execute("SELECT count(*) FROM interaction").fetchone() == (2,)
    aside.close()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(capsys, tmp_path, db_path, make_interaction):
    for n in range(300):
        make_interaction(summary=f"entry {n} " + "x" * 400)
    backup = snapshots.make_backup(db_path)
    damage(backup.path, pages=5)
    close_database()
    before = db_path.read_bytes()
    code, _out, err = run(capsys, "--db", str(db_path), "restore", str(backup.path))
    assert code == 2 and "damaged" in err and "nothing was changed" in err
    assert db_path.read_bytes() == before
    assert not list(tmp_path.glob("*.before-restore-*"))


def test_restore_refuses_an_empty_file(capsys, tmp_path, db_path):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    close_database()
    code, _out, err = run(capsys, "--db", str(db_path), "restore", str(empty))
    assert code == 2 and "empty" in err


def test_backup_command_writes_and_lists(capsys, tmp_path, db_path, make_interaction):
    make_interaction()
    close_database()
    code, out, _err = run(capsys, "--db", str(db_path), "backup", "-o", str(tmp_path / "copy.db"))
    assert code == 0 and "checked" in out
    assert sqlite3.connect(tmp_path / "copy.db").execute("SELECT count(*) FROM interaction").fetchone() == (1,)
    code, out, _err = run(capsys, "--db", str(db_path), "backup")
    assert code == 0
    code, out, _err = run(capsys, "--db", str(db_path), "backup", "--list")
    assert code == 0 and " MB" in out or " KB" in out


def test_check_says_sound_in_plain_words(capsys, db_path, make_interaction):
    make_interaction()
    close_database()
    code, out, _err = run(capsys, "--db", str(db_path), "check")
    assert code == 0 and "The journal is sound." in out and "search index: matches the 1 interactions" in out


def test_damaged_pages_are_found_by_check_health_import_and_export(capsys, tmp_path, db_path, make_client):
    """Item 7: three pages overwritten: every command says so, exits 2, and import writes nothing."""
    client = make_client(name="Acme")
    for n in range(400):
        journal.log_interaction(author=signing_author(), client=client.id, occurred_at=dt.datetime(2026, 3, 1, 10), channel="call",
                                kind="update", summary=f"entry {n} " + "y" * 300)
    close_database()
    damage(db_path)
    before = db_path.read_bytes()
    code, out, _err = run(capsys, "--db", str(db_path), "check")
    assert code == 2 and "DAMAGED" in out and "rapport restore" in out
    bundle = tmp_path / "in.json"
    bundle.write_text('{"format": "rapport-bundle", "version": 1, "clients": [{"ref": "c", "name": "New"}]}')
    for argv in (["health"], ["import", str(bundle)], ["export", "journal", "-o", str(tmp_path / "out.csv")],
                 ["search", "entry"]):
        code, _out, err = run(capsys, "--db", str(db_path), *argv)
        assert code == 2, argv
        assert "damaged" in err and "rapport restore" in err, argv
    assert db_path.read_bytes() == before
    assert not (tmp_path / "out.csv").exists()


def test_search_index_out_of_step_is_named_and_rebuilt(capsys, db_path, make_interaction, database):
    make_interaction(summary="findable words")
    database.execute_sql("DELETE FROM interaction_words")  # the index lost its rows
    close_database()
    report = check_journal(db_path)
    assert report.damaged_parts() == ["search"]
    code, out, _err = run(capsys, "--db", str(db_path), "check", "--rebuild-index")
    assert code == 0 and "rebuilt the search index" in out and "The journal is sound." in out
