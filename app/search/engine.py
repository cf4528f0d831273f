"""Full-text search over the journal: hits with highlighted snippets, filtered and paged, fast at
any size.

Matches are taken newest first (the index hands them over in rowid order, with no sort) in
windows of WINDOW; each window is ranked (BM25 over its own tokens, app.search.ranking: the same
on SQLite and PostgreSQL, the summary counting twice as much as the notes) and paged. A journal
with fewer matches than that is ranked whole; a word found in 500,000 entries costs no more than
one found in 200. Counting stops past COUNT_LIMIT: the screen says "more than 1,000" rather
than reading every match.
"""

import datetime as dt
import html
from dataclasses import asdict, dataclass

from app.search import postgres as search_postgres
from app.search import ranking, snippets
from app.search.query import Wanted, fts5, parse, wanted
from app.search.snippets import ELLIPSIS, MARK_END, MARK_START  # noqa: F401  (the screens' marks)
from db.connection import is_sqlite
from db.models import Client, Interaction, InteractionTag, Tag, db
from db.search_index import InteractionWords

WINDOW = 200
COUNT_LIMIT = 1000


@dataclass(frozen=True)
class SearchHit:
    """One interaction that matches, with the matched words marked in its text."""

    interaction_id: int
    client_id: int
    client: str
    occurred_at: dt.datetime
    kind: str
    summary_snippet: str
    notes_snippet: str
    rank: float

    def as_json(self) -> dict:
        out = asdict(self)
        out["occurred_at"] = self.occurred_at.isoformat()
        out["summary_snippet"] = to_plain(self.summary_snippet)
        out["notes_snippet"] = to_plain(self.notes_snippet)
        return out


def search(text: str, client_id: int | None = None, date_from: dt.date | None = None,
           date_to: dt.date | None = None, tag: str | None = None, kind: str | None = None,
           author_id: int | None = None, limit: int = 50, offset: int = 0,
           typing: bool = False) -> list[SearchHit]:
    """Interactions whose summary or notes match the text, best of the newest first; never fails
    on odd text. typing: the text is still being typed (the search box), so its last word also
    finds the words that begin with it (app.search.query.parse)."""
    limit, offset = max(0, int(limit)), max(0, int(offset))
    node = parse(text, typing)
    if node is None or limit == 0:
        return []
    filters = _filters(client_id, date_from, date_to, tag, kind, author_id)
    page: list[tuple[tuple, float]] = []
    position = offset
    while len(page) < limit:
        number, skip = divmod(position, WINDOW)
        window = _window(node, filters, number)
        taken = ranking.rank(window, node)[skip: skip + limit - len(page)]
        page.extend(taken)
        if len(window) < WINDOW or not taken:
            break  # this window ran out of matches: there are no older ones
        position += len(taken)
    return _hits(page, wanted(node))


def count_matches(text: str, client_id: int | None = None, date_from: dt.date | None = None,
                  date_to: dt.date | None = None, tag: str | None = None, kind: str | None = None,
                  author_id: int | None = None, limit: int | None = None, typing: bool = False) -> int:
    """How many interactions match, counted up to limit + 1 (more means "more than limit");
    limit is COUNT_LIMIT unless given; typing as for search."""
    limit = COUNT_LIMIT if limit is None else limit
    node = parse(text, typing)
    if node is None:
        return 0
    filters = _filters(client_id, date_from, date_to, tag, kind, author_id)
    if not is_sqlite():
        return search_postgres.count(node, filters, limit + 1)
    query = _matches(node, filters, InteractionWords.rowid).limit(limit + 1)
    return query.count()


def _matches(node, filters, *columns):
    query = InteractionWords.select(*columns).where(InteractionWords.match(fts5(node)))
    if filters:
        query = query.join(Interaction, on=(Interaction.id == InteractionWords.rowid)).where(*filters)
    return query


def _window(node, filters, number: int) -> list[tuple]:
    """The number-th window of the newest matches: (id, summary lemmas, notes lemmas, summary
    forms, notes forms), newest first; FTS5 walks its rowids backwards, nothing is sorted."""
    if not is_sqlite():
        return search_postgres.window(node, filters, number * WINDOW, WINDOW)
    words = InteractionWords
    newest = (_matches(node, filters, words.rowid, words.summary, words.notes, words.summary_forms,
                       words.notes_forms)
              .order_by(words.rowid.desc()).limit(WINDOW).offset(number * WINDOW))
    return db.obj.execute(newest).fetchall()


def _filters(client_id, date_from, date_to, tag, kind, author_id) -> list:
    filters = []
    if client_id is not None:
        filters.append(Interaction.client == client_id)
    if date_from is not None:
        filters.append(Interaction.occurred_at >= _day_start(date_from))
    if date_to is not None:
        filters.append(Interaction.occurred_at < _day_start(date_to) + dt.timedelta(days=1))
    if kind:
        filters.append(Interaction.kind == kind)
    if author_id is not None:
        filters.append(Interaction.author == author_id)
    if tag:
        tagged = (InteractionTag.select(InteractionTag.interaction)
                  .join(Tag).where(Tag.name == str(tag).strip().casefold()))
        filters.append(Interaction.id.in_(tagged))
    return filters


def _day_start(day: dt.date) -> dt.datetime:
    if isinstance(day, dt.datetime):
        return day
    return dt.datetime.combine(day, dt.time())


def _hits(page: list[tuple[tuple, float]], marks: Wanted) -> list[SearchHit]:
    """The page's hits in the order given, their snippets marked on the original text."""
    if not page:
        return []
    rows = {row[0]: row for row in _entries([words[0] for words, _ in page])}
    hits = []
    for (interaction_id, lemmas_summary, lemmas_notes, forms_summary, forms_notes), rank in page:
        row = rows.get(interaction_id)
        if row is None:
            continue
        _, client_id, client, occurred_at, kind, summary, notes = row
        if isinstance(occurred_at, str):
            occurred_at = dt.datetime.fromisoformat(occurred_at)
        hits.append(SearchHit(interaction_id, client_id, client, occurred_at, kind,
                              snippets.whole(summary, lemmas_summary, forms_summary, marks),
                              snippets.window(notes, lemmas_notes, forms_notes, marks), rank))
    return hits


def _entries(ids: list[int]) -> list[tuple]:
    """(id, client id, client, occurred_at, kind, summary, notes) of these interactions."""
    query = (Interaction.select(Interaction.id, Interaction.client_id, Client.name, Interaction.occurred_at,
                                Interaction.kind, Interaction.summary, Interaction.notes)
             .join(Client).where(Interaction.id.in_(ids)))
    return db.obj.execute(query).fetchall()


# ---- showing snippets -----------------------------------------------------------------------

def to_html(marked: str) -> str:
    """A snippet as rich text: escaped, with the matched words in bold."""
    escaped = html.escape(marked or "", quote=False)
    return escaped.replace(MARK_START, "<b>").replace(MARK_END, "</b>").replace("\n", " ")


def to_plain(marked: str, start: str = "[", end: str = "]") -> str:
    """A snippet as plain text, the matched words between start and end."""
    return (marked or "").replace(MARK_START, start).replace(MARK_END, end)


def tag_names() -> list[str]:
    """Every tag in the journal, for the search filter."""
    return [name for (name,) in Tag.select(Tag.name).order_by(Tag.name).tuples()]
