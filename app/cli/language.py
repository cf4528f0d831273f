"""The command line's language: messages, brief and reasons through the desktop's translations (.qm files).

QtCore's QTranslator reads the compiled translations without a QApplication; app/ stays free of Qt
widgets. English needs its file too, for its plural forms ("1 item", "2 items").
"""

import os

LANGUAGES = ("en", "ru", "uk")
_kept: list = []  # the translator must outlive every message shown with it


def chosen_language(explicit: str | None = None) -> str:
    """--lang when given, else $RAPPORT_LANG, else English."""
    language = (explicit or os.environ.get("RAPPORT_LANG", "") or "en").strip().lower()
    return language if language in LANGUAGES else "en"


def use_cli_language(language: str) -> str:
    """Show every message of this run in language, with its numbers and dates in the locale's form."""
    from PySide6.QtCore import QDate, QLocale, QTime, QTranslator

    from app.common import wording
    from resources import resource_path

    translator = QTranslator()
    if not translator.load(str(resource_path("translations", f"rapport_{language}.qm"))):
        wording.use_language()
        return "en"
    _kept[:] = [translator]
    locale = QLocale(language)

    def translate(context: str, text: str, n: int = -1) -> str:
        return translator.translate(context, text, None, n) or text

    def number(value: float, decimals: int | None = None) -> str:
        return locale.toString(float(value), "g", 12) if decimals is None else locale.toString(float(value), "f", decimals)

    def date(day) -> str:
        return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)

    def datetime(moment) -> str:
        return f"{date(moment)} {locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)}"

    wording.use_language(translate, number, date if language != "en" else None,
                         datetime if language != "en" else None)
    return language
