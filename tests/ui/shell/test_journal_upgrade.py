"""Opening an older journal from the desktop: the upgrade runs on a worker, with progress in words."""

import sqlite3
import threading
from pathlib import Path

from db import migrations
from db.connection import close_database
from ui.shell.journal_upgrade import open_journal
from ui.shell.labels import number_text

SCHEMAS = Path(__file__).parents[2] / "db" / "schemas"


def write_version_3_journal(path: Path, entries: int) -> None:
    connection = sqlite3.connect(path)
    connection.executescript((SCHEMAS / "v3.sql").read_text(encoding="utf-8"))
    connection.execute("INSERT INTO client (id, name, stage, segment, notes, created_at, updated_at) VALUES "
                       "(1, 'Acme', 'contracted', '', '', '2025-01-01 09:00:00', '2025-01-01 09:00:00')")
    connection.executemany(
        "INSERT INTO interaction (client_id, occurred_at, channel, kind, summary, notes, created_at, updated_at) "
        "VALUES (1, '2025-02-01 10:00:00', 'call', 'update', ?, ?, '', '')",
        [(f"Счёт №{n} не оплачен", "Клієнт просить надіслати рахунок") for n in range(entries)])
    connection.commit()
    connection.close()


def test_an_older_journal_is_indexed_again_on_a_worker_with_progress(qtbot, tmp_path, monkeypatch):
    from app.search.engine import count_matches, search

    close_database()
    path = tmp_path / "v3.db"
    write_version_3_journal(path, 2500)
    monkeypatch.setattr("db.search_index.BATCH", 1000)
    reports, threads = [], set()
    real_upgrade = migrations.upgrade

    def watched_upgrade(database, progress=None):
        threads.add(threading.current_thread() is threading.main_thread())

        def report(done, total, message):
            reports.append((done, total, message))
            progress(done, total, message)

        return real_upgrade(database, report)

    monkeypatch.setattr(migrations, "upgrade", watched_upgrade)
    from ui.shell import tasks

    shown, real_run_task = [], tasks.run_task

    def watched_run_task(parent, title, work, **options):
        def watched_work(progress):
            return work(lambda done, total, message: (shown.append(message), progress(done, total, message)))

        return real_run_task(parent, title, watched_work, **options)

    monkeypatch.setattr(tasks, "run_task", watched_run_task)
    database = open_journal(str(path))
    assert migrations.get_version(database) == migrations.latest_version()
    assert threads == {False}, "the upgrade ran on a worker thread"
    assert [done for done, _, _ in reports] == [1000, 2000, 2500]
    figure = number_text(2500)
    assert shown[-1] == f"Indexing the journal for search: {figure} of {figure} entries"
    assert len(search("счета", limit=10)) == 10  # ё, another case
    assert count_matches("рахунку") == 1001  # "more than 1,000"
    close_database()
