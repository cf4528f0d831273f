"""Full-text search on a PostgreSQL journal: the same tokens and the same query as on SQLite.

The index (db.search_index_postgres) holds the dictionary forms and folded forms of every word
in a tsvector with a GIN index; the query tree of app.search.query is written as a tsquery of
quoted lexemes, so no text can make PostgreSQL refuse it. Entries whose text changed are indexed
first (catch_up); the newest matches are read a window at a time and ranked by
app.search.ranking, as on SQLite.
"""

from peewee import SQL, Expression

from app.search.query import tsquery
from db.models import Interaction, db
from db.search_index_postgres import InteractionWordsRow as Words
from db.search_index_postgres import catch_up, has_stale


def _matches(node, filters, *columns):
    if has_stale():
        catch_up()
    query_text = SQL("%s::tsquery", (tsquery(node),))
    query = Words.select(*columns).where(Expression(Words.document, "@@", query_text))
    if filters:
        query = query.join(Interaction, on=(Interaction.id == Words.interaction_id)).where(*filters)
    return query, query_text


def window(node, filters, offset: int, size: int) -> list[tuple]:
    """The newest `size` matches after `offset`: (id, summary lemmas, notes lemmas, summary forms,
    notes forms), newest first."""
    query, _ = _matches(node, filters, Words.interaction_id, Words.summary, Words.notes, Words.summary_forms,
                        Words.notes_forms)
    return db.obj.execute(query.order_by(Words.interaction_id.desc()).limit(size).offset(offset)).fetchall()


def count(node, filters, limit: int) -> int:
    query, _ = _matches(node, filters, Words.interaction_id)
    return query.limit(limit).count()
