"""`rapport users` on a desktop journal: the first person is its owner; only an owner changes people."""

import json

import pytest

from app.cli.main import main
from app.common import wording
from db.models import User


@pytest.fixture
def journal_file(db_path):
    from db.connection import close_database

    close_database()
    return str(db_path)


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def people(capsys, db) -> list[dict]:
    code, out, _ = run(capsys, "--db", db, "users", "list", "--json")
    assert code == 0
    return json.loads(out)


def test_the_first_person_is_the_owner_and_adds_the_others(journal_file, capsys):
    code, out, _ = run(capsys, "--db", journal_file, "users")
    assert code == 0 and "Nobody yet" in out
    code, out, _ = run(capsys, "--db", journal_file, "users", "add", "Marta", "--role", "staff")
    assert code == 0 and "Marta is the journal's first person, so its owner" in out
    assert run(capsys, "--db", journal_file, "users", "add", "Ivan", "--role", "staff")[0] == 0
    listed = people(capsys, journal_file)
    assert [(p["name"], p["role"], p["you"]) for p in listed] == [("Ivan", "staff", False), ("Marta", "owner", True)]
    code, _, err = run(capsys, "--db", journal_file, "users", "add", "ivan", "--role", "staff")
    assert code == 2 and "Name: 'ivan' already exists" in err  # whatever the case: one person, one name


def test_a_staff_user_cannot_promote_themselves_and_the_firm_keeps_an_owner(journal_file, capsys):
    run(capsys, "--db", journal_file, "users", "add", "Marta", "--role", "owner")
    run(capsys, "--db", journal_file, "users", "add", "Ivan", "--role", "staff")
    code, _, err = run(capsys, "--db", journal_file, "users", "deactivate", "Marta")
    assert code == 2 and "you cannot deactivate yourself" in err
    code, _, err = run(capsys, "--db", journal_file, "users", "set-role", "Marta", "staff")
    assert code == 2 and "nobody changes their own role: another owner may" in err
    # the owner hands this computer account to Ivan; from now on Ivan acts here
    code, out, _ = run(capsys, "--db", journal_file, "users", "link", "Ivan")
    assert code == 0 and "Ivan is linked to the login" in out
    code, _, err = run(capsys, "--db", journal_file, "users", "set-role", "Ivan", "owner")
    assert (code, err.strip()) == (2, "rapport: only an owner may manage users and their roles; Ivan is staff")
    code, _, err = run(capsys, "--db", journal_file, "users", "add", "Friend", "--role", "owner")
    assert code == 2 and "only an owner may" in err
    assert [(p["name"], p["role"]) for p in people(capsys, journal_file)] == [("Ivan", "staff"), ("Marta", "owner")]


def test_deactivate_and_reactivate_and_unknown_names(journal_file, capsys):
    run(capsys, "--db", journal_file, "users", "add", "Marta", "--role", "owner")
    run(capsys, "--db", journal_file, "users", "add", "Olena", "--role", "account_manager")
    code, out, _ = run(capsys, "--db", journal_file, "users", "deactivate", "olena")
    assert code == 0 and "Olena is deactivated" in out
    assert [p["active"] for p in people(capsys, journal_file) if p["name"] == "Olena"] == [False]
    assert run(capsys, "--db", journal_file, "users", "reactivate", "Olena")[0] == 0
    code, _, err = run(capsys, "--db", journal_file, "users", "set-role", "Nobody", "owner")
    assert code == 2 and "nobody named 'Nobody' in this journal (see rapport users list)" in err
    code, _, err = run(capsys, "--db", journal_file, "users", "set-role", "Olena", "boss")
    assert code == 2 and "invalid choice: 'boss'" in err
    try:
        code, _, err = run(capsys, "--db", journal_file, "--lang", "uk", "users", "deactivate", "Marta")
    finally:
        wording.use_language()
    assert code == 2 and "не можна вимкнути самого себе" in err
    assert User.select().count() == 2


def test_the_command_line_acts_as_who_this_computer_account_is_and_refuses_saying_who_may(journal_file, capsys, tmp_path):
    run(capsys, "--db", journal_file, "users", "add", "Marta", "--role", "owner")
    run(capsys, "--db", journal_file, "users", "add", "Ivan", "--role", "staff")
    code, out, _ = run(capsys, "--db", journal_file, "whoami")
    assert code == 0 and out.splitlines()[:2] == ["Marta", "role: owner"]
    assert "established by: this computer account" in out
    run(capsys, "--db", journal_file, "users", "link", "Ivan")  # the owner hands this account to Ivan
    code, out, _ = run(capsys, "--db", journal_file, "whoami", "--json")
    assert code == 0 and (json.loads(out)["name"], json.loads(out)["established_by"]) == ("Ivan", "computer account")
    bundle = tmp_path / "firm.json"
    bundle.write_text(json.dumps({"format": "rapport-bundle", "version": 1,
                                  "clients": [{"ref": "c1", "name": "Acme", "stage": "prospect"}]}), encoding="utf-8")
    code, _, err = run(capsys, "--db", journal_file, "import", str(bundle))
    assert code == 2
    assert "only an owner may import a whole journal (it carries settings, weights and users); Ivan is staff" in err
    code, _, err = run(capsys, "--db", journal_file, "users", "link", "Marta")  # nor back to the owner
    assert code == 2 and "only an owner may manage users" in err
    assert run(capsys, "--db", journal_file, "whoami")[1].startswith("Ivan\n")
