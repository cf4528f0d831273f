"""The import wizard driven as a person would: choose the file, match columns, check, import or cancel."""

import threading

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QPushButton, QWizard

from app.exchange.table import writer as table_import_write
from db.models import Client, Interaction
from ui.exchange.import_wizard import ImportWizard

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")  # offscreen platform only


def workers_idle() -> bool:
    """No worker is still returning: its result has arrived and its thread has let go of Python.

    Waiting for this as well as for the result keeps a test from ending while a worker is still
    inside its last signal emission (PySide 6.12 on Python 3.11 can corrupt memory then)."""
    return QThreadPool.globalInstance().activeThreadCount() == 0
HEADER = "Клієнт;Дата;Канал;Вид;Зміст;Примітка\n"


def write(path, rows: str):
    path.write_text(HEADER + rows, encoding="utf-8-sig")
    return path


def click(qtbot, wizard, button) -> None:
    qtbot.mouseClick(wizard.button(button), Qt.MouseButton.LeftButton)


def go_to_check(qtbot, wizard) -> None:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page and workers_idle(), timeout=10000)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.check_page.plan is not None and workers_idle(), timeout=10000)


def test_the_wizard_imports_a_ukrainian_table(qtbot, tmp_path, make_client, qtmodeltester):
    make_client("Ромашка")
    path = write(tmp_path / "журнал.csv", "ромашка;01.03.2026;дзвінок;скарга;Затримка;\nНова;2026-03-02;email;запит;Ціна;x\n")
    wizard = ImportWizard(None, str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page and workers_idle(), timeout=10000)
    page = wizard.mapping_page
    assert page.mapping() == ["client", "occurred_at", "channel", "kind", "summary", "notes"]
    qtmodeltester.check(page.model)
    assert page.model.headerData(0, Qt.Orientation.Horizontal).startswith("Клієнт\n")
    page.combos[5].setCurrentIndex(page.combos[5].findData(None))  # leave the notes out
    assert page.isComplete()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.check_page.plan is not None and workers_idle(), timeout=10000)
    assert "All 2 row(s) are ready" in wizard.check_page.message.text()
    assert "Нова" in wizard.check_page.message.text()
    assert Interaction.select().count() == 0  # checked, nothing written yet
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page and workers_idle(), timeout=10000)
    assert "2 interaction(s) imported" in wizard.done_page.message.text()
    assert sorted(c.name for c in Client.select()) == ["Нова", "Ромашка"]
    assert [i.notes for i in Interaction.select()] == ["", ""]


def test_a_column_left_unmatched_is_named(qtbot, tmp_path):
    wizard = ImportWizard(None, str(write(tmp_path / "j.csv", "A;01.03.2026;call;update;x;\n")))
    qtbot.addWidget(wizard)
    wizard.show()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page and workers_idle(), timeout=10000)
    wizard.mapping_page.combos[0].setCurrentIndex(0)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "no column holds 'client'" in wizard.mapping_page.message.text()


def test_bad_rows_are_listed_and_nothing_is_written(qtbot, tmp_path, qtmodeltester):
    rows = "A;01.03.2026;call;update;ok;\nB;31.02.2026;call;update;bad day;\nC;01.03.2026;pigeon;update;bad;\n"
    wizard = ImportWizard(None, str(write(tmp_path / "bad.csv", rows)))
    qtbot.addWidget(wizard)
    wizard.show()
    go_to_check(qtbot, wizard)
    model = wizard.check_page.problems_view.model()
    qtmodeltester.check(model)
    listed = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert listed[0].startswith("line 3: When: '31.02.2026'")
    assert listed[1].startswith("line 4: Channel: 'pigeon'")
    assert "2 row(s) cannot be imported" in wizard.check_page.message.text()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert Client.select().count() == 0 and Interaction.select().count() == 0


def test_a_cancelled_import_leaves_nothing_behind(qtbot, tmp_path, monkeypatch):
    rows = "".join(f"Клієнт {i % 9};01.03.2026;call;update;рядок {i};\n" for i in range(3000))
    wizard = ImportWizard(None, str(write(tmp_path / "many.csv", rows)))
    qtbot.addWidget(wizard)
    wizard.show()
    go_to_check(qtbot, wizard)
    gate, started = threading.Event(), threading.Event()
    real = table_import_write.write_plan

    def held(plan, progress):
        def step(done, total, message):
            progress(done, total, message)
            started.set()
            gate.wait(10)  # hold the worker until the user has pressed Cancel

        return real(plan, step)

    monkeypatch.setattr(table_import_write, "write_plan", held)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(started.is_set, timeout=10000)
    cancel = wizard.check_page.task.dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # the progress dialog's Cancel button
    gate.set()
    qtbot.waitUntil(lambda: wizard.check_page.task is None and workers_idle(), timeout=10000)
    assert wizard.check_page.message.text() == "Import cancelled: nothing was written."
    assert Client.select().count() == 0 and Interaction.select().count() == 0
    assert wizard.currentPage() is wizard.check_page


@pytest.mark.parametrize("name", ["nothing.csv", "notes.txt"])
def test_only_existing_tables_can_be_chosen(qtbot, tmp_path, name):
    (tmp_path / "notes.txt").write_text("x")
    wizard = ImportWizard(None, str(tmp_path / name))
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
