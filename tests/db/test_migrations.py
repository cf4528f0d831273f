"""A journal built at every older schema version, with data, upgrades with nothing lost.

tests/db/schemas/vN.sql is the schema exactly as version N created it. Each older one is
built, filled with a row in every table, opened through the app, and checked.
"""

import re
import sqlite3
from pathlib import Path

import pytest

from app.journal import records as journal
from db import migrations
from db.connection import DatabaseOpenError, close_database, open_database
from db.models import Interaction
from tests.authors import signing_author

SCHEMAS = Path(__file__).parent / "schemas"

# Plausible values for columns that hold a vocabulary word or JSON, so a step that converts
# values meets real ones; every other column gets a value from its declared type.
SAMPLE_VALUES = {
    "stage": "contracted", "from_stage": "prospect", "to_stage": "contracted", "channel": "call",
    "kind": "complaint", "direction": "inbound", "role": "owner", "status": "open", "severity": "high",
    "reading": "uneasy", "side": "ours", "decision": "interesting", "category": "policy", "language": "en",
    "kinds": "complaint", "tags": "hear", "criteria_met": "[1]", "key": "work_start", "value": '"09:00"',
    "sentiment": -1, "effort": 3, "email": "ivan@acme.test",
}


def schema_version(path: Path) -> int:
    return int(re.fullmatch(r"v(\d+)\.sql", path.name).group(1))


def older_schemas() -> list[Path]:
    found = sorted(SCHEMAS.glob("v*.sql"), key=schema_version)
    return [p for p in found if schema_version(p) < migrations.latest_version()]


def sample_value(table: str, column: str, declared: str, is_reference: bool):
    if is_reference or column == "id":
        return 1
    if column in SAMPLE_VALUES:
        return SAMPLE_VALUES[column]
    declared = declared.upper()
    if "INT" in declared:
        return 1
    if "REAL" in declared or "FLOAT" in declared:
        return 2.5
    if declared == "DATE":
        return "2026-03-01"
    if declared == "DATETIME":
        return "2026-03-01 10:30:00"
    limit = re.search(r"\((\d+)\)", declared)
    text = f"{table}.{column} — Пример"
    return text[:int(limit.group(1))] if limit else text


def plain_tables(con: sqlite3.Connection) -> list[str]:
    """Ordinary tables in creation order (parents before children); no virtual or shadow ones."""
    kinds = {row[1]: row[2] for row in con.execute("PRAGMA table_list")}
    names = [row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
    return [n for n in names if kinds.get(n) == "table" and not n.startswith("sqlite_")]


def build_old_journal(path: Path, schema: Path) -> dict[str, list[tuple]]:
    """Create a journal at an old version with one row in every table; return what it holds."""
    con = sqlite3.connect(path)
    # From version 5 on, triggers call functions Rapport registers on its own connections.
    con.create_function("rapport_lemmas", 1, lambda text: text or "")
    con.create_function("rapport_forms", 1, lambda text: text or "")
    # Version 6's audit triggers do too: who acts, the computer account, the time.
    con.create_function("rapport_actor", 0, lambda: None)
    con.create_function("rapport_login", 0, lambda: "tester")
    con.create_function("rapport_now", 0, lambda: "2026-01-01 00:00:00.000000")
    con.executescript(schema.read_text(encoding="utf-8"))
    expected = {}
    for table in plain_tables(con):
        references = {row[3] for row in con.execute(f'PRAGMA foreign_key_list("{table}")')}
        columns = [(row[1], row[2]) for row in con.execute(f'PRAGMA table_info("{table}")')]
        values = [sample_value(table, name, declared, name in references) for name, declared in columns]
        names = ", ".join(f'"{name}"' for name, _ in columns)
        con.execute(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(values))})', values)
        expected[table] = (names, [tuple(values)])
    con.commit()
    # What the journal holds, triggers' rows included (from version 6 the audit trail records the inserts)
    expected = {table: (names, con.execute(f'SELECT {names} FROM "{table}" ORDER BY rowid').fetchall())
                for table, (names, _rows) in expected.items()}
    con.close()
    return expected


@pytest.mark.parametrize("schema", older_schemas(), ids=lambda p: p.stem)
def test_an_older_journal_upgrades_with_nothing_lost(tmp_path, schema):
    close_database()
    path = tmp_path / "old.db"
    expected = build_old_journal(path, schema)
    database = open_database(path)
    assert migrations.get_version(database) == migrations.latest_version()
    for table, (names, rows) in expected.items():
        assert database.execute_sql(f'SELECT {names} FROM "{table}" ORDER BY rowid').fetchall() == rows, table
    backups = list(tmp_path.glob(f"old.db.v{schema_version(schema)}-*.bak"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == schema_version(schema)
    # and the journal works: an entry can be logged for the client that was there
    journal.log_interaction(author=signing_author(), client=1, occurred_at="2026-03-02", channel="email", kind="update", summary="after")
    assert Interaction.select().count() == 2


def test_the_oldest_schema_file_is_version_one():
    first = SCHEMAS / "v1.sql"
    assert "PRAGMA user_version = 1" in first.read_text(encoding="utf-8")


def test_a_fresh_journal_is_created_at_the_latest_version_without_a_backup(tmp_path):
    close_database()
    database = open_database(tmp_path / "new.db")
    assert migrations.get_version(database) == migrations.latest_version()
    assert list(tmp_path.glob("*.bak")) == []


def test_a_journal_from_a_newer_rapport_is_refused(tmp_path):
    close_database()
    path = tmp_path / "newer.db"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE future (x)")
        con.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    with pytest.raises(migrations.DatabaseTooNew, match="newer Rapport"):
        open_database(path)


def test_a_database_of_another_program_is_refused(tmp_path):
    close_database()
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(migrations.NotARapportDatabase):
        open_database(path)
    with sqlite3.connect(path) as con:  # and it is left as it was
        assert [r[0] for r in con.execute("SELECT name FROM sqlite_master")] == ["customers"]


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    close_database()
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(DatabaseOpenError, match="notes.db"):
        open_database(path)
