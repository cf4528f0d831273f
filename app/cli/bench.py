"""`rapport bench`: build a large journal and measure Rapport on it against raw SQLite."""

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from app.cli.main import UsageError, add_db_option
from app.common.wording import QT_TRANSLATE_NOOP, Message


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "bench", help="measure Rapport's speed on a large journal",
        description="Build a journal of many clients and interactions (in a temporary folder, or at "
                    "--db) and time opening a timeline, searching, the firm's health, an import, the "
                    "app's start and scrolling, each against raw SQLite doing the same work. Your own "
                    "journal is never touched.")
    parser.add_argument("--clients", type=int, default=5_000, metavar="N", help="clients (default 5,000)")
    parser.add_argument("--interactions", type=int, default=1_000_000, metavar="N",
                        help="interactions (default 1,000,000)")
    parser.add_argument("--no-gui", action="store_true", help="skip the measurements that open windows")
    parser.add_argument("--reuse", action="store_true",
                        help="measure on the journal at --db that an earlier `rapport bench --db` built, instead "
                             "of building one (the import and capture measurements add their rows to it)")
    parser.add_argument("--only", metavar="NAMES",
                        help="only these measurements, comma-separated: timeline, search, health, dashboard, "
                             "import, capture, gui")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--bundle", metavar="PROGRAM",
                        help="only time the start of the bundled rapport at PROGRAM (packaging/build.py "
                             "makes dist/rapport/rapport) against this installation's")
    add_db_option(parser)
    parser.set_defaults(func=run_bench_command)


def run_bench_command(args: argparse.Namespace) -> int:
    from app.bench.runner import format_report, run_bench

    if args.clients < 1 or args.interactions < args.clients:
        raise UsageError(QT_TRANSLATE_NOOP("Messages", "rapport bench: need at least 1 client and at least one interaction per client"))
    target = getattr(args, "db", None)
    only = _only(args.only)
    if args.reuse and not (target and Path(target).expanduser().is_file()):
        raise UsageError(QT_TRANSLATE_NOOP("Messages", "rapport bench: --reuse needs --db naming a journal an earlier rapport bench built"))
    with tempfile.TemporaryDirectory(prefix="rapport-bench-") as folder:
        path = Path(target).expanduser() if target else Path(folder) / "bench.db"
        if path.exists() and not args.reuse:
            raise UsageError(Message(QT_TRANSLATE_NOOP("Messages", "rapport bench: {path} already exists; give --db a new file to build"), path=path))
        report = run_bench(path, args.clients, args.interactions, build=not args.reuse, gui=not args.no_gui,
                           progress=_progress, bundle=_bundled_program(args.bundle), only=only)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
    return 0


def _only(given: str | None) -> list[str] | None:
    from app.bench.measures import BY_NAME

    if given is None:
        return None
    names = [name.strip() for name in given.split(",") if name.strip()]
    unknown = [name for name in names if name not in BY_NAME and name != "gui"]
    if unknown or not names:
        raise UsageError(Message(QT_TRANSLATE_NOOP("Messages", "rapport bench: --only: unknown measurement {name}; choose from {choices}"),
                                 name=", ".join(unknown) or repr(given), choices=", ".join([*BY_NAME, "gui"])))
    return names


def _bundled_program(given: str | None) -> str | None:
    if given is None:
        return None
    program = Path(given).expanduser()
    if program.is_dir():  # the bundle's folder: its program inside
        program = next((program / name for name in ("rapport", "rapport-cli.exe", "Rapport.exe")
                        if (program / name).is_file()), program / "rapport")
    if not program.is_file() or not os.access(program, os.X_OK):
        raise UsageError(f"rapport bench: --bundle: {given} is not a program (give dist/rapport/rapport)")
    return str(program.resolve())


def _progress(done: int, total: int, message: str) -> None:
    print(f"\r{message}: {done:,}/{total:,}".ljust(70), end="", file=sys.stderr, flush=True)
    if done >= total:
        print(file=sys.stderr)
