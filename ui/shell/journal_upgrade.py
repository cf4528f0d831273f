"""Opening a journal: an older one is brought up to date on a worker thread, with progress.

An upgrade can read the whole journal again (migration step 4 indexes every entry's words for
search: minutes for a million entries), so the window waits behind a progress dialog instead of
freezing; a refused journal (too new, not Rapport's) is told at once as before.
"""

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QWidget


def open_journal(target: str, parent: QWidget | None = None):
    """Open the journal at target and upgrade its schema, on a worker when that takes long. On a
    server, a login linked to nobody of the journal is refused (PermissionDenied says what to do)."""
    database = _open_and_upgrade(target, parent)
    from app.users.accounts import require_known_login

    require_known_login()
    return database


def _open_and_upgrade(target: str, parent: QWidget | None):
    from db import migrations
    from db.connection import open_database, read_only_reason
    from ui.shell.labels import number_text
    from ui.shell.tasks import run_task

    database = open_database(target, migrate=False)
    if read_only_reason(database):
        return database  # read as it is: nothing can be written into it, an upgrade least of all
    if not 0 < migrations.get_version(database) < migrations.latest_version():
        migrations.upgrade(database)  # fresh, current or refused: nothing long
        return database
    outcome: dict = {}
    loop = QEventLoop()

    def work(progress):
        def report(done: int, total: int, _message: str) -> None:
            progress(done, total, QCoreApplication.translate(
                "JournalUpgrade", "Indexing the journal for search: %1 of %2 entries")
                .replace("%1", number_text(done)).replace("%2", number_text(total)))

        return migrations.upgrade(database, report)

    def failed(exc: Exception) -> None:
        outcome["error"] = exc
        loop.quit()

    outcome["task"] = run_task(parent, QCoreApplication.translate("JournalUpgrade", "Updating the journal"), work,
                               on_success=lambda _version: loop.quit(), on_failure=failed, cancellable=False)
    loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return database
