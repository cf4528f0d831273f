"""The import wizard driven as a person would: choose the file, match columns, check, import or cancel."""

import threading

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QLabel, QPushButton, QWizard

from app.exchange.table import writer as table_import_write
from db.models import Client, Interaction
from tests.authors import act_as
from ui.exchange.import_wizard import ImportWizard

pytestmark = [pytest.mark.qt_log_ignore(r"This plugin does not support"),  # offscreen platform only
              pytest.mark.usefixtures("sales_importer")]  # new clients come in contracted: sales imports


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
    if wizard.currentPage() is wizard.values_page:  # values that fit no Rapport word: left unmatched
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
    assert "No column holds Client" in wizard.mapping_page.message.text()


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


# ---- real exports: encodings, constants, date order, value maps, bad rows, profiles --------------

def next_page(qtbot, wizard, page) -> None:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is page and workers_idle(), timeout=10000)


def read_file_page(qtbot, wizard) -> None:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.file_page.table is not None and workers_idle(), timeout=10000)


def test_a_guessed_code_page_is_shown_with_a_preview_and_can_be_changed(qtbot, tmp_path):
    path = tmp_path / "Task.csv"
    path.write_bytes("Subject,Date,Account Name,Assigned To,Comments\r\n"
                     "Renewal call,10/08/2015,Nestlé,Ann Smith,Reunión en Zürich\r\n"
                     "Price list,10/25/2015,Café Müller,Ann Smith,Prix réduit\r\n".encode("latin-1"))
    wizard = ImportWizard(None, str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    read_file_page(qtbot, wizard)
    assert wizard.currentPage() is page  # a detected code page is shown before going on
    assert "Read as ISO-8859-1 (detected)" in page.message.text()
    assert "Nestlé" in page.preview.text()
    page.encoding.setCurrentIndex(page.encoding.findData("cp1251"))
    qtbot.waitUntil(lambda: page.table is not None and workers_idle(), timeout=10000)
    assert "Nestlй" in page.preview.text() and "Windows-1251 (as chosen)" in page.message.text()
    page.encoding.setCurrentIndex(page.encoding.findData("latin_1"))
    qtbot.waitUntil(lambda: page.table is not None and workers_idle(), timeout=10000)
    next_page(qtbot, wizard, wizard.mapping_page)
    mapping = wizard.mapping_page
    assert mapping.mapping() == ["summary", "occurred_at", "client", "author", "notes"]
    assert not mapping.isComplete() and "No column holds Channel" in mapping.message.text()
    channel = mapping.constants.editors["channel"]
    channel.setCurrentIndex(channel.findData("call"))
    kind = mapping.constants.editors["kind"]
    kind.setCurrentIndex(kind.findData("update"))
    assert not mapping.constants.editors["client"].isEnabled()  # a column holds it
    assert mapping.isComplete()  # 10/25 settles the order: month first
    next_page(qtbot, wizard, wizard.check_page)
    qtbot.waitUntil(lambda: wizard.check_page.plan is not None and workers_idle(), timeout=10000)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page and workers_idle(), timeout=10000)
    assert sorted(c.name for c in Client.select()) == ["Café Müller", "Nestlé"]
    assert {(i.channel, i.kind, i.occurred_at.month) for i in Interaction.select()} == {("call", "update", 10)}


def test_ambiguous_dates_are_asked(qtbot, tmp_path):
    path = tmp_path / "calls.csv"
    path.write_text("Client,Date,Channel,Kind,Summary\nAcme,08-10-2015,call,update,One\n"
                    "Acme,09-11-2015,call,update,Two\n", encoding="utf-8")
    wizard = ImportWizard(None, str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    next_page(qtbot, wizard, wizard.mapping_page)
    mapping = wizard.mapping_page
    assert not mapping.isComplete()
    assert "The dates of Date could be day-first or month-first" in mapping.message.text()
    mapping.dates.combo.setCurrentIndex(mapping.dates.combo.findData("mdy"))
    assert mapping.isComplete()
    next_page(qtbot, wizard, wizard.check_page)
    qtbot.waitUntil(lambda: wizard.check_page.plan is not None and workers_idle(), timeout=10000)
    assert [r["occurred_at"].month for r in wizard.check_page.plan.rows] == [8, 9]


TICKETS = ("Customer Name,Date,Ticket Channel,Ticket Type,Ticket Subject\n"
           "Jessica Rios,2024-05-02,Pigeon post,Technical issue,Broken screen\n"
           "Marisa Obrien,2024-05-03,Pigeon post,Praise for staff,Kind words\n"
           "Jessica Rios,2024-05-04,Chat,Refund request,Refund\n")


def test_unfit_values_are_mapped_in_place_and_saved_as_a_profile(qtbot, tmp_path):
    from app.exchange.table.importer import import_table
    from app.exchange.table.profile import load_profile

    path = tmp_path / "tickets.csv"
    path.write_text(TICKETS, encoding="utf-8")
    wizard = ImportWizard(None, str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    next_page(qtbot, wizard, wizard.mapping_page)
    next_page(qtbot, wizard, wizard.values_page)
    combos = {name: dict(pairs) for name, pairs in wizard.values_page.combos.items()}
    assert set(combos) == {"channel", "kind"}
    assert list(combos["channel"]) == ["Pigeon post"] and list(combos["kind"]) == ["Praise for staff"]
    labels = [w.text() for w in wizard.values_page.findChildren(QLabel)]
    assert "Pigeon post (2 row(s))" in labels
    combos["channel"]["Pigeon post"].setCurrentIndex(combos["channel"]["Pigeon post"].findData("letter"))
    combos["kind"]["Praise for staff"].setCurrentIndex(combos["kind"]["Praise for staff"].findData("praise"))
    next_page(qtbot, wizard, wizard.check_page)
    qtbot.waitUntil(lambda: wizard.check_page.plan is not None and workers_idle(), timeout=10000)
    assert "All 3 row(s) are ready" in wizard.check_page.message.text()
    wizard.check_page.save_profile(tmp_path / "tickets.profile.json")
    qtbot.waitUntil(lambda: wizard.check_page.task is None and workers_idle(), timeout=10000)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page and workers_idle(), timeout=10000)
    assert sorted((i.channel, i.kind) for i in Interaction.select()) == [
        ("chat", "complaint"), ("letter", "complaint"), ("letter", "praise")]

    saved = load_profile(tmp_path / "tickets.profile.json")
    assert saved.values == {"channel": {"Pigeon post": "letter"}, "kind": {"Praise for staff": "praise"}}
    assert saved.encoding == "utf-8" and saved.columns["Ticket Channel"] == "channel"
    later = tmp_path / "tickets-june.csv"
    later.write_text(TICKETS.replace("2024-05", "2024-06"), encoding="utf-8")
    assert import_table(later, profile=saved).interactions == 3  # the command line's way, same profile


def test_bad_rows_can_be_skipped_and_a_second_import_adds_nothing(qtbot, tmp_path):
    rows = "A;01.03.2026;call;update;ok;\nB;31.02.2026;call;update;bad day;\nC;02.03.2026;call;update;fine;\n"
    path = write(tmp_path / "some_bad.csv", rows)
    wizard = ImportWizard(None, str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    go_to_check(qtbot, wizard)
    page = wizard.check_page
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert "Or skip them: the other 2 row(s) can be imported." in page.message.text()
    qtbot.mouseClick(page.skip, Qt.MouseButton.LeftButton)
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert "1 bad row(s) will be left out and listed in some_bad.rejected.csv" in page.message.text()
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page and workers_idle(), timeout=10000)
    assert "1 bad row(s) left out" in wizard.done_page.message.text()
    assert Interaction.select().count() == 2
    assert "31.02.2026" in (tmp_path / "some_bad.rejected.csv").read_text(encoding="utf-8-sig")

    again = ImportWizard(None, str(path))
    qtbot.addWidget(again)
    again.show()
    go_to_check(qtbot, again)
    qtbot.mouseClick(again.check_page.skip, Qt.MouseButton.LeftButton)
    click(qtbot, again, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: again.currentPage() is again.done_page and workers_idle(), timeout=10000)
    assert "2 row(s) had been imported before" in again.done_page.message.text()
    assert Interaction.select().count() == 2


def test_a_saved_profile_sets_the_columns_constants_and_encoding(qtbot, tmp_path):
    import json

    path = tmp_path / "leads.csv"
    path.write_bytes("Название лида;Название компании;Источник;Ответственный\n"
                     "Заявка с сайта;ООО Ромашка;Существующий клиент;Ольга\n".encode("cp1251"))
    profile = tmp_path / "bitrix.json"
    profile.write_text(json.dumps({"encoding": "cp1251", "constants": {"occurred_at": "2024-03-01", "kind": "request"},
                                   "values": {"channel": {"Существующий клиент": "other"}}}), encoding="utf-8")
    wizard = ImportWizard(None, str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.use_profile(profile)
    qtbot.waitUntil(lambda: wizard.file_page.table is not None and workers_idle(), timeout=10000)
    assert wizard.file_page.profile_label.text() == "bitrix.json"
    assert "ООО Ромашка" in wizard.file_page.preview.text()
    next_page(qtbot, wizard, wizard.mapping_page)
    assert wizard.mapping_page.constants.values() == {"occurred_at": "2024-03-01", "kind": "request"}
    next_page(qtbot, wizard, wizard.values_page)  # the profile's choice shown, ready to change
    (value, combo), = wizard.values_page.combos["channel"]
    assert (value, combo.currentData()) == ("Существующий клиент", "other")
    next_page(qtbot, wizard, wizard.check_page)
    qtbot.waitUntil(lambda: wizard.check_page.plan is not None and workers_idle(), timeout=10000)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page and workers_idle(), timeout=10000)
    (entry,) = Interaction.select()
    assert (entry.client.name, entry.channel, entry.kind) == ("ООО Ромашка", "other", "request")


def test_the_preview_shows_its_cells_whole_and_a_long_one_in_its_tooltip(qtbot, tmp_path):
    """Each preview column is as wide as its cells (not Qt's default 100 px that cut every cell);
    only a very long cell is cut, and its tooltip has it whole."""
    long_note = "The client asked for the whole order again because the labels were printed crooked " * 3
    path = write(tmp_path / "j.csv", f"ТОВ «Нова Аптека Груп»;01.03.2026;дзвінок;скарга;"
                                     f"Повторний дзвінок щодо недовкладення;{long_note}\n")
    wizard = ImportWizard(None, str(path))
    qtbot.addWidget(wizard)
    wizard.resize(1000, 680)
    wizard.show()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page and workers_idle(), timeout=10000)
    view, model = wizard.mapping_page.preview, wizard.mapping_page.model
    metrics = view.fontMetrics()
    qtbot.waitUntil(lambda: view.columnWidth(4) > 240, timeout=5000)  # fitted once laid out
    for column in (0, 4):  # the client and the summary read whole
        text = model.index(0, column).data()
        assert view.columnWidth(column) >= metrics.horizontalAdvance(text), (column, view.columnWidth(column))
    assert view.columnWidth(5) < metrics.horizontalAdvance(long_note)  # the long note is cut ...
    assert model.index(0, 5).data(Qt.ItemDataRole.ToolTipRole) == long_note  # ... and whole here


def test_staff_are_told_before_commit_that_new_clients_need_sales(qtbot, tmp_path, make_user, make_client):

    make_client("Ромашка")
    act_as(make_user("Ivan", "staff").id)
    rows = "Ромашка;01.03.2026;call;update;ok;\nНова;02.03.2026;call;update;new;\n"
    wizard = ImportWizard(None, str(write(tmp_path / "calls.csv", rows)))
    qtbot.addWidget(wizard)
    wizard.show()
    go_to_check(qtbot, wizard)
    model = wizard.check_page.problems_view.model()
    listed = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert any("names clients the journal does not have ('Нова')" in text and "import the table as sales" in text
               for text in listed)
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert Interaction.select().count() == 0
