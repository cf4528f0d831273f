"""`rapport code [--accept] [--client NAME] [--since DATE] [--until DATE] [--json]`: the entries
that carry no like/hear/negotiate (or stance-drift) tag yet, with the tags proposed for each and
why; --accept writes the proposals, in one transaction, recorded in the audit trail."""

from __future__ import annotations

import json
import sys

from app.cli.audit import _day
from app.cli.main import UsageError, add_db_option, open_journal
from app.common import identity
from app.common.wording import QT_TRANSLATE_NOOP, Message

SUMMARY_WIDTH = 60


def register(sub) -> None:
    parser = sub.add_parser(
        "code", help="propose like / hear / negotiate for entries not coded yet; --accept writes them",
        description="Lists every entry that carries no policy tag (like, hear, negotiate) nor stance-drift tag, "
                    "newest first, with the tags proposed for it from its kind, direction, sentiment and words, "
                    "learned from how the firm coded its other entries. With --accept the proposals are written, "
                    "all or nothing, and the audit trail records them.")
    parser.add_argument("--accept", action="store_true", help="write the proposals listed")
    parser.add_argument("--client", metavar="NAME_OR_ID", help="only this client's entries")
    parser.add_argument("--since", metavar="DATE", help="entries from this day on, YYYY-MM-DD")
    parser.add_argument("--until", metavar="DATE", help="entries up to and including this day, YYYY-MM-DD")
    parser.add_argument("--json", action="store_true",
                        help="print a JSON array, one object per entry: id, client, occurred_at, kind, direction, "
                             "sentiment, summary, proposed [{tag, reason}]")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args) -> int:
    since, until = _day("--since", args.since), _day("--until", args.until)
    if since and until and until < since:
        raise UsageError(Message(QT_TRANSLATE_NOOP("Messages", "--until: {until} is before --since {since}"),
                                 until=until, since=since))
    open_journal(args)
    from app.journal import coding, coding_batch
    from app.journal.records import find_client

    client_id = None
    if args.client:
        try:
            client_id = find_client(args.client).id
        except Exception as exc:  # noqa: BLE001 - NotFound: said as bad use of --client
            raise UsageError(Message(QT_TRANSLATE_NOOP("Messages", "--client: {problem}"), problem=exc)) from None
    f = coding_batch.CodingFilter(client_id=client_id, since=since, until=until)
    model = coding.firm_model()
    entries = []
    while True:
        page = coding_batch.uncoded_page(f, len(entries), coding_batch.PAGE_SIZE, model)
        entries += page
        if len(page) < coding_batch.PAGE_SIZE:
            break
    written = coding_batch.accept_proposals(entries, by=identity.acting()) if args.accept else None
    if args.json:
        print(json.dumps([as_json(e) for e in entries], ensure_ascii=False, indent=2))
    else:
        write_table(entries)
    if written is not None:
        print(Message(QT_TRANSLATE_NOOP("Messages", "Entries coded as proposed: {count}"), count=written).shown(),
              file=sys.stderr if args.json else sys.stdout)
    return 0


def as_json(entry) -> dict:
    return {"id": entry.id, "client": entry.client, "occurred_at": entry.occurred_at.isoformat(),
            "kind": entry.kind, "direction": entry.direction, "sentiment": entry.sentiment,
            "summary": entry.summary,
            "proposed": [{"tag": t, "reason": r.shown()} for t, r in zip(entry.proposal.tags, entry.proposal.reasons,
                                                                       strict=True)]}


def write_table(entries) -> None:
    print(Message(QT_TRANSLATE_NOOP("Messages", "Entries not coded yet: {count}"), count=len(entries)).shown())
    for e in entries:
        summary = e.summary if len(e.summary) <= SUMMARY_WIDTH else e.summary[:SUMMARY_WIDTH - 1] + "\u2026"
        proposed = "; ".join(f"{t} ({r.shown()})" for t, r in zip(e.proposal.tags, e.proposal.reasons, strict=True))
        print(f"{e.occurred_at:%Y-%m-%d %H:%M}  {e.client}  {e.kind}  {summary}\n    -> {proposed}")
