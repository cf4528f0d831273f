"""The export dialog and the menu entries for import, export and the brief."""

import csv
import datetime as dt
import threading

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QMainWindow, QPushButton

from app.exchange.table import exporter as table_export
from ui.exchange.export_dialog import ExportDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")  # offscreen platform only


def workers_idle() -> bool:
    """No worker is still returning: its result has arrived and its thread has let go of Python.

    Waiting for this as well as for the result keeps a test from ending while a worker is still
    inside its last signal emission (PySide 6.12 on Python 3.11 can corrupt memory then)."""
    return QThreadPool.globalInstance().activeThreadCount() == 0


@pytest.fixture
def two_clients(make_client, make_interaction):
    first, second = make_client("ТОВ «Ромашка»"), make_client("Acme")
    make_interaction(first, summary="=SUM(A1)", tags=["hear"])
    make_interaction(first, summary="Пізніше", occurred_at=dt.datetime(2026, 5, 1, 9, 0))
    make_interaction(second, summary="Other client")
    return first, second


def rows_of(path) -> list[list[str]]:
    return list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))


def test_exporting_what_the_filter_shows(qtbot, tmp_path, two_clients):
    first, _second = two_clients
    dialog = ExportDialog(None, first.id)
    qtbot.addWidget(dialog)
    assert dialog.path.text().endswith(".csv") and "Rapport journal" in dialog.path.text()
    dialog.only_client.setChecked(True)
    dialog.period.date_to.setText("2026-04-30")
    dialog.path.setText(str(tmp_path / "ромашка"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None and workers_idle(), timeout=10000)
    assert dialog.written.name == "ромашка.csv"
    rows = rows_of(dialog.written)
    assert [r[0] for r in rows[1:]] == ["ТОВ «Ромашка»"]
    assert rows[1][table_export.COLUMNS.index("summary")] == "'=SUM(A1)"
    assert "1 interaction(s) written" in dialog.message.text()


def test_the_bundle_takes_the_whole_journal(qtbot, tmp_path, two_clients):
    import json

    dialog = ExportDialog(None, None)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("bundle"))
    assert dialog.path.text().endswith(".json") and not dialog.period.isEnabled()
    dialog.path.setText(str(tmp_path / "all.json"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.written is not None and workers_idle(), timeout=10000)
    assert len(json.loads(dialog.written.read_text(encoding="utf-8"))["interactions"]) == 3


def test_a_bad_day_is_named_before_anything_runs(qtbot, tmp_path, two_clients):
    dialog = ExportDialog(None, None)
    qtbot.addWidget(dialog)
    dialog.period.date_from.setText("someday")
    dialog.export()
    assert dialog.task is None and "'someday' is not a day" in dialog.message.text()


def test_a_cancelled_export_writes_no_file(qtbot, tmp_path, two_clients, monkeypatch):
    gate, started = threading.Event(), threading.Event()
    real = table_export.export_csv

    def held(path, flt, progress):
        def step(done, total, message):
            started.set()
            gate.wait(10)
            progress(done, total, message)

        return real(path, flt, step)

    monkeypatch.setitem(table_export.EXPORTERS, "csv", held)
    dialog = ExportDialog(None, None)
    qtbot.addWidget(dialog)
    out = tmp_path / "out"
    out.mkdir()
    dialog.path.setText(str(out / "journal.csv"))
    dialog.export()
    qtbot.waitUntil(started.is_set, timeout=10000)
    qtbot.mouseClick(dialog.task.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: dialog.task is None and workers_idle(), timeout=10000)
    assert dialog.message.text() == "Export cancelled: no file was written."
    assert list(out.iterdir()) == []


class _Window(QMainWindow):
    """Just what install_exchange needs from the main window."""

    def __init__(self, client_id):
        super().__init__()
        self.menus = {"file": self.menuBar().addMenu("File"), "client": self.menuBar().addMenu("Client")}
        quit_action = self.menus["file"].addAction("Quit")
        quit_action.setObjectName("quit")
        self._client_id = client_id

    def current_client_id(self):
        return self._client_id


def test_menu_entries_open_the_dialogs(qtbot, two_clients):
    from ui.brief.dialog import BriefDialog
    from ui.exchange.actions import install_exchange
    from ui.exchange.import_wizard import ImportWizard

    window = _Window(two_clients[0].id)
    qtbot.addWidget(window)
    install_exchange(window)
    names = [a.objectName() for a in window.menus["file"].actions()]
    assert names[:2] == ["import_table", "export_journal"] and names[-1] == "quit"
    window.brief_action.trigger()
    brief = window.findChild(BriefDialog)
    assert brief.client.client_id() == two_clients[0].id
    next(a for a in window.menus["file"].actions() if a.objectName() == "import_table").trigger()
    assert window.findChild(ImportWizard) is not None
    next(a for a in window.menus["file"].actions() if a.objectName() == "export_journal").trigger()
    export = window.findChild(ExportDialog)
    assert export.only_client.isVisible() or export.only_client.text() == "Only ТОВ «Ромашка»"
