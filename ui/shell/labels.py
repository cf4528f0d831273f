"""Translated labels for the stored vocabulary, tag meanings, and the colours of sentiment and bands.

Stored values are English words (db/vocabulary.py); the interface shows them through label().
Every text is marked with QT_TRANSLATE_NOOP so lupdate finds it, and translated when shown.
"""

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTime
from PySide6.QtGui import QColor

_CONTEXT = "Labels"

_LABELS: dict[str, dict[str, str]] = {
    "stage": {
        "prospect": QT_TRANSLATE_NOOP("Labels", "prospect"),
        "qualified": QT_TRANSLATE_NOOP("Labels", "qualified"),
        "declined": QT_TRANSLATE_NOOP("Labels", "declined"),
        "contracted": QT_TRANSLATE_NOOP("Labels", "contracted"),
        "paused": QT_TRANSLATE_NOOP("Labels", "paused"),
        "ended": QT_TRANSLATE_NOOP("Labels", "ended"),
    },
    "channel": {
        "call": QT_TRANSLATE_NOOP("Labels", "call"),
        "email": QT_TRANSLATE_NOOP("Labels", "email"),
        "meeting": QT_TRANSLATE_NOOP("Labels", "meeting"),
        "chat": QT_TRANSLATE_NOOP("Labels", "chat"),
        "visit": QT_TRANSLATE_NOOP("Labels", "visit"),
        "letter": QT_TRANSLATE_NOOP("Labels", "letter"),
        "other": QT_TRANSLATE_NOOP("Labels", "other"),
    },
    "kind": {
        "update": QT_TRANSLATE_NOOP("Labels", "update"),
        "request": QT_TRANSLATE_NOOP("Labels", "request"),
        "feedback": QT_TRANSLATE_NOOP("Labels", "feedback"),
        "complaint": QT_TRANSLATE_NOOP("Labels", "complaint"),
        "negotiation": QT_TRANSLATE_NOOP("Labels", "negotiation"),
        "praise": QT_TRANSLATE_NOOP("Labels", "praise"),
        "escalation": QT_TRANSLATE_NOOP("Labels", "escalation"),
        "delivery": QT_TRANSLATE_NOOP("Labels", "delivery"),
    },
    "direction": {
        "inbound": QT_TRANSLATE_NOOP("Labels", "inbound"),
        "outbound": QT_TRANSLATE_NOOP("Labels", "outbound"),
    },
    "tag": {
        "like": QT_TRANSLATE_NOOP("Labels", "like"),
        "hear": QT_TRANSLATE_NOOP("Labels", "hear"),
        "negotiate": QT_TRANSLATE_NOOP("Labels", "negotiate"),
        "dismissive": QT_TRANSLATE_NOOP("Labels", "dismissive"),
        "capitulating": QT_TRANSLATE_NOOP("Labels", "capitulating"),
        "punishing": QT_TRANSLATE_NOOP("Labels", "punishing"),
        "client_misconduct": QT_TRANSLATE_NOOP("Labels", "client misconduct"),
        "staff_praise": QT_TRANSLATE_NOOP("Labels", "staff praise"),
    },
    "feedback_status": {
        "open": QT_TRANSLATE_NOOP("Labels", "open"),
        "acknowledged": QT_TRANSLATE_NOOP("Labels", "acknowledged"),
        "resolved": QT_TRANSLATE_NOOP("Labels", "resolved"),
    },
    "negotiation_status": {
        "open": QT_TRANSLATE_NOOP("Labels", "open"),
        "agreed": QT_TRANSLATE_NOOP("Labels", "agreed"),
        "deadlock": QT_TRANSLATE_NOOP("Labels", "deadlock"),
        "escalated": QT_TRANSLATE_NOOP("Labels", "escalated"),
        "withdrawn": QT_TRANSLATE_NOOP("Labels", "withdrawn"),
    },
    "severity": {
        "low": QT_TRANSLATE_NOOP("Labels", "low"),
        "medium": QT_TRANSLATE_NOOP("Labels", "medium"),
        "high": QT_TRANSLATE_NOOP("Labels", "high"),
        "critical": QT_TRANSLATE_NOOP("Labels", "critical"),
    },
    "reading": {
        "good": QT_TRANSLATE_NOOP("Labels", "good"),
        "uneasy": QT_TRANSLATE_NOOP("Labels", "uneasy"),
        "bad": QT_TRANSLATE_NOOP("Labels", "bad"),
    },
    "role": {
        "owner": QT_TRANSLATE_NOOP("Labels", "owner"),
        "account_manager": QT_TRANSLATE_NOOP("Labels", "account manager"),
        "staff": QT_TRANSLATE_NOOP("Labels", "staff"),
    },
    "band": {
        "healthy": QT_TRANSLATE_NOOP("Labels", "healthy"),
        "watch": QT_TRANSLATE_NOOP("Labels", "watch"),
        "at_risk": QT_TRANSLATE_NOOP("Labels", "at risk"),
        "souring": QT_TRANSLATE_NOOP("Labels", "souring"),
    },
    "decision": {
        "interesting": QT_TRANSLATE_NOOP("Labels", "interesting"),
        "not_interesting": QT_TRANSLATE_NOOP("Labels", "not interesting"),
    },
    "side": {
        "ours": QT_TRANSLATE_NOOP("Labels", "ours"),
        "client": QT_TRANSLATE_NOOP("Labels", "client's"),
    },
}

_TAG_MEANINGS = {
    "like": QT_TRANSLATE_NOOP("Labels", "Like: leave the client with a positive impression."),
    "hear": QT_TRANSLATE_NOOP("Labels", "Hear: feedback or a complaint captured, acknowledged fast "
                                        "and routed, never sat on."),
    "negotiate": QT_TRANSLATE_NOOP("Labels", "Negotiate: a hard question taken to the table, guided by "
                                             "the specification and the contract, looking for a solution."),
    "dismissive": QT_TRANSLATE_NOOP("Labels", "Stance drift, stage 1: \"the client? who is that?\" - "
                                              "arrogant, dismissive, \"we know better\"."),
    "capitulating": QT_TRANSLATE_NOOP("Labels", "Stance drift, stage 2: \"the client is always right\" - "
                                                "capitulating, promising what the firm cannot deliver."),
    "punishing": QT_TRANSLATE_NOOP("Labels", "Stance drift, stage 3: \"the client is usually wrong\" - "
                                             "lecturing, rudeness back, punishing the client."),
    "client_misconduct": QT_TRANSLATE_NOOP("Labels", "The client abused or disrespected our staff."),
    "staff_praise": QT_TRANSLATE_NOOP("Labels", "The client praised one of our people."),
}

_SENTIMENT_TEXT = {
    -2: QT_TRANSLATE_NOOP("Labels", "very negative"),
    -1: QT_TRANSLATE_NOOP("Labels", "negative"),
    0: QT_TRANSLATE_NOOP("Labels", "neutral"),
    1: QT_TRANSLATE_NOOP("Labels", "positive"),
    2: QT_TRANSLATE_NOOP("Labels", "very positive"),
}

_SENTIMENT_COLORS = {-2: "#c62828", -1: "#ef6c00", 0: "#9e9e9e", 1: "#7cb342", 2: "#2e7d32"}
_SENTIMENT_SIGNS = {-2: "\u2212\u2212", -1: "\u2212", 0: "0", 1: "+", 2: "++"}
_BAND_COLORS = {"healthy": "#2e7d32", "watch": "#f9a825", "at_risk": "#ef6c00", "souring": "#c62828"}
_NO_VALUE_COLOR = "#bdbdbd"

KINDS = tuple(_LABELS)


def translate(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def label(kind: str, value: str | None) -> str:
    """The translated display text of a stored vocabulary word; unknown words (own tags) as stored."""
    if not value:
        return ""
    source = _LABELS.get(kind, {}).get(value)
    if source is None:
        return value.replace("_", " ") if kind == "tag" else value
    return translate(source)


def choices(kind: str) -> list[tuple[str, str]]:
    """(stored value, translated label) for every word of a vocabulary, in the stored order."""
    return [(value, translate(text)) for value, text in _LABELS[kind].items()]


def tag_tooltip(name: str) -> str:
    """What a built-in tag means (DOMAIN.md); the firm's own tags have no fixed meaning."""
    text = _TAG_MEANINGS.get(name)
    return translate(text) if text else QCoreApplication.translate(_CONTEXT, "The firm's own tag.")


def sentiment_sign(n: int | None) -> str:
    return _SENTIMENT_SIGNS.get(n, "") if n is not None else ""


def sentiment_text(n: int | None) -> str:
    """E.g. "negative" for -1; empty when the sentiment was not recorded."""
    if n is None:
        return ""
    source = _SENTIMENT_TEXT.get(max(-2, min(2, int(n))))
    return translate(source)


def sentiment_color(n: int | None) -> QColor:
    if n is None:
        return QColor(_NO_VALUE_COLOR)
    return QColor(_SENTIMENT_COLORS[max(-2, min(2, int(n)))])


def band_color(band: str | None) -> QColor:
    return QColor(_BAND_COLORS.get(band or "", _NO_VALUE_COLOR))


def tag_color(name: str) -> QColor:
    """Chip colour by tag category: policy green-blue, stance drift red, others amber, own grey."""
    from db.vocabulary import tag_category

    return QColor({"policy": "#1565c0", "drift": "#c62828", "other": "#8d6e63"}.get(tag_category(name), "#607d8b"))


# ---- dates and numbers in the user's locale (QLocale() follows the chosen language) ---------

def date_text(value, long: bool = False) -> str:
    """A date (or the date of a datetime) in the user's locale, short or long form."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(value.year, value.month, value.day), form)


def time_text(value: dt.datetime | dt.time) -> str:
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def number_text(value: float | int | None, decimals: int = 0) -> str:
    if value is None:
        return ""
    return QLocale().toString(float(value), "f", decimals)


# Languages that set a (no-break) space between a number and its per cent sign: "81 %" in Russian, "81%" in English.
_SPACED_PERCENT = (QLocale.Language.Russian, QLocale.Language.Ukrainian, QLocale.Language.French,
                   QLocale.Language.German)


def percent_text(value: float | None, decimals: int = 0) -> str:
    """A percentage as the user's language writes it: 81% in English, 81 % in Russian and Ukrainian."""
    if value is None:
        return ""
    locale = QLocale()
    space = "\u00a0" if locale.language() in _SPACED_PERCENT else ""
    return f"{number_text(value, decimals)}{space}{locale.percent()}"


def window_text(days: int) -> str:
    """'last 90 days': the window a rate is counted over, said the same way on every screen."""
    return QCoreApplication.translate("Labels", "last %n day(s)", "", days)
