"""What a person types into the search box, read into a query tree, then written for FTS5 or
PostgreSQL's tsquery; no text can make either refuse it.

- a bare word finds every form of it: its dictionary forms (db.search_words.query_lemmas), so
  «счет» finds «счёта», «працюють» finds «працювати»; a Latin word asks for the Snowball stems
  of its usual English endings too ("delivered" finds "delivery": deliv and deliveri);
- a single word in quotes ("счета") finds that form only (folded: case, ё, apostrophes, accents);
- several words in quotes are a phrase: these words, in this order, each in any form;
- OR between alternatives, a leading - or NOT leaves a word or phrase out, parentheses group;
- summary: or notes: before a word or phrase looks in that field only;
- while a person is still typing (the search box, typing=True), the last bare word of a text that
  does not end with a space also finds every word that begins with it, once it has MIN_PREFIX
  letters: «рефин» finds «рефинансировании» (the folded forms are compared, so «клие» finds
  «Клиент»). Quoted, excluded and earlier words are read as always.
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
# A word still being typed finds the words that begin with it once it has this many letters.
MIN_PREFIX = 4


@dataclass(frozen=True)
class Word:
    """A word in any form: one of the index's tokens for its forms, or (while it is still being
    typed) a folded form that begins with `prefix`."""

    lemmas: tuple[str, ...]
    column: str | None = None
    prefix: str = ""


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


def _word(text: str, column: str | None, typing: bool = False) -> Word | Phrase | None:
    """One typed word (or "e-mail", "4.2": its parts, as a phrase); typing: the word is still
    being typed, so a long enough one also stands for the words that begin with it."""
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
    prefix = token(folded) if typing else ""
    return Word(lemmas, column, prefix if len(prefix) >= MIN_PREFIX else "")


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

    def __init__(self, text: str, typing: bool = False):
        self.chunks = _CHUNK.findall(text)
        self.at = 0
        # The last chunk is a word still being typed: nothing (no space) follows it yet.
        self.typing = typing and bool(text) and not text[-1].isspace()

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
            node = self.one(chunk, typing=self.typing and not negated and self.at == len(self.chunks))
            if node is not None:
                (group.unwanted if negated else group.wanted).append(node)
        if not group.wanted:
            return None  # nothing but exclusions would list the whole journal
        if not group.unwanted and len(group.wanted) == 1:
            return group.wanted[0]
        return group

    def one(self, chunk: str, typing: bool = False):
        """One word, quoted word or phrase, or group in parentheses; typing: the word is the one
        still being typed."""
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
        return _word(chunk, column, typing)


def parse(text: str, typing: bool = False):
    """The query tree for what the user typed, or None when it holds nothing to find.

    typing: the text is still being typed (the search box), so its last bare word, when no space
    follows it, also finds the words that begin with it."""
    text = str(text).replace("\x00", " ")
    reader = _Reader(text, typing)
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
    prefixes: set = field(default_factory=set)

    def marks(self, lemma: str, form: str) -> bool:
        """Whether the word with these tokens is one the query asked for (marked whole)."""
        return (lemma in self.lemmas or form in self.forms
                or any(form.startswith(prefix) for prefix in self.prefixes))


def wanted(node, into: Wanted | None = None) -> Wanted:
    into = into if into is not None else Wanted()
    if isinstance(node, Word):
        into.lemmas.update(node.lemmas)
        if node.prefix:
            into.prefixes.add(node.prefix)
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
        words = f"{_columns(node.column, False)} : ({' OR '.join(_quote(w) for w in node.lemmas)})"
        if node.prefix:  # FTS5's prefix query: any token of the folded forms that begins so
            return f"({words} OR {_columns(node.column, True)} : {_quote(node.prefix)}*)"
        return words
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


def match_expression(text: str, typing: bool = False) -> str | None:
    """The FTS5 MATCH expression for the user's text, or None when it holds nothing to find."""
    node = parse(text, typing)
    return None if node is None else fts5(node)


# ---- PostgreSQL ------------------------------------------------------------------------------

FORM_MARK = "="  # a folded form in the tsvector, beside the dictionary form at the same position
_WEIGHT = {"summary": "A", "notes": "B"}


def _lexeme(word: str, column: str | None, prefix: bool = False) -> str:
    quoted = "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"
    label = ("*" if prefix else "") + (_WEIGHT[column] if column else "")
    return quoted + (":" + label if label else "")


def tsquery(node) -> str:
    """The tsquery text of a query tree (every lexeme quoted, so to_tsquery never refuses it)."""
    if isinstance(node, Word):
        lexemes = [_lexeme(w, node.column) for w in node.lemmas]
        if node.prefix:  # a prefix match (:*) on the folded forms, as FTS5's "prefix"*
            lexemes.append(_lexeme(FORM_MARK + node.prefix, node.column, prefix=True))
        return "(" + " | ".join(lexemes) + ")"
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
