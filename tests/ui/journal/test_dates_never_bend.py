"""Whatever is typed into a date, the entry saved carries the date shown, or nothing is saved and the field says why."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from db.models import Client, Interaction
from tests.ui.dialog_support import choose_current_user, show_focused, wait_saved
from ui.journal.interaction_editor import InteractionEditor
from ui.widgets.day_field import locale_day, show_day
from ui.widgets.when_field import show_moment

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

KEYS = st.lists(st.one_of(
    st.sampled_from(list("0123456789./-: +dwmy")),
    st.sampled_from(["<bs>", "<bs>", "<left>", "<end>", "<home>", "<del>"]),
    st.sampled_from(["31.02.2026", "29.02.2028", "1.1.26", "yesterday", "today", "+1w", "-3d", "9:30", "13:61"]),
), max_size=14)


@pytest.fixture(params=["ru_RU", "en_US", "uk_UA"])
def user_locale(request):
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


def type_keys(qtbot, widget, keys):
    specials = {"<bs>": Qt.Key.Key_Backspace, "<left>": Qt.Key.Key_Left, "<end>": Qt.Key.Key_End,
                "<home>": Qt.Key.Key_Home, "<del>": Qt.Key.Key_Delete}
    for key in keys:
        if key in specials:
            qtbot.keyClick(widget, specials[key])
        else:
            qtbot.keyClicks(widget, key)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(when_keys=KEYS, follow_keys=KEYS, clear_when=st.booleans())
def test_the_saved_dates_are_the_dates_shown_or_nothing_is_saved(qtbot, make_user, make_client, user_locale,
                                                                  monkeypatch, when_keys, follow_keys, clear_when):
    from app.journal import records as journal

    if not journal.list_users():
        choose_current_user(make_user)
        make_client("Acme LLC")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    client_id = Client.select().first().id
    before = Interaction.select().count()
    editor = show_focused(qtbot, InteractionEditor(client_id=client_id))
    qtbot.keyClicks(editor.summary, "Call")
    editor.occurred_at.edit.setFocus()
    if clear_when:
        editor.occurred_at.edit.selectAll()
        qtbot.keyClick(editor.occurred_at.edit, Qt.Key.Key_Backspace)
    type_keys(qtbot, editor.occurred_at.edit, when_keys)
    editor.follow_up.edit.setFocus()
    type_keys(qtbot, editor.follow_up.edit, follow_keys)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_saved(qtbot, editor)

    if Interaction.select().count() == before + 1:
        item = Interaction.get_by_id(editor.saved_id)
        assert show_moment(item.occurred_at) == editor.occurred_at.text()
        assert show_day(item.follow_up_due) == editor.follow_up.text()
        if item.follow_up_due:
            assert locale_day(editor.follow_up.text()) == item.follow_up_due
    else:
        assert Interaction.select().count() == before
        shown = editor.errors.shown()
        assert shown.get("occurred_at") or shown.get("follow_up_due")
        assert editor.isVisible()
        editor.reject()


def test_31_february_in_russian_is_refused_at_the_field_not_saved_as_31_december(qtbot, make_user, make_client):
    before = QLocale()
    QLocale.setDefault(QLocale("ru_RU"))
    try:
        choose_current_user(make_user)
        acme = make_client("Acme LLC")
        editor = show_focused(qtbot, InteractionEditor(client_id=acme.id))
        editor.summary.setText("Звонок по доставке")
        editor.occurred_at.edit.setFocus()
        editor.occurred_at.edit.selectAll()
        qtbot.keyClicks(editor.occurred_at.edit, "31.02.2026 10:00")
        qtbot.keyClick(editor.occurred_at.edit, Qt.Key.Key_Tab)  # leaving the field: the message is there already
        assert "31.02.2026" in editor.occurred_at.message()
        editor.save()
        assert Interaction.select().count() == 0 and editor.isVisible()
        assert "31.02.2026" in editor.errors.shown()["occurred_at"]
        assert editor.occurred_at.text() == "31.02.2026 10:00"  # what was typed is kept to correct
    finally:
        QLocale.setDefault(before)


def test_a_future_when_is_asked_about_once(qtbot, make_user, make_client, monkeypatch):
    choose_current_user(make_user)
    acme = make_client("Acme LLC")
    asked = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    editor = show_focused(qtbot, InteractionEditor(client_id=acme.id))
    qtbot.keyClicks(editor.summary, "Quarterly review")
    editor.occurred_at.set_moment(dt.datetime.now().replace(second=0, microsecond=0) + dt.timedelta(days=28, hours=2))
    editor.save()
    assert "4 week" in asked[0] and Interaction.select().count() == 0 and editor.isVisible()
    editor.save()
    wait_saved(qtbot, editor)
    assert len(asked) == 2 and Interaction.select().count() == 1
    editor = show_focused(qtbot, InteractionEditor(client_id=acme.id))
    qtbot.keyClicks(editor.summary, "A call just now")
    editor.save()
    wait_saved(qtbot, editor)
    assert len(asked) == 2  # now is not the future: no question
