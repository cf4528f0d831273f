"""`rapport import FILE`: bring a file into the journal, all or nothing, every problem named."""

import argparse
from collections.abc import Callable
from pathlib import Path

from app.cli.main import add_db_option, open_journal
from app.common.errors import Problem, RapportError, ValidationError
from app.common.wording import QT_TRANSLATE_NOOP, Message

# Problems listed on the terminal before "... and K more".
MAX_LISTED = 50


class BadFile(RapportError):
    """A file to import has problems; the message lists them, one per line."""


def problem_listing(path: Path | str, problems: list[Problem], limit: int = MAX_LISTED) -> str:
    """'FILE: N problems' and then one problem per line, capped at limit."""
    count = len(problems)
    lines = [Message(QT_TRANSLATE_NOOP("Messages", "{path}: %n problem(s)"), path=path, n=count).shown()]
    lines += [f"  {problem}" for problem in problems[:limit]]
    if count > limit:
        lines.append("  " + Message(QT_TRANSLATE_NOOP("Messages", "... and {count} more"), count=count - limit).shown())
    return "\n".join(lines)


def import_bundle_file(path: Path, args: argparse.Namespace) -> str:
    from app.exchange.bundle.files import import_bundle

    return import_bundle(path).summary()


def import_table_file(path: Path, args: argparse.Namespace) -> str:
    from app.exchange.table.importer import import_table
    from app.exchange.table.profile import load_profile

    profile = None
    if getattr(args, "profile", None):
        profile = load_profile(Path(args.profile).expanduser())
    return import_table(path, profile=profile).text()


# File extension -> importer(path, args) returning the one-line summary to print.
IMPORTERS: dict[str, Callable[[Path, argparse.Namespace], str]] = {
    ".json": import_bundle_file,
    ".csv": import_table_file,
    ".xlsx": import_table_file,
    ".xlsm": import_table_file,
    ".xls": import_table_file,
    ".tsv": import_table_file,
}


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "import", help="import a JSON bundle, CSV or XLSX file, or capture mail and calendar files (all or nothing)",
        description="Import a file into the journal in one transaction: either all of it goes in, "
                    "or nothing does and every problem is listed with its place in the file.")
    parser.add_argument("file", metavar="FILE", help="the file to import (.json: a Rapport bundle; .csv, .tsv, "
                             ".xlsx, .xls: a journal table, columns as the README lists them)")
    parser.add_argument("--profile", metavar="P.json",
                        help="a table import profile: columns, constants, value maps, encoding, date order and "
                             "what to do with bad rows (the README shows the format)")
    add_db_option(parser)
    from app.cli.capture import add_capture_options  # mail and calendar capture

    add_capture_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from app.cli.capture import run_capture, wants_capture

    if wants_capture(args):
        try:
            return run_capture(args)
        except ValidationError as exc:
            raise BadFile(problem_listing(exc.shown, exc.problems)) from exc
    path = Path(args.file).expanduser()
    importer = IMPORTERS.get(path.suffix.lower())
    if importer is None:
        known = ", ".join(sorted(IMPORTERS))
        raise RapportError(Message(QT_TRANSLATE_NOOP("Messages", "{path}: unsupported file type {suffix} (use {known})"), path=path,
                                   suffix=repr(path.suffix or "(none)"), known=known))
    if not path.exists():
        raise RapportError(Message(QT_TRANSLATE_NOOP("Messages", "{path}: no such file"), path=path))
    if path.is_dir():
        raise RapportError(Message(QT_TRANSLATE_NOOP("Messages", "{path}: is a folder, not a file"), path=path))
    if getattr(args, "profile", None) and importer is not import_table_file:
        raise RapportError(Message(QT_TRANSLATE_NOOP(
            "Messages", "{path}: --profile applies to table files (.csv, .tsv, .xlsx, .xls)"), path=path))
    open_journal(args)
    try:
        summary = importer(path, args)
    except ValidationError as exc:
        raise BadFile(problem_listing(path, exc.problems)) from exc
    print(summary)
    return 0
