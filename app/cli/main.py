"""The `rapport` command line: one parser, one module per command beside it in app/cli/."""

import argparse
import importlib
import logging
import os
import sys

from app.common.errors import RapportError
from app.common.wording import QT_TRANSLATE_NOOP, Message
from db.redaction import redact

log = logging.getLogger(__name__)

# Each module defines register(subparsers) and sets `func` on its parser.
COMMAND_MODULES = [
    "app.cli.demo",
    "app.cli.import_",
    "app.cli.export",
    "app.cli.search",
    "app.cli.bench",
    "app.cli.health",
    "app.cli.today",
    "app.cli.backtest",
    "app.cli.backup",
    "app.cli.check",
    "app.cli.audit",
    "app.cli.users",
    "app.cli.trash",
    "app.cli.code",
]


class UsageError(RapportError):
    """The command line itself is wrong."""


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        raise UsageError(self.prog + ": " + message)  # argparse's own words, in English


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("rapport")
    except PackageNotFoundError:
        return "0.0.0+source"


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS,
                        help="the journal: a SQLite file or a database URL (default: $RAPPORT_DB, "
                             "else the file in your data folder)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="rapport", description="Rapport: a client-relationship journal for small firms.")
    parser.add_argument("--version", action="version", version=f"rapport {version()}")
    add_db_option(parser)
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug detail")
    parser.add_argument("--lang", dest="language", choices=("en", "ru", "uk"), default=None,
                        help="the language of messages (default: $RAPPORT_LANG, else en)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    parser.set_defaults(func=None)
    return parser


def journal_target(args) -> str:
    """The journal the command line names: --db, else RAPPORT_DB, else the default; --db "" is refused."""
    from app.common.paths import database_target

    given = getattr(args, "db", None)
    if given is not None and not given.strip():
        raise UsageError("rapport: --db is empty: name a journal file (or leave --db out for the default journal)")
    return database_target(given)


def open_journal(args, verify: bool = True):
    """Open the database the command line names (--db, RAPPORT_DB or the default).

    verify: first read every page's structure (quick_check; skipped when the journal was not written
    since it last passed), so a damaged journal is named at once and nothing is written into it.
    A read-only journal opens for reading, saying so."""
    from app.common.storage import StorageError, explain
    from db.connection import DatabaseOpenError, open_database, read_only_reason, shown_target
    from db.migrations import DatabaseTooNew, NotARapportDatabase, upgrade

    target = journal_target(args)
    shown = shown_target(target)
    try:
        database = open_database(_with_kept_password(target), migrate=False)
        if not read_only_reason(database):
            # An older journal is brought up to date first; reading it all again takes minutes when large.
            upgrade(database, _upgrade_progress if sys.stderr.isatty() else None)
    except (DatabaseOpenError, DatabaseTooNew, NotARapportDatabase) as exc:
        if getattr(exc, "kind", "") == "network":
            raise RapportError(Message(QT_TRANSLATE_NOOP(
                "Messages", "{path}: is on a network drive ({drive}). A SQLite journal must not be shared on a "
                            "network drive: SQLite's write-ahead log does not work over a network file system, and "
                            "two people writing it can damage it. Keep the journal on this computer's own disk, or "
                            "share one PostgreSQL server as a team (README, \"A shared PostgreSQL server\"): "
                            "rapport --db postgresql://USER@SERVER/DATABASE"),
                path=shown, drive=getattr(exc, "detail", ""))) from exc
        explained = explain(exc, shown)  # e.g. the disk full while SQLite makes its WAL files
        if explained is not None and getattr(exc, "kind", "") != "damaged":
            raise explained from exc
        raise RapportError(f"{shown}: {exc}" if shown not in str(exc) else str(exc)) from exc
    except Exception as exc:
        explained = explain(exc, shown)
        if explained is None:
            raise
        raise explained from exc
    reason = read_only_reason(database)
    if reason:
        print(f"rapport: note: {shown} is open read-only ({reason}): it can be read, nothing can be saved",
              file=sys.stderr)
    if verify:
        from db.connection import is_sqlite

        if is_sqlite(database):
            from app.backup.journal_check import quick_problems
            from db.connection import sqlite_path

            problems = quick_problems(database.connection(), sqlite_path(database))
            if problems:
                raise StorageError("damaged", problems[0], shown)
    from app.users.accounts import require_known_login

    require_known_login()  # on a server: a login linked to nobody is told to ask an owner (exit 2)
    from app.common import identity

    # Who acts: the person linked to this login or computer account; an older Rapport's preference
    # links this account once (not on a journal open read-only, where nothing is written).
    identity.start(None if reason else identity.preferred_hint())
    return database


def _with_kept_password(target: str) -> str:
    """A server URL without a password gets the one the desktop kept in the system keyring, if any
    (libpq itself reads ~/.pgpass and PGPASSWORD when there is none)."""
    from db.server_url import BadServerUrl, is_server_url, server_address, with_password

    if not is_server_url(target):
        return target
    try:
        address = server_address(target)
    except BadServerUrl:
        return target  # open_database names what is wrong with it
    if address.password is not None:
        return target
    from app.common.server_passwords import stored_password

    password = stored_password(address.label())
    return with_password(target, password) if password else target


def sweep_at_start() -> None:
    """Remove what killed Rapport processes left: temporary files of exports, backups, settings."""
    from app.common.atomic_file import sweep_leftovers
    from app.common.paths import config_dir, data_dir

    try:
        from app.backup.snapshots import backup_folder

        sweep_leftovers(data_dir(), data_dir() / "drafts", config_dir(), backup_folder())
    except Exception:  # noqa: BLE001 - tidying up must never stop the command
        log.warning("sweeping leftover temporary files failed", exc_info=True)


def _use_language(args) -> None:
    """Messages in the language asked for: a command's own --lang (the brief's), the global one, $RAPPORT_LANG."""
    from app.cli.language import chosen_language, use_cli_language

    language = chosen_language(getattr(args, "lang", None) or getattr(args, "language", None))
    if language != "en" or os.environ.get("RAPPORT_LANG") or getattr(args, "lang", None):
        use_cli_language(language)


def _upgrade_progress(done: int, total: int, message: str) -> None:
    print(f"\r{message}: {done:,}/{total:,}".ljust(70), end="" if done < total else "\n", file=sys.stderr,
          flush=True)


def main(argv: list[str] | None = None, open_gui=None) -> int:
    """Run a command; with none, open_gui(database_target) starts the desktop app.

    ui/ passes open_gui in (ui.shell.entry), so that app/ never imports the interface."""
    from app.common.logs import setup_logging

    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        setup_logging(args.verbose)
        _use_language(args)
        sweep_at_start()
        if args.func is None:
            if open_gui is None:
                raise UsageError(QT_TRANSLATE_NOOP("Messages", "rapport: no command given (see rapport --help)"))
            code = open_gui(journal_target(args)) or 0
        else:
            code = args.func(args) or 0
    except RapportError as exc:
        text = redact(exc)
        # Usage errors already begin with the command ("rapport export journal: ..."): no "rapport: rapport".
        prefixed = text.startswith(("rapport:", "rapport "))
        print(text if prefixed else f"rapport: {text}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("rapport: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a full disk, a lock, a damaged file: named; anything else is a bug
        from app.common.storage import explain

        explained = explain(exc)
        if explained is not None:
            log.warning("storage failure: %r", exc)
            print(f"rapport: {redact(explained)}", file=sys.stderr)
            return explained.exit_code
        log.exception("unexpected error")
        print(f"rapport: unexpected error: {redact(repr(exc))} (details in the log)", file=sys.stderr)
        return 1
    finally:
        from db.connection import close_database

        close_database()
    return code


