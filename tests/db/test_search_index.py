"""The full-text index: made for fresh databases, added to old ones by migration step 2."""

import sqlite3
from pathlib import Path

from app.search.engine import search
from db.connection import close_database, open_database
from db.migrations import get_version, latest_version
from db.search_index import TABLE

SCHEMAS = Path(__file__).parent / "schemas"


def objects(database) -> set[str]:
    return {name for (name,) in database.execute_sql("SELECT name FROM sqlite_master").fetchall()}


def write_v1_database(path: Path) -> None:
    """A journal as Rapport's first schema left it: the tables of version 1, no search index."""
    schema = SCHEMAS / "v1.sql"
    if schema.exists():
        script = schema.read_text(encoding="utf-8")
    else:  # until the v1 snapshot exists: today's tables without the index are version 1
        from peewee import SqliteDatabase

        from db.models import ALL_MODELS

        scratch = SqliteDatabase(":memory:")
        with scratch.bind_ctx(ALL_MODELS):
            scratch.create_tables(ALL_MODELS)
        script = ";\n".join(sql for (sql,) in scratch.execute_sql(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'")) + ";"
    connection = sqlite3.connect(path)
    connection.executescript(script)
    connection.executescript("""
        INSERT INTO client (id, name, stage, segment, notes, created_at, updated_at)
        VALUES (1, 'Acme', 'contracted', '', '', '2025-01-01 09:00:00', '2025-01-01 09:00:00');
        INSERT INTO interaction (id, client_id, occurred_at, channel, kind, summary, notes, created_at, updated_at)
        VALUES (1, 1, '2025-02-01 10:00:00', 'call', 'negotiation', 'Обсуждали рефинансирование',
                'Попросили скидку', '2025-02-01 10:00:00', '2025-02-01 10:00:00');
        PRAGMA user_version = 1;
    """)
    connection.commit()
    connection.close()


def test_a_fresh_database_has_the_index_and_its_triggers(database):
    assert get_version(database) == latest_version() >= 2
    assert {TABLE, f"{TABLE}_after_insert", f"{TABLE}_after_delete", f"{TABLE}_after_update"} <= objects(database)


def test_upgrading_a_version_1_journal_indexes_the_entries_already_there(tmp_path):
    close_database()
    path = tmp_path / "old.db"
    write_v1_database(path)
    database = open_database(path)
    assert get_version(database) == latest_version()
    [hit] = search("рефинансированием")
    assert (hit.interaction_id, hit.client) == (1, "Acme")
    assert search("скидки")[0].interaction_id == 1
    database.execute_sql("UPDATE interaction SET summary = 'Другое' WHERE id = 1")
    assert search("рефинансирование") == []
    assert list(tmp_path.glob("old.db.v1-*.bak")), "the old file is copied before migrating"


def test_the_index_passes_sqlite_integrity_check_after_writes(make_interaction, database):
    entry = make_interaction(summary="Первый", notes="Заметка")
    database.execute_sql("UPDATE interaction SET notes = 'Другая заметка' WHERE id = ?", (entry.id,))
    database.execute_sql("DELETE FROM interaction WHERE id = ?", (entry.id,))
    make_interaction(summary="Второй")
    database.execute_sql(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('integrity-check', 1)")


def indexes_of(database, table: str) -> set[str]:
    return {row[1] for row in database.execute_sql(f"PRAGMA index_list({table})").fetchall()
            if not row[1].startswith("sqlite_")}


def test_upgrading_version_2_gives_the_indexes_a_fresh_journal_has(tmp_path, database):
    fresh = indexes_of(database, "interaction")
    close_database()
    path = tmp_path / "v2.db"
    connection = sqlite3.connect(path)
    connection.executescript((SCHEMAS / "v2.sql").read_text(encoding="utf-8"))
    connection.executescript("""
        INSERT INTO client (id, name, stage, segment, notes, created_at, updated_at)
        VALUES (1, 'Acme', 'contracted', '', '', '2025-01-01 09:00:00', '2025-01-01 09:00:00');
        INSERT INTO interaction (id, client_id, occurred_at, channel, kind, summary, notes, created_at, updated_at)
        VALUES (1, 1, '2025-02-01 10:00:00', 'call', 'update', 'Late delivery', '',
                '2025-02-01 10:00:00', '2025-02-01 10:00:00');
    """)
    connection.close()
    upgraded = open_database(path)
    assert get_version(upgraded) == latest_version()
    assert indexes_of(upgraded, "interaction") == fresh
    assert "interaction_client_id_occurred_at" not in fresh
    assert search("deliveries")[0].interaction_id == 1


def test_a_bulk_insert_with_the_triggers_paused_is_indexed_at_the_end(make_interaction, database):
    from db.models import db
    from db.search_index import indexed_after_bulk_insert

    make_interaction(summary="Before the import")
    with db.atomic(), indexed_after_bulk_insert():
        database.cursor().executemany(
            "INSERT INTO interaction (client_id, occurred_at, channel, kind, summary, notes, created_at, "
            "updated_at) VALUES (1, '2026-01-01 10:00:00', 'call', 'update', ?, '', '', '')",
            [(f"Imported claim {n}",) for n in range(5)])
    assert len(search("claims")) == 5 and len(search("before")) == 1
    database.execute_sql(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('integrity-check', 1)")
    assert {f"{TABLE}_after_insert", f"{TABLE}_after_update"} <= objects(database)


def test_upgrading_version_3_replaces_the_index_of_raw_text_with_the_index_of_word_forms(tmp_path):
    close_database()
    path = tmp_path / "v3.db"
    connection = sqlite3.connect(path)
    connection.executescript((SCHEMAS / "v3.sql").read_text(encoding="utf-8"))
    connection.executescript("""
        INSERT INTO client (id, name, stage, segment, notes, created_at, updated_at)
        VALUES (1, 'Acme', 'contracted', '', '', '2025-01-01 09:00:00', '2025-01-01 09:00:00');
        INSERT INTO interaction (id, client_id, occurred_at, channel, kind, summary, notes, created_at, updated_at)
        VALUES (1, 1, '2025-02-01 10:00:00', 'call', 'update', 'Счёт покупателям', 'Немає звʼязку',
                '2025-02-01 10:00:00', '2025-02-01 10:00:00');
    """)
    connection.close()
    database = open_database(path)
    names = objects(database)
    assert not {n for n in names if n.startswith("interaction_fts")}, "version 2's index and triggers are gone"
    assert {TABLE, f"{TABLE}_after_insert", f"{TABLE}_after_delete", f"{TABLE}_after_update"} <= names
    assert [h.interaction_id for h in search("счета покупателя зв'язок")] == [1]
    database.execute_sql(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('integrity-check', 1)")
