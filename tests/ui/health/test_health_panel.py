"""The client page's Health tab and the pulse dialog, driven as a manager would."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton

from app.health.pulse import log_pulse, pulses_of
from app.journal import records as journal
from tests.authors import act_as, signing_author
from tests.ui.dialog_support import wait_saved
from ui.health.panel import HealthPanel
from ui.health.pulse_dialog import PulseDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")  # offscreen platform only


def days_ago(n: int) -> dt.datetime:
    return dt.datetime.combine(dt.date.today() - dt.timedelta(days=n), dt.time(11))


@pytest.fixture
def souring(make_client, make_user):
    manager = make_user("Olena")
    client = make_client("Sour LLC", account_manager=manager.id)
    for n in (2, 4, 6):
        journal.log_interaction(author=signing_author(), client=client.id, occurred_at=days_ago(n), channel="call", kind="update",
                                summary="Told them to wait", sentiment=-2, effort=5, tags=["dismissive"])
    return client, manager


def shown_panel(qtbot, client_id) -> HealthPanel:
    panel = HealthPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    panel.set_client(client_id)
    qtbot.waitUntil(lambda: bool(panel.chart.chart().series()), timeout=10_000)
    return panel


def test_the_panel_explains_the_score_in_words(qtbot, souring):
    client, _ = souring
    panel = shown_panel(qtbot, client.id)
    assert panel.score.text() == str(panel.health.score) and panel.health.score < 40
    assert panel.warning.isVisibleTo(panel)
    text = panel.reasons.text()
    assert "tagged dismissive, capitulating or punishing: −40" in text
    assert "The client's effort averaged 5.0 of 5: −20" in text
    assert f"Why {panel.health.score} and not 100" in text
    # the warning says why now, since when, and what would clear it
    assert "the score fell from 100 to" in text and "Why now: " in text and "stance drift −40" in text
    assert "What would clear it: " in text and "coach the team back to like, hear, negotiate" in text


def test_russian_reasons_are_worded_in_russian(qtbot, souring):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from ui.shell import i18n

    client, _ = souring
    app, locale = QApplication.instance(), QLocale()
    try:
        i18n.load_translators(app, "ru")
        panel = shown_panel(qtbot, client.id)
        text = panel.reasons.text()
        assert "3 взаимодействия с меткой «пренебрежение», «капитуляция» или «наказание»: −40" in text
        assert "tagged" not in text
    finally:  # leave the other tests the untranslated interface and the locale they started with
        for translator in i18n._installed:
            app.removeTranslator(translator)
        i18n._installed.clear()
        QLocale.setDefault(locale)


def test_a_quiet_healthy_client_has_nothing_against_it(qtbot, make_client):
    client = make_client()
    panel = shown_panel(qtbot, client.id)
    assert panel.score.text() == "100" and not panel.warning.isVisibleTo(panel)
    assert panel.reasons.text() == "Nothing takes points off: 100."


def test_a_disagreeing_pulse_is_pointed_out(qtbot, souring):
    client, manager = souring
    log_pulse(client.id, manager.id, "good", "All fine, I think", at=dt.date.today())
    panel = shown_panel(qtbot, client.id)
    assert panel.disagreement.isVisibleTo(panel)
    assert "two bands or more apart" in panel.disagreement.text()
    assert "All fine, I think" in panel.pulse.text()


def test_logging_a_pulse_from_the_panel(qtbot, souring):
    client, manager = souring
    act_as(manager.id)
    panel = shown_panel(qtbot, client.id)
    assert not panel.disagreement.isVisibleTo(panel)
    dialog = PulseDialog(panel, client.id, client.name)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    bad = dialog.findChild(QRadioButton, "reading_bad")
    qtbot.mouseClick(bad, Qt.MouseButton.LeftButton, pos=bad.rect().center())
    assert dialog.reading() == "bad"
    qtbot.keyClicks(dialog.comment, "They are looking elsewhere")
    dialog.save()
    wait_saved(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [(p.reading, p.comment, p.author_name) for p in pulses_of(client.id)] == [
        ("bad", "They are looking elsewhere", "Olena")]
    qtbot.waitUntil(lambda: "They are looking elsewhere" in panel.pulse.text())  # refreshed by the bus


def test_the_pulse_dialog_names_a_refused_date(qtbot, souring):
    client, manager = souring
    act_as(manager.id)
    dialog = PulseDialog(None, client.id, client.name)
    qtbot.addWidget(dialog)
    dialog.day.setText("+5d")
    dialog.save()
    wait_saved(qtbot, dialog)
    assert dialog.error.isVisibleTo(dialog) and "future" in dialog.error.text()
    assert pulses_of(client.id) == []


def test_the_pulse_dialog_refuses_a_day_the_calendar_has_not(qtbot, souring):
    from PySide6.QtCore import QLocale

    client, manager = souring
    act_as(manager.id)
    before = QLocale()
    QLocale.setDefault(QLocale("ru_RU"))
    try:
        dialog = PulseDialog(None, client.id, client.name)
        qtbot.addWidget(dialog)
        dialog.day.setText("31.02.2026")
        dialog.save()
        assert "31.02.2026" in dialog.day.message() and dialog.day.text() == "31.02.2026"
        assert pulses_of(client.id) == []
        dialog.day.setText("вчера")
        dialog.save()
        wait_saved(qtbot, dialog)
    finally:
        QLocale.setDefault(before)
    assert [(p.at, p.author_name) for p in pulses_of(client.id)] == [
        (dt.date.today() - dt.timedelta(days=1), manager.name)]
