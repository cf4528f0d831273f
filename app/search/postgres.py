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

# Ids in the first range of newest entries looked at; each next range is four times wider.
FIRST_RANGE = 4096


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
    notes forms), newest first. A GIN index hands over its matches in no order, so the newest
    are looked for in ranges of ids going back, each four times wider than the last: a common
    word is found in the first range without reading every entry that holds it."""
    top = Words.select(Words.interaction_id).order_by(Words.interaction_id.desc()).limit(1).scalar() or 0
    found: list[int] = []
    high, span = top, FIRST_RANGE
    while len(found) < offset + size and high > 0:
        low = max(0, high - span)
        query, _ = _matches(node, filters, Words.interaction_id)
        query = (query.where(Words.interaction_id > low, Words.interaction_id <= high)
                 .order_by(Words.interaction_id.desc()).limit(offset + size - len(found)))
        found.extend(row[0] for row in db.obj.execute(query).fetchall())
        high, span = low, span * 4
    ids = found[offset:offset + size]
    if not ids:
        return []
    rows = (Words.select(Words.interaction_id, Words.summary, Words.notes, Words.summary_forms, Words.notes_forms)
            .where(Words.interaction_id.in_(ids)).order_by(Words.interaction_id.desc()))
    return db.obj.execute(rows).fetchall()


def count(node, filters, limit: int) -> int:
    query, _ = _matches(node, filters, Words.interaction_id)
    return query.limit(limit).count()
