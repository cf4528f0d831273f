"""What a person types into the search box, read into a query tree, then written for FTS5 or
PostgreSQL's tsquery; no text can make either refuse it.

- a bare word finds every form of it: its dictionary forms (db.search_words.query_lemmas), so
  «счет» finds «счёта», «працюють» finds «працювати»; a Latin word asks for the Snowball stems
  of its usual English endings too ("delivered" finds "delivery": deliv and deliveri);
- a single word in quotes ("счета") finds that form only (folded: case, ё, apostrophes, accents);
- several words in quotes are a phrase: these words, in this order, each in any form;
- OR between alternatives, a leading - or NOT leaves a word or phrase out, parentheses group;
- summary: or notes: before a word or phrase looks in that field only.
"""

import re
from dataclasses import dataclass, field
from itertools import product

from db.search_words import WORD, fold, query_lemmas, token

# A phrase in quotes, a parenthesis, or a run of anything else.
_CHUNK = re.compile(r'"[^"]*"?|[()]|[^\s"()]+')
_COLUMN = re.compile(r"^(summary|notes):", re.IGNORECASE)
# A phrase asks for at most this many combinations of its words' dictionary forms.
PHRASE_COMBINATIONS = 16
# A Latin stem keeps at least this many letters.
MIN_STEM = 4
_LATIN_ENDINGS = ("ings", "ing", "ies", "ied", "es", "ed", "s", "y", "e")
# What a Latin stem is tried with, so Snowball's different stems of one word all come back.
_LATIN_VARIANTS = ("", "e", "s", "es", "ed", "ing", "y", "ies", "ied")


@dataclass(frozen=True)
class Word:
    """A word in any form: one of the index's tokens for its forms."""

    lemmas: tuple[str, ...]
    column: str | None = None


@dataclass(frozen=True)
class Form:
    """A word in exactly this (folded) form."""

    form: str
    column: str | None = None


@dataclass(frozen=True)
class Phrase:
    """Words in this order, each in any form: a list of alternatives per position."""

    positions: tuple[tuple[str, ...], ...]
    column: str | None = None


@dataclass
class Group:
    """All of `wanted` (or any of them when `any_of`), and none of `unwanted`."""

    wanted: list = field(default_factory=list)
    unwanted: list = field(default_factory=list)
    any_of: bool = False


def latin_stem(word: str) -> str:
    """A Latin word without its ending, if what remains is long enough to mean something."""
    for ending in _LATIN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


def _word(text: str, column: str | None) -> Word | Phrase | None:
    """One typed word (or "e-mail", "4.2": its parts, as a phrase)."""
    parts = WORD.findall(text)
    if not parts:
        return None
    if len(parts) > 1:
        return _phrase(parts, column)
    original = parts[0]
    folded = fold(original)
    lemmas = query_lemmas(folded, "ё" in original.casefold())
    if folded.isascii() and folded.isalpha():
        lemmas = _latin_lemmas(lemmas, latin_stem(token(folded)))
    return Word(lemmas, column)


def _latin_lemmas(lemmas: tuple[str, ...], stem: str) -> tuple[str, ...]:
    found = list(lemmas)
    for ending in _LATIN_VARIANTS:
        found.extend(query_lemmas(stem + ending))
    return tuple(dict.fromkeys(found))


def _phrase(parts: list[str], column: str | None) -> Phrase:
    positions = []
    budget = PHRASE_COMBINATIONS
    for part in parts:
        lemmas = query_lemmas(fold(part), "ё" in part.casefold())
        keep = max(1, min(len(lemmas), budget))
        budget = max(1, budget // keep)
        positions.append(lemmas[:keep])
    return Phrase(tuple(positions), column)


def _quoted(chunk: str, column: str | None):
    parts = WORD.findall(chunk)
    if not parts:
        return None
    if len(parts) == 1:
        return Form(token(fold(parts[0])), column)
    return _phrase(parts, column)


class _Reader:
    """Walks the chunks of the typed text into a tree of Groups."""

    def __init__(self, text: str):
        self.chunks = _CHUNK.findall(text)
        self.at = 0

    def peek(self) -> str | None:
        return self.chunks[self.at] if self.at < len(self.chunks) else None

    def take(self) -> str:
        self.at += 1
        return self.chunks[self.at - 1]

    def any_of(self):
        parts = [self.all_of()]
        while self.peek() == "OR":
            self.take()
            parts.append(self.all_of())
        parts = [p for p in parts if p is not None]
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else Group(parts, any_of=True)

    def all_of(self):
        group = Group()
        while self.peek() not in (None, "OR", ")"):
            chunk = self.take()
            if chunk == "AND":
                continue
            negated = False
            if chunk == "NOT" or chunk == "-":
                negated = True
                if self.peek() in (None, "OR", ")"):
                    continue
                chunk = self.take()
            elif chunk.startswith("-") and len(chunk) > 1:
                negated, chunk = True, chunk[1:]
            node = self.one(chunk)
            if node is not None:
                (group.unwanted if negated else group.wanted).append(node)
        if not group.wanted:
            return None  # nothing but exclusions would list the whole journal
        if not group.unwanted and len(group.wanted) == 1:
            return group.wanted[0]
        return group

    def one(self, chunk: str):
        if chunk == "(":
            inner = self.any_of()
            if self.peek() == ")":
                self.take()
            return inner
        if chunk == ")":
            return None
        column = None
        found = _COLUMN.match(chunk)
        if found:
            column, chunk = found.group(1).lower(), chunk[found.end():]
            if not chunk and self.peek() is not None and self.peek().startswith('"'):
                chunk = self.take()
        if chunk.startswith('"'):
            return _quoted(chunk, column)
        if chunk in ("AND", "OR", "NOT"):
            return None
        return _word(chunk, column)


def parse(text: str):
    """The query tree for what the user typed, or None when it holds nothing to find."""
    text = str(text).replace("\x00", " ")
    reader = _Reader(text)
    parts = []
    while reader.peek() is not None:
        if reader.peek() == ")":  # a stray closing parenthesis
            reader.take()
            continue
        node = reader.any_of()
        if node is not None:
            parts.append(node)
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else Group(parts)


@dataclass
class Wanted:
    """What the snippets mark: tokens of the index the query asks for (not those it excludes)."""

    lemmas: set = field(default_factory=set)
    forms: set = field(default_factory=set)

    def marks(self, lemma: str, form: str) -> bool:
        return lemma in self.lemmas or form in self.forms


def wanted(node, into: Wanted | None = None) -> Wanted:
    into = into if into is not None else Wanted()
    if isinstance(node, Word):
        into.lemmas.update(node.lemmas)
    elif isinstance(node, Form):
        into.forms.add(node.form)
    elif isinstance(node, Phrase):
        for alternatives in node.positions:
            into.lemmas.update(alternatives)
    elif isinstance(node, Group):
        for child in node.wanted:
            wanted(child, into)
    return into


# ---- FTS5 ------------------------------------------------------------------------------------

def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _columns(column: str | None, forms: bool) -> str:
    names = [column] if column else ["summary", "notes"]
    return "{" + " ".join(f"{n}_forms" if forms else n for n in names) + "}"


def fts5(node) -> str:
    """The FTS5 MATCH expression of a query tree (tokens quoted, so it always parses)."""
    if isinstance(node, Word):
        return f"{_columns(node.column, False)} : ({' OR '.join(_quote(w) for w in node.lemmas)})"
    if isinstance(node, Form):
        return f"{_columns(node.column, True)} : {_quote(node.form)}"
    if isinstance(node, Phrase):
        phrases = [_quote(" ".join(words)) for words in _combinations(node)]
        return f"{_columns(node.column, False)} : ({' OR '.join(phrases)})"
    joiner = " OR " if node.any_of else " AND "
    out = "(" + joiner.join(fts5(child) for child in node.wanted) + ")"
    if node.unwanted:
        out = f"({out} NOT ({' OR '.join(fts5(child) for child in node.unwanted)}))"
    return out


def _combinations(node: Phrase) -> list[tuple[str, ...]]:
    return list(product(*node.positions))[:PHRASE_COMBINATIONS]


def match_expression(text: str) -> str | None:
    """The FTS5 MATCH expression for the user's text, or None when it holds nothing to find."""
    node = parse(text)
    return None if node is None else fts5(node)


# ---- PostgreSQL ------------------------------------------------------------------------------

FORM_MARK = "="  # a folded form in the tsvector, beside the dictionary form at the same position
_WEIGHT = {"summary": "A", "notes": "B"}


def _lexeme(word: str, column: str | None) -> str:
    quoted = "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"
    return quoted + (":" + _WEIGHT[column] if column else "")


def tsquery(node) -> str:
    """The tsquery text of a query tree (every lexeme quoted, so to_tsquery never refuses it)."""
    if isinstance(node, Word):
        return "(" + " | ".join(_lexeme(w, node.column) for w in node.lemmas) + ")"
    if isinstance(node, Form):
        return _lexeme(FORM_MARK + node.form, node.column)
    if isinstance(node, Phrase):
        phrases = ["(" + " <-> ".join(_lexeme(w, node.column) for w in words) + ")"
                   for words in _combinations(node)]
        return "(" + " | ".join(phrases) + ")"
    joiner = " | " if node.any_of else " & "
    out = "(" + joiner.join(tsquery(child) for child in node.wanted) + ")"
    for child in node.unwanted:
        out = f"({out} & !{tsquery(child)})"
    return out
