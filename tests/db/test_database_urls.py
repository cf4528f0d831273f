"""--db with a database URL: what the user is told when it cannot work (no server needed)."""

import pytest

from db.connection import DatabaseOpenError, make_database, shown_target


def test_a_password_in_a_url_is_never_shown():
    assert shown_target("postgresql://olena:s3cr:et@db.firm.local:5432/rapport") == \
        "postgresql://olena:***@db.firm.local:5432/rapport"
    assert shown_target("postgresql://olena@db.firm.local/rapport") == "postgresql://olena@db.firm.local/rapport"
    assert shown_target("/home/olena/rapport.db") == "/home/olena/rapport.db"


def test_without_the_driver_the_user_is_told_what_to_install(monkeypatch, capsys):
    from app.cli.main import main

    monkeypatch.setattr("db.connection._postgres_driver_installed", lambda: False)
    assert main(["--db", "postgresql://olena:secret@127.0.0.1/rapport", "health"]) == 2
    err = capsys.readouterr().err
    assert "rapport[postgres]" in err and "secret" not in err
    assert err.count("\n") == 1


def test_a_server_that_does_not_answer_is_one_line_without_the_password(capsys):
    pytest.importorskip("psycopg2")
    from app.cli.main import main

    # Port 1 on loopback: nothing listens there, so the connection is refused at once.
    assert main(["--db", "postgresql://olena:secret@127.0.0.1:1/rapport", "search", "x"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("rapport: postgresql://olena:***@127.0.0.1:1/rapport: cannot open the database")
    assert "secret" not in err and err.count("\n") == 1


@pytest.mark.parametrize("url", ["mysql://a:b@host/db", "cockroach://host/db"])
def test_other_kinds_of_database_are_refused_by_name(url):
    with pytest.raises(DatabaseOpenError, match="a SQLite file or a postgresql:// URL"):
        make_database(url)
