"""The search index on a PostgreSQL journal: the same words as on SQLite, in a table with a GIN index.

PostgreSQL cannot run Rapport's Python in a trigger, so a PL/pgSQL trigger only marks an
interaction whose text was written as stale, in the same transaction; before searching, the app
reads the stale rows, normalises them with db.search_words (exactly as SQLite's triggers do)
and writes their tokens (catch_up). The document is a tsvector built here, not by PostgreSQL's
parser: each word of the text is its dictionary form and, at the same position, its folded form
marked with "=", the summary weighted A and the notes B; the tsquery is built by
app.search.query the same way, so both read the same tokens.
"""

from peewee import BooleanField, IntegerField, Model, TextField

from db.models import db
from db.search_words import index_lines

TABLE = "interaction_words"
FORM_MARK = "="
BATCH = 5_000
# PostgreSQL keeps positions up to 16383 and at most 256 of them per lexeme.
MAX_POSITION = 16383
MAX_POSITIONS = 256
MAX_LEXEME_BYTES = 2000


class InteractionWordsRow(Model):
    """One interaction's tokens and tsvector on PostgreSQL (stale until the app has written them)."""

    interaction_id = IntegerField(primary_key=True)
    summary = TextField()
    notes = TextField()
    summary_forms = TextField()
    notes_forms = TextField()
    document = TextField()  # tsvector
    stale = BooleanField()

    class Meta:
        database = db
        table_name = TABLE


STATEMENTS = (
    f"""CREATE TABLE IF NOT EXISTS {TABLE} (
        interaction_id INTEGER PRIMARY KEY REFERENCES interaction (id) ON DELETE CASCADE ON UPDATE CASCADE,
        summary TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '',
        summary_forms TEXT NOT NULL DEFAULT '', notes_forms TEXT NOT NULL DEFAULT '',
        document TSVECTOR NOT NULL DEFAULT ''::tsvector, stale BOOLEAN NOT NULL DEFAULT TRUE)""",
    f"CREATE INDEX IF NOT EXISTS {TABLE}_document ON {TABLE} USING GIN (document)",
    f"CREATE INDEX IF NOT EXISTS {TABLE}_stale ON {TABLE} (interaction_id) WHERE stale",
    f"""CREATE OR REPLACE FUNCTION {TABLE}_mark_stale() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO {TABLE} (interaction_id) VALUES (NEW.id)
        ON CONFLICT (interaction_id) DO UPDATE SET stale = TRUE;
        RETURN NULL;
    END $$""",
    f"DROP TRIGGER IF EXISTS {TABLE}_stale ON interaction",
    f"""CREATE TRIGGER {TABLE}_stale AFTER INSERT OR UPDATE OF summary, notes ON interaction
        FOR EACH ROW EXECUTE FUNCTION {TABLE}_mark_stale()""",
)


def create_index(database, progress=None) -> None:
    """Create the table, its indexes and trigger, and index every interaction already there."""
    for statement in STATEMENTS:
        database.execute_sql(statement)
    database.execute_sql(f"INSERT INTO {TABLE} (interaction_id) SELECT id FROM interaction ON CONFLICT DO NOTHING")
    catch_up(database, progress)


def _lexeme(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def document(summary: str, notes: str) -> tuple[str, str, str, str, str]:
    """(summary lemmas, notes lemmas, summary forms, notes forms, tsvector text) of one entry."""
    positions: dict[str, list[str]] = {}
    lines = []
    at = 1
    for text, weight in ((summary, "A"), (notes, "B")):
        forms, lemmas = index_lines(text or "")
        lines.append((lemmas, forms))
        for form, lemma in zip(forms.split(), lemmas.split(), strict=False):
            label = f"{min(at, MAX_POSITION)}{weight}"
            for lexeme in (lemma, FORM_MARK + form):
                if len(lexeme.encode()) < MAX_LEXEME_BYTES:
                    kept = positions.setdefault(lexeme, [])
                    if len(kept) < MAX_POSITIONS and (not kept or kept[-1] != label):
                        kept.append(label)
            at += 1
        at += 1  # a phrase never runs from the summary into the notes
    vector = " ".join(f"{_lexeme(lex)}:{','.join(labels)}" for lex, labels in positions.items())
    return lines[0][0], lines[1][0], lines[0][1], lines[1][1], vector


def catch_up(database=None, progress=None) -> int:
    """Write the tokens of every interaction whose text changed since; returns how many."""
    database = database if database is not None else db.obj
    total = database.execute_sql(f"SELECT count(*) FROM {TABLE} WHERE stale").fetchone()[0]
    done = 0
    from psycopg2.extras import execute_values

    while done < total:
        rows = database.execute_sql(
            f"SELECT i.id, i.summary, i.notes FROM {TABLE} AS w JOIN interaction AS i ON i.id = w.interaction_id "
            f"WHERE w.stale ORDER BY w.interaction_id LIMIT {BATCH}").fetchall()
        if not rows:
            break
        values = [(iid, *document(summary, notes), summary, notes) for iid, summary, notes in rows]
        with database.atomic():
            # Written only if the text is still what was read (a write meanwhile leaves it stale).
            execute_values(database.cursor(), f"""
                UPDATE {TABLE} AS w SET summary = v.summary, notes = v.notes, summary_forms = v.summary_forms,
                    notes_forms = v.notes_forms, document = v.document::tsvector, stale = FALSE
                FROM (VALUES %s) AS v (id, summary, notes, summary_forms, notes_forms, document, was_summary,
                                       was_notes)
                JOIN interaction AS i ON i.id = v.id AND i.summary = v.was_summary AND i.notes = v.was_notes
                WHERE w.interaction_id = v.id""", values, page_size=1000)
        done += len(rows)
        if progress is not None:
            progress(min(done, total), total, "indexing the journal for search")
    return done


def has_stale(database=None) -> bool:
    database = database if database is not None else db.obj
    return database.execute_sql(f"SELECT 1 FROM {TABLE} WHERE stale LIMIT 1").fetchone() is not None
