"""`rapport backtest [--seeds N] [--json]`: the early-warning engine judged on generated firms."""

import argparse
import json
import os

from app.cli.main import UsageError, add_db_option, open_journal


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "backtest", help="judge the early warnings on generated firms with known onsets",
        description="Builds generated firms (steady, demanding, quiet, seasonal and noisy clients, and "
                    "clients going sour by silence, unheard complaints, deadlock, a sentiment slide, stance "
                    "drift or an expiring contract, each from a known day) in temporary journals, judges "
                    "every client every other day of the last 200 with the health engine, and prints recall "
                    "at +14 and +30 days, the median lead and false alarms. The weights are the defaults, or "
                    "those of the journal named by --db (or RAPPORT_DB), which is only read.")
    parser.add_argument("--seeds", type=int, default=4, metavar="N", help="how many firms (seeds 1..N, default 4)")
    parser.add_argument("--first-seed", type=int, default=1, metavar="S", help="the first seed (default 1)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from app.backtest.run import format_report, run_backtest

    if not 1 <= args.seeds <= 100:
        raise UsageError(f"rapport backtest: --seeds {args.seeds} must be between 1 and 100")
    report = run_backtest(list(range(args.first_seed, args.first_seed + args.seeds)), settings=_weights(args))
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report), end="")
    return 0


def _weights(args: argparse.Namespace) -> dict:
    """The named journal's health weights (read, then closed), else the defaults."""
    from app.health import settings as health_settings
    from db.connection import close_database

    if getattr(args, "db", None) or os.environ.get("RAPPORT_DB"):
        open_journal(args)
        try:
            return health_settings.load()
        finally:
            close_database()
    return dict(health_settings.DEFAULTS)
