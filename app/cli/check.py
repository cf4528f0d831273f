"""`rapport check`: is the journal sound? Pages, links between records and the search index."""

import argparse
import sys

from app.cli.backup import local_journal
from app.cli.main import add_db_option
from app.common.errors import RapportError
from app.common.wording import QT_TRANSLATE_NOOP, Message


class JournalDamaged(RapportError):
    """The check found damage; the report has been printed already."""


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "check", help="check the journal for damage, in plain words (exit 2 if damaged)",
        description="Check every page of the journal (SQLite's integrity_check), the links between records "
                    "(foreign keys) and the search index. Reads only. Exit status 0: sound; 2: damaged.")
    parser.add_argument("--rebuild-index", action="store_true",
                        help="rebuild the search index from the interactions (when only it is out of step)")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from app.backup.journal_check import check_journal, rebuild_search_index
    from app.common.storage import storage_errors

    journal = local_journal(args, "check")
    if args.rebuild_index:
        report = check_journal(journal)
        if "pages" in report.damaged_parts() or "links" in report.damaged_parts():
            sys.stdout.write(report.text())
            raise JournalDamaged("the journal is damaged beyond its search index: restore a backup")
        with storage_errors(str(journal)):
            count = rebuild_search_index(journal)
        print(f"rebuilt the search index of {journal}: {count} interactions")
    report = check_journal(journal)
    sys.stdout.write(report.text())
    if not report.ok:
        raise JournalDamaged(Message(QT_TRANSLATE_NOOP("Messages", "{path}: damaged ({parts})"), path=journal,
                                     parts=", ".join(report.damaged_parts())))
    return 0
