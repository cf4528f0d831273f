"""On a PostgreSQL server the firm's rights are the server's: each person connects with their own
login, and a staff login going around the app (straight SQL) is refused by the server itself.

Runs when RAPPORT_TEST_POSTGRES_URL names a server and a superuser (as tests/db/test_postgres.py).
Every test sets up a firm of its own: a database owned by a new owner login that may create
logins, colleagues added with `rapport users add`; all of it (logins included, which belong to the
whole server) is dropped afterwards."""

import base64
import contextlib
import datetime as dt
import hashlib
import hmac
import io
import os
import uuid
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import pytest

URL = os.environ.get("RAPPORT_TEST_POSTGRES_URL", "")
pytestmark = pytest.mark.skipif(
    not URL, reason="no PostgreSQL server: set RAPPORT_TEST_POSTGRES_URL=postgresql://user:pw@host/postgres")


def url_as(login: str, database: str) -> str:
    """The server's URL for another login and database (no password: the test server trusts loopback)."""
    parts = urlsplit(URL)
    host = parts.hostname + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, f"{login}@{host}", "/" + database, "", ""))


def _server():
    from playhouse.db_url import connect

    server = connect(URL)
    server.connect()
    server.connection().autocommit = True
    return server


@dataclass
class Firm:
    """A firm's journal on the server: its database, and the logins of its owner and two colleagues."""

    database: str
    owner: str
    manager: str
    staff: str

    def url(self, login: str) -> str:
        return url_as(login, self.database)


@pytest.fixture
def firm(database):
    """A new database owned by a new owner login (CREATEROLE, as the README's set-up makes it)."""
    pytest.importorskip("psycopg2", reason="install rapport[postgres] to test PostgreSQL")
    from db.connection import close_database

    suffix = uuid.uuid4().hex[:10]
    made = Firm(f"rapport_rights_{suffix}", f"owner_{suffix}", f"olena_{suffix}", f"ivan_{suffix}")
    server = _server()
    server.execute_sql(f'CREATE ROLE "{made.owner}" LOGIN CREATEROLE')
    server.execute_sql(f'CREATE DATABASE "{made.database}" OWNER "{made.owner}" ENCODING \'UTF8\' TEMPLATE template0')
    server.close()
    close_database()
    try:
        yield made
    finally:
        close_database()
        server = _server()
        server.execute_sql(f'DROP DATABASE IF EXISTS "{made.database}" WITH (FORCE)')
        for (role,) in server.execute_sql("SELECT rolname FROM pg_roles WHERE rolname LIKE %s",
                                          (f"%{suffix}%",)).fetchall():
            server.execute_sql(f'DROP ROLE IF EXISTS "{role}"')
        server.close()


def run(*argv, stdin: str = "") -> tuple[int, str, str]:
    """The command line, as a person types it; stdin is not a terminal (a piped password)."""
    from app.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    old = os.sys.stdin
    os.sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(argv))
    finally:
        os.sys.stdin = old
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def team(firm):
    """The owner sets the firm up from the command line: herself first, then two colleagues with their
    own logins (passwords piped in); a client managed by Olena, one entry of hers, one setting."""
    from db.connection import close_database, open_database
    from db.models import Client, Interaction, Setting, User

    owner_db = firm.url(firm.owner)
    assert run("--db", owner_db, "users", "add", "Marta K.", "--role", "owner")[0] == 0
    code, out, err = run("--db", owner_db, "users", "add", "Olena", "--role", "account_manager",
                         "--login", firm.manager, stdin="olena-secret-1\n")
    assert (code, err) == (0, "") and f"with the login {firm.manager}" in out
    assert run("--db", owner_db, "users", "add", "Ivan", "--role", "staff", "--login", firm.staff,
               stdin="ivan-secret-22\n")[0] == 0
    open_database(owner_db)
    olena, ivan = User.get(User.name == "Olena"), User.get(User.name == "Ivan")
    acme = Client.create(name="Acme", stage="contracted", account_manager=olena.id)
    entry = Interaction.create(client=acme, author=olena, occurred_at=dt.datetime(2026, 3, 1, 10), channel="call",
                               kind="update", summary="Olena's call")
    Setting.create(key="health_weights", value='{"silence": 10}')
    ids = {"olena": olena.id, "ivan": ivan.id, "acme": acme.id, "entry": entry.id}
    close_database()
    return ids


@contextlib.contextmanager
def connected_as(firm: Firm, login: str):
    """A plain psycopg2 connection as login, around the app entirely; committed as it goes."""
    import psycopg2

    parts = urlsplit(firm.url(login))
    connection = psycopg2.connect(host=parts.hostname, port=parts.port, user=login, dbname=firm.database)
    connection.autocommit = True
    try:
        yield connection.cursor()
    finally:
        connection.close()


def refused(cursor, sql: str, params=()) -> str:
    """The server's refusal of a statement (its message), or "" when it was run."""
    import psycopg2

    try:
        cursor.execute(sql, params)
    except psycopg2.Error as exc:
        return str(exc).splitlines()[0]
    return ""


def test_a_staff_login_going_around_the_app_is_refused_by_the_server(firm, team):
    with connected_as(firm, firm.staff) as ivan:
        ivan.execute("SELECT rapport_user_id(), rapport_role()")
        assert ivan.fetchone() == (team["ivan"], "staff")
        # another person's entry: neither edited nor deleted (the server shows him no such row to change)
        ivan.execute("UPDATE interaction SET summary = 'Rewritten' WHERE id = %s", (team["entry"],))
        assert ivan.rowcount == 0
        ivan.execute("DELETE FROM interaction WHERE id = %s", (team["entry"],))
        assert ivan.rowcount == 0
        # nor signed with her name
        assert "row-level security" in refused(
            ivan, "INSERT INTO interaction (client_id, author_id, occurred_at, channel, kind, summary, notes, "
                  "created_at, updated_at) VALUES (%s, %s, now(), 'call', 'update', 'forged', '', now(), now())",
            (team["acme"], team["olena"]))
        # the firm's settings and weights, the people and their roles: an owner's
        ivan.execute("UPDATE setting SET value = '{\"silence\": 0}'")
        assert ivan.rowcount == 0
        assert "row-level security" in refused(ivan, "INSERT INTO setting (key, value) VALUES ('x', '1')")
        ivan.execute("UPDATE \"user\" SET role = 'owner' WHERE login = session_user")
        assert ivan.rowcount == 0
        assert "row-level security" in refused(
            ivan, "INSERT INTO \"user\" (name, role, active, created_at, login) VALUES ('Boss', 'owner', true, now(), 'x')")
        # the audit trail: never written by hand
        assert "permission denied" in refused(
            ivan, "INSERT INTO audit_entry (at, login, table_name, row_id, action) VALUES (now(), 'x', 'client', '1', 'edit')")
        assert "permission denied" in refused(ivan, "DELETE FROM audit_entry")
        assert "permission denied" in refused(ivan, "UPDATE audit_entry SET login = 'nobody'")
        # what is his: an entry of his own, signed by him, changed by him; recorded as his
        ivan.execute("INSERT INTO interaction (client_id, author_id, occurred_at, channel, kind, summary, notes, "
                     "created_at, updated_at) VALUES (%s, %s, now(), 'call', 'update', 'Mine', '', now(), now()) "
                     "RETURNING id", (team["acme"], team["ivan"]))
        (mine,) = ivan.fetchone()
        ivan.execute("UPDATE interaction SET summary = 'Mine, corrected' WHERE id = %s", (mine,))
        assert ivan.rowcount == 1
        ivan.execute("SELECT user_id, login, action FROM audit_entry WHERE table_name = 'interaction' AND row_id = %s "
                     "ORDER BY id", (str(mine),))
        assert ivan.fetchall() == [(team["ivan"], firm.staff, "create"), (team["ivan"], firm.staff, "edit")]
        # the owner's changes to people and settings are not his to read; the clients' history is
        ivan.execute("SELECT DISTINCT table_name FROM audit_entry ORDER BY 1")
        assert [t for (t,) in ivan.fetchall()] == ["client", "interaction"]
    with connected_as(firm, firm.owner) as owner:
        owner.execute("SELECT summary FROM interaction WHERE id = %s", (team["entry"],))
        assert owner.fetchone() == ("Olena's call",)
        owner.execute("SELECT role FROM \"user\" WHERE id = %s", (team["ivan"],))
        assert owner.fetchone() == ("staff",)
        owner.execute("SELECT value FROM setting WHERE key = 'health_weights'")
        assert owner.fetchone() == ('{"silence": 10}',)


def test_an_account_manager_edits_her_clients_journal_and_no_more(firm, team):
    with connected_as(firm, firm.staff) as ivan:
        ivan.execute("INSERT INTO interaction (client_id, author_id, occurred_at, channel, kind, summary, notes, "
                     "created_at, updated_at) VALUES (%s, %s, now(), 'call', 'update', 'Ivan on Acme', '', now(), "
                     "now()) RETURNING id", (team["acme"], team["ivan"]))
        (ivans,) = ivan.fetchone()
        ivan.execute("UPDATE client SET notes = 'mine now' WHERE id = %s", (team["acme"],))
        assert ivan.rowcount == 0  # a client's record is its manager's
    with connected_as(firm, firm.manager) as olena:
        olena.execute("UPDATE interaction SET summary = 'Checked by Olena' WHERE id = %s", (ivans,))
        assert olena.rowcount == 1  # Acme is hers
        olena.execute("UPDATE client SET notes = 'Key account' WHERE id = %s", (team["acme"],))
        assert olena.rowcount == 1
        olena.execute("INSERT INTO client (name, stage, segment, notes, created_at, updated_at, account_manager_id) "
                      "VALUES ('Globex', 'prospect', '', '', now(), now(), NULL) RETURNING id")
        assert olena.fetchone()[0] > team["acme"]
        olena.execute("DELETE FROM interaction WHERE id = %s", (ivans,))
        assert olena.rowcount == 1
        olena.execute("UPDATE setting SET value = '{}'")
        assert olena.rowcount == 0
        olena.execute("DELETE FROM client WHERE id = %s", (team["acme"],))
        assert olena.rowcount == 0  # deleting a client is an owner's


def test_the_app_refuses_first_and_going_around_it_changes_nothing(firm, team):
    from app.common.errors import PermissionDenied
    from app.common.identity import whoami
    from app.journal import records
    from app.users import accounts
    from db.connection import open_database
    from db.models import Setting, User

    open_database(firm.url(firm.staff))
    ivan = whoami()
    assert (ivan.name, ivan.role) == ("Ivan", "staff")
    with pytest.raises(PermissionDenied, match="only an owner may manage users and their roles; Ivan is staff"):
        accounts.set_role(ivan, "owner", by=ivan)
    with pytest.raises(PermissionDenied, match="only an owner may"):
        records.update_user(ivan.id, role="owner", by=ivan)
    with pytest.raises(PermissionDenied, match="only an owner may"):
        accounts.add("Friend", "owner", by=ivan, login=f"friend_{firm.staff}", password="long-enough-1")
    # a program that skips the app's checks writes through peewee: the server changes nothing
    assert User.update(role="owner").where(User.id == ivan.id).execute() == 0
    assert Setting.update(value="{}").execute() == 0
    assert User.get_by_id(ivan.id).role == "staff"


def test_users_add_makes_a_login_with_the_typed_password_and_deactivate_shuts_it_out(firm, team):
    import psycopg2

    server = _server()
    (stored,) = server.execute_sql("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (firm.manager,)).fetchone()
    groups = server.execute_sql(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member "
        "WHERE r.rolname = %s", (firm.manager,)).fetchall()
    server.close()
    assert scram_matches(stored, "olena-secret-1") and not scram_matches(stored, "ivan-secret-22")
    assert "olena-secret-1" not in stored
    assert groups == [(f"rapport_{firm.database}_member",)]
    code, out, err = run("--db", firm.url(firm.owner), "users", "deactivate", "Ivan")
    assert code == 0 and "can no longer act or log in" in out
    with pytest.raises(psycopg2.OperationalError, match="not permitted to log in"):
        psycopg2.connect(host=urlsplit(URL).hostname, port=urlsplit(URL).port, user=firm.staff, dbname=firm.database)
    assert run("--db", firm.url(firm.owner), "users", "reactivate", "Ivan")[0] == 0
    code, out, _ = run("--db", firm.url(firm.staff), "users", "list")
    assert code == 0 and "Ivan" in out and "you" in out.splitlines()[0]
    # a password is never an argument, and a short one is refused at its field
    code, _, err = run("--db", firm.url(firm.owner), "users", "add", "Petro", "--role", "staff",
                       "--login", f"petro_{firm.staff}", stdin="short\n")
    assert code == 2 and "Password: is shorter than 8 characters" in err
    code, _, err = run("--db", firm.url(firm.owner), "users", "add", "Petro", "--role", "staff", "--password", "x")
    assert code == 2 and "unrecognized arguments: --password x" in err


def test_staff_may_not_manage_people_on_the_command_line_and_a_stranger_is_told_what_to_do(firm, team):
    code, _, err = run("--db", firm.url(firm.staff), "users", "set-role", "Ivan", "owner")
    assert code == 2 and "only an owner may manage users and their roles; Ivan is staff" in err
    stranger = f"guest_{firm.staff}"
    server = _server()
    server.execute_sql(f'CREATE ROLE "{stranger}" LOGIN IN ROLE "rapport_{firm.database}_member"')
    server.close()
    code, _, err = run("--db", firm.url(stranger), "users", "list")
    assert code == 2
    assert f"your login {stranger} is not linked to anyone of this journal: ask an owner to add you" in err
    assert f"rapport users add \"YOUR NAME\" --role ROLE --login {stranger}" in err
    # an owner links the existing login to a person: no password asked, the login keeps its own
    assert run("--db", firm.url(firm.owner), "users", "add", "Guest", "--role", "staff", "--login", stranger)[0] == 0
    code, out, _ = run("--db", firm.url(stranger), "users", "list")
    assert code == 0 and "Guest" in out


def test_the_first_person_of_a_fresh_server_journal_is_its_owner_linked_to_the_login(firm):
    from app.common.identity import whoami
    from db.connection import open_database

    code, out, _ = run("--db", firm.url(firm.owner), "users", "add", "Marta K.", "--role", "staff")
    assert code == 0 and f"Marta K. is the journal's first person, so its owner, linked to the login {firm.owner}" in out
    open_database(firm.url(firm.owner))
    marta = whoami()
    assert (marta.name, marta.role, marta.login) == ("Marta K.", "owner", firm.owner)


def scram_matches(stored: str, password: str) -> bool:
    """Whether a PostgreSQL SCRAM-SHA-256 verifier was made from password (RFC 5802, 7677)."""
    method, rest = stored.split("$", 1)
    iterations_salt, keys = rest.split("$")
    iterations, salt = iterations_salt.split(":")
    stored_key, server_key = keys.split(":")
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), base64.b64decode(salt), int(iterations))
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    return method == "SCRAM-SHA-256" and base64.b64encode(hashlib.sha256(client_key).digest()).decode() == stored_key


def test_a_stranger_is_told_what_to_do_by_every_command_and_by_the_desktop(firm, team, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.common.errors import RapportError
    from ui.shell import application

    stranger = f"guest_{firm.staff}"
    server = _server()
    server.execute_sql(f'CREATE ROLE "{stranger}" LOGIN IN ROLE "rapport_{firm.database}_member"')
    server.close()
    code, _, err = run("--db", firm.url(stranger), "health")
    assert code == 2 and f"your login {stranger} is not linked to anyone of this journal" in err
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(application, "make_application", lambda: None)
    with pytest.raises(RapportError, match="ask an owner to add you"):
        application.run_app(firm.url(stranger))
    assert len(shown) == 1 and "ask an owner to add you" in shown[0] and "Settings > Users" in shown[0]


def test_an_owner_adds_a_colleague_with_a_login_and_password_in_settings(firm, team, qtbot):
    from app.common.identity import whoami
    from db.connection import open_database
    from db.models import User
    from tests.ui.dialog_support import wait_saved
    from ui.settings.user_dialog import AddUserDialog
    from ui.settings.users_tab import UsersTab

    open_database(firm.url(firm.owner))
    marta = whoami()
    dialog = AddUserDialog(by=marta.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.login.isVisible() and dialog.password.isVisible() and dialog.again.isVisible()
    qtbot.keyClicks(dialog.name, "Petro Sydorenko")
    assert dialog.login.text() == "petro.sydorenko"  # suggested from the name
    dialog.login.clear()
    login = f"petro_{firm.staff}"
    qtbot.keyClicks(dialog.login, login)
    qtbot.keyClicks(dialog.password, "petro-secret-3")
    qtbot.keyClicks(dialog.again, "petro-secret-4")
    dialog.accept()
    assert "the two passwords differ" in dialog.errors.shown()["password"] and dialog.isVisible()
    assert dialog.password.text() == "" and User.get_or_none(User.name == "Petro Sydorenko") is None
    qtbot.keyClicks(dialog.password, "petro-secret-3")
    qtbot.keyClicks(dialog.again, "petro-secret-3")
    dialog.accept()  # the login is made on a worker (ui.widgets.saving)
    wait_saved(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (dialog.user.login, dialog.user.role) == (login, "account_manager")
    server = _server()
    (stored,) = server.execute_sql("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (login,)).fetchone()
    server.close()
    assert scram_matches(stored, "petro-secret-3")
    tab = UsersTab(None)  # on a server the login says who acts, whatever the preference
    qtbot.addWidget(tab)
    assert tab.editable and [u["login"] for u in tab.model.rows if u["name"] == "Petro Sydorenko"] == [login]


def test_settings_users_is_read_only_for_a_staff_login(firm, team, qtbot):
    from db.connection import open_database
    from ui.settings.users_tab import UsersTab

    open_database(firm.url(firm.staff))
    tab = UsersTab(team["olena"])  # a preference naming someone else changes nothing: the login is Ivan
    qtbot.addWidget(tab)
    assert not tab.editable
    assert tab.read_only_note.text() == "Only an owner may add people and change their roles (you: Ivan, staff)."


def test_an_older_journal_waits_for_its_owner_to_upgrade_it(firm, team):
    from db import migrations
    from db.connection import close_database, open_database

    database = open_database(firm.url(firm.owner))
    migrations.set_version(database, migrations.latest_version() - 1)
    close_database()
    code, _, err = run("--db", firm.url(firm.staff), "health")
    assert code == 2 and "only the login that owns its tables (the firm's first owner) may upgrade it" in err
    assert run("--db", firm.url(firm.owner), "health")[0] == 0  # the owner upgrades it, policies and all
    assert run("--db", firm.url(firm.staff), "users", "list")[0] == 0


def test_a_staff_login_works_normally_through_the_app(firm, team):
    """What staff do every day passes the server's rules: an inbound complaint on a colleague's
    client (it opens a feedback item for her), tags, a pulse, and search over what they wrote."""
    from app.common.identity import whoami
    from app.journal import records
    from app.search.engine import search
    from db.connection import open_database
    from db.models import AuditEntry, Feedback, Pulse

    open_database(firm.url(firm.staff))
    ivan = whoami()
    entry = records.log_interaction(author=ivan.id, client=team["acme"], occurred_at="2026-03-02T09:00",
                                    channel="call", kind="complaint", direction="inbound", sentiment=-1,
                                    summary="Delivery late again", tags=["hear"])
    item = Feedback.get(Feedback.interaction == entry.id)
    assert (item.owner_id, item.status) == (team["olena"], "open")
    Pulse.create(client=team["acme"], author=ivan.id, at="2026-03-02", reading="uneasy")
    assert [hit.interaction_id for hit in search("delivery")] == [entry.id]
    mine = AuditEntry.select().where(AuditEntry.table_name == "interaction", AuditEntry.row_id == str(entry.id))
    assert [(a.user_id, a.action) for a in mine] == [(ivan.id, "create")]


def test_a_group_role_is_never_a_persons_login(firm, team):
    code, _, err = run("--db", firm.url(firm.owner), "users", "add", "Group", "--role", "owner",
                       "--login", f"rapport_{firm.database}_member")
    assert code == 2 and "is a group of logins on the server, not a person's login" in err
    server = _server()
    (can_login,) = server.execute_sql("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s",
                                      (f"rapport_{firm.database}_member",)).fetchone()
    server.close()
    assert can_login is False
