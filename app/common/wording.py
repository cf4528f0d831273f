"""Messages made in app/ and shown to the user in their language: marked here, translated where shown.

A message is written in English with named places, `{value}`, and marked with QT_TRANSLATE_NOOP so
lupdate collects it into the "Messages" context of resources/translations/*.ts:

    raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "{value} is in the future"), value=day))

A Message is a str (its English text), so logs, tests and code that handle plain text keep
working; `shown(text)` gives it in the user's language, with numbers and dates in the locale's
format. app/ stays free of Qt: the desktop (ui.shell.i18n) and the command line (app.cli.language)
install the translation with `use_language`; without one, everything reads in English.
"""

import datetime as dt
import threading
from collections.abc import Callable

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark text for lupdate without importing Qt."""
    return text


def _no_translation(context: str, text: str, n: int = -1) -> str:
    return text


def _plain_number(value: float, decimals: int | None = None) -> str:
    if decimals is not None:
        return f"{value:.{decimals}f}"
    return f"{value:g}" if abs(value) < 1e15 else str(value)


class Number(float):
    """A number shown with a fixed count of decimals, in the locale's format (98.10 / 98,10)."""

    def __new__(cls, value: float, decimals: int = 0, signed: bool = False):
        self = super().__new__(cls, value)
        self.decimals = decimals
        self.signed = signed
        return self


class _Language:
    """How texts are translated and numbers and dates written now (English until a language is installed)."""

    def __init__(self):
        self.translate: Callable[..., str] = _no_translation
        self.number: Callable[..., str] = _plain_number  # (value, decimals or None) -> text
        self.date: Callable[[dt.date], str] = dt.date.isoformat
        self.datetime: Callable[[dt.datetime], str] = lambda moment: moment.isoformat(" ", "minutes")
        self.lock = threading.Lock()


_language = _Language()


def use_language(translate: Callable[..., str] | None = None, number: Callable[..., str] | None = None,
                 date: Callable[[dt.date], str] | None = None,
                 datetime: Callable[[dt.datetime], str] | None = None) -> None:
    """Install how messages are shown: translate(context, text, n) and the locale's number and date forms.

    number(value, decimals) writes a float, with decimals None for as many as it needs.
    Called with nothing, it goes back to English with ISO dates."""
    with _language.lock:
        _language.translate = translate or _no_translation
        _language.number = number or _plain_number
        _language.date = date or dt.date.isoformat
        _language.datetime = datetime or (lambda moment: moment.isoformat(" ", "minutes"))


class Message(str):
    """A text for the user: its English form (the str itself), and its template and values to translate it.

    A value may itself be a Message (a noun such as "client"), shown in the same language; `n` makes
    the template a plural one (Qt's "%n")."""

    def __new__(cls, template: str, context: str = CONTEXT, **values):
        self = super().__new__(cls, _fill(template, values, english=True))
        self.template = template
        self.context = context
        self.values = values
        return self

    def __reduce__(self):  # pickling (multiprocessing, copy) keeps it a Message
        return (_rebuild, (self.template, self.context, tuple(self.values.items())))

    def shown(self) -> str:
        n = self.values.get("n", -1)
        translated = _language.translate(self.context, self.template, n) if n != -1 \
            else _language.translate(self.context, self.template)
        try:
            return _fill(translated or self.template, self.values, english=False)
        except (KeyError, IndexError, ValueError):  # a translation with a broken place: English is better than none
            return _fill(self.template, self.values, english=False)


def _rebuild(template: str, context: str, items: tuple) -> Message:
    return Message(template, context, **dict(items))


def _value(value, english: bool) -> str:
    if isinstance(value, Message):
        return str.__str__(value) if english else value.shown()
    if isinstance(value, list | tuple):  # a listing: "call, email, meeting"
        return ", ".join(_value(v, english) for v in value)
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, Number):
        text = (_plain_number if english else _language.number)(abs(value) if value.signed else float(value),
                                                                value.decimals)
        return ("+" if value > 0 else "\u2212" if value < 0 else "") + text if value.signed else text
    if isinstance(value, float):
        return _plain_number(value) if english else _language.number(value, None)
    if isinstance(value, dt.datetime):
        return value.isoformat(" ", "minutes") if english else _language.datetime(value)
    if isinstance(value, dt.date):
        return value.isoformat() if english else _language.date(value)
    return str(value)


def _english_plural(template: str, n) -> str:
    """"%n item(s)" in English without a translation file: "1 item", "2 items"."""
    return template.replace("(s)", "" if n == 1 else "s")


def _fill(template: str, values: dict, english: bool) -> str:
    if "n" in values and (english or "(s)" in template):
        template = _english_plural(template, values["n"])
    text = template.replace("%n", str(values.get("n", "%n")))
    if not values:
        return text
    shown_values = {key: _value(value, english) for key, value in values.items()}
    qt_places = {key: shown_values.pop(key) for key in list(shown_values) if key.startswith("%")}  # %1, %2
    if "{" in template:  # the template's own places; what the values bring is never read as one
        text = text.format(**shown_values)
    for key, value in qt_places.items():
        text = text.replace(key, value)
    return text


def shown(text) -> str:
    """Text as the user reads it: a Message translated and filled in; a marked constant translated."""
    if isinstance(text, Message):
        return text.shown()
    if isinstance(text, str):
        return _language.translate(CONTEXT, text) if text else text
    return str(text)


def shown_value(value) -> str:
    """A number, date or time as the user's locale writes it (what a message's value becomes)."""
    return _value(value, english=False)


def translating() -> bool:
    """Whether a translation is installed (otherwise messages read in English as written)."""
    return _language.translate is not _no_translation


def translated(context: str, text: str) -> str:
    """A marked constant of another context (such as "Fields") in the user's language."""
    return _language.translate(context, text) if text else text
