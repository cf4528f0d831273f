"""`rapport export brief`: the negotiation brief for one client, as PDF, DOCX or Markdown."""

import argparse
from pathlib import Path

from app.cli.language import chosen_language
from app.cli.main import UsageError, add_db_option, open_journal
from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.journal.validation import FieldErrors, check_period, parse_date


def register_brief(what) -> None:
    parser = what.add_parser(
        "brief", help="the negotiation brief for one client (pdf, docx, md)",
        description="Write the negotiation brief for one client: contract, health and its reasons, contacts, "
                    "open feedback, negotiations, promises, recent interactions and talking points.")
    parser.add_argument("--client", required=True, metavar="NAME_OR_ID", help="the client: its id or (part of) its name")
    parser.add_argument("--format", dest="format", metavar="FORMAT", default=None,
                        help="pdf, docx or md (default: from the file's extension)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="interactions from this day (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="interactions up to this day (YYYY-MM-DD)")
    parser.add_argument("--tag", dest="tags", action="append", default=[], metavar="TAG",
                        help="only interactions with this tag (repeatable)")
    parser.add_argument("--as-of", dest="as_of", metavar="DATE", help="the brief as it stood on this day (default: today)")
    parser.add_argument("--lang", choices=("en", "ru", "uk"), default=None,
                        help="the language of the brief: headings, words, reasons, dates and numbers "
                             "(default: rapport --lang, else $RAPPORT_LANG, else en)")
    add_db_option(parser)
    parser.set_defaults(func=run_brief)


def brief_format(args: argparse.Namespace) -> str:
    from app.brief.formats import FORMATS

    name = (args.format or Path(args.output).suffix.lstrip(".") or "pdf").strip().lower()
    if name == "markdown":
        name = "md"
    if name not in FORMATS:
        raise UsageError(Message(QT_TRANSLATE_NOOP("Messages", "rapport export brief: --format {name} is not one of {formats}"), name=repr(name), formats=', '.join(FORMATS)))
    return name


def run_brief(args: argparse.Namespace) -> int:
    from app.brief.formats import write_brief
    from app.brief.gather import brief_data
    from app.journal.records import find_client

    fmt = brief_format(args)
    path = Path(args.output).expanduser()
    if path.is_dir():
        raise UsageError(Message(QT_TRANSLATE_NOOP("Messages", "rapport export brief: {path} is a folder; give a file name with -o"), path=path))
    errors = FieldErrors()
    dates = {name: parse_date(getattr(args, name), f"--{name.replace('date_', '').replace('_', '-')}", errors)
             for name in ("date_from", "date_to", "as_of")}
    check_period(dates["date_from"], dates["date_to"], "--to", errors)
    errors.raise_if_any()
    open_journal(args)
    client = find_client(args.client)
    language = chosen_language(args.lang or getattr(args, "language", None))
    brief = brief_data(client.id, dates["date_from"], dates["date_to"], args.tags, dates["as_of"], language=language)
    write_brief(brief, fmt, path, brief_wording(language))
    print(f"wrote the brief for {client.name} to {path}")
    return 0


def brief_wording(language: str):
    """The brief in the language the command line shows its messages in (app.cli.language installs it)."""
    from app.brief.render import current_wording
    from app.cli.language import use_cli_language

    use_cli_language(language)
    return current_wording()
