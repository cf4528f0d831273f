"""`rapport trash`: anyone lists what they deleted; an owner lists all, restores and empties (exit 2 otherwise)."""

import json

import pytest

from app.cli.main import main
from app.common import identity
from app.journal import records as journal
from db.models import Interaction, TrashItem
from tests.authors import firm_owner


@pytest.fixture
def journal_file(db_path, make_client, make_interaction, make_user):
    """Marta (owner) deleted an entry of Acme's; Ivan (staff) deleted his own. The computer is Marta's."""
    from db.connection import close_database

    owner = firm_owner()
    ivan = make_user("Ivan", "staff")
    acme = make_client("Acme LLC")
    journal.delete_interaction(make_interaction(acme, summary="Late delivery").id, by=owner)
    journal.delete_interaction(make_interaction(acme, summary="Ivan's note", author=ivan.id).id, by=ivan)
    identity.link(owner)
    close_database()
    return str(db_path)


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def listed(capsys, db) -> list[dict]:
    code, out, _ = run(capsys, "--db", db, "trash", "list", "--json")
    assert code == 0
    return json.loads(out)


def test_an_owner_lists_restores_and_empties_the_trash(journal_file, capsys):
    items = listed(capsys, journal_file)
    assert [(i["kind"], i["label"].split(" · ")[-1], i["deleted_by"]) for i in items] == [
        ("interaction", "Ivan's note", "Ivan"), ("interaction", "Late delivery", "Test owner")]
    code, out, _ = run(capsys, "--db", journal_file, "trash")
    assert code == 0 and "interaction: Acme LLC · 2026-03-01 · Ivan's note" in out.splitlines()[0]
    code, out, _ = run(capsys, "--db", journal_file, "trash", "restore", str(items[1]["id"]))
    assert (code, out) == (0, "Restored: Acme LLC · 2026-03-01 · Late delivery\n")
    assert [i.summary for i in Interaction.select()] == ["Late delivery"]
    code, out, _ = run(capsys, "--db", journal_file, "trash", "restore", str(items[1]["id"]))
    assert code == 2
    code, out, err = run(capsys, "--db", journal_file, "trash", "empty", "--json")
    assert (code, json.loads(out)) == (0, {"deleted": 1})
    code, out, _ = run(capsys, "--db", journal_file, "trash")
    assert (code, out) == (0, "The trash is empty\n")


def test_restoring_or_emptying_needs_an_owner(journal_file, capsys):
    from db.connection import close_database, open_database
    from db.models import User

    open_database(journal_file)
    identity.link(User.get(User.name == "Ivan"), by=firm_owner())  # the computer is Ivan's now
    close_database()
    items = listed(capsys, journal_file)
    assert [i["label"].split(" · ")[-1] for i in items] == ["Ivan's note"]  # what he deleted himself
    code, _, err = run(capsys, "--db", journal_file, "trash", "restore", str(items[0]["id"]))
    assert (code, err.strip()) == (2, "rapport: only an owner may restore from the trash or empty it; Ivan is staff")
    code, _, err = run(capsys, "--db", journal_file, "trash", "empty")
    assert code == 2 and "only an owner may" in err
    assert TrashItem.select().count() == 2


def test_a_restore_that_cannot_be_done_says_why(journal_file, capsys):
    code, _, err = run(capsys, "--db", journal_file, "trash", "restore", "999")
    assert (code, err.strip()) == (2, "rapport: the trash holds no item 999")
    code, _, err = run(capsys, "--db", journal_file, "trash", "restore", "abc")
    assert code == 2 and "invalid int value" in err
