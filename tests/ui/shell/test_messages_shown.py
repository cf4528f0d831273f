"""A message made in app/ reaches a Russian or Ukrainian screen in that language, under its field."""

import contextlib

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QGridLayout, QLineEdit, QWidget

from app.common.errors import ValidationError
from app.journal import records as journal
from tests.authors import firm_owner, signing_author
from ui.shell import i18n
from ui.widgets.field_errors import FieldErrors


@contextlib.contextmanager
def interface_in(app, language: str):
    """The interface in language for a while; then untranslated, in the locale it started with."""
    from app.common import wording

    locale = QLocale()
    try:
        i18n.load_translators(app, language)
        yield
    finally:
        for translator in i18n._installed:
            app.removeTranslator(translator)
        i18n._installed.clear()
        QLocale.setDefault(locale)
        wording.use_language()


@pytest.mark.parametrize(("language", "expected"), [("ru", "клиент с названием 'Acme' уже есть"),
                                                    ("uk", "клієнт з назвою 'Acme' уже існує"),
                                                    ("en", "a client named 'Acme' already exists")])
def test_a_duplicate_client_is_refused_in_the_interfaces_language(qtbot, qapp, make_client, language, expected):
    make_client("Acme")
    form = QWidget()
    qtbot.addWidget(form)
    grid = QGridLayout(form)
    errors = FieldErrors()
    errors.add_row(grid, 0, "name", "Name", QLineEdit(form))
    with interface_in(qapp, language):
        with pytest.raises(ValidationError) as caught:
            journal.create_client(name="Acme", by=firm_owner())
        errors.show(caught.value.problems, fallback="name")
        shown = errors.shown()["name"]
    assert shown == expected


def test_a_problem_without_its_own_field_names_the_field_by_its_label(qtbot, qapp, make_client):
    form = QWidget()
    qtbot.addWidget(form)
    grid = QGridLayout(form)
    errors = FieldErrors()
    errors.add_row(grid, 0, "summary", "Summary", QLineEdit(form))
    with interface_in(qapp, "ru"):
        with pytest.raises(ValidationError) as caught:
            journal.log_interaction(client=make_client("Acme").id, occurred_at="soon", channel="call",
                                    kind="update", summary="x", author=signing_author())
        errors.show(caught.value.problems, fallback="summary")
        shown = errors.shown()["summary"]
    assert shown.startswith("Когда: 'soon' — не дата и время")


def test_percentages_follow_the_language(qapp):
    """81% in English, 81 % (a no-break space) in Russian and Ukrainian, as each language writes it."""
    from ui.shell import labels

    assert labels.percent_text(81) == "81%"
    with interface_in(qapp, "ru"):
        assert labels.percent_text(81) == "81\u00a0%"
        assert labels.percent_text(12.5, 1) == "12,5\u00a0%"


def test_month_names_alone_are_in_the_nominative(qapp):
    import datetime as dt

    from ui.health.dashboard import _month

    with interface_in(qapp, "ru"):
        assert _month(dt.date(2026, 5, 1)) == "май"
    with interface_in(qapp, "uk"):
        assert _month(dt.date(2026, 5, 1)).startswith("трав")
