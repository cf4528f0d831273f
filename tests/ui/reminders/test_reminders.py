"""Reminders in the window: a due item is announced (tray message, or the banner where there is no tray),
snooze hides it until its time, Open brings the window up on the client, and nothing repeats."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from app.common import preferences
from tests.authors import act_as
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


class Clock:
    """A clock the test moves by hand (the reminders' own; the journal's items are read for today)."""

    def __init__(self):
        self.now = dt.datetime.combine(dt.date.today(), dt.time(10, 0))

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def olena(make_user):
    user = make_user("Olena K.")
    act_as(user.id)
    # every hour of every day is working time, so the test means the same whenever it runs
    preferences.set("working_days", list(range(7)))
    preferences.set("work_start", "00:00")
    preferences.set("work_end", "23:59")
    return user


@pytest.fixture
def acme(olena, make_client, make_interaction):
    client = make_client("Acme LLC", account_manager=olena.id)
    make_client("Borys & Sons", account_manager=olena.id)
    make_interaction(client, author=olena.id, summary="Send the revised quote", follow_up_due=dt.date.today())
    return client


def open_window(qtbot, clock: Clock | None = None) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    if clock is not None:
        window.reminders.keeper.now = clock
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.client_list.loading)
    return window


def checked(qtbot, window: MainWindow) -> None:
    """One check of the reminders, run to its end (it reads on a worker)."""
    keeper = window.reminders.keeper
    keeper.check()
    qtbot.waitUntil(lambda: keeper.task is not None and keeper.task.done)


def test_a_due_follow_up_shows_the_banner_where_there_is_no_tray(qtbot, acme):
    window = open_window(qtbot, Clock())
    banner = window.reminders.banner
    assert window.reminders.tray is None  # offscreen has no system tray
    assert not banner.isVisible()
    checked(qtbot, window)
    assert banner.isVisible()
    assert banner.heading.text() == "Follow-up due"
    assert banner.what.text() == "Acme LLC: Send the revised quote"
    assert banner.mapTo(window, banner.rect().bottomLeft()).y() <= window.stack.mapTo(window, window.stack.rect().topLeft()).y()


def test_an_item_is_announced_once_even_after_a_restart(qtbot, acme):
    window = open_window(qtbot, Clock())
    announced = []
    window.reminders.keeper.announced.connect(announced.append)
    checked(qtbot, window)
    checked(qtbot, window)
    assert len(announced) == 1
    window.close()
    again = open_window(qtbot, Clock())
    again.reminders.keeper.announced.connect(announced.append)
    checked(qtbot, again)
    assert len(announced) == 1 and not again.reminders.banner.isVisible()


def test_snooze_hides_the_reminder_until_its_time(qtbot, acme):
    clock = Clock()
    window = open_window(qtbot, clock)
    banner = window.reminders.banner
    checked(qtbot, window)
    banner.snooze_menu.findChild(type(banner.snooze_menu.actions()[0]), "snooze_15min").trigger()
    assert not banner.isVisible()
    clock.now += dt.timedelta(minutes=10)
    checked(qtbot, window)
    assert not banner.isVisible()
    clock.now += dt.timedelta(minutes=6)
    checked(qtbot, window)
    assert banner.isVisible() and banner.what.text() == "Acme LLC: Send the revised quote"


def test_open_brings_the_minimised_window_up_on_the_client(qtbot, acme):
    window = open_window(qtbot, Clock())
    window.show_page("today")
    checked(qtbot, window)
    window.showMinimized()
    assert window.isMinimized()
    window.reminders.banner.open_button.click()
    assert not window.isMinimized()
    assert window.current_page() == "journal"
    qtbot.waitUntil(lambda: window.current_client_id() == acme.id)
    assert not window.reminders.banner.isVisible()  # dealt with


def test_nothing_is_announced_when_reminders_are_off(qtbot, acme):
    preferences.set("reminders_on", False)
    window = open_window(qtbot, Clock())
    announced = []
    window.reminders.keeper.announced.connect(announced.append)
    window.reminders.follow_setting()
    window.reminders.keeper.check()
    qtbot.wait(300)
    assert announced == [] and not window.reminders.banner.isVisible()


def test_someone_elses_items_are_not_announced(qtbot, acme, make_user, make_client, make_interaction):
    petro = make_user("Petro")
    make_interaction(make_client("Petro's client", account_manager=petro.id), author=petro.id,
                     follow_up_due=dt.date.today())
    window = open_window(qtbot, Clock())
    checked(qtbot, window)
    assert [r.item.client_name for r in window.reminders.keeper.pending] == ["Acme LLC"]


@pytest.fixture
def tray(monkeypatch):
    """A desktop with a system tray; its messages recorded instead of shown."""
    messages = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda self, title, body, *rest: messages.append((title, body)))
    monkeypatch.setattr(QSystemTrayIcon, "setVisible", lambda self, visible: None)
    return messages


def test_a_due_item_makes_a_tray_message_and_a_menu_to_open_or_snooze_it(qtbot, acme, tray):
    clock = Clock()
    window = open_window(qtbot, clock)
    assert window.reminders.banner is None
    checked(qtbot, window)
    assert tray == [("Follow-up due", "Acme LLC: Send the revised quote")]
    menu = window.reminders.tray.menu
    item_menus = [a.menu() for a in menu.actions() if a.menu() is not None]
    assert [m.title() for m in item_menus] == ["Follow-up due · Acme LLC: Send the revised quote"]
    actions = {a.text(): a for a in item_menus[0].actions()}
    assert list(actions) == ["Open", "Snooze 15 minutes", "Snooze 1 hour", "Snooze until tomorrow morning",
                             "Dismiss"]
    actions["Snooze 1 hour"].trigger()
    assert not [a for a in menu.actions() if isinstance(a.menu(), QMenu)]
    clock.now += dt.timedelta(minutes=59)
    checked(qtbot, window)
    assert len(tray) == 1
    clock.now += dt.timedelta(minutes=2)
    checked(qtbot, window)
    assert len(tray) == 2


def test_clicking_the_tray_message_opens_the_client(qtbot, acme, tray):
    window = open_window(qtbot, Clock())
    window.show_page("today")
    checked(qtbot, window)
    window.reminders.tray.icon.messageClicked.emit()
    assert window.current_page() == "journal"
    qtbot.waitUntil(lambda: window.current_client_id() == acme.id)


def test_several_items_at_once_make_one_message(qtbot, olena, acme, make_interaction, tray):
    from PySide6.QtCore import QCoreApplication

    from ui.shell import i18n

    i18n.load_translators(QCoreApplication.instance(), "en")  # English plurals come from its .qm
    make_interaction(acme, author=olena.id, summary="Call about the delivery", follow_up_due=dt.date.today())
    make_interaction(acme, author=olena.id, summary="Send the contract", follow_up_due=dt.date.today())
    make_interaction(acme, author=olena.id, summary="Ask about the invoice", follow_up_due=dt.date.today())
    window = open_window(qtbot, Clock())
    checked(qtbot, window)
    assert len(tray) == 1
    title, body = tray[0]
    assert title == "4 items need your hand"
    assert body.count("Follow-up due · Acme LLC") == 3 and body.endswith("and 1 more")


def test_the_banner_says_how_many_more_wait(qtbot, olena, acme, make_interaction):
    make_interaction(acme, author=olena.id, summary="Call about the delivery", follow_up_due=dt.date.today())
    window = open_window(qtbot, Clock())
    checked(qtbot, window)
    banner = window.reminders.banner
    assert banner.more_button.isVisible() and banner.more_button.text() == "and 1 more"
    banner.dismiss_button.click()
    assert banner.isVisible() and not banner.more_button.isVisible()
    banner.dismiss_button.click()
    assert not banner.isVisible()


def test_turning_reminders_off_in_settings_hides_the_banner_and_stops_them(qtbot, acme):
    from tests.ui.dialog_support import wait_saved
    from ui.settings.dialog import SettingsDialog

    window = open_window(qtbot, Clock())
    checked(qtbot, window)
    banner = window.reminders.banner
    assert banner.isVisible()
    window.open_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog.reminders_on.isChecked()
    dialog.reminders_on.click()
    dialog.accept()
    wait_saved(qtbot, dialog)
    qtbot.waitUntil(lambda: not banner.isVisible())
    assert preferences.get("reminders_on") is False
    preferences.set("reminders_state", {})  # even what was never shown stays quiet
    window.reminders.keeper.check()
    qtbot.wait(300)
    assert not banner.isVisible() and window.reminders.keeper.pending == []


def test_while_minimised_a_due_item_is_announced_and_open_from_the_tray_menu_shows_it(qtbot, acme, tray):
    window = open_window(qtbot, Clock())
    window.show_page("today")
    window.showMinimized()
    assert window.isMinimized()
    checked(qtbot, window)
    assert tray == [("Follow-up due", "Acme LLC: Send the revised quote")]
    item_menu = next(a.menu() for a in window.reminders.tray.menu.actions() if a.menu() is not None)
    next(a for a in item_menu.actions() if a.text() == "Open").trigger()
    assert not window.isMinimized()
    assert window.current_page() == "journal"
    qtbot.waitUntil(lambda: window.current_client_id() == acme.id)
    assert not [a for a in window.reminders.tray.menu.actions() if a.menu() is not None]
