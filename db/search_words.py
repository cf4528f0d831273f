"""The words the search index holds: each word of a text folded and reduced to its dictionary form.

A text becomes two lines of space-separated tokens, one token per word of the text, in order:
its *forms* (the word folded: case, ё=е, every Ukrainian apostrophe alike, accents of Latin letters
dropped) and its *lemmas* (the word's dictionary form: pymorphy3 with its Russian and Ukrainian
dictionaries for Cyrillic words, the Snowball stemmer for Latin ones). Both lines have as many
tokens as the text has words, so the n-th token of either is the n-th word of the text: that is
how a hit's snippet marks the very words of the original text.

Chosen by measurement on tests/app/search/eval (real Russian and Ukrainian articles): Snowball
alone has no Ukrainian and cuts Russian stems it cannot see alternate (хочет/хотеть, шва/шов);
the dictionaries know them. Lemmas are cached per distinct word, so a journal of a million
entries is read again in minutes (the same few thousand words come back over and over).
"""

import re
import unicodedata
from functools import lru_cache

# Every character people use for the Ukrainian apostrophe, folded into the one pymorphy3 knows.
APOSTROPHES = "'’‘`ʼʹ′ʻ"
APOSTROPHE = "'"
_FOLD_APOSTROPHES = str.maketrans({c: APOSTROPHE for c in APOSTROPHES} | {"ё": "е"})
# A word: letters and digits, with apostrophes inside it (зв'язок, п’ять) but not around it
# (ʼ and ʹ count as letters in Unicode: alone they are no word).
_LETTERS = r"[^\W_" + APOSTROPHES + r"]+"
WORD = re.compile(_LETTERS + r"(?:[" + APOSTROPHES + r"]" + _LETTERS + r")*")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN_ACCENTED = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")
_UKRAINIAN = re.compile(r"[іїєґ]")
_RUSSIAN = re.compile(r"[ыэъ]")
_CACHE = 200_000


def words(text: str) -> list[re.Match]:
    """The words of a text (already NFC), with where each one stands."""
    return list(WORD.finditer(text))


def nfc(text: str) -> str:
    """The text with accents composed (е + ̈ -> ё), so a word is not cut at a combining mark."""
    text = text or ""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


@lru_cache(maxsize=_CACHE)
def fold(word: str) -> str:
    """A word as the index compares it: lower case, ё as е, one apostrophe, Latin accents dropped."""
    folded = word.casefold().translate(_FOLD_APOSTROPHES)
    if _LATIN_ACCENTED.search(folded):
        folded = "".join(_strip_latin_accent(c) for c in folded)
    return folded


def _strip_latin_accent(char: str) -> str:
    if not _LATIN_ACCENTED.match(char):
        return char
    return "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))


def token(folded: str) -> str:
    """A folded word or lemma as one token of the index: letters and digits only (an apostrophe
    or a combining mark would split it in two)."""
    return folded if folded.isalnum() else "".join(c for c in folded if c.isalnum())


# ---- dictionary forms ------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _analyzers() -> dict:
    import pymorphy3

    return {"ru": pymorphy3.MorphAnalyzer(lang="ru"), "uk": pymorphy3.MorphAnalyzer(lang="uk")}


@lru_cache(maxsize=1)
def _english():
    import Stemmer

    return Stemmer.Stemmer("english")


def _languages(folded: str, original: str, hint: str) -> tuple[str, ...]:
    """Which dictionaries may know this word: the letters decide, else the text's language first."""
    if _UKRAINIAN.search(folded):
        return ("uk",)
    if _RUSSIAN.search(folded) or "ё" in original.casefold():
        return ("ru",)
    return ("uk", "ru") if hint == "uk" else ("ru", "uk")


def _parses(folded: str, languages: tuple[str, ...]) -> list:
    analyzers = _analyzers()
    return [(lang, p) for lang in languages for p in analyzers[lang].parse(folded)]


@lru_cache(maxsize=_CACHE)
def lemma(folded: str, original_has_yo: bool = False, hint: str = "ru") -> str:
    """The one dictionary form the index keeps for a folded word (the likeliest reading)."""
    if not _CYRILLIC.search(folded):
        return _latin_lemma(folded)
    languages = _languages(folded, "ё" if original_has_yo else "", hint)
    parses = _parses(folded, languages)
    known = [p for _, p in parses if p.is_known]
    best = known[0] if known else (parses[0][1] if parses else None)
    found = token(fold(best.normal_form)) if best is not None else ""
    return found or token(folded)


@lru_cache(maxsize=_CACHE)
def query_lemmas(folded: str, original_has_yo: bool = False) -> tuple[str, ...]:
    """Every token the index may hold for a word of this lexeme, likeliest first.

    The index keeps one dictionary form per word of a text (its likeliest reading), so a form
    shared by two words ("зв'язку": зв'язка or зв'язок) is kept under one of them. The query
    therefore asks for the index's token of every form of every reading of the typed word."""
    if not _CYRILLIC.search(folded):
        return (_latin_lemma(folded),)
    found = [lemma(folded, original_has_yo, hint) for hint in ("ru", "uk")]
    languages = _languages(folded, "ё" if original_has_yo else "", "ru")
    parses = _parses(folded, languages)
    known = [(lang, p) for lang, p in parses if p.is_known]
    readings = known or parses[:1]
    seen = set()
    for lang, parse in readings:
        found.append(token(fold(parse.normal_form)))
        key = (lang, parse.normal_form, parse.tag.POS)
        if key in seen:
            continue
        seen.add(key)
        for form in parse.lexeme:
            folded_form = fold(form.word)
            if _reads_as(folded_form, lang, parse):
                found.append(lemma(folded_form, False, lang))
        if lang == "uk" and parse.tag.POS in ("VERB", "INFN"):
            found.extend(_ukrainian_participles(parse))
    return tuple(dict.fromkeys(found))


def _ukrainian_participles(verb) -> list[str]:
    """The Ukrainian dictionary keeps participles and gerunds apart from their verb (працюючий,
    працюючи, працювавши): made from the verb's forms, and kept when the dictionary knows them."""
    analyzer = _analyzers()["uk"]
    forms = {fold(f.word) for f in verb.lexeme}
    made = []
    for form in forms:
        for ending, stem_end in (("ють", "юч"), ("уть", "уч"), ("ять", "яч"), ("ать", "ач")):
            if form.endswith(ending):
                stem = form[: -len(ending)] + stem_end
                made += [(stem + "ий", "ADJF"), (stem + "и", "GRND")]
        if form.endswith("в"):  # the past: працював -> працювавши
            made.append((form + "ши", "GRND"))
    out = []
    for word, pos in made:
        parses = [p for p in analyzer.parse(word) if p.is_known and p.tag.POS == pos]
        if parses:
            out.append(token(fold(parses[0].normal_form)))
    return out


_POS_GROUPS = {"INFN": "VERB", "PRTF": "VERB", "PRTS": "VERB", "GRND": "VERB", "ADJS": "ADJF", "COMP": "ADJF"}


def _reads_as(folded: str, lang: str, reading) -> bool:
    """Whether a form of this reading is read as it about as likely as its likeliest reading, and
    as the same part of speech: "хотя" is a form of хотеть too, but almost always the conjunction,
    so хотеть does not ask for what the index keeps for it."""
    parses = _analyzers()[lang].parse(folded)
    if not parses:
        return False
    mine = max((p.score for p in parses if p.normal_form == reading.normal_form), default=0.0)
    best = parses[0]
    if lang == "uk":  # the Ukrainian dictionary knows no likelihoods: the first reading stands for it
        best = next((p for p in parses if p.is_known), best)
    same_kind = _POS_GROUPS.get(best.tag.POS, best.tag.POS) == _POS_GROUPS.get(reading.tag.POS, reading.tag.POS)
    return mine >= 0.5 * best.score and same_kind


def _latin_lemma(folded: str) -> str:
    folded = token(folded)
    return (_english().stemWord(folded) or folded) if folded.isalpha() and folded.isascii() else folded


def text_language(text: str) -> str:
    """'uk' when a text shows Ukrainian letters more than Russian ones, else 'ru'."""
    lowered = (text or "").casefold()
    return "uk" if len(_UKRAINIAN.findall(lowered)) > len(_RUSSIAN.findall(lowered)) + lowered.count("ё") else "ru"


@lru_cache(maxsize=64)
def index_lines(text: str) -> tuple[str, str]:
    """(forms, lemmas) of a text: one token per word in each, space-separated."""
    text = nfc(text)
    hint = text_language(text)
    forms, lemmas = [], []
    for match in WORD.finditer(text):
        word = match.group(0)
        folded = fold(word)
        forms.append(token(folded))
        lemmas.append(lemma(folded, "ё" in word or "Ё" in word, hint))
    return " ".join(forms), " ".join(lemmas)


def forms_line(text: str) -> str:
    """The folded words of a text, for the index of exact forms."""
    return index_lines(text)[0]


def lemmas_line(text: str) -> str:
    """The dictionary forms of the words of a text, for the index of words in any form."""
    return index_lines(text)[1]


def plain_line(text: str) -> str:
    """The folded words of a text without any dictionary: what the index keeps if reading a text
    failed, still one token per word."""
    return " ".join(token(fold(match.group(0))) for match in WORD.finditer(nfc(text)))
