"""`rapport backup [-o FILE] [--list]` and `rapport restore FILE`: backups of a SQLite journal."""

import argparse
from pathlib import Path

from app.cli.main import UsageError, add_db_option, journal_target
from app.common.errors import RapportError
from app.common.wording import QT_TRANSLATE_NOOP, Message


def register(subparsers) -> None:
    backup = subparsers.add_parser(
        "backup", help="back the journal up (checked), or list its backups",
        description="Copy the journal with SQLite's online backup API (others may go on working), check the "
                    "copy with integrity_check, and keep it only if it is sound. Without -o the copy goes to "
                    "the backup folder (Settings) and old backups are thinned: the newest few, then one a day, "
                    "a week and a month.")
    backup.add_argument("-o", "--output", metavar="FILE", help="write the backup to this file instead")
    backup.add_argument("--list", action="store_true", help="list the journal's backups, newest first")
    add_db_option(backup)
    backup.set_defaults(func=run_backup)
    restore = subparsers.add_parser(
        "restore", help="put a backup in place of the journal (the current file is kept aside)",
        description="Check the backup (a damaged one is refused), keep the current journal aside as "
                    "JOURNAL.before-restore-DATE, and put the backup in its place. Close Rapport first.")
    restore.add_argument("file", metavar="FILE", help="the backup to restore")
    add_db_option(restore)
    restore.set_defaults(func=run_restore)


def local_journal(args: argparse.Namespace, command: str) -> Path:
    from db.connection import is_url

    target = journal_target(args)
    if is_url(target) and not target.startswith("sqlite:///"):
        raise UsageError(Message(QT_TRANSLATE_NOOP(
            "Messages", "rapport {command}: the journal is on a database server; back it up with the "
                        "server's own tools (e.g. pg_dump)"), command=command))
    return Path(target.removeprefix("sqlite:///")).expanduser()


def size_text(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return ""


def run_backup(args: argparse.Namespace) -> int:
    from app.backup.snapshots import backup_folder, list_backups, make_backup, thin_backups

    journal = local_journal(args, "backup")
    if args.list:
        backups = list_backups(journal)
        if not backups:
            print(f"No backups of {journal} in {backup_folder()}.")
        for backup in backups:
            print(f"{backup.taken_at:%Y-%m-%d %H:%M:%S}  {size_text(backup.size):>10}  {backup.path}")
        return 0
    if not journal.exists():
        raise RapportError(Message(QT_TRANSLATE_NOOP("Messages", "{path}: no such journal to back up"), path=journal))
    backup = make_backup(journal, Path(args.output).expanduser() if args.output else None)
    if not args.output:
        thin_backups(journal)
    print(f"backed up {journal} to {backup.path} ({size_text(backup.size)}, checked)")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from app.backup.restore import restore_backup
    from db.connection import DatabaseOpenError, open_database

    journal = local_journal(args, "restore")
    restored = restore_backup(Path(args.file), journal)
    try:
        open_database(journal)  # brings an older backup's schema up to date
    except DatabaseOpenError as exc:
        raise RapportError(str(exc)) from exc
    kept = f"; the previous journal is kept as {restored.aside}" if restored.aside else ""
    print(f"restored {journal} from {restored.backup}{kept}")
    return 0
