"""`rapport today [--user NAME] [--json]`: what needs a person's hand today, as on the Today page."""

import argparse
import datetime as dt
import json

from app.cli.main import UsageError, add_db_option, open_journal

HEADINGS = {
    "follow_ups": "Promised follow-ups",
    "replies": "Replies awaited",
    "silence": "Gone quiet",
    "feedback": "Feedback to acknowledge",
    "negotiation_actions": "Negotiation actions due",
    "warnings": "Early warnings",
}


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "today", help="what needs a person's hand today (follow-ups, replies, quiet clients, feedback, warnings)",
        description="The same list as the Today page: promised follow-ups due, inbound messages awaiting "
                    "a reply (routed to the person or on their clients), clients gone quiet past "
                    "their rhythm, feedback waiting to be acknowledged, negotiation actions due and early "
                    "warnings. Without --user: the person chosen in the desktop app, else the whole firm.")
    parser.add_argument("--user", metavar="NAME_OR_ID", help="whose list (default: the desktop's current user)")
    parser.add_argument("--as-of", metavar="DATE", help="the day, YYYY-MM-DD (default: today)")
    parser.add_argument("--json", action="store_true", help="print a JSON array, one object per item")
    add_db_option(parser)
    parser.set_defaults(func=run_today)


def run_today(args: argparse.Namespace) -> int:
    from app.cli.health import parse_as_of
    from app.today.agenda import items_for

    day = parse_as_of(args.as_of)
    open_journal(args)
    user = find_user(args.user) if args.user else current_user()
    items = items_for(user.id if user else None, day)
    if args.json:
        print(json.dumps([item_json(item) for item in items], ensure_ascii=False, indent=2))
        return 0
    print(f"Today, {day.isoformat()}, for {user.name if user else 'the whole firm'}: "
          f"{len(items)} item{'s' if len(items) != 1 else ''}")
    section = None
    for item in items:
        if item.section != section:
            section = item.section
            print(f"\n{HEADINGS.get(section, section)}")
        due = ""
        if item.due is not None:
            late = (day - item.due).days
            due = f"  due {item.due.isoformat()}" + (f", {late} day{'s' if late != 1 else ''} late" if late > 0 else "")
        print(f"  {item.client_name}: {what(item)}{due}")
    return 0


def what(item) -> str:
    if item.section == "replies":
        hours, count = item.facts.get("hours_waiting", 0), item.facts.get("messages", 1)
        late = ", past the firm's rule" if item.overdue else ""
        routed = f", routed to {item.facts['assignee']}" if item.facts.get("assignee") else ""
        messages = f"{count} messages" if count != 1 else "1 message"
        return f"{item.title} ({messages} waiting {hours:g} working hours{late}{routed})"
    if item.section == "silence":
        days, rhythm = item.facts.get("days_silent", 0), item.facts.get("rhythm", 0)
        if item.facts.get("never"):
            return f"no contact logged yet (rhythm every {rhythm} days)"
        return f"no contact for {days} days (rhythm every {rhythm} days)"
    return item.title


def item_json(item) -> dict:
    return {"section": item.section, "client_id": item.client_id, "client": item.client_name,
            "title": item.title, "due": item.due.isoformat() if isinstance(item.due, dt.date) else None,
            "overdue": item.overdue, "ref_kind": item.ref_kind, "ref_id": item.ref_id, "facts": item.facts}


def find_user(name_or_id: str):
    """The user named (case-insensitively) or with that id; a usage error lists who there is."""
    from db.models import User

    text = name_or_id.strip()
    user = User.get_or_none(User.id == int(text)) if text.isdigit() else None
    if user is None:
        matches = [u for u in User.select() if u.name.casefold() == text.casefold()]
        user = matches[0] if len(matches) == 1 else None
    if user is None:
        known = ", ".join(u.name for u in User.select().order_by(User.name)) or "nobody yet"
        raise UsageError(f"--user: no one called {name_or_id!r} in this journal (people: {known})")
    return user


def current_user():
    """Who runs the command: the person linked to this login or computer account (identity)."""
    from app.common import identity

    return identity.acting()
