"""The brief dialog: choose a client and period, save the brief, preview it for printing."""

import datetime as dt

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtPrintSupport import QPrintPreviewWidget

from ui.brief.dialog import BriefDialog


def workers_idle() -> bool:
    """No worker is still returning: its result has arrived and its thread has let go of Python.

    Waiting for this as well as for the result keeps a test from ending while a worker is still
    inside its last signal emission (PySide 6.12 on Python 3.11 can corrupt memory then)."""
    return QThreadPool.globalInstance().activeThreadCount() == 0


@pytest.fixture
def client_with_story(make_client, make_interaction):
    client = make_client("ТОВ «Ромашка»")
    today = dt.datetime.combine(dt.date.today(), dt.time(10, 0))
    make_interaction(client, kind="praise", summary="Дякують за швидку доставку", sentiment=2,
                     occurred_at=today - dt.timedelta(days=3), tags=["like"])
    make_interaction(client, kind="complaint", summary="Стара скарга", occurred_at=today - dt.timedelta(days=200))
    return client


def test_saving_writes_the_brief_for_the_period(qtbot, client_with_story, tmp_path):
    dialog = BriefDialog(None, client_with_story.id)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    assert dialog.suggested_name().endswith(".md") and "Ромашка" in dialog.suggested_name()
    dialog.save_to(tmp_path / "brief")
    qtbot.waitUntil(lambda: dialog.saved_path is not None and workers_idle(), timeout=10000)
    text = dialog.saved_path.read_text(encoding="utf-8")
    assert dialog.saved_path.name == "brief.md"
    assert "Дякують за швидку доставку" in text
    assert "Стара скарга" not in text  # older than the 90 days shown by default


def test_a_pdf_is_written_from_the_desktop(qtbot, client_with_story, tmp_path):
    dialog = BriefDialog(None, client_with_story.id)
    qtbot.addWidget(dialog)
    dialog.save_to(tmp_path / "brief.pdf")
    qtbot.waitUntil(lambda: dialog.saved_path is not None and workers_idle(), timeout=20000)
    assert dialog.saved_path.read_bytes().startswith(b"%PDF")


def test_without_a_client_the_dialog_says_so(qtbot, client_with_story, tmp_path):
    dialog = BriefDialog(None, None)
    qtbot.addWidget(dialog)
    dialog.save_to(tmp_path / "x.pdf")
    assert dialog.message.text() == "Choose a client first."
    dialog.client.setText("Ромаш")
    dialog.period.date_from.setText("not a day")
    dialog.save_to(tmp_path / "x.pdf")
    assert "'not a day' is not a day" in dialog.message.text()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen platform only
def test_print_preview_shows_the_pages(qtbot, client_with_story):
    dialog = BriefDialog(None, client_with_story.id)
    qtbot.addWidget(dialog)
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.preview_dialog is not None and dialog.preview_dialog.isVisible() and workers_idle(), timeout=10000)
    preview = dialog.preview_dialog.findChild(QPrintPreviewWidget)
    assert preview.pageCount() >= 1
    dialog.preview_dialog.reject()
    assert dialog.preview_dialog is None


def test_the_brief_follows_the_interface_language(qtbot, qapp, client_with_story, tmp_path):
    from PySide6.QtCore import QTranslator

    from ui.shell import i18n

    translator = QTranslator()
    assert translator.load(str(i18n.qm_path("uk")))
    qapp.installTranslator(translator)
    try:
        dialog = BriefDialog(None, client_with_story.id)
        qtbot.addWidget(dialog)
        dialog.format.setCurrentIndex(dialog.format.findData("md"))
        dialog.save_to(tmp_path / "бриф.md")
        qtbot.waitUntil(lambda: dialog.saved_path is not None and workers_idle(), timeout=10000)
    finally:
        qapp.removeTranslator(translator)  # the next tests run in English again
    text = dialog.saved_path.read_text(encoding="utf-8")
    assert text.startswith("# Бриф до переговорів: ТОВ «Ромашка»")
    assert "## Тези до зустрічі" in text and "### Подобатися: залишити добре враження" in text
