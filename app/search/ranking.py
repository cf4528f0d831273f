"""Ranking a window of candidate entries: BM25 over the index's token lines, computed here.

SQLite's bm25() counts every entry that holds each query word before it can score one (its
inverse document frequency), so a common word cost 30 ms at a million entries however few were
ranked. Here the frequencies come from the window itself (a few hundred of the newest matches),
so ranking costs the same for any word, and both databases rank alike. A word in the summary
counts twice, as in the index's weights.
"""

import math
from dataclasses import dataclass
from itertools import product

from app.search.query import Form, Group, Phrase, Word

K1 = 1.2
B = 0.75
SUMMARY_WEIGHT = 2
# (the row's column of lemmas, the field, its weight); the forms are two columns further on
_FIELDS = ((1, "summary", SUMMARY_WEIGHT), (2, "notes", 1))


@dataclass(frozen=True)
class _Leaf:
    """One thing the query wants: tokens (or phrases of tokens) in the lemma or form lines."""

    needles: tuple[str, ...]  # each " token " or " token token " with the doubled spacing below
    forms: bool
    column: str | None
    # A word still being typed: " prefix" in the forms line counts every token that begins so.
    prefix_needle: str = ""


def _leaves(node, into: list) -> list:
    if isinstance(node, Word):
        prefix_needle = f" {node.prefix}" if node.prefix else ""
        into.append(_Leaf(tuple(f" {w} " for w in node.lemmas), False, node.column, prefix_needle))
    elif isinstance(node, Form):
        into.append(_Leaf((f" {node.form} ",), True, node.column))
    elif isinstance(node, Phrase):
        combos = list(product(*node.positions))[:16]
        into.append(_Leaf(tuple(" " + "  ".join(words) + " " for words in combos), False, node.column))
    elif isinstance(node, Group):
        for child in node.wanted:
            _leaves(child, into)
    return into


def _spaced(line: str | None) -> str:
    # Tokens two spaces apart, so that str.count finds " a " twice in "a a" (no shared space).
    return " " + (line or "").replace(" ", "  ") + " "


def _line(spaced: dict[int, str], column: int, row: tuple) -> str:
    """The row's column as a spaced line, made once per row."""
    line = spaced.get(column)
    if line is None:
        line = spaced[column] = _spaced(row[column])
    return line


def rank(rows: list[tuple], node) -> list[tuple[tuple, float]]:
    """rows: (id, summary lemmas, notes lemmas, summary forms, notes forms), newest first.
    Returns [(row, score)] best first (score negative, lower is better, as FTS5's bm25)."""
    leaves = _leaves(node, [])
    if not rows:
        return []
    frequencies, lengths = [], []
    # Which of the four lines (summary/notes x lemmas/forms) the query looks at, and with what weight.
    wanted_lines = [[(column, weight) for column, field, weight in _FIELDS
                     if leaf.column in (None, field)] for leaf in leaves]
    for row in rows:
        spaced: dict[int, str] = {}
        counts = []
        for leaf, fields in zip(leaves, wanted_lines, strict=True):
            count = 0
            for column, weight in fields:
                column += 2 if leaf.forms else 0
                line = _line(spaced, column, row)
                found = sum(line.count(needle) for needle in leaf.needles)
                if leaf.prefix_needle:
                    # the same word is often both (its lemma and its form): counted once
                    found = max(found, _line(spaced, column + 2, row).count(leaf.prefix_needle))
                count += weight * found
            counts.append(count)
        frequencies.append(counts)
        summary, notes = row[1] or "", row[2] or ""
        lengths.append(SUMMARY_WEIGHT * (summary.count(" ") + bool(summary)) + notes.count(" ") + bool(notes))
    total = len(rows)
    average = (sum(lengths) / total) or 1.0
    holding = [sum(1 for counts in frequencies if counts[n]) for n in range(len(leaves))]
    weights = [math.log(1 + (total - held + 0.5) / (held + 0.5)) for held in holding]
    scored = []
    for row, counts, length in zip(rows, frequencies, lengths, strict=True):
        norm = K1 * (1 - B + B * length / average)
        score = sum(w * c * (K1 + 1) / (c + norm) for w, c in zip(weights, counts, strict=True) if c)
        scored.append((row, -score))
    scored.sort(key=lambda item: (item[1], -item[0][0]))
    return scored
