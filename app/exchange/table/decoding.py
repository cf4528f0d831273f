"""Which text encoding a table file is in: decided, never guessed silently.

Strict UTF-8 (with or without a BOM) or UTF-16 come first. A file that is mostly UTF-8 but has
a few bad bytes is refused with the lines that hold them: read as another code page it would
garble every name with a letter outside ASCII. Anything else is a legacy code page, and
charset-normalizer picks among the few that real exports use, judged on the lines that hold
bytes outside ASCII; when two of them read those lines differently and equally well, the
choice is left to the user (the wizard's list, or "encoding" in a profile).
"""

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from app.common.errors import RapportError
from app.common.wording import QT_TRANSLATE_NOOP, Message

# Codec -> the name shown to people. The order breaks ties between readings that give the same text.
LEGACY = {"latin_1": "ISO-8859-1", "cp1252": "Windows-1252", "iso8859_15": "ISO-8859-15",
          "cp1251": "Windows-1251", "koi8_r": "KOI8-R"}
# What the wizard offers: the detected one first, then these.
CHOICES = ("utf-8", "utf-16", *LEGACY)
CHUNK = 1 << 22
SAMPLE_BYTES = 1 << 18  # of lines with bytes outside ASCII, for the detector
MAX_BAD_LINES = 10
TIE = 0.01


class EncodingProblem(RapportError):
    """The file's encoding cannot be told, or the file is not valid in it; the message says which lines."""


@dataclass(frozen=True)
class Decision:
    """The encoding a file will be read in, and why (shown to the user)."""

    codec: str
    label: str
    detected: bool  # chosen by looking at the bytes, not given by the user or a BOM

    def __str__(self) -> str:
        return self.label


def label_of(codec: str) -> str:
    name = codecs.lookup(codec).name
    return {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-16-le": "UTF-16",
            "utf-16-be": "UTF-16", "iso8859-1": "ISO-8859-1", "latin-1": "ISO-8859-1",
            "cp1252": "Windows-1252", "iso8859-15": "ISO-8859-15", "cp1251": "Windows-1251",
            "koi8-r": "KOI8-R"}.get(name, name.upper())


def known_codec(name: str) -> str | None:
    """The codec Python knows by this name, or None."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decide_encoding(path: Path, given: str | None = None) -> Decision:
    """The encoding to read path in; given (a profile's or the user's choice) is checked, not trusted."""
    with open(path, "rb") as handle:
        head = handle.read(4)
    if given:
        codec = known_codec(given)
        if codec is None:
            raise EncodingProblem(Message(QT_TRANSLATE_NOOP("Messages", "{file}: {encoding} is not an encoding Python knows"),
                                          file=path.name, encoding=repr(given)))
        if codec == "utf-8" and head.startswith(codecs.BOM_UTF8):
            codec = "utf-8-sig"
        _check_strict(path, codec)
        return Decision(codec, label_of(codec), detected=False)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        _check_strict(path, "utf-16")
        return Decision("utf-16", "UTF-16", detected=False)
    if head.startswith(codecs.BOM_UTF8):
        _check_strict(path, "utf-8-sig")
        return Decision("utf-8-sig", "UTF-8", detected=False)
    if len(head) == 4 and head[1] == 0 and head[3] == 0 and head[0] and head[2]:
        _check_strict(path, "utf-16-le")
        return Decision("utf-16-le", "UTF-16", detected=True)
    if len(head) == 4 and head[0] == 0 and head[2] == 0 and head[1] and head[3]:
        _check_strict(path, "utf-16-be")
        return Decision("utf-16-be", "UTF-16", detected=True)
    if _valid(path, "utf-8"):
        return Decision("utf-8", "UTF-8", detected=True)
    good, bad_lines = _utf8_census(path)
    if good and len(bad_lines) <= good:
        raise EncodingProblem(_bad_bytes_message(path, "UTF-8", bad_lines))
    return _legacy(path)


def _valid(path: Path, codec: str) -> bool:
    decoder = codecs.getincrementaldecoder(codec)("strict")
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(CHUNK):
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _check_strict(path: Path, codec: str) -> None:
    """Refuse a file that is not valid in the codec chosen for it, naming the lines."""
    if _valid(path, codec):
        return
    if codecs.lookup(codec).name.startswith("utf-16"):
        raise EncodingProblem(Message(QT_TRANSLATE_NOOP("Messages", "{file}: the file is not valid {encoding} text"),
                                      file=path.name, encoding=label_of(codec)))
    bad = []
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, 1):
            try:
                line.decode(codec)
            except UnicodeDecodeError:
                bad.append(number)
    raise EncodingProblem(_bad_bytes_message(path, label_of(codec), bad))


def _utf8_census(path: Path) -> tuple[int, list[int]]:
    """How many lines hold valid UTF-8 beyond ASCII, and which lines hold bytes that are not UTF-8."""
    good, bad = 0, []
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, 1):
            if line.isascii():
                continue
            try:
                line.decode("utf-8")
                good += 1
            except UnicodeDecodeError as exc:
                # a line with both: its valid sequences count for UTF-8 too
                if not line[:exc.start].isascii():
                    good += 1
                bad.append(number)
    return good, bad


def _bad_bytes_message(path: Path, label: str, lines: list[int]) -> Message:
    shown = ", ".join(str(n) for n in lines[:MAX_BAD_LINES]) + (" ..." if len(lines) > MAX_BAD_LINES else "")
    if len(lines) == 1:
        template = QT_TRANSLATE_NOOP("Messages", "{file}: the file is {encoding} but line {lines} holds bytes that "
                                                 "are not {encoding}; fix or remove them (nothing was imported)")
    else:
        template = QT_TRANSLATE_NOOP("Messages", "{file}: the file is {encoding} but lines {lines} hold bytes that "
                                                 "are not {encoding}; fix or remove them (nothing was imported)")
    return Message(template, file=path.name, encoding=label, lines=shown)


def _legacy(path: Path) -> Decision:
    from charset_normalizer import from_bytes

    sample = _non_ascii_lines(path)
    matches = list(from_bytes(sample, cp_isolation=list(LEGACY)))
    readings: dict[str, tuple[float, float, str]] = {}
    for match in matches:
        codec = codecs.lookup(match.encoding).name
        text = sample.decode(codec, errors="replace")
        readings[codec] = (match.chaos, match.coherence, text)
    if not readings:
        raise EncodingProblem(Message(QT_TRANSLATE_NOOP(
            "Messages", "{file}: the text is not UTF-8, UTF-16, Windows-1251, KOI8-R, ISO-8859-1/15 or Windows-1252; "
                        "save it as CSV UTF-8"), file=path.name))
    ranked = sorted(readings.items(), key=lambda item: (item[1][0], -item[1][1], _order(item[0])))
    best_codec, (chaos, coherence, text) = ranked[0]
    rivals = [c for c, (h, o, t) in ranked[1:] if t != text and abs(h - chaos) < TIE and abs(o - coherence) < TIE]
    if rivals:
        names = " or ".join(label_of(c) for c in (best_codec, *rivals))
        example = _differing_word(sample, best_codec, rivals[0])
        raise EncodingProblem(Message(QT_TRANSLATE_NOOP(
            "Messages", "{file}: the text could be {names} equally well{example}; say which "
                        "(\"encoding\" in a profile, --profile)"), file=path.name, names=names, example=example))
    # Readings giving the very same text are one: name the plainest of them.
    same = [c for c in LEGACY if _reads(sample, c) == text]
    codec = codecs.lookup(min(same, key=_order) if same else best_codec).name
    return Decision(codec, label_of(codec), detected=True)


def _reads(sample: bytes, codec: str) -> str | None:
    try:
        return sample.decode(codec)
    except UnicodeDecodeError:
        return None


def _order(codec: str) -> int:
    names = [codecs.lookup(c).name for c in LEGACY]
    codec = codecs.lookup(codec).name
    return names.index(codec) if codec in names else len(names)


def _non_ascii_lines(path: Path) -> bytes:
    lines = []
    size = 0
    with open(path, "rb") as handle:
        for line in handle:
            if not line.isascii():
                lines.append(line)
                size += len(line)
                if size >= SAMPLE_BYTES:
                    break
    return b"".join(lines)


def _differing_word(sample: bytes, first: str, second: str) -> str:
    """' ("Nestlé" or "Nestlй")': one word that the two readings show differently."""
    for word in re.split(rb"[\s,;\"]+", sample):
        if not word.isascii():
            a, b = word.decode(first, errors="replace"), word.decode(second, errors="replace")
            if a != b:
                return f' ("{a[:40]}" or "{b[:40]}")'
    return ""
