"""The global search: Ctrl+K, typing, ranked hits, and a hit opening in its client's timeline."""

import pytest
from PySide6.QtCore import Qt

from ui.search.box import SearchBox
from ui.search.page import SearchPage
from ui.search.results import SearchQuery, SearchResultsModel
from ui.shell.events import bus

# The offscreen platform's note about window size hints is not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def journal_entries(make_client, make_interaction):
    acme, globex = make_client("Acme"), make_client("Globex")
    return {
        "ru": make_interaction(acme, summary="Клиент просит о рефинансировании", kind="negotiation"),
        "en": make_interaction(globex, summary="Late delivery", tags=["hear"]),
    }


def search_through_page(qtbot, page: SearchPage, text: str) -> None:
    with qtbot.waitSignal(page.model.modelReset, timeout=10_000):
        page.run_query(text)
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    qtbot.wait(20)  # the finished task deletes itself later


def test_model_pages_hits_and_passes_the_model_tester(qtmodeltester, make_client, make_interaction):
    client = make_client()
    for n in range(7):
        make_interaction(client, summary=f"Invoice {n}")
    model = SearchResultsModel()
    model.PAGE_SIZE = 3
    query = SearchQuery("invoice")
    model.show_first_page(query, query.hits(0, 3))
    assert model.rowCount() == 3 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 7 and not model.canFetchMore()
    assert "Invoice" in model.index(0).data(Qt.ItemDataRole.DisplayRole)
    assert "<b>Invoice</b>" in model.index(0).data(SearchResultsModel.HtmlRole)
    qtmodeltester.check(model)


def test_typing_in_the_box_and_pressing_enter_asks_for_a_search(qtbot):
    box = SearchBox()
    qtbot.addWidget(box)
    with qtbot.waitSignal(box.search_requested) as signal:
        qtbot.keyClicks(box, "late delivery")  # QTest types ASCII only
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert signal.args == ["late delivery"]


def test_the_page_shows_hits_and_a_hit_opens_in_the_timeline(qtbot, journal_entries):
    page = SearchPage()
    qtbot.addWidget(page)
    search_through_page(qtbot, page, "рефинансирование")
    assert page.model.rowCount() == 1
    assert "рефинансирование" in page.status.text()
    index = page.model.index(0)
    with qtbot.waitSignal(bus().open_interaction) as opened:
        page.view.activated.emit(index)
    ru = journal_entries["ru"]
    assert opened.args == [ru.client.id, ru.id]


def test_later_pages_are_found_in_the_background_as_you_scroll(qtbot, make_client, make_interaction):
    client = make_client()
    for n in range(5):
        make_interaction(client, summary=f"Invoice {n}")
    page = SearchPage()
    qtbot.addWidget(page)
    page.model.PAGE_SIZE = 2
    search_through_page(qtbot, page, "invoice")
    assert page.model.rowCount() == 2 and page.model.canFetchMore()
    page.model.fetchMore()
    assert not page.model.canFetchMore()  # one page at a time
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=10_000)
    qtbot.waitUntil(lambda: page.task is None)
    page.model.fetchMore()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=10_000)
    qtbot.waitUntil(lambda: page.task is None)
    qtbot.wait(20)
    assert not page.model.canFetchMore()
    assert "5, best first" in page.status.text()


def test_filters_narrow_the_hits_and_nothing_found_is_said(qtbot, journal_entries):
    page = SearchPage()
    qtbot.addWidget(page)
    search_through_page(qtbot, page, "delivery")
    assert page.model.rowCount() == 1
    with qtbot.waitSignal(page.model.modelReset, timeout=10_000):
        page.kind.setCurrentIndex(page.kind.findData("complaint"))
    qtbot.waitUntil(lambda: page.task is None)
    qtbot.wait(20)
    assert page.model.rowCount() == 0 and not page.typing
    assert "Nothing matches" in page.status.text()


def test_ctrl_k_focuses_the_box_in_the_main_window_and_enter_shows_results(qtbot, journal_entries):
    from ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.findChild(type(window.menus["edit"].actions()[0]), "focus_search").trigger()
    assert window.search_box.hasFocus() or qtbot.waitUntil(window.search_box.hasFocus) is None
    page = window.pages["search"]
    with qtbot.waitSignal(page.model.modelReset, timeout=10_000):
        qtbot.keyClicks(window.search_box, "delivery")
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.current_page() == "search"
    assert page.model.rowCount() == 1
    with qtbot.waitSignal(bus().open_interaction):
        page.view.activated.emit(page.model.index(0))
    assert window.current_page() == "journal"
    assert window.current_client_id() == journal_entries["en"].client.id


def test_the_dates_narrow_the_hits_and_a_wrong_date_is_named(qtbot, make_client, make_interaction):
    import datetime as dt

    from ui.widgets.day_field import show_day

    client = make_client()
    for month in (1, 3, 5):
        make_interaction(client, summary=f"Invoice for month {month}", occurred_at=dt.datetime(2026, month, 10, 9))
    page = SearchPage()
    qtbot.addWidget(page)
    page.date_from.set_day(dt.date(2026, 2, 1))
    page.date_to.set_day(dt.date(2026, 4, 30))
    search_through_page(qtbot, page, "invoice")
    shown = [page.model.index(r).data() for r in range(page.model.rowCount())]
    assert len(shown) == 1 and shown[0].endswith("Invoice for month 3")
    page.date_to.setText("")  # open-ended: from February on
    with qtbot.waitSignal(page.model.modelReset, timeout=10_000):
        page.date_to.edit.editingFinished.emit()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.date_from.setText("the 32nd")
    page.rerun()
    assert page.status.text().startswith("From: 'the 32nd' is not a day")
    assert show_day(dt.date.today()) in page.status.text()
    assert page.model.rowCount() == 2  # the last good hits stay; nothing half-searched


def test_the_box_searches_as_you_type_after_a_pause(qtbot):
    box = SearchBox()
    qtbot.addWidget(box)
    asked = []
    box.search_requested.connect(asked.append)
    qtbot.keyClicks(box, "invo")
    qtbot.keyClicks(box, "ice")
    assert asked == []  # still typing: nothing yet
    qtbot.waitUntil(lambda: asked == ["invoice"], timeout=5_000)
    qtbot.wait(box.PAUSE_MS + 100)
    assert asked == ["invoice"]  # once, for the whole word
    box.clear()
    qtbot.keyClicks(box, " ")
    qtbot.wait(box.PAUSE_MS + 100)
    assert asked == ["invoice"]  # blanks are not searched


def test_a_common_word_says_more_than_a_thousand(qtbot, monkeypatch, make_client, make_interaction):
    monkeypatch.setattr("ui.search.page.COUNT_LIMIT", 3)
    monkeypatch.setattr("app.search.engine.COUNT_LIMIT", 3)
    client = make_client()
    for n in range(5):
        make_interaction(client, summary=f"Счёт {n}")
    page = SearchPage()
    qtbot.addWidget(page)
    search_through_page(qtbot, page, "счет")
    assert page.model.rowCount() == 5
    assert page.status.text() == 'Entries matching "счет": more than 3; the best of the newest first.'


def type_into(widget, text: str) -> None:
    """Type text as a keyboard would, any letters (QTest types ASCII only)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def test_a_word_still_being_typed_shows_the_entries_with_words_that_begin_so(qtbot, journal_entries):
    from ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.search_box.search_requested, timeout=5_000):
        type_into(window.search_box, "рефин")  # and pause: no Enter
    page = window.pages["search"]
    qtbot.waitUntil(lambda: page.task is None and page.model.rowCount() == 1, timeout=10_000)
    assert window.current_page() == "search"
    assert page.model.index(0).data(SearchResultsModel.HitRole).interaction_id == journal_entries["ru"].id
    assert "<b>рефинансировании</b>" in page.model.index(0).data(SearchResultsModel.HtmlRole)
    assert page.status.text() == 'Entries matching "рефин": 1, best first.'
    with qtbot.waitSignal(page.model.modelReset, timeout=10_000):
        type_into(window.search_box, " ")  # the word is finished: «рефин» is no word of the journal
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    assert page.model.rowCount() == 0 and "Nothing matches" in page.status.text()
    page.run_query("рефин")  # another caller, not typing: whole words, as before
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    qtbot.wait(20)
    assert page.model.rowCount() == 0 and not page.typing
