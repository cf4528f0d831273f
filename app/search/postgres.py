"""Full-text search on a PostgreSQL journal: the same tokens and the same query as on SQLite.

The index (db.search_index_postgres) holds the dictionary forms and folded forms of every word
in a tsvector with a GIN index; the query tree of app.search.query is written as a tsquery of
quoted lexemes, so no text can make PostgreSQL refuse it. Entries whose text changed are indexed
first (catch_up), then the newest matches are ranked a window at a time, as on SQLite.
"""

from peewee import SQL, Expression, fn

from app.search.query import tsquery
from db.models import Client, Interaction, db
from db.search_index_postgres import InteractionWordsRow as Words
from db.search_index_postgres import catch_up, has_stale

# The summary (weight A) counts twice as much as the notes (weight B), as with FTS5's bm25 weights.
RANK_WEIGHTS = "{0, 0, 0.5, 1}"


def _matches(node, filters, *columns):
    if has_stale():
        catch_up()
    query_text = SQL("%s::tsquery", (tsquery(node),))
    query = Words.select(*columns).where(Expression(Words.document, "@@", query_text))
    if filters:
        query = query.join(Interaction, on=(Interaction.id == Words.interaction_id)).where(*filters)
    return query, query_text


def ranked_window(node, filters, offset: int, size: int, skip: int, limit: int) -> list[tuple[int, float]]:
    """Of the newest `size` matches after `offset`, ranked best first, `limit` from `skip` on:
    [(id, rank)], rank negative (lower is better) as FTS5's bm25 gives it."""
    query, query_text = _matches(node, filters)
    rank = fn.ts_rank(SQL(f"'{RANK_WEIGHTS}'::float4[]"), Words.document, query_text)
    newest = (query.select(Words.interaction_id.alias("id"), (rank * -1).alias("rank"))
              .order_by(Words.interaction_id.desc()).limit(size).offset(offset))
    sql, params = newest.sql()
    cursor = db.obj.execute_sql(f"SELECT id, rank FROM ({sql}) AS newest ORDER BY rank, id DESC LIMIT %s OFFSET %s",
                                (*params, limit, skip))
    return [(int(i), float(r or 0.0)) for i, r in cursor.fetchall()]


def count(node, filters, limit: int) -> int:
    query, _ = _matches(node, filters, Words.interaction_id)
    return query.limit(limit).count()


def hit_rows(ids: list[int]) -> list[tuple]:
    query = (Interaction.select(Interaction.id, Interaction.client_id, Client.name, Interaction.occurred_at,
                                Interaction.kind, Interaction.summary, Interaction.notes, Words.summary,
                                Words.notes, Words.summary_forms, Words.notes_forms)
             .join(Client).join_from(Interaction, Words, on=(Words.interaction_id == Interaction.id))
             .where(Interaction.id.in_(ids)))
    return db.obj.execute(query).fetchall()
