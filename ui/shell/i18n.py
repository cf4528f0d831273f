"""The interface's languages: loading translators. Keeping the .ts/.qm files up to date is
ui.shell.i18n_tool's work, run as:

    python -m ui.shell.i18n_tool update           lupdate over ui/ -> resources/translations/*.ts, then lrelease -> .qm
    python -m ui.shell.i18n_tool missing          list every string still without a translation
    python -m ui.shell.i18n_tool fill FILE.json   fill translations from {"ru": {"Context": {"source": "text" | [forms]}}}

`update` is idempotent: translations already made are kept, new strings come in unfinished.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

from resources import resource_path

LANGUAGES = ("en", "ru", "uk")
TRANSLATED = ("en", "ru", "uk")  # English is the source language: its file holds only plural forms
_installed: list[QTranslator] = []


def ts_path(language: str) -> Path:
    return resource_path("translations", f"rapport_{language}.ts")


def qm_path(language: str) -> Path:
    return resource_path("translations", f"rapport_{language}.qm")


def resolve_language(preferred: str = "") -> str:
    """The language setting if it names one we have, else the system's if we have it, else English."""
    if preferred in LANGUAGES:
        return preferred
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def load_translators(app: QCoreApplication, language: str) -> str:
    """Install Qt's own and Rapport's translations for language; dates and numbers follow it."""
    language = resolve_language(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    system = QLocale.system()
    QLocale.setDefault(system if system.name().startswith(language) else QLocale(language))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir), (f"rapport_{language}", str(qm_path(language).parent))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    show_messages_in_locale()
    return language


def show_messages_in_locale() -> None:
    """Messages made in app/ (app.common.wording) read through these translators and the default locale."""
    from app.common import wording

    def translate(context: str, text: str, n: int = -1) -> str:
        return QCoreApplication.translate(context, text, None, n)

    def number(value: float, decimals: int | None = None) -> str:
        return QLocale().toString(float(value), "g", 12) if decimals is None \
            else QLocale().toString(float(value), "f", decimals)

    def date(day) -> str:
        return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)

    def datetime(moment) -> str:
        return f"{date(moment)} {QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)}"

    wording.use_language(translate, number, date, datetime)

