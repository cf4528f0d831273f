"""`rapport audit [--client NAME] [--since DATE] [--until DATE] [--user NAME] [--kind K] [--action A] [--json]`:
who changed what in the journal, when, and the values before and after (newest first)."""

from __future__ import annotations

import datetime as dt
import json
import sys

from app.cli.main import UsageError, add_db_option, open_journal
from app.common.wording import QT_TRANSLATE_NOOP, Message

WHO_WIDTH = 18
KIND_WIDTH = 28


def register(sub) -> None:
    from app.audit.history import KINDS
    from db.audit import ACTIONS

    parser = sub.add_parser(
        "audit", help="who changed what, when, before and after (owners; or one client's history)",
        description="The journal's audit trail, newest first: every create, edit and delete of a client, contact, "
                    "entry, feedback item, negotiation, pulse, setting, playbook entry and user, with who made it, "
                    "when, and the values before and after. The firm-wide trail is for owners; with --client, "
                    "anyone may read that client's history.")
    parser.add_argument("--client", metavar="NAME_OR_ID", help="only this client's history (a deleted client by name)")
    parser.add_argument("--since", metavar="DATE", help="from this day on, YYYY-MM-DD")
    parser.add_argument("--until", metavar="DATE", help="up to and including this day, YYYY-MM-DD")
    parser.add_argument("--user", metavar="NAME_OR_ID", help="only the changes this person made")
    parser.add_argument("--kind", choices=sorted(KINDS), help="only this kind of record")
    parser.add_argument("--action", choices=ACTIONS, help="only creations, edits or deletions")
    parser.add_argument("--json", action="store_true",
                        help="print a JSON array, one object per change: id, at, user, action, kind, table, "
                             "record_id, record, client_id, client, changes [{field, before, after}]")
    add_db_option(parser)
    parser.set_defaults(func=run)


def _day(option: str, text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(Message(QT_TRANSLATE_NOOP("Messages", "{option}: {text} is not a date (use YYYY-MM-DD)"),
                                 option=option, text=repr(text))) from None


def _client_id(text: str) -> int:
    """A client of the journal, or one deleted since (found by its name in the trail)."""
    from app.common.errors import NotFound
    from app.journal.records import find_client
    from db import audit

    try:
        return find_client(text).id
    except NotFound:
        pass
    wanted = text.strip().casefold()
    for change in audit.changes(table="client"):
        values = change.before or change.after or {}
        if str(values.get("name", "")).casefold() == wanted or change.row_id == text.strip():
            return int(change.row_id)
    raise UsageError(Message(QT_TRANSLATE_NOOP("Messages", "--client: no client {name} in the journal or its history"),
                             name=repr(text)))


def _user_id(text: str) -> int:
    from db.models import User

    text = text.strip()
    user = User.get_or_none(User.id == int(text)) if text.isdigit() else None
    user = user or next((u for u in User.select() if u.name.casefold() == text.casefold()), None)
    if user is None:
        raise UsageError(Message(QT_TRANSLATE_NOOP("Messages", "--user: no user {name} in the journal"),
                                 name=repr(text)))
    return user.id


def run(args) -> int:
    since, until = _day("--since", args.since), _day("--until", args.until)
    if since and until and until < since:
        raise UsageError(Message(QT_TRANSLATE_NOOP("Messages", "--until: {until} is before --since {since}"),
                                 until=until, since=since))
    open_journal(args)
    from app.audit.history import AuditFilter, all_lines
    from app.common.identity import whoami

    f = AuditFilter(client_id=_client_id(args.client) if args.client else None,
                    user_id=_user_id(args.user) if args.user else None,
                    kind=args.kind, action=args.action, since=since, until=until)
    lines = all_lines(f, whoami())
    if args.json:
        write_json(lines)
    else:
        write_table(lines)
    return 0


def write_json(lines) -> None:
    from app.audit.words import as_json

    out = sys.stdout
    out.write("[")
    count = 0
    for line in lines:
        out.write(",\n  " if count else "\n  ")
        out.write(json.dumps(as_json(line), ensure_ascii=False, default=str))
        count += 1
    out.write("\n]\n" if count else "]\n")


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "\u2026"


def write_table(lines) -> None:
    """One change a line: when, who, what was done to which record; the fields changed indented beneath."""
    from app.audit import words
    from app.audit.words import action_word, change_text, kind_word
    from app.common.wording import shown_value

    count = 0
    for line in lines:
        count += 1
        when = shown_value(line.at.replace(second=0, microsecond=0))
        what = f"{action_word(line.action)} \u00b7 {kind_word(line)}"
        record = words.record_text(line) + (f" ({line.client})" if line.client and line.client != line.record else "")
        sys.stdout.write(f"{when:<16}  {_cut(line.who, WHO_WIDTH):<{WHO_WIDTH}}  "
                         f"{_cut(what, KIND_WIDTH):<{KIND_WIDTH}}  {record}\n")
        for change in line.changes:
            sys.stdout.write(f"{'':<16}  {'':<{WHO_WIDTH}}    {change_text(change, line.action)}\n")
    if not count:
        sys.stdout.write(Message(QT_TRANSLATE_NOOP("Messages", "No changes recorded that match.")).shown() + "\n")
