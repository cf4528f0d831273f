"""A database password never reaches a message, the log or the screen (db.redaction)."""

import logging

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.redaction import RedactingFilter, redact, remember_secret
from db.server_url import server_address, server_url, with_password, without_password


@pytest.mark.parametrize(("text", "expected"), [
    ("postgresql://olena:s3cr:et@db.firm.local:5432/rapport", "postgresql://olena:***@db.firm.local:5432/rapport"),
    ("postgres://olena:p@ss@host/db", "postgres://olena:***@host/db"),
    ("postgresql://:onlypass@host/db", "postgresql://:***@host/db"),
    ("cannot open (postgresql://u:pw@h/db) now", "cannot open (postgresql://u:***@h/db) now"),
    ("invalid dsn: dbname=firm user=olena password=s3cret host=db", "invalid dsn: dbname=firm user=olena password=*** host=db"),
    ("password = 'two words' host=db", "password = *** host=db"),
    ("postgresql://olena@host/db?sslmode=require&password=s3cret", "postgresql://olena@host/db?sslmode=require&password=***"),
    ("PGPASSWORD=s3cret rapport health", "PGPASSWORD=*** rapport health"),
    ("CREATE ROLE anna LOGIN PASSWORD 'it''s secret'", "CREATE ROLE anna LOGIN PASSWORD ***"),
    ("postgresql://olena@db.firm.local/rapport", "postgresql://olena@db.firm.local/rapport"),
    ("postgresql://db.firm.local:5432/rapport", "postgresql://db.firm.local:5432/rapport"),
    ("/home/olena/rapport.db", "/home/olena/rapport.db"),
    ("FATAL:  password authentication failed for user \"olena\"", "FATAL:  password authentication failed for user \"olena\""),
])
def test_passwords_are_masked_in_every_shape_a_message_carries_them(text, expected):
    assert redact(text) == expected


def test_a_remembered_password_is_masked_wherever_a_driver_echoes_it():
    server_address("postgresql://olena:Tr0ub4dor%26x@db/firm")  # parsed once: remembered
    assert redact('server said: bad token "Tr0ub4dor&x" near Tr0ub4dor%26x') == 'server said: bad token "***" near ***'


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), min_size=1))
def test_any_password_put_into_a_url_is_masked(password):
    url = with_password("postgresql://olena@db.firm.local:5432/firm", password)
    shown = redact(url)
    assert shown == "postgresql://olena:***@db.firm.local:5432/firm"
    assert server_address(url).password == password
    assert without_password(url) == "postgresql://olena@db.firm.local:5432/firm"


def test_the_server_label_is_the_keyring_key_and_shows_no_password():
    address = server_address("postgresql://olena:secret@db.firm.local/firm")
    assert address.label() == "olena@db.firm.local:5432/firm"
    assert server_url("db.firm.local", 6432, "firm", "o.k") == "postgresql://o.k@db.firm.local:6432/firm"


def test_log_records_are_redacted_message_arguments_and_traceback(tmp_path):
    remember_secret("hunter22-secret")
    handler = logging.FileHandler(tmp_path / "log.txt", encoding="utf-8")
    handler.addFilter(RedactingFilter())
    log = logging.getLogger("test.redaction")
    log.addHandler(handler)
    try:
        log.warning("opened %s", "postgresql://olena:pw1@host/db")
        try:
            raise ValueError("password=pw2 and hunter22-secret")
        except ValueError:
            log.exception("failed")
    finally:
        log.removeHandler(handler)
        handler.close()
    text = (tmp_path / "log.txt").read_text(encoding="utf-8")
    assert "postgresql://olena:***@host/db" in text and "ValueError: password=*** and ***" in text
    assert "pw1" not in text and "pw2" not in text and "hunter22" not in text


def test_the_command_line_log_file_is_redacted_too(monkeypatch, capsys):
    from app.cli.main import main

    monkeypatch.setattr("db.connection._postgres_driver_installed", lambda: False)
    assert main(["--db", "postgresql://olena:pa55word-x@127.0.0.1/rapport", "health"]) == 2
    logging.getLogger("any.module").warning("retrying postgresql://olena:pa55word-x@127.0.0.1/rapport")
    assert "pa55word-x" not in capsys.readouterr().err
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "_rapport", False))
    handler.flush()  # the log file set up by the first command of this test process
    log_text = open(handler.baseFilename, encoding="utf-8").read()
    assert "olena:***@127.0.0.1" in log_text and "pa55word-x" not in log_text


def test_a_url_with_a_bad_port_is_refused_without_echoing_it(capsys):
    from app.cli.main import main

    assert main(["--db", "postgresql://olena:s3cretpass/rapport", "health"]) == 2
    err = capsys.readouterr().err
    assert "port is not a number" in err and "s3cretpass" not in err


def test_a_server_journal_is_shown_by_its_label_never_its_password():
    pytest.importorskip("psycopg2")
    from db.connection import make_database, shown_database

    database = make_database("postgresql://olena:Str0ng-pass@db.firm.local/firm")  # not connected
    assert shown_database(database) == "olena@db.firm.local:5432/firm"
