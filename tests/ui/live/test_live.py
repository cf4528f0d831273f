"""A colleague's change shows in the open window within 2 seconds, and the person keeps their place.

The colleague is another program: a separate Python process opening the same journal (a SQLite file,
or the PostgreSQL server when RAPPORT_TEST_POSTGRES_URL names one) and writing through app/."""

import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.journal import records as journal
from db.changes import Change
from db.connection import close_database, open_database
from db.models import Client, Interaction, db
from tests.authors import act_as, firm_owner, signing_author
from tests.db.test_postgres import URL, pg, pg_url  # noqa: F401 - the server's fixtures
from tests.stages import client_at_stage
from ui.journal.interaction_editor import InteractionEditor
from ui.journal.timeline import TimelineModel
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

ROOT = Path(__file__).resolve().parents[3]
SHOWN_WITHIN_MS = 2000
START = dt.datetime(2026, 3, 1, 9, 0)


# The colleague is the firm's owner: the services they call act as them (app.common.rights).
AS_THE_OWNER = """
import functools, types
from tests.authors import firm_owner
_records, _owner = journal, firm_owner()
journal = types.SimpleNamespace(**{name: functools.partial(getattr(_records, name), by=_owner) if name in (
    "create_client", "update_client", "add_contact", "update_contact", "edit_interaction", "mark_follow_up_done")
    else getattr(_records, name) for name in dir(_records) if not name.startswith("_")})
"""


def colleague(target, code: str) -> None:
    """Another Rapport on another computer: opens the journal and runs code (with `journal`, `dt` at hand)."""
    script = "import datetime as dt, sys\nfrom db.connection import open_database\n" \
             "from app.journal import records as journal\nopen_database(sys.argv[1])\n" + AS_THE_OWNER + \
             textwrap.dedent(code)
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script, str(target)], env=environment, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def open_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.client_list.loading and window.client_list.model.rowCount() > 0)
    return window


def fill_journal(clients: int = 60, entries: int = 150) -> tuple[Client, list[Client]]:
    """Many clients, and one of them (in the middle of the list) with many entries."""
    author = signing_author()
    made = [client_at_stage(f"Client {n:03}") for n in range(clients)]
    busy = made[clients // 2]
    rows = [{"client": busy.id, "author": author, "occurred_at": START + i * dt.timedelta(hours=5), "channel": "call",
             "kind": "update", "summary": f"entry {i}", "notes": "", "created_at": START, "updated_at": START}
            for i in range(entries)]
    with db.atomic():
        Interaction.insert_many(rows).execute()
    act_as(author)
    return busy, made


def choose_and_scroll(qtbot, window, client: Client) -> tuple[int, int, int]:
    """The person picks a client half-way down the list, scrolls the timeline and selects an entry there;
    returns (client list scroll, timeline scroll, selected entry id)."""
    window.client_list.select_client(client.id)
    timeline = window.client_page.timeline()
    qtbot.waitUntil(lambda: timeline.timeline.rowCount() > 100)
    bar = timeline.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # laid out
    bar.setValue(bar.maximum() // 2)
    assert bar.value() > 0
    middle = timeline.indexAt(timeline.viewport().rect().center())
    timeline.setCurrentIndex(middle)
    return (window.client_list.table.verticalScrollBar().value(), bar.value(),
            middle.data(TimelineModel.IdRole))


def test_a_colleagues_entry_shows_in_the_open_timeline_and_the_person_keeps_their_place(qtbot, db_path):
    busy, _clients = fill_journal()
    window = open_window(qtbot)
    list_scroll, timeline_scroll, selected = choose_and_scroll(qtbot, window, busy)
    assert list_scroll > 0  # the list is scrolled to the client: its place is worth keeping
    timeline = window.client_page.timeline()
    top_entry = timeline.indexAt(timeline.viewport().rect().topLeft()).data(TimelineModel.IdRole)

    colleague(db_path, f"""
        journal.log_interaction(client={busy.id}, author={signing_author()}, occurred_at=dt.datetime(2026, 6, 1, 9),
                                channel="call", kind="update", summary="Logged by a colleague")""")

    qtbot.waitUntil(lambda: timeline.timeline.total == 151, timeout=SHOWN_WITHIN_MS)
    assert timeline.timeline.index(0).data() == "Logged by a colleague"  # the newest, at the top
    assert timeline.currentIndex().data(TimelineModel.IdRole) == selected  # the same entry, a row further down
    assert timeline.indexAt(timeline.viewport().rect().topLeft()).data(TimelineModel.IdRole) == top_entry
    assert window.client_list.current_client_id() == busy.id
    assert window.client_list.table.verticalScrollBar().value() == list_scroll


def test_every_save_of_a_colleague_shows_one_after_another(qtbot, db_path):
    from app.backup.journal_check import check_journal

    busy, _clients = fill_journal(entries=2)
    window = open_window(qtbot)
    window.client_list.select_client(busy.id)
    check_journal(db_path, quick=True)  # as the check at start and the automatic backup look at the file
    timeline = window.client_page.timeline()
    for n in range(3):
        colleague(db_path, f"""
            journal.log_interaction(client={busy.id}, author={signing_author()},
                                    occurred_at=dt.datetime(2026, 6, 1 + {n}, 9), channel="call", kind="update",
                                    summary="Save {n}")""")
        qtbot.waitUntil(lambda n=n: timeline.timeline.total == 3 + n, timeout=SHOWN_WITHIN_MS)
        assert timeline.timeline.index(0).data() == f"Save {n}"


def test_a_colleagues_new_client_joins_the_list_the_selection_stays(qtbot, db_path):
    busy, _clients = fill_journal(entries=5)
    window = open_window(qtbot)
    window.client_list.select_client(busy.id)
    scroll = window.client_list.table.verticalScrollBar().value()

    colleague(db_path, 'journal.create_client(name="Aaron & Co", stage="prospect")')

    qtbot.waitUntil(lambda: any(r.name == "Aaron & Co" for r in window.client_list.model.rows),
                    timeout=SHOWN_WITHIN_MS)
    assert window.client_list.current_client_id() == busy.id
    assert window.client_page.client_id == busy.id
    # One row more above it: the list keeps the same clients in sight (at most that row's shift).
    assert abs(window.client_list.table.verticalScrollBar().value() - scroll) <= 1
    assert window.count_label.text().endswith("61")


def test_what_the_person_types_in_an_open_editor_is_left_alone(qtbot, db_path):
    busy, _clients = fill_journal(entries=3)
    window = open_window(qtbot)
    window.client_list.select_client(busy.id)
    window.new_interaction_action.trigger()  # Ctrl+N
    editor = window.findChild(InteractionEditor)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.summary)
    summary = editor.summary
    qtbot.keyClicks(summary, "Called about the invoice")

    colleague(db_path, f"""
        journal.log_interaction(client={busy.id}, author={signing_author()}, occurred_at=dt.datetime(2026, 6, 1, 9),
                                channel="email", kind="update", summary="A colleague's email")""")

    timeline = window.client_page.timeline()
    qtbot.waitUntil(lambda: timeline.timeline.total == 4, timeout=SHOWN_WITHIN_MS)
    assert editor.isVisible() and QApplication.activeModalWidget() is editor
    assert QApplication.focusWidget() is summary
    assert summary.text() == "Called about the invoice"
    qtbot.keyClicks(summary, ", then paid")  # typing goes on where it was
    assert summary.text() == "Called about the invoice, then paid"
    editor.reject()


def test_a_client_a_colleague_deleted_leaves_the_page(qtbot, db_path):
    fill_journal(entries=1)
    passing = journal.create_client(name="Passing Through", stage="prospect", by=firm_owner())
    window = open_window(qtbot)
    window.client_list.select_client(passing.id)
    window.client_page.ensure_tabs()  # every tab reads the client
    qtbot.waitUntil(lambda: window.client_page.client_id == passing.id)

    colleague(db_path, f"""
        from db.models import Client
        Client.delete_by_id({passing.id})""")

    qtbot.waitUntil(lambda: all(r.id != passing.id for r in window.client_list.model.rows), timeout=SHOWN_WITHIN_MS)
    assert window.client_page.client_id != passing.id
    assert window.current_page() == "journal"


def test_a_save_in_this_window_is_not_read_again(qtbot, make_interaction):
    busy, _clients = fill_journal(entries=3)
    window = open_window(qtbot)
    live = window.live
    told = []
    live.changed.connect(told.append)
    make_interaction(busy, summary="Logged here")  # this window's own connection
    live._heard(live.watcher, Change())
    live._tell()
    assert told == []


def test_a_burst_of_changes_is_shown_once(qtbot, db_path):
    fill_journal(entries=3)
    window = open_window(qtbot)
    live = window.live
    told = []
    live.changed.connect(told.append)
    colleague(db_path, """
        for n in range(30):  # thirty separate saves
            journal.create_client(name=f"Burst {n}", stage="prospect")""")
    qtbot.waitUntil(lambda: len(told) >= 1, timeout=SHOWN_WITHIN_MS)
    qtbot.waitUntil(lambda: sum(r.name.startswith("Burst") for r in window.client_list.model.rows) == 30,
                    timeout=SHOWN_WITHIN_MS)
    assert len(told) <= 2  # heard as it went on, told once (perhaps twice if it straddled a poll)


def test_the_window_follows_the_journal_opened_with_file_open(qtbot, tmp_path):
    fill_journal(entries=1)
    other = tmp_path / "other.db"
    close_database()
    open_database(other)
    client_at_stage("Elsewhere Ltd")
    close_database()
    open_database(tmp_path / "journal.db")
    window = open_window(qtbot)
    from ui.shell.database_switch import switch_database

    assert switch_database(window, str(other))
    qtbot.waitUntil(lambda: [r.name for r in window.client_list.model.rows] == ["Elsewhere Ltd"])

    colleague(other, 'journal.create_client(name="Joined Later", stage="prospect")')

    qtbot.waitUntil(lambda: len(window.client_list.model.rows) == 2, timeout=SHOWN_WITHIN_MS)


def test_a_read_only_journal_shows_its_writers_changes(qtbot, tmp_path, db_path):
    fill_journal(entries=1)
    close_database()
    open_database(db_path, read_only=True)
    window = open_window(qtbot)
    colleague(db_path, 'journal.create_client(name="Written by the owner", stage="prospect")')
    qtbot.waitUntil(lambda: any(r.name == "Written by the owner" for r in window.client_list.model.rows),
                    timeout=SHOWN_WITHIN_MS)


def test_the_feedback_inbox_keeps_the_selected_item(qtbot, db_path, make_client):
    from app.hear import feedback

    busy, _clients = fill_journal(entries=1)
    for n in range(5):
        feedback.open_feedback(busy.id, f"Issue {n}", raised_at=dt.datetime(2026, 3, 2 + n, 10), by=firm_owner())
    window = open_window(qtbot)
    window.show_page("feedback")
    inbox = window.pages["feedback"]
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 5)
    inbox.table.selectRow(3)
    chosen = inbox.current_row().id

    colleague(db_path, f"""
        from app.hear import feedback
        feedback.open_feedback({busy.id}, "Older issue", raised_at=dt.datetime(2026, 3, 1, 8), by=_owner)""")

    qtbot.waitUntil(lambda: inbox.model.rowCount() == 6, timeout=SHOWN_WITHIN_MS)
    assert inbox.current_row().id == chosen


@pytest.mark.skipif(not URL, reason="no PostgreSQL server: set RAPPORT_TEST_POSTGRES_URL")
def test_on_postgresql_a_colleagues_entry_shows_and_the_place_is_kept(qtbot, pg, pg_url):  # noqa: F811
    busy, _clients = fill_journal(clients=40, entries=150)
    window = open_window(qtbot)
    _list_scroll, _timeline_scroll, selected = choose_and_scroll(qtbot, window, busy)
    timeline = window.client_page.timeline()

    colleague(pg_url, f"""
        journal.log_interaction(client={busy.id}, author={signing_author()}, occurred_at=dt.datetime(2026, 6, 1, 9),
                                channel="call", kind="update", summary="Logged on the server")
        journal.create_client(name="New on the server", stage="prospect")""")

    qtbot.waitUntil(lambda: timeline.timeline.total == 151, timeout=SHOWN_WITHIN_MS)
    qtbot.waitUntil(lambda: any(r.name == "New on the server" for r in window.client_list.model.rows),
                    timeout=SHOWN_WITHIN_MS)
    assert timeline.currentIndex().data(TimelineModel.IdRole) == selected
    assert window.client_list.current_client_id() == busy.id


def test_today_keeps_the_selected_follow_up_and_the_folded_sections(qtbot, db_path):
    from ui.today.model import ITEM_ROLE

    busy, _clients = fill_journal(entries=1)
    author, today = signing_author(), dt.date.today()
    for n in range(60):
        journal.log_interaction(client=busy.id, author=author, occurred_at=START + dt.timedelta(days=n),
                                channel="call", kind="update", summary=f"Promised {n}",
                                follow_up_due=today - dt.timedelta(days=n + 1))
    window = open_window(qtbot)
    window.show_page("today")
    page = window.today
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() > 0)
    follow_ups = next(row for row, s in enumerate(page.model.sections) if s.key == "follow_ups")
    heading = page.model.index(follow_ups, 0)
    qtbot.waitUntil(lambda: page.tree.verticalScrollBar().maximum() > 0)
    chosen = page.model.index(40, 0, heading)
    page.tree.setCurrentIndex(chosen)
    page.tree.scrollTo(chosen)
    item, scroll = chosen.data(ITEM_ROLE), page.tree.verticalScrollBar().value()
    others = [page.model.index(row, 0) for row in range(page.model.rowCount()) if row != follow_ups]
    for index in others:
        page.tree.collapse(index)
    assert scroll > 0

    colleague(db_path, f"""
        journal.log_interaction(client={busy.id}, author={author}, occurred_at=dt.datetime(2026, 6, 1, 9),
                                channel="call", kind="update", summary="Promised by a colleague",
                                follow_up_due=dt.date.today())""")

    qtbot.waitUntil(lambda: len(page.model.sections[follow_ups].rows) == 61, timeout=SHOWN_WITHIN_MS)
    assert page.tree.currentIndex().data(ITEM_ROLE) == item
    assert page.tree.verticalScrollBar().value() == scroll
    assert not any(page.tree.isExpanded(page.model.index(index.row(), 0)) for index in others)


def test_open_search_results_take_in_a_colleagues_entry_and_keep_the_chosen_hit(qtbot, db_path):
    from ui.search.results import SearchResultsModel

    busy, _clients = fill_journal(entries=1)
    author = signing_author()
    for n in range(30):
        journal.log_interaction(client=busy.id, author=author, occurred_at=START + dt.timedelta(days=n),
                                channel="call", kind="update", summary=f"Delivery of batch {n}")
    window = open_window(qtbot)
    window.show_page("search")
    page = window.pages["search"]
    page.run_query("delivery")
    qtbot.waitUntil(lambda: page.model.rowCount() == 30)
    page.view.setCurrentIndex(page.model.index(12))
    chosen = page.view.currentIndex().data(SearchResultsModel.HitRole).interaction_id

    colleague(db_path, f"""
        journal.log_interaction(client={busy.id}, author={author}, occurred_at=dt.datetime(2026, 6, 1, 9),
                                channel="call", kind="update", summary="Delivery confirmed by a colleague")""")

    qtbot.waitUntil(lambda: page.model.rowCount() == 31, timeout=SHOWN_WITHIN_MS)
    assert page.view.currentIndex().data(SearchResultsModel.HitRole).interaction_id == chosen


def test_the_dashboard_keeps_the_chosen_client(qtbot, db_path):
    from ui.health.portfolio_model import PortfolioModel

    busy, clients = fill_journal(entries=20)
    window = open_window(qtbot)
    window.show_page("dashboard")
    page = window.pages["dashboard"]
    qtbot.waitUntil(lambda: page.data is not None and not page.loading())
    row = next(r for r in range(page.proxy.rowCount())
               if page.proxy.index(r, 0).data(PortfolioModel.HealthRole).client_id == clients[7].id)
    page.table.selectRow(row)
    shown = page.data

    colleague(db_path, f"""
        journal.log_interaction(client={busy.id}, author={signing_author()}, occurred_at=dt.datetime(2026, 6, 1, 9),
                                channel="call", kind="complaint", sentiment=-2, summary="Unhappy")""")

    qtbot.waitUntil(lambda: page.data is not shown and not page.loading(), timeout=SHOWN_WITHIN_MS)
    assert page.table.currentIndex().data(PortfolioModel.HealthRole).client_id == clients[7].id
