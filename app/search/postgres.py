"""Full-text search on a PostgreSQL journal: its own text search, read the way the FTS5 index is.

The user's text goes through the same stemming as on SQLite (app.search.query.web_syntax), then
becomes a tsquery of prefix terms: "рефинансирование" finds "рефинансировании", quoted words are
a phrase, OR joins alternatives, a leading - or NOT leaves a word out, summary: and notes: name a
column. The query is built here piece by piece, so no text can make PostgreSQL refuse it.
Documents are read with the 'simple' configuration (lower case, no language stemming), the
summary weighted above the notes; snippets come from ts_headline.
"""

import re
from dataclasses import dataclass, field

from peewee import SQL, Expression, fn

from app.search.query import web_syntax
from db.models import Client, Interaction

CONFIG = "simple"
# The summary (weight A) counts twice as much as the notes (weight B), as with FTS5's bm25 weights.
RANK_WEIGHTS = "{0, 0, 0.5, 1}"
NOTES_WORDS = 24

_TOKEN = re.compile(r'"[^"]*"?|[()]|(?:-|(?:summary|notes):)*[^\s"()]+|-|\S')
_WORD = re.compile(r"[^\W_]+")
_COLUMN_ONLY = re.compile(r"-?(summary|notes):")
_COLUMN_WEIGHT = {"summary": "A", "notes": "B"}


@dataclass
class _Reader:
    """Walks the tokens of web syntax, building a tsquery that always parses."""

    tokens: list[str]
    at: int = 0
    negated: int = 0
    # Operands that must be found (not excluded): what the snippets mark.
    wanted: list[str] = field(default_factory=list)

    def peek(self) -> str | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self) -> str:
        self.at += 1
        return self.tokens[self.at - 1]

    def any_of(self) -> str | None:
        """Alternatives joined by OR (the lowest precedence, as in FTS5)."""
        parts = [self.all_of()]
        while self.peek() == "OR":
            self.take()
            parts.append(self.all_of())
        return _join(" | ", parts)

    def all_of(self) -> str | None:
        parts = []
        while self.peek() not in (None, "OR", ")"):
            if self.peek() == "AND":
                self.take()
                continue
            parts.append(self.one())
        return _join(" & ", parts)

    def one(self) -> str | None:
        token = self.take()
        if token in ("NOT", "-"):
            self.negated += 1
            inner = self.one() if self.peek() not in (None, "OR", ")") else None
            self.negated -= 1
            return f"!{inner}" if inner else None
        if token == "(":
            inner = self.any_of()
            if self.peek() == ")":
                self.take()
            return inner
        if _COLUMN_ONLY.fullmatch(token) and self.peek() not in (None, "OR", "(", ")"):
            token += self.take()  # summary: "a phrase"
        operand = _term(token)
        if operand and not operand.startswith("!") and self.negated % 2 == 0:
            self.wanted.append(operand)
        return operand


def _join(operator: str, parts: list[str | None]) -> str | None:
    parts = [p for p in parts if p]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else "(" + operator.join(parts) + ")"


def _lexeme(word: str, weight: str, prefix: bool) -> str:
    quoted = "'" + word.casefold().replace("\\", "\\\\").replace("'", "''") + "'"
    label = (":*" if prefix else ":" if weight else "") + weight
    return quoted + label


def _term(token: str) -> str | None:
    """One word, word part or phrase (with its - and column prefixes) as a tsquery operand."""
    negate = False
    weight = ""
    while True:
        if token.startswith("-") and len(token) > 1:
            negate, token = True, token[1:]
            continue
        column = re.match(r"(summary|notes):", token)
        if column:
            weight, token = _COLUMN_WEIGHT[column.group(1)], token[column.end():]
            continue
        break
    if token.startswith('"'):  # a phrase: these words, in this order, each whole
        words = _WORD.findall(token)
        operand = _join(" <-> ", [_lexeme(w, weight, prefix=False) for w in words])
    else:
        prefix = token.endswith("*")
        operand = _join(" & ", [_lexeme(w, weight, prefix) for w in _WORD.findall(token)])
    if operand is None:
        return None
    return f"!{operand}" if negate else operand


def _finds_something(query: str) -> bool:
    """A query of exclusions only would list the whole journal: treat it as nothing to find."""
    return not re.fullmatch(r"\(?(!\S+(\s&\s)?)+\)?", query)


def tsquery_texts(text: str) -> tuple[str, str] | None:
    """The to_tsquery() texts for what the user typed: what to find, and what to mark in the
    snippets (every word that is not excluded); None when it holds nothing to find."""
    text = str(text).replace("\x00", " ")
    reader = _Reader(_TOKEN.findall(web_syntax(text)))
    parts = []
    while reader.peek() is not None:
        if reader.peek() == ")":  # a stray closing parenthesis
            reader.take()
            continue
        parts.append(reader.any_of())
    query = _join(" & ", parts)
    if not query or not _finds_something(query) or not reader.wanted:
        return None
    return query, _join(" | ", reader.wanted)


def _document():
    summary = fn.setweight(fn.to_tsvector(CONFIG, fn.COALESCE(Interaction.summary, "")), "A")
    notes = fn.setweight(fn.to_tsvector(CONFIG, fn.COALESCE(Interaction.notes, "")), "B")
    return summary.concat(notes)


def search_rows(text: str, filters: list, limit: int, offset: int, marks: tuple[str, str, str]) -> list[tuple]:
    """(id, client id, client, occurred_at, kind, marked summary, marked notes, rank) for the
    best matches, best first; rank is negative, lower is better, as FTS5's bm25 gives it."""
    texts = tsquery_texts(text)
    if texts is None or limit == 0:
        return []
    start, end, _ = marks
    document, tsquery, wanted = _document(), fn.to_tsquery(CONFIG, texts[0]), fn.to_tsquery(CONFIG, texts[1])
    rank = fn.ts_rank(SQL(f"'{RANK_WEIGHTS}'::float4[]"), document, tsquery)
    best = (Interaction.select(Interaction.id, rank.alias("rank"), Interaction.occurred_at)
            .where(Expression(document, "@@", tsquery), *filters)
            .order_by(rank.desc(), Interaction.occurred_at.desc(), Interaction.id.desc())
            .limit(limit).offset(offset).alias("best"))
    # Snippets (the costly part) only for the page found.
    marked = f'StartSel="{start}", StopSel="{end}"'
    summary = fn.ts_headline(CONFIG, fn.COALESCE(Interaction.summary, ""), wanted, f"{marked}, HighlightAll=true")
    notes = fn.ts_headline(CONFIG, fn.COALESCE(Interaction.notes, ""), wanted,
                           f"{marked}, MaxWords={NOTES_WORDS}, MinWords={NOTES_WORDS // 2}, ShortWord=0")
    query = (Interaction.select(Interaction.id, Interaction.client_id, Client.name, Interaction.occurred_at,
                                Interaction.kind, summary, notes, best.c.rank, Interaction.notes)
             .join_from(Interaction, best, on=(best.c.id == Interaction.id))
             .join_from(Interaction, Client)
             .order_by(best.c.rank.desc(), best.c.occurred_at.desc(), Interaction.id.desc()).tuples())
    return [(*row[:6], _with_ellipsis(row[6], row[8] or "", marks), -float(row[7] or 0.0)) for row in query]


def _with_ellipsis(window: str, notes: str, marks: tuple[str, str, str]) -> str:
    """Mark a notes window cut from a longer text with an ellipsis where it was cut."""
    start, end, ellipsis = marks
    plain = window.replace(start, "").replace(end, "").strip()
    if not plain or start not in window:
        return ""
    whole = notes.strip()
    return ((ellipsis if not whole.startswith(plain) else "") + window.strip()
            + (ellipsis if not whole.endswith(plain) else ""))
