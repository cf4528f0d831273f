"""`rapport import MAIL_OR_EVENT... [--client NAME_OR_ID]`: capture .eml, .msg, .mbox, .ics and .vcs
files as email, meeting and call entries (app.exchange.capture), all or nothing."""

import argparse
from pathlib import Path

from app.cli.main import open_journal
from app.common import identity
from app.common.errors import RapportError, ValidationError
from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.exchange.capture.capture import SUFFIXES, capture_files, is_capture_file


def add_capture_options(parser: argparse.ArgumentParser) -> None:
    parser.epilog = ("Mail and calendar files (" + ", ".join(SUFFIXES) + ") are captured as email, meeting and "
                     "call entries, each matched to a client by its addresses; several can be given at once. "
                     "Capturing the same message or event again adds nothing.")
    parser.add_argument("more", nargs="*", default=[], metavar="MORE",
                        help="more mail or calendar files, captured together with FILE in one transaction")
    parser.add_argument("--client", metavar="NAME_OR_ID",
                        help="mail and calendar files: the client of every message and event (without it, each "
                             "is matched by its addresses, and an address that matches no client stops the import)")


def wants_capture(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "more", None)) or is_capture_file(args.file)


def run_capture(args: argparse.Namespace) -> int:
    paths = [Path(p).expanduser() for p in [args.file, *getattr(args, "more", [])]]
    for path in paths:
        if not is_capture_file(path):
            raise RapportError(Message(QT_TRANSLATE_NOOP(
                "Messages", "{path}: only mail and calendar files can be imported together ({suffixes}); "
                "import {suffix} on its own"), path=path, suffixes=", ".join(SUFFIXES), suffix=path.suffix or "it"))
        if not path.exists():
            raise RapportError(Message(QT_TRANSLATE_NOOP("Messages", "{path}: no such file"), path=path))
        if path.is_dir():
            raise RapportError(Message(QT_TRANSLATE_NOOP("Messages", "{path}: is a folder, not a file"), path=path))
    open_journal(args)
    client_id = None
    if getattr(args, "client", None):
        from app.journal.records import find_client

        client_id = find_client(args.client).id
    try:
        summary = capture_files(paths, client_id=client_id, author=identity.acting_id())
    except ValidationError as exc:
        exc.shown = paths[0] if len(paths) == 1 else f"{len(paths)} files"  # import_ lists the problems
        raise
    print(summary.text())
    return 0
