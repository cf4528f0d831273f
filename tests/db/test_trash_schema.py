"""Schema version 9 adds the trash: a journal from before it upgrades, and its deletes go to the trash at once."""

from pathlib import Path

from app.journal import records as journal
from app.trash import bin as trash
from db import migrations
from db.connection import close_database, open_database
from db.models import Interaction, TrashItem, User
from tests.db.test_migrations import build_old_journal

SCHEMAS = Path(__file__).parent / "schemas"


def test_a_version_6_journal_gets_a_trash_that_restores_exactly(tmp_path):
    close_database()
    path = tmp_path / "old.db"
    build_old_journal(path, SCHEMAS / "v6.sql")
    database = open_database(path)
    assert migrations.get_version(database) == migrations.latest_version() >= 9
    owner = User.get_by_id(1)  # the sample user is an owner
    before = Interaction.select().tuples().get()
    item = journal.delete_interaction(before[0], by=owner)
    assert not Interaction.select().exists() and TrashItem.select().count() == 1
    trash.restore(item.id, by=owner)
    assert Interaction.select().tuples().get() == before
    # the trash is audited like the rest of the journal
    tables = {t for (t,) in database.execute_sql("SELECT DISTINCT table_name FROM audit_entry").fetchall()}
    assert "trash_item" in tables


def test_the_version_9_snapshot_is_what_a_fresh_journal_holds(tmp_path):
    close_database()
    database = open_database(tmp_path / "new.db")
    made = {sql.strip() for (name, sql) in database.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'").fetchall()
        if not name.startswith("interaction_words_")}
    frozen = (SCHEMAS / "v9.sql").read_text(encoding="utf-8")
    if migrations.latest_version() == 9:
        assert all(sql in frozen for sql in made)
    assert 'CREATE TABLE "trash_item"' in frozen
