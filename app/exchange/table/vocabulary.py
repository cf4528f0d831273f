"""Words a journal table may use, in English, Russian and Ukrainian: column headers and values.

The words themselves are data, in app.exchange.table.synonyms."""

import re

from app.exchange.table.synonyms import HEADER_SYNONYMS, VALUE_SYNONYMS

__all__ = ["HEADER_SYNONYMS", "VALUE_SYNONYMS", "field_for_header", "header_fields", "header_key", "stored_word"]

# The words the screens show for stored values (docs/glossary.md), so what a person copies from
# the screen into a table reads back as the same value.
SCREEN_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "channel": {"email": ("эл. почта", "ел. пошта")},
    "kind": {"update": ("новости", "новини")},
    "tags": {"dismissive": ("пренебрежение", "зневага"), "capitulating": ("капитуляция", "капітуляція"),
             "punishing": ("наказание", "покарання"),
             "staff_praise": ("похвала сотруднику", "похвала працівнику")},
}
for _kind, _table in SCREEN_WORDS.items():
    for _stored, _words in _table.items():
        VALUE_SYNONYMS[_kind][_stored] = (*VALUE_SYNONYMS[_kind].get(_stored, ()), *_words)


def header_key(text) -> str:
    """A header or value reduced to its letters and digits, so 'Follow-up due' == 'follow_up_due'."""
    text = str(text or "").casefold().replace("ё", "е").replace("ʼ", "").replace("'", "").replace("’", "")
    return re.sub(r"[\W_]+", "", text)


# header key -> [(field, rank within the field: 0 is the best name)], the field it means first first
_HEADERS: dict[str, list[tuple[str, int]]] = {}
for _field, _names in HEADER_SYNONYMS.items():
    for _rank, _name in enumerate(_names):
        _HEADERS.setdefault(header_key(_name), []).append((_field, _rank))
_VALUES = {kind: {header_key(word): stored for stored, words in table.items() for word in (stored, *words)}
           for kind, table in VALUE_SYNONYMS.items()}


def field_for_header(header) -> str | None:
    found = _HEADERS.get(header_key(header))
    return found[0][0] if found else None


def header_fields(header) -> list[tuple[str, int]]:
    """The fields a header may name, each with how good a name for it the header is (0: the best)."""
    return _HEADERS.get(header_key(header), [])


def stored_word(kind: str, value: str) -> str:
    """The stored English word for a value in any of the three languages (unchanged if unknown)."""
    return _VALUES[kind].get(header_key(value), value.strip())
