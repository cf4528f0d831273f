"""Turning what a person types into a search box into a safe FTS5 query that finds word parts.

Every bare word becomes a prefix term of its stem ("рефинансирование" -> "рефинансирован"*),
so another ending of the same word is found, in Russian, Ukrainian and English alike. Quoted
phrases, OR, NOT, a leading "-" (exclude) and parentheses keep their meaning. The result always
goes through peewee's web_query(), which quotes every term and repairs whatever does not parse,
so no input can make the query fail.
"""

import re

from db.search_index import InteractionIndex

# A stem keeps at least this many letters: shorter ones would match too many other words.
MIN_STEM = 4

# Endings of Russian and Ukrainian nouns, adjectives, participles and verbs, longest first.
_CYRILLIC_ENDINGS = sorted({
    # Russian
    "иями", "ями", "ами", "иях", "ях", "ах", "ией", "ий", "ый", "ой", "ей", "ая", "яя", "ое", "ее",
    "ие", "ые", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ую", "юю", "ия", "ья", "ье",
    "ью", "ию", "ии", "ов", "ев", "ться", "тся", "ешь", "ете", "ет", "ут", "ют", "ат", "ят",
    "ить", "ать", "ять", "еть", "ть", "ала", "ало", "али", "ила", "ило", "или", "ал", "ил",
    "ение", "ения", "ению", "ением", "ении", "ость", "ости", "остью", "ство", "ства", "ству", "ством",
    # Ukrainian
    "ів", "їв", "ові", "еві", "ою", "ею", "ій", "ім", "их", "іх", "ння", "нням", "нні",
    "ати", "ити", "іти", "ються", "ється", "ість", "ості", "істю",
    # one letter
    "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "і", "ї", "є", "й",
}, key=len, reverse=True)

_LATIN_ENDINGS = ("ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s", "y", "e")

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LETTERS = re.compile(r"[^\W_]+")
# A phrase in quotes, a parenthesis, or a run of anything else.
_CHUNK = re.compile(r'"[^"]*"?|[()]|[^\s"()]+')
_COLUMN = re.compile(r"^(summary|notes):", re.IGNORECASE)
_OPERATORS = ("AND", "OR", "NOT")


def stem(word: str) -> str:
    """The word without its ending, if what remains is long enough to mean something."""
    lowered = word.casefold()
    endings = _CYRILLIC_ENDINGS if _CYRILLIC.search(lowered) else _LATIN_ENDINGS
    for ending in endings:
        if lowered.endswith(ending) and len(lowered) - len(ending) >= MIN_STEM:
            return lowered[: -len(ending)]
    return lowered


def _rewrite_chunk(chunk: str) -> str:
    """One unquoted chunk of the user's text as web-query syntax with prefix terms."""
    if chunk in _OPERATORS or chunk in "()":
        return chunk
    prefix = ""
    if chunk.startswith("-") and len(chunk) > 1:
        prefix, chunk = "-", chunk[1:]
    column = _COLUMN.match(chunk)
    if column:
        prefix += column.group(1).lower() + ":"
        chunk = chunk[column.end():]
    words = [f"{stem(w)}*" for w in _LETTERS.findall(chunk)]
    if not words:
        return prefix if column else ""  # a column followed by a quoted phrase
    if len(words) > 1:  # "e-mail", "12.5": all of its parts, together
        return f"{prefix}({' '.join(words)})"
    return prefix + words[0]


def web_syntax(text: str) -> str:
    """The user's text with every bare word turned into a stem prefix (still web syntax)."""
    parts = []
    for chunk in _CHUNK.findall(text):
        if chunk.startswith('"'):
            parts.append(chunk)
        else:
            parts.append(_rewrite_chunk(chunk))
    return " ".join(p for p in parts if p)


def match_expression(text: str) -> str | None:
    """The FTS5 MATCH expression for the user's text, or None when it holds nothing to find."""
    text = str(text).replace("\x00", " ")
    if not _LETTERS.search(text):
        return None
    expression = InteractionIndex.web_query(web_syntax(text))
    return None if expression == '""' else expression


def search_words(text: str) -> list[str]:
    """The stems of the words in the user's text, for a search without an index (PostgreSQL)."""
    return [stem(w) for w in _LETTERS.findall(str(text))]
