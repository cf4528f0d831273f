"""`rapport search TEXT`: full-text search over the journal's summaries and notes."""

import argparse
import json

from app.cli.main import UsageError, add_db_option, open_journal
from app.common.wording import QT_TRANSLATE_NOOP, Message


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "search", help="full-text search over summaries and notes",
        description="Find interactions whose summary or notes contain the words, in any language "
                    "and case; another ending of a word is found too (\"refinancing\" finds "
                    "\"refinanced\"). \"Quoted words\" are a phrase, OR joins alternatives, a "
                    "leading - leaves a word out. Best matches first.")
    parser.add_argument("text", metavar="TEXT", nargs="+", help="what to look for")
    parser.add_argument("--client", metavar="NAME_OR_ID", help="only this client's journal")
    parser.add_argument("--limit", type=int, default=50, metavar="N", help="at most N hits (default 50)")
    parser.add_argument("--json", action="store_true", help="print a JSON array of hits")
    add_db_option(parser)
    parser.set_defaults(func=run_search)


def run_search(args: argparse.Namespace) -> int:
    from app.journal.records import find_client
    from app.search.engine import COUNT_LIMIT, count_matches, search, to_plain

    text = " ".join(args.text).strip()
    if not text:
        raise UsageError(QT_TRANSLATE_NOOP("Messages", "rapport search: TEXT is empty; say what to look for"))
    if args.limit < 1:
        raise UsageError(Message(QT_TRANSLATE_NOOP("Messages", "rapport search: --limit {limit} must be 1 or more"), limit=args.limit))
    open_journal(args)
    client_id = find_client(args.client).id if args.client else None
    hits = search(text, client_id=client_id, limit=args.limit)
    if args.json:
        print(json.dumps([hit.as_json() for hit in hits], ensure_ascii=False, indent=2))
        return 0
    for hit in hits:
        print(f"{hit.occurred_at:%Y-%m-%d %H:%M}  {hit.client}  #{hit.interaction_id}  {hit.kind}")
        print(f"    {to_plain(hit.summary_snippet)}")
        if hit.notes_snippet:
            print(f"    {to_plain(hit.notes_snippet)}".replace("\n", " "))
    if not hits:
        print(f"nothing matches {text!r}")
        return 0
    total = count_matches(text, client_id=client_id)
    print(f"{len(hits):,} of more than {COUNT_LIMIT:,} matching entries, the best of the newest first"
          if total > COUNT_LIMIT else f"{len(hits):,} of {max(total, len(hits)):,} matching entries, best first")
    return 0
