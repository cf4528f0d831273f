"""`rapport export journal|...`: write the journal (or a part of it) to a file."""

import argparse
from collections.abc import Callable
from pathlib import Path

from app.cli.main import UsageError, add_db_option, open_journal
from app.common.wording import QT_TRANSLATE_NOOP, Message


def export_bundle_file(path: Path, args: argparse.Namespace) -> str:
    from app.exchange.bundle.files import export_bundle

    return export_bundle(path).summary()


def export_table_file(path: Path, args: argparse.Namespace) -> str:
    from app.exchange.table.exporter import EXPORTERS

    count = EXPORTERS[args.format_name](path)
    return f"wrote {count} interaction{'s' if count != 1 else ''} to {path}"


# --format of `export journal` -> exporter(path, args) returning the one-line summary.
JOURNAL_FORMATS: dict[str, Callable[[Path, argparse.Namespace], str]] = {
    "bundle": export_bundle_file,
    "csv": export_table_file,
    "xlsx": export_table_file,
}
# Formats the command line names but this build cannot write yet.
PLANNED_FORMATS = ()
# The format a file's extension implies when --format is left out.
FORMAT_BY_EXTENSION = {".json": "bundle", ".csv": "csv", ".xlsx": "xlsx"}


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "export", help="write the journal or a brief to a file",
        description="Write the journal, or a part of it, to a file (written whole or not at all).")
    add_db_option(parser)
    parser.set_defaults(func=_what_missing)
    what = parser.add_subparsers(dest="export_what", metavar="WHAT")
    register_journal(what)
    register_bundle(what)
    from app.cli.brief import register_brief

    register_brief(what)


def register_journal(what) -> None:
    journal = what.add_parser(
        "journal", help="the whole journal (bundle: a Rapport JSON bundle; csv, xlsx: one row per interaction)",
        description="Write the whole journal to a file. --format bundle writes the JSON bundle "
                    "that `rapport import` reads back with nothing lost.")
    journal.add_argument("--format", dest="format", metavar="FORMAT", default=None,
                         help=f"one of {', '.join(JOURNAL_FORMATS)} (default: from the file's extension)")
    journal.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    add_db_option(journal)
    journal.set_defaults(func=run_journal)


def register_bundle(what) -> None:
    """`export bundle -o FILE`, the name DOMAIN.md also uses: the journal as a JSON bundle."""
    bundle = what.add_parser(
        "bundle", help="the whole journal as a JSON bundle (the same as journal --format bundle)",
        description="Write the whole journal as the JSON bundle that `rapport import` reads back.")
    bundle.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    add_db_option(bundle)
    bundle.set_defaults(func=run_journal, format="bundle")


def _what_missing(args: argparse.Namespace) -> int:
    raise UsageError(QT_TRANSLATE_NOOP("Messages", "rapport export: say what to export (see rapport export --help)"))


def journal_format(args: argparse.Namespace) -> str:
    """The format asked for, or the one the output file's extension implies."""
    name = args.format
    if name is None:
        name = FORMAT_BY_EXTENSION.get(Path(args.output).suffix.lower(), "bundle")
    name = name.strip().lower()
    if name in JOURNAL_FORMATS:
        return name
    available = ", ".join(JOURNAL_FORMATS)
    if name in PLANNED_FORMATS:
        raise UsageError(Message(QT_TRANSLATE_NOOP("Messages", "rapport export journal: --format {name} is not available yet (use {available})"), name=name, available=available))
    raise UsageError(Message(QT_TRANSLATE_NOOP("Messages", "rapport export journal: --format {name} is not one of {available}"), name=repr(name), available=available))


def run_journal(args: argparse.Namespace) -> int:
    args.format_name = journal_format(args)
    exporter = JOURNAL_FORMATS[args.format_name]
    path = Path(args.output).expanduser()
    if path.is_dir():
        raise UsageError(Message(QT_TRANSLATE_NOOP("Messages", "rapport export journal: {path} is a folder; give a file name with -o"), path=path))
    open_journal(args)
    print(exporter(path, args))
    return 0
