"""`rapport trash [list|restore ID|empty [ID]] [--json]`: what was deleted, put back or deleted for good.

Everyone lists what they deleted themselves; an owner lists all of it, restores and empties (on a
server the server enforces the same)."""

import argparse
import json

from app.cli.main import add_db_option, open_journal
from app.common.wording import QT_TRANSLATE_NOOP, Message, shown, shown_value


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "trash", help="what was deleted: list it, restore an item, or empty the trash (owners)",
        description="Every delete (an entry, a client with its journal, a contact, a playbook entry, a portrait "
                    "criterion) goes to the trash. `list` shows it, newest first (an owner sees all of it, anyone "
                    "else what they deleted); `restore ID` puts an item back as it was; `empty` deletes every item "
                    "for good, `empty ID` one. Only an owner may restore or empty.")
    add_db_option(parser)
    parser.add_argument("--json", action="store_true", help="print JSON")
    sub = parser.add_subparsers(dest="trash_command", metavar="ACTION")
    listing = sub.add_parser("list", help="the trash, newest first")
    restore = sub.add_parser("restore", help="put an item back in the journal (owners)")
    restore.add_argument("item", metavar="ID", type=int)
    empty = sub.add_parser("empty", help="delete every item for good, or the one named (owners)")
    empty.add_argument("item", metavar="ID", type=int, nargs="?")
    for each in (listing, restore, empty):
        add_db_option(each)
        each.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")
    parser.set_defaults(func=run_trash)


def _me():
    from app.users import accounts

    me = accounts.require_known_login()
    if me is None and not accounts.on_server():
        from app.common import identity, preferences

        me = identity.start(preferences.get("current_user") or None)
    return me


def run_trash(args: argparse.Namespace) -> int:
    from app.trash import bin as trash

    open_journal(args)
    me = _me()
    command = args.trash_command or "list"
    as_json = getattr(args, "json", False)
    if command == "list":
        return _list(trash.list_items(me, limit=1_000_000), as_json)
    if command == "restore":
        restored = trash.restore(args.item, by=me)
        if as_json:
            print(json.dumps({"id": restored.id, "kind": restored.kind, "label": restored.label,
                              "record_id": restored.record_id, "renumbered": restored.renumbered}, ensure_ascii=False))
        else:
            print(shown(Message(QT_TRANSLATE_NOOP("Messages", "Restored: {label}"), label=restored.label)))
            if restored.renumbered:
                print(shown(Message(QT_TRANSLATE_NOOP(
                    "Messages", "%n record(s) took a new id: the journal had given the old one to a newer record"),
                    n=restored.renumbered)))
        return 0
    gone = trash.empty(by=me, item_id=args.item)
    if as_json:
        print(json.dumps({"deleted": gone}))
    else:
        print(shown(Message(QT_TRANSLATE_NOOP("Messages", "%n item(s) deleted for good"), n=gone)))
    return 0


def _list(lines, as_json: bool) -> int:
    if as_json:
        print(json.dumps([{"id": line.id, "kind": line.kind, "label": line.label, "client_id": line.client_id,
                           "deleted_by": line.deleted_by, "deleted_at": line.deleted_at.isoformat(), "rows": line.rows}
                          for line in lines], ensure_ascii=False, indent=2))
        return 0
    if not lines:
        print(shown(Message(QT_TRANSLATE_NOOP("Messages", "The trash is empty"))))
        return 0
    width = max(len(str(line.id)) for line in lines)
    for line in lines:
        print(f"{str(line.id).rjust(width)}  {shown_value(line.deleted_at)}  {line.deleted_by or '-'}  "
              f"{shown(line.kind_word)}: {line.label}")
    return 0
