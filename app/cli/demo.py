"""`rapport demo`: fill an empty journal with a realistic sample firm."""

import argparse
import datetime as dt

from app.cli.main import UsageError, add_db_option, open_journal
from app.common.wording import QT_TRANSLATE_NOOP, Message


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "demo", help="fill an empty journal with a realistic sample firm",
        description="Fill an empty journal with a sample printing house: an owner, three account "
                    "managers, about fifty clients in every stage and eighteen months of interactions "
                    "in Ukrainian, Russian and English, ending today. The same --seed and --today "
                    "always give the same journal. A journal that already has clients is left alone.")
    add_db_option(parser)
    parser.add_argument("--seed", type=int, default=1, metavar="N", help="which sample firm (default: 1)")
    parser.add_argument("--today", type=_day, default=None, metavar="YYYY-MM-DD",
                        help="the day the journal ends (default: today)")
    parser.set_defaults(func=run)


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(Message(QT_TRANSLATE_NOOP("Messages", "{text} is not a date (use YYYY-MM-DD)"), text=repr(text))) from None


def run(args) -> int:
    from app.demo.sample_firm import build_demo

    if args.seed < 0:
        raise UsageError(Message(QT_TRANSLATE_NOOP("Messages", "--seed: {seed} must be 0 or more"), seed=args.seed))
    open_journal(args)
    summary = build_demo(seed=args.seed, today=args.today)
    print("\n".join(summary.lines()))
    return 0
