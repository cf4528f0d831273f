"""Full-text search over the journal: ranked hits with highlighted snippets, filtered and paged."""

import datetime as dt
import html
import re
from dataclasses import asdict, dataclass

from app.search import postgres as search_postgres
from app.search.query import match_expression, search_words
from db.connection import is_sqlite
from db.models import Client, Interaction, InteractionTag, Tag
from db.search_index import InteractionIndex, has_index

# Snippets mark the matched words with these two characters; the screen turns them into bold,
# the command line into brackets. They never occur in what people type.
MARK_START = "\x02"
MARK_END = "\x03"
ELLIPSIS = "…"
# A summary counts twice as much as the notes when ranking.
WEIGHTS = (2.0, 1.0)


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
           author_id: int | None = None, limit: int = 50, offset: int = 0) -> list[SearchHit]:
    """Interactions whose summary or notes match the text, best first; never fails on odd text."""
    limit, offset = max(0, int(limit)), max(0, int(offset))
    filters = _filters(client_id, date_from, date_to, tag, kind, author_id)
    if not is_sqlite():
        rows = search_postgres.search_rows(text, filters, limit, offset, (MARK_START, MARK_END, ELLIPSIS))
        return [_hit(row) for row in rows]
    if not has_index():
        return _search_without_index(text, filters, limit, offset)
    expression = match_expression(text)
    if expression is None or limit == 0:
        return []
    rank = InteractionIndex.bm25(*WEIGHTS)
    query = (InteractionIndex
             .select(Interaction.id, Interaction.client_id, Client.name, Interaction.occurred_at,
                     Interaction.kind, InteractionIndex.summary.highlight(MARK_START, MARK_END),
                     InteractionIndex.notes.snippet(MARK_START, MARK_END, ELLIPSIS, 24), rank)
             .join(Interaction, on=(Interaction.id == InteractionIndex.rowid))
             .join(Client, on=(Client.id == Interaction.client))
             .where(InteractionIndex.match(expression), *filters)
             .order_by(rank, Interaction.occurred_at.desc())
             .limit(limit).offset(offset).tuples())
    return [_hit(row) for row in query]


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


def _hit(row) -> SearchHit:
    interaction_id, client_id, client, occurred_at, kind, summary, notes, rank = row
    if isinstance(occurred_at, str):
        occurred_at = dt.datetime.fromisoformat(occurred_at)
    # A notes snippet without a match only repeats the start of the notes: leave it out.
    notes = notes if notes and MARK_START in notes else ""
    return SearchHit(interaction_id, client_id, client, occurred_at, kind, summary or "", notes,
                     float(rank or 0.0))


# ---- without the index (PostgreSQL) ---------------------------------------------------------

def _search_without_index(text, filters, limit, offset) -> list[SearchHit]:
    """Every word found anywhere in the summary or notes, newest first (ILIKE on PostgreSQL)."""
    words = search_words(text)
    if not words or limit == 0:
        return []
    for word in words:
        filters.append(Interaction.summary.contains(word) | Interaction.notes.contains(word))
    query = (Interaction
             .select(Interaction.id, Interaction.client_id, Client.name, Interaction.occurred_at,
                     Interaction.kind, Interaction.summary, Interaction.notes)
             .join(Client).where(*filters)
             .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
             .limit(limit).offset(offset).tuples())
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    hits = []
    for iid, cid, client, occurred_at, kind, summary, notes in query:
        hits.append(_hit((iid, cid, client, occurred_at, kind, _mark(summary, pattern),
                          _notes_window(notes, pattern), 0.0)))
    return hits


def _mark(text: str, pattern: re.Pattern) -> str:
    return pattern.sub(lambda m: f"{MARK_START}{m.group(0)}{MARK_END}", text or "")


def _notes_window(notes: str, pattern: re.Pattern, width: int = 80) -> str:
    found = pattern.search(notes or "")
    if not found:
        return ""
    start = max(0, found.start() - width)
    end = min(len(notes), found.end() + width)
    window = _mark(notes[start:end], pattern)
    return (ELLIPSIS if start else "") + window + (ELLIPSIS if end < len(notes) else "")


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
