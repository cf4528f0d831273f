"""The main window as a user meets it: the welcome, shortcuts, pages, remembered layout."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.common import preferences
from app.common.identity import acting_id
from db.models import Interaction
from tests.authors import act_as, firm_owner
from ui.journal import client_page
from ui.shell.events import bus
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def open_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: not window.client_list.loading)  # the rows are read on a worker
    return window


def shortcut(qtbot, window, key, modifier=Qt.KeyboardModifier.ControlModifier):
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def test_an_empty_database_opens_on_the_welcome(qtbot):
    window = open_window(qtbot)
    assert window.current_page() == "welcome"
    assert window.welcome.add_client.isVisible() and window.welcome.open_sample.isVisible()
    assert window.welcome.who_box.isVisible()  # nobody chosen yet


def test_the_welcome_gives_way_to_the_journal_once_a_client_exists(qtbot, make_client):
    window = open_window(qtbot)
    make_client("Acme LLC")
    bus().clients_changed.emit()
    assert window.current_page() == "journal"
    qtbot.waitUntil(lambda: window.client_list.model.rowCount() == 1)


def test_the_window_shows_before_the_client_rows_arrive(qtbot, make_client, monkeypatch):
    import threading

    from app.journal import queries

    make_client("Acme LLC")
    make_client("Borys & Sons")
    gate = threading.Event()
    real_rows = queries.client_rows
    monkeypatch.setattr(queries, "client_rows", lambda *a: gate.wait(10) and real_rows(*a))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.current_page() == "journal" and window.client_list.loading_label.isVisible()
    assert window.client_list.model.rowCount() == 0

    gate.set()
    qtbot.waitUntil(lambda: window.client_list.model.rowCount() == 2)
    assert not window.client_list.loading_label.isVisible()


def test_a_database_with_clients_opens_on_the_journal(qtbot, make_client):
    make_client("Acme LLC")
    window = open_window(qtbot)
    assert window.current_page() == "journal"


def test_who_am_i_on_the_welcome_creates_and_chooses_the_user(qtbot):
    window = open_window(qtbot)
    qtbot.keyClicks(window.welcome.who.lineEdit(), "Olena K.")
    qtbot.mouseClick(window.welcome.thats_me, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: acting_id() is not None)  # on a worker
    qtbot.waitUntil(lambda: not window.welcome.who_box.isVisible())
    qtbot.waitUntil(lambda: "Olena K." in window.user_label.text())


def test_shortcuts_switch_pages_and_focus_the_filter(qtbot, make_client):
    make_client("Acme LLC")
    window = open_window(qtbot)
    shortcut(qtbot, window, Qt.Key.Key_2)
    assert window.current_page() == "today"
    shortcut(qtbot, window, Qt.Key.Key_F)
    assert window.current_page() == "journal"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.client_list.filter)


def test_ctrl_n_opens_the_interaction_editor_on_the_current_client(qtbot, make_client):
    from ui.journal.interaction_editor import InteractionEditor

    acme = make_client("Acme LLC")
    window = open_window(qtbot)
    window.open_client(acme.id)
    shortcut(qtbot, window, Qt.Key.Key_N)
    editor = window.findChild(InteractionEditor)
    assert editor is not None and editor.isVisible()
    assert editor.client.client_id() == acme.id
    editor.reject()


def test_opening_an_interaction_selects_its_client_and_entry(qtbot, make_client, make_interaction):
    acme = make_client("Acme LLC")
    make_client("Borys & Sons")
    entry = make_interaction(acme, occurred_at=dt.datetime(2026, 3, 1), summary="the one")
    make_interaction(acme, occurred_at=dt.datetime(2026, 3, 5), summary="later")
    window = open_window(qtbot)

    bus().open_interaction.emit(acme.id, entry.id)

    assert window.current_client_id() == acme.id
    assert window.client_page.header.name.text().startswith("Acme LLC")
    assert window.client_page.timeline().currentIndex().data() == "the one"


def test_status_bar_names_the_database_the_user_and_the_count(qtbot, make_user, make_client, db_path):
    act_as(make_user("Olena K.").id)
    make_client()
    make_client()
    window = open_window(qtbot)
    assert window.database_label.text() == str(db_path)
    assert "Olena K." in window.user_label.text()
    assert window.count_label.text() == "Clients: 2"


def test_window_geometry_and_splitter_are_remembered(qtbot, make_client):
    make_client("Acme LLC")
    window = open_window(qtbot)
    window.resize(760, 540)  # the offscreen screen is 800 x 600
    window.splitter.setSizes([300, 400])
    size, sizes = window.size(), window.splitter.sizes()
    assert (size.width(), size.height()) != (1400, 900)  # not the default size
    window.close()

    again = open_window(qtbot)
    assert again.size() == size
    assert again.splitter.sizes() == sizes


def test_other_features_can_add_pages_and_menu_actions(qtbot):
    from PySide6.QtWidgets import QLabel

    window = open_window(qtbot)
    action = window.add_page("extra", QLabel("extra page"), "Extra", "Ctrl+9")
    assert action in window.menus["View"].actions() and action in window.toolbar.actions()
    action.trigger()
    assert window.current_page() == "extra"


def test_the_sample_firm_is_built_apart_and_cancelling_leaves_no_file(tmp_path):
    import sys

    from app.common.progress import Cancelled
    from ui.shell.welcome import build_sample_firm, sample_firm_path

    (tmp_path / "sample-firm.db").write_text("")
    target = sample_firm_path(tmp_path)
    assert target.name == "sample-firm-2.db"  # never over an existing file

    calls = []

    def progress(done, total, message):
        calls.append(done)
        if len(calls) > 2:
            raise Cancelled()

    slow = [sys.executable, "-c", f"open({str(target)!r}, 'w').write('half'); import time; time.sleep(30)"]
    with pytest.raises(Cancelled):
        build_sample_firm(target, progress, command=slow)
    assert not target.exists()


def test_a_failed_sample_firm_says_why(tmp_path):
    import sys

    from app.common.errors import RapportError
    from ui.shell.welcome import build_sample_firm

    failing = [sys.executable, "-c", "import sys; sys.exit('rapport: the disk is full')"]
    with pytest.raises(RapportError, match="the disk is full"):
        build_sample_firm(tmp_path / "x.db", lambda *a: None, command=failing)


def test_switching_to_another_database_reloads_every_view(qtbot, make_client, tmp_path):
    from db.connection import close_database, open_database, sqlite_path
    from ui.shell.database_switch import switch_database

    make_client("Acme LLC")
    original = sqlite_path()
    other = tmp_path / "other.db"
    close_database()
    open_database(other)
    from app.journal import records as journal

    journal.create_client(name="Other One", by=firm_owner())
    journal.create_client(name="Other Two", by=firm_owner())
    close_database()
    open_database(original)
    window = open_window(qtbot)
    assert window.client_list.model.rowCount() == 1

    assert switch_database(window, str(other))

    qtbot.waitUntil(lambda: window.client_list.model.rowCount() == 2)
    assert window.database_label.text() == str(other)
    assert preferences.get("last_database") == str(other.resolve())


def test_the_first_client_added_from_the_welcome_is_shown(qtbot, make_client):
    window = open_window(qtbot)
    acme = make_client("Acme LLC")
    bus().clients_changed.emit()
    qtbot.waitUntil(lambda: window.current_client_id() == acme.id)
    assert window.client_page.header.name.text().startswith("Acme LLC")


def test_logging_an_interaction_with_the_keyboard_alone_puts_it_on_top(qtbot, make_user, make_client,
                                                                        make_interaction):
    from ui.journal.interaction_editor import InteractionEditor

    act_as(make_user("Olena K.").id)
    make_client("Borys & Sons")
    acme = make_client("Acme LLC")
    make_interaction(acme, occurred_at=dt.datetime(2026, 1, 5, 9), summary="Older call")
    window = open_window(qtbot)

    shortcut(qtbot, window, Qt.Key.Key_F)
    qtbot.keyClicks(QApplication.focusWidget(), "acme")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    shortcut(qtbot, window, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), InteractionEditor))
    # The routine call, literally: Ctrl+N, one line, Ctrl+Enter (the cursor starts in Summary).
    qtbot.keyClicks(QApplication.focusWidget(), "Asked for the new price list")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: not isinstance(QApplication.activeWindow(), InteractionEditor))
    timeline = window.client_page.timeline()
    assert timeline.client_id == acme.id
    assert timeline.timeline.index(0).data() == "Asked for the new price list"
    assert timeline.timeline.index(1).data() == "Older call"
    entry = Interaction.select().order_by(Interaction.id.desc()).get()
    assert (entry.channel, entry.kind, entry.direction, entry.author.name) == ("call", "update", "outbound", "Olena K.")


def test_later_tabs_are_built_when_first_shown_and_follow_the_client(qtbot, make_client):
    from ui.health.panel import HealthPanel

    first, second = make_client("Acme LLC"), make_client("Birch Ltd")
    window = open_window(qtbot)
    page = window.client_page
    window.open_client(first.id)
    health_index = next(i for i, (title, _f) in enumerate(client_page.TAB_FACTORIES) if title == "Health")
    assert page.tab_widgets[health_index] is None  # not built until someone looks
    page.tabs.setCurrentIndex(health_index)
    panel = page.tab_widgets[health_index]
    assert isinstance(panel, HealthPanel) and page.tabs.currentWidget() is panel
    assert page.tabs.tabText(health_index) == "Health"
    window.open_client(second.id)
    assert panel.client_id == second.id


def test_feature_pages_are_built_when_first_shown(qtbot, make_client):
    from ui.health.dashboard import DashboardPage
    from ui.hear.feedback_inbox import FeedbackInboxPage
    from ui.search.page import SearchPage

    make_client("Acme LLC")
    window = open_window(qtbot)
    built = {type(w) for w in window.stack.findChildren(QWidget)}
    assert not built & {DashboardPage, FeedbackInboxPage, SearchPage}  # nothing paid for at start
    shortcut(qtbot, window, Qt.Key.Key_4)
    assert window.current_page() == "dashboard"
    assert isinstance(window.stack.currentWidget(), DashboardPage)
    shortcut(qtbot, window, Qt.Key.Key_3)
    assert isinstance(window.stack.currentWidget(), FeedbackInboxPage) and window.current_page() == "feedback"
    shortcut(qtbot, window, Qt.Key.Key_4)
    assert window.stack.currentWidget() is window.pages["dashboard"]  # built once, kept
    assert isinstance(window.pages["search"], SearchPage)  # looking a page up builds it too
    assert window.stack.count() == len(window.pages) + 1  # the placeholders left the stack (+ the welcome)


def test_the_search_box_opens_the_search_page_with_its_hits(qtbot, make_client, make_interaction):
    acme = make_client("Acme LLC")
    make_interaction(acme, summary="Refinancing the loan")
    window = open_window(qtbot)
    shortcut(qtbot, window, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search_box)
    qtbot.keyClicks(window.search_box, "refinancing")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.current_page() == "search"
    page = window.pages["search"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)


def test_the_client_page_is_a_hint_until_a_client_is_chosen(qtbot, make_client):
    acme = make_client("Acme LLC")
    window = open_window(qtbot)
    page = window.client_page
    assert page.tabs is None and page.hint.isVisible()  # the card and tabs cost nothing at start
    window.open_client(acme.id)
    assert page.header.name.text().startswith("Acme LLC") and page.tabs.isVisible()
    assert not page.hint.isVisible()


def test_the_first_window_fits_the_screen_it_opens_on(qtbot, monkeypatch):
    """At its first start the window is roomy on a big screen and never runs past a small one's edges."""
    from PySide6.QtCore import QSize

    from ui.shell import main_window

    assert main_window.first_size(QSize(1920, 1050)) == QSize(1400, 900)
    assert main_window.first_size(QSize(1024, 672)) == QSize(1024, 672)
    window = MainWindow()
    qtbot.addWidget(window)
    available = window.screen().availableGeometry().size()
    assert window.width() <= available.width() and window.height() <= available.height()
