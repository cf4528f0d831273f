"""`rapport users [list|add|set-role|deactivate|reactivate|link]`: the firm's people and their rights.

On a PostgreSQL server, `add` creates the person's login role with a password read from a prompt
(typed twice) or, when stdin is not a terminal, from its first line; never from an argument."""

import argparse
import getpass
import json
import sys

from app.cli.main import UsageError, add_db_option, open_journal
from app.common.errors import NotFound
from app.common.wording import QT_TRANSLATE_NOOP, Message
from db import vocabulary as V


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "users", help="the firm's people and their rights (on a server: their logins)",
        description="List the firm's people, add one, change a role, deactivate or reactivate someone, link "
                    "a person to a login. Only an owner may change anything. On a PostgreSQL server each "
                    "person is a login: `add` creates it (the password is asked twice, or read from stdin "
                    "when it is not a terminal; never given as an argument) and the server enforces the "
                    "role's rights. On an empty journal, the first person added is its owner, linked to you.")
    add_db_option(parser)
    sub = parser.add_subparsers(dest="users_command", metavar="ACTION")
    listing = sub.add_parser("list", help="everyone, with role, login and whether active")
    listing.add_argument("--json", action="store_true", help="print a JSON array, one object per person")
    add = sub.add_parser("add", help="add a person (on a server: their login too)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=V.ROLES)
    add.add_argument("--login", metavar="LOGIN", help="their login (on a server; default: made from a Latin name)")
    role = sub.add_parser("set-role", help="change a person's role")
    role.add_argument("name", metavar="NAME_OR_ID")
    role.add_argument("role", metavar="ROLE", choices=V.ROLES)
    for action, text in (("deactivate", "stop a person acting (and logging in, on a server); what they logged stays"),
                         ("reactivate", "let a deactivated person act again")):
        one = sub.add_parser(action, help=text)
        one.add_argument("name", metavar="NAME_OR_ID")
    link = sub.add_parser("link", help="link a person to this computer account (SQLite) or to a login (server)")
    link.add_argument("name", metavar="NAME_OR_ID")
    link.add_argument("--login", metavar="LOGIN", help="the server login (on a server)")
    for each in (listing, add, role, link, *[sub.choices[a] for a in ("deactivate", "reactivate")]):
        add_db_option(each)
    parser.set_defaults(func=run_users)
    whoami = subparsers.add_parser(
        "whoami", help="who you are in this journal: name, role, login, and how that is known",
        description="Print the person this command line acts as: on a PostgreSQL server the one linked to "
                    "your database login (the server says who is connected); on a SQLite journal the one "
                    "this computer account chose once (rapport users link, or the desktop's Who are you?).")
    add_db_option(whoami)
    whoami.add_argument("--json", action="store_true", help="print a JSON object")
    whoami.set_defaults(func=run_whoami)


def run_whoami(args: argparse.Namespace) -> int:
    from app.common import identity

    open_journal(args)
    user = identity.acting()
    login = identity.current_login()
    how = identity.established_by()
    if args.json:
        print(json.dumps({"id": user.id if user else None, "name": user.name if user else None,
                          "role": user.role if user else None, "login": login, "established_by": how},
                         ensure_ascii=False, indent=2))
        return 0
    if user is None:
        where = "your server login" if how == "server login" else "this computer account"
        print(f"nobody: {where} {login} is linked to no one in this journal "
              + ("(ask an owner: rapport users add NAME --role ROLE --login LOGIN)" if how == "server login"
                 else "(choose who you are: rapport users link NAME, or the desktop's Who are you?)"))
        return 0
    print(f"{user.name}\nrole: {user.role}\nlogin: {login}\nestablished by: "
          + ("the server login (the server says who is connected)" if how == "server login"
             else "this computer account (chosen once on this journal)"))
    return 0


def run_users(args: argparse.Namespace) -> int:
    from app.users import accounts

    open_journal(args)
    me = accounts.require_known_login()
    if me is None and not accounts.on_server():
        from app.common import identity

        me = identity.acting()
    command = args.users_command or "list"
    if command == "list":
        return _list(me, args.json if args.users_command else False)
    if command == "add":
        return _add(args, me)
    user = find_user(args.name)
    if command == "set-role":
        user = accounts.set_role(user, args.role, by=me)
        print(f"{user.name} is now {user.role}")
    elif command == "deactivate":
        user = accounts.deactivate(user, by=me)
        print(f"{user.name} is deactivated: what they logged stays theirs; they can no longer act"
              + (" or log in" if accounts.on_server() else ""))
    elif command == "reactivate":
        user = accounts.reactivate(user, by=me)
        print(f"{user.name} is active again")
    elif command == "link":
        user = accounts.link(user, by=me, login=args.login)
        print(f"{user.name} is linked to the login {user.login}")
    return 0


def _list(me, as_json: bool) -> int:
    from app.journal import records

    people = records.list_users()
    if as_json:
        print(json.dumps([{"id": u.id, "name": u.name, "role": u.role, "active": u.active, "login": u.login,
                           "you": me is not None and u.id == me.id} for u in people], ensure_ascii=False, indent=2))
        return 0
    if not people:
        print("Nobody yet: the first person added (rapport users add NAME --role owner) is the journal's owner")
        return 0
    width = max(len(u.name) for u in people)
    for u in people:
        marks = ", ".join(m for m in ("" if u.active else "deactivated", "you" if me and u.id == me.id else "") if m)
        print(f"{u.name.ljust(width)}  {u.role.ljust(15)}  {(u.login or '-').ljust(20)}  {marks}".rstrip())
    return 0


def _add(args, me) -> int:
    from app.users import accounts

    if accounts.is_empty():
        user = accounts.start_journal(args.name)
        print(f"{user.name} is the journal's first person, so its owner"
              + (f", linked to the login {user.login}" if user.login else ""))
        return 0
    login = (args.login or "").strip() or (accounts.suggested_login(args.name) if accounts.on_server() else "")
    password = read_password(login) if login and accounts.needs_password(login) else None
    user = accounts.add(args.name, args.role, by=me, login=login or None, password=password)
    print(f"{user.name} is added as {user.role}" + (f", with the login {user.login}" if user.login else ""))
    return 0


def read_password(login: str) -> str:
    """The new login's password: typed twice at a prompt, or the first line of stdin when piped."""
    from app.users import accounts

    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        return accounts.check_password(line.rstrip("\r\n"))
    first = getpass.getpass(f"Password for the new login {login}: ")
    again = getpass.getpass("The same password again: ")
    return accounts.check_password(first, again)


def find_user(name_or_id: str):
    from db.models import User

    text = name_or_id.strip()
    if not text:
        raise UsageError("rapport users: name a person (their name or id)")
    found = [u for u in User.select() if u.name.casefold() == text.casefold()]
    if not found and text.isdigit():
        found = list(User.select().where(User.id == int(text)))
    if not found:
        raise NotFound(Message(QT_TRANSLATE_NOOP("Messages", "nobody named {name} in this journal (see rapport users list)"),
                               name=repr(text)))
    return found[0]

