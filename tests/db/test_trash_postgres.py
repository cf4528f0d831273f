"""The trash on a PostgreSQL server: whoever deletes puts it there as themselves; only an owner's login reads
all of it, restores or empties it, and a login going around the app is refused by the server itself.

Runs when RAPPORT_TEST_POSTGRES_URL names a server (as tests/db/test_server_rights.py, whose firm is reused)."""

import pytest

from tests.db.test_server_rights import URL, connected_as, firm, refused, run, team  # noqa: F401 - fixtures

pytestmark = pytest.mark.skipif(not URL, reason="no PostgreSQL server: set RAPPORT_TEST_POSTGRES_URL")


def test_a_delete_goes_to_the_trash_and_only_an_owner_restores_or_empties_it(firm, team):  # noqa: F811
    from app.common.errors import PermissionDenied
    from app.common.identity import whoami
    from app.journal import records as journal
    from app.search.engine import search
    from app.trash import bin as trash
    from db.connection import close_database, open_database
    from db.models import ALL_MODELS, AuditEntry, Interaction, TrashItem

    open_database(firm.url(firm.manager))
    olena = whoami()
    entry = Interaction.get_by_id(team["entry"])
    before = Interaction.select().where(Interaction.id == entry.id).tuples().get()
    item = journal.delete_interaction(entry.id, by=olena)  # her client's entry: hers to delete
    assert not Interaction.select().where(Interaction.id == entry.id).exists()
    assert [line.label for line in trash.list_items(olena)] == ["Acme · 2026-03-01 · Olena's call"]
    with pytest.raises(PermissionDenied, match="only an owner may restore from the trash or empty it; Olena is an "
                                               "account manager"):
        trash.restore(item.id, by=olena)
    # a program that skips the app's checks: the server empties nothing, changes nothing
    assert TrashItem.delete().execute() == 0
    assert TrashItem.update(label="x").execute() == 0
    close_database()
    with connected_as(firm, firm.staff) as ivan:
        ivan.execute("SELECT count(*) FROM trash_item")
        assert ivan.fetchone() == (0,)  # what others deleted is not his to read
        ivan.execute("DELETE FROM trash_item")
        assert ivan.rowcount == 0
        assert "row-level security" in refused(
            ivan, "INSERT INTO trash_item (kind, label, deleted_by_id, deleted_at, payload) "
                  "VALUES ('client', 'forged', %s, now(), '{}')", (team["olena"],))
    with connected_as(firm, firm.manager) as olena_sql:
        olena_sql.execute("DELETE FROM trash_item")
        assert olena_sql.rowcount == 0  # not even what she put there herself
        olena_sql.execute("SELECT count(*) FROM trash_item")
        assert olena_sql.fetchone() == (1,)
    open_database(firm.url(firm.owner))
    owner = whoami()
    [line] = trash.list_items(owner)
    assert (line.deleted_by, line.kind) == ("Olena", "interaction")
    trash.restore(line.id, by=owner)
    assert Interaction.select().where(Interaction.id == entry.id).tuples().get() == before
    assert [hit.interaction_id for hit in search("call")] == [entry.id]
    # a client with its journal comes back exactly, every row of every table
    tables = [m for m in ALL_MODELS if m not in (AuditEntry, TrashItem)]
    whole = {m.__name__: sorted(m.select().tuples(), key=repr) for m in tables}
    item = journal.delete_client(team["acme"], with_journal=True, by=owner)
    assert not Interaction.select().exists() and search("call") == []
    trash.restore(item.id, by=owner)
    assert {m.__name__: sorted(m.select().tuples(), key=repr) for m in tables} == whole
    journal.delete_client(team["acme"], with_journal=True, by=owner)
    assert trash.empty(by=owner) == 1
    assert not TrashItem.select().exists() and not Interaction.select().exists()
    close_database()


def test_the_trash_on_the_command_line_of_a_staff_login(firm, team):  # noqa: F811
    code, out, _ = run("--db", firm.url(firm.staff), "trash", "list", "--json")
    assert (code, out.strip()) == (0, "[]")
    code, _, err = run("--db", firm.url(firm.staff), "trash", "empty")
    assert code == 2 and "only an owner may restore from the trash or empty it; Ivan is staff" in err
