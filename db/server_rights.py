"""The firm's rights, enforced by a PostgreSQL server itself: logins, grants, row-level security.

Every Rapport user on a server is a login role; each journal (database) has a group role,
`rapport_<database>_member`, that its people's logins belong to. The group may read the journal
and write it, and row-level security policies narrow every write to what app/common/rights.py
allows: staff log entries (interactions, pulses, feedback) as themselves and change only their
own; an account manager changes the journal of the clients they manage (and of clients nobody
manages yet); owners change everything, users, settings, weights, the playbook and the portrait
included. The audit trail can be read (owners: all of it; others: the clients' history and their
own changes) and never written: its triggers write it as the journal's owner.
Whoever deletes puts what they deleted in the trash as themselves and reads only that; owners read
all of the trash, restore from it and empty it.

Who is acting is read from `session_user`, linked to `"user".login` by functions that run as the
journal's owner (SECURITY DEFINER), so nobody acts as someone else. The login that created the
journal's tables (its first owner, or a server administrator) and superusers are not bound by
row-level security, as PostgreSQL has it: they are the journal's administrators.
SQLite has no logins: there this module does nothing and app/ guards against mistakes.
"""

from __future__ import annotations

import hashlib
import re

from peewee import Database, SqliteDatabase

# Who may write a table's rows. Expressions over the row's columns; me = rapport_user_id().
OWNER = "rapport_is_owner()"
MEMBER = "rapport_user_id() IS NOT NULL"
SALES = "rapport_role() IN ('owner', 'account_manager')"


def _client(column: str = "client_id") -> str:
    return f"rapport_edits_client({column})"


def _entry(client: str = "client_id", author: str = "author_id") -> str:
    return f"rapport_edits_entry({client}, {author})"


_SIGNED = f"({OWNER} OR author_id = rapport_user_id())"
_BY_NEGOTIATION = "rapport_edits_client((SELECT client_id FROM negotiation n WHERE n.id = negotiation_id))"
_BY_INTERACTION = "rapport_edits_interaction(interaction_id)"
_FEEDBACK_HOLDER = (f"({_client()} OR owner_id IS NULL OR owner_id = rapport_user_id()"
                    " OR rapport_edits_interaction(interaction_id))")

# table -> (insert check, update rule, delete rule); None: owners only. Tables not named here
# (those a later version adds before this list learns them) are read by all, written by owners.
RULES: dict[str, tuple[str, str, str]] = {
    "user": (OWNER, OWNER, OWNER),
    "client": (SALES, _client("id"), OWNER),
    "contact": (_client(), _client(), _client()),
    "interaction": (_SIGNED, _entry(), _entry()),
    "tag": (MEMBER, OWNER, OWNER),
    "interaction_tag": (_BY_INTERACTION, _BY_INTERACTION, _BY_INTERACTION),
    "feedback": (f"({MEMBER} AND {_FEEDBACK_HOLDER})", _FEEDBACK_HOLDER,
                 f"({_client()} OR rapport_edits_interaction(interaction_id))"),
    "feedback_contact": (_BY_INTERACTION, _BY_INTERACTION, _BY_INTERACTION),
    "negotiation": (_client(), _client(), _client()),
    "negotiation_event": (_BY_NEGOTIATION, _BY_NEGOTIATION, _BY_NEGOTIATION),
    "negotiation_position": (_BY_NEGOTIATION, _BY_NEGOTIATION, _BY_NEGOTIATION),
    "concession": (_BY_NEGOTIATION, _BY_NEGOTIATION, _BY_NEGOTIATION),
    "negotiation_session": (f"({_BY_NEGOTIATION} OR {_BY_INTERACTION})", _BY_NEGOTIATION,
                            f"({_BY_NEGOTIATION} OR {_BY_INTERACTION})"),
    "negotiation_action": (_BY_NEGOTIATION, _BY_NEGOTIATION, _BY_NEGOTIATION),
    "pulse": (_SIGNED, _entry(), _entry()),
    "stage_change": (f"({_client()} OR ({SALES} AND author_id = rapport_user_id()))", OWNER, OWNER),
    "qualification": (f"({SALES} AND ({OWNER} OR decided_by_id = rapport_user_id()))", OWNER, OWNER),
    "playbook_entry": (OWNER, OWNER, OWNER),
    "portrait_criterion": (OWNER, OWNER, OWNER),
    "holiday": (OWNER, OWNER, OWNER),
    "setting": (OWNER, OWNER, OWNER),
    "import_fingerprint": (MEMBER, OWNER, OWNER),
    # Whoever deletes puts what they deleted in the trash, as themselves; only owners restore or empty it.
    "trash_item": (f"({MEMBER} AND deleted_by_id = rapport_user_id())", OWNER, OWNER),
}
# Read by all, never written by a login: the trail (its triggers write it) and the schema version.
READ_ONLY = ("audit_entry", "rapport_schema")
# Derived from the journal by the app for whoever writes an entry: no policy of its own.
DERIVED = ("interaction_words",)
# The audit trail: owners read all of it; the others a client's history and their own changes.
AUDIT_READ = f"({OWNER} OR client_id IS NOT NULL OR user_id = rapport_user_id())"
# The trash: owners read all of it; the others only what they put there themselves (their own deletes).
TRASH_READ = f"({OWNER} OR deleted_by_id = rapport_user_id())"
READ = {"audit_entry": AUDIT_READ, "trash_item": TRASH_READ}


def _functions(schema: str) -> list[str]:
    head = f'LANGUAGE sql STABLE SECURITY DEFINER SET search_path = "{schema}"'
    return [
        f"""CREATE OR REPLACE FUNCTION rapport_user_id() RETURNS integer {head} AS $$
            SELECT id FROM "user" WHERE login = session_user AND active $$""",
        f"""CREATE OR REPLACE FUNCTION rapport_role() RETURNS text {head} AS $$
            SELECT role FROM "user" WHERE login = session_user AND active $$""",
        f"""CREATE OR REPLACE FUNCTION rapport_is_owner() RETURNS boolean {head} AS $$
            SELECT coalesce((SELECT role = 'owner' FROM "user" WHERE login = session_user AND active), false) $$""",
        f"""CREATE OR REPLACE FUNCTION rapport_edits_client(the_client integer) RETURNS boolean {head} AS $$
            SELECT rapport_is_owner() OR coalesce(rapport_role() = 'account_manager' AND EXISTS (
                SELECT 1 FROM client c WHERE c.id = the_client
                AND (c.account_manager_id IS NULL OR c.account_manager_id = rapport_user_id())), false) $$""",
        f"""CREATE OR REPLACE FUNCTION rapport_edits_entry(the_client integer, the_author integer) RETURNS boolean {head} AS $$
            SELECT rapport_edits_client(the_client) OR coalesce(the_author = rapport_user_id(), false) $$""",
        f"""CREATE OR REPLACE FUNCTION rapport_edits_interaction(the_entry integer) RETURNS boolean {head} AS $$
            SELECT coalesce((SELECT rapport_edits_entry(i.client_id, i.author_id) FROM interaction i
                             WHERE i.id = the_entry), false) $$""",
    ]


def member_role(database: Database) -> str:
    """The journal's group role: `rapport_<database>_member` (shortened with a hash past 63 bytes)."""
    name = database.execute_sql("SELECT current_database()").fetchone()[0]
    slug = re.sub(r"[^a-z0-9_]", "_", name.lower())
    if len(slug) > 40 or slug != name.lower():
        slug = slug[:30] + "_" + hashlib.sha256(name.encode()).hexdigest()[:8]
    return f"rapport_{slug}_member"


def quoted(name: str) -> str:
    """A role name as an SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def _policies(table: str, rule: tuple[str, str, str] | None) -> list[str]:
    insert, update, delete = rule if rule is not None else (OWNER, OWNER, OWNER)
    quoted_table = quoted(table)
    statements = [f"ALTER TABLE {quoted_table} ENABLE ROW LEVEL SECURITY"]
    for name in ("rapport_read", "rapport_insert", "rapport_update", "rapport_delete"):
        statements.append(f"DROP POLICY IF EXISTS {name} ON {quoted_table}")
    read = READ.get(table, "true")
    statements.append(f"CREATE POLICY rapport_read ON {quoted_table} FOR SELECT USING ({read})")
    if table in READ_ONLY:
        return statements
    statements += [f"CREATE POLICY rapport_insert ON {quoted_table} FOR INSERT WITH CHECK ({insert})",
                   f"CREATE POLICY rapport_update ON {quoted_table} FOR UPDATE USING ({update}) WITH CHECK ({update})",
                   f"CREATE POLICY rapport_delete ON {quoted_table} FOR DELETE USING ({delete})"]
    return statements


def role_exists(database: Database, name: str) -> bool:
    return database.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone() is not None


def install(database: Database) -> None:
    """Create (or bring up to date) the group role, the functions, the grants and the policies of
    every table of the journal. Run by the login that owns the journal's tables, when the schema is
    made or upgraded; safe to run again."""
    if isinstance(database, SqliteDatabase):
        return
    schema = database.execute_sql("SELECT current_schema()").fetchone()[0]
    group = member_role(database)
    if not role_exists(database, group):
        database.execute_sql(f"CREATE ROLE {quoted(group)} NOLOGIN")
    for statement in _functions(schema):
        database.execute_sql(statement)
    database.execute_sql(f'GRANT USAGE ON SCHEMA "{schema}" TO {quoted(group)}')
    database.execute_sql(f'GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA "{schema}" TO {quoted(group)}')
    tables = database.execute_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = %s ORDER BY tablename", (schema,)).fetchall()
    for (table,) in tables:
        database.execute_sql(f"REVOKE ALL ON {quoted(table)} FROM PUBLIC")
        if table in READ_ONLY:
            database.execute_sql(f"REVOKE ALL ON {quoted(table)} FROM {quoted(group)}")
            database.execute_sql(f"GRANT SELECT ON {quoted(table)} TO {quoted(group)}")
        else:
            database.execute_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {quoted(table)} TO {quoted(group)}")
        if table in DERIVED:
            continue
        for statement in _policies(table, RULES.get(table)):
            database.execute_sql(statement)


# ---- logins ----------------------------------------------------------------------------------

def login_exists(database: Database, login: str) -> bool:
    """Whether the server has a role of this name (a login, or a group)."""
    row = database.execute_sql("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
    return row is not None


def is_group(database: Database, login: str) -> bool:
    """Whether the role is a group others belong to, or a journal's group: never a person's login."""
    row = database.execute_sql(
        "SELECT r.rolname LIKE 'rapport\\_%%\\_member' OR EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.roleid = r.oid) "
        "FROM pg_roles r WHERE r.rolname = %s", (login,)).fetchone()
    return bool(row and row[0])


def create_login(database: Database, login: str, password: str) -> None:
    """A new login role with this password. The password is hashed here (SCRAM, as the server asks)
    and only its hash is sent, through the driver's own cursor: no statement log, of peewee or of
    the server, ever holds it."""
    from psycopg2.extensions import encrypt_password

    connection = database.connection()
    hashed = encrypt_password(password, login, connection, None)
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE ROLE {quoted(login)} LOGIN PASSWORD %s", (hashed,))


def admit(database: Database, login: str) -> None:
    """Let login into the journal: a member of its group, able to log in."""
    database.execute_sql(f"GRANT {quoted(member_role(database))} TO {quoted(login)}")
    database.execute_sql(f"ALTER ROLE {quoted(login)} LOGIN")


def shut_out(database: Database, login: str) -> None:
    """Take login out of the journal: no longer a member; the login itself may no longer log in.

    Deactivating the Rapport user already stops every write (the policies ask for an active
    user); this also closes the door at the server."""
    database.execute_sql(f"REVOKE {quoted(member_role(database))} FROM {quoted(login)}")
    database.execute_sql(f"ALTER ROLE {quoted(login)} NOLOGIN")


def allow_adding_logins(database: Database, login: str, allowed: bool) -> None:
    """An owner's login may create the logins of new colleagues (CREATEROLE); others may not."""
    database.execute_sql(f"ALTER ROLE {quoted(login)} {'CREATEROLE' if allowed else 'NOCREATEROLE'}")


def is_administrator(database: Database) -> bool:
    """Whether this login administers the journal: a superuser or the owner of its tables."""
    row = database.execute_sql(
        """SELECT r.rolsuper OR EXISTS (SELECT 1 FROM pg_tables t WHERE t.schemaname = current_schema()
                                        AND t.tablename = 'user' AND t.tableowner = session_user)
           FROM pg_roles r WHERE r.rolname = session_user""").fetchone()
    return bool(row and row[0])
