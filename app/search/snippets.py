"""Snippets of the original text with the matched words marked, from the index's aligned tokens.

The index holds one dictionary form and one folded form per word of the text, in order
(db.search_words), so the n-th word of the original text is marked when its tokens are what the
query asked for: no morphology runs here, and the user sees the text as it was written.
"""

from db.search_words import index_lines, nfc, words

MARK_START = "\x02"
MARK_END = "\x03"
ELLIPSIS = "…"
NOTES_WORDS = 24


def _marked_words(text: str, lemmas_line: str | None, forms_line: str | None, wanted):
    spans = words(text)
    lemmas = (lemmas_line or "").split()
    forms = (forms_line or "").split()
    if len(lemmas) != len(spans) or len(forms) != len(spans):  # indexed by another version
        forms_text, lemmas_text = index_lines(text)
        forms, lemmas = forms_text.split(), lemmas_text.split()
    return spans, [wanted.marks(lemma, form) for lemma, form in zip(lemmas, forms, strict=False)]


def _mark(text: str, spans, marks, first: int, last: int, start: int, end: int) -> str:
    out, at = [], start
    for n in range(first, last):
        if n < len(marks) and marks[n]:
            span = spans[n]
            out.append(text[at:span.start()])
            out.append(MARK_START + span.group(0) + MARK_END)
            at = span.end()
    out.append(text[at:end])
    return "".join(out)


def whole(text: str, lemmas_line: str | None, forms_line: str | None, wanted) -> str:
    """The whole text with the matched words marked (a summary)."""
    text = nfc(text)
    spans, marks = _marked_words(text, lemmas_line, forms_line, wanted)
    return _mark(text, spans, marks, 0, len(spans), 0, len(text))


def window(text: str, lemmas_line: str | None, forms_line: str | None, wanted,
           size: int = NOTES_WORDS) -> str:
    """About `size` words around the most matches (a long note), or "" when nothing matched."""
    text = nfc(text)
    spans, marks = _marked_words(text, lemmas_line, forms_line, wanted)
    hits = [n for n, hit in enumerate(marks) if hit]
    if not hits:
        return ""
    if len(spans) <= size:
        return _mark(text, spans, marks, 0, len(spans), 0, len(text))
    best, best_count = 0, -1
    for hit in hits:
        first = max(0, min(hit - 2, len(spans) - size))
        count = sum(1 for n in hits if first <= n < first + size)
        if count > best_count:
            best, best_count = first, count
    last = min(len(spans), best + size)
    start = 0 if best == 0 else spans[best].start()
    end = len(text) if last == len(spans) else spans[last - 1].end()
    body = _mark(text, spans, marks, best, last, start, end).strip()
    return (ELLIPSIS if start else "") + body + (ELLIPSIS if end < len(text) else "")
