"""The audit on screen: an entry's history from its editor, a client's from its page, the owners' log with filters."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.journal import records as journal
from db import audit
from db.models import Interaction
from tests.authors import act_as, firm_owner
from tests.stages import client_at_stage
from ui.audit.history_dialog import HistoryDialog, open_client_history
from ui.audit.log_window import FirmLogWindow, open_firm_log
from ui.audit.model import AuditModel

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def firm(make_user):
    owner = make_user("Olga", "owner")
    staff = make_user("Sasha", "staff")
    audit.set_actor(owner.id)
    acme = client_at_stage("Acme")
    globex = client_at_stage("Globex")
    audit.set_actor(staff.id)
    entry = journal.log_interaction(author=staff.id, client=acme.id, occurred_at="2026-03-02T10:00", channel="call",
                                    kind="update", summary="Late delivery", sentiment=1)
    audit.set_actor(owner.id)
    journal.edit_interaction(entry.id, summary="Late delivery, apologised", by=firm_owner())
    journal.log_interaction(author=owner.id, client=globex.id, occurred_at="2026-03-03T10:00", channel="email",
                            kind="request", summary="Price list")
    return owner, staff, acme, globex, entry


def loaded(qtbot, model: AuditModel) -> None:
    qtbot.waitUntil(lambda: not model.loading)


def test_the_model_passes_the_model_tester_and_pages_on_a_worker(qtbot, qtmodeltester, firm):
    owner, *_ = firm
    from app.audit import history

    model = AuditModel(page=2)
    model.set_loader(lambda before, limit: history.firm_log(history.AuditFilter(), owner.id, before, limit))
    loaded(qtbot, model)
    assert model.rowCount() == 2 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
        loaded(qtbot, model)
    assert model.rowCount() == history.firm_log_count(history.AuditFilter(), owner.id)
    qtmodeltester.check(model)


def test_an_entry_s_history_opens_from_its_editor(qtbot, firm, make_user):
    owner, staff, acme, globex, entry = firm
    from ui.journal.interaction_editor import InteractionEditor

    act_as(staff.id)
    editor = InteractionEditor(None, acme.id, entry.id)
    qtbot.addWidget(editor)
    qtbot.mouseClick(editor.history_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HistoryDialog) and w.isVisible())
    qtbot.addWidget(dialog)
    model = dialog.view.model
    loaded(qtbot, model)
    texts = [model.index(r, AuditModel.CHANGES).data() for r in range(model.rowCount())]
    assert any("Summary: Late delivery \u2192 Late delivery, apologised" in t for t in texts)
    assert model.index(0, AuditModel.WHO).data() == "Olga"
    dialog.view.table.selectRow(0)
    assert "Late delivery, apologised" in dialog.view.detail.toPlainText()


def test_a_client_s_history_narrows_by_kind_and_opens_a_line_s_record(qtbot, firm):
    owner, staff, acme, globex, entry = firm
    act_as(staff.id)
    dialog = open_client_history(None, acme.id, "Acme")
    qtbot.addWidget(dialog)
    model = dialog.view.model
    loaded(qtbot, model)
    assert {model.line(r).kind for r in range(model.rowCount())} >= {"client", "interaction"}
    assert "Globex" not in {model.line(r).client for r in range(model.rowCount())}
    dialog.kind.setCurrentIndex(dialog.kind.findData("interaction"))
    loaded(qtbot, model)
    assert {model.line(r).kind for r in range(model.rowCount())} == {"interaction"}
    dialog.view.table.selectRow(0)
    assert dialog.open_record.isEnabled()
    qtbot.mouseClick(dialog.open_record, Qt.MouseButton.LeftButton)
    record = next(w for w in dialog.findChildren(HistoryDialog))
    loaded(qtbot, record.view.model)
    assert {record.view.model.line(r).row_id for r in range(record.view.model.rowCount())
            if record.view.model.line(r).table == "interaction"} == {str(entry.id)}


def test_the_owner_filters_the_firm_wide_log(qtbot, firm):
    owner, staff, acme, globex, entry = firm
    act_as(owner.id)
    window = FirmLogWindow()
    qtbot.addWidget(window)
    model = window.view.model
    loaded(qtbot, model)
    everything = model.rowCount()
    window.client.setCurrentIndex(window.client.findData(globex.id))
    loaded(qtbot, model)
    assert 0 < model.rowCount() < everything and {model.line(r).client for r in range(model.rowCount())} == {"Globex"}
    window.client.setCurrentIndex(0)
    window.person.setCurrentIndex(window.person.findData(staff.id))
    loaded(qtbot, model)
    assert {model.line(r).who for r in range(model.rowCount())} == {"Sasha"}
    window.action.setCurrentIndex(window.action.findData("delete"))
    loaded(qtbot, model)
    assert model.rowCount() == 0 and "No changes" in window.view.status.text()
    window.action.setCurrentIndex(0)
    window.person.setCurrentIndex(0)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    qtbot.keyClicks(window.since.edit, tomorrow.isoformat())
    qtbot.waitUntil(lambda: model.rowCount() == 0 and not model.loading)
    window.since.edit.clear()
    qtbot.keyClicks(window.until.edit, "2000-01-01")
    qtbot.waitUntil(lambda: window.problem.isVisible() is False and model.rowCount() == 0 and not model.loading)


def test_a_staff_member_is_told_who_may_read_the_firm_s_trail(qtbot, firm, monkeypatch):
    owner, staff, *_ = firm
    act_as(staff.id)
    audit.set_actor(None)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    assert open_firm_log(None) is None
    assert shown and "only an owner may read the firm-wide audit trail" in shown[0]


def test_a_backdated_entry_is_marked_in_the_timeline_with_when_and_who_wrote_it(qtbot, firm):
    owner, staff, acme, globex, entry = firm
    from ui.journal.timeline import TimelineModel
    from ui.journal.timeline_delegate import backdated_tooltip

    today = dt.datetime.now().replace(second=0, microsecond=0)
    timely = journal.log_interaction(author=owner.id, client=acme.id, occurred_at=today.isoformat(),
                                     channel="call", kind="update", summary="Just now")
    model = TimelineModel()
    model.set_client(acme.id)
    model.fetchMore()
    marks = {model.index(r).data(TimelineModel.IdRole): model.index(r).data(TimelineModel.BackdatedRole)
             for r in range(model.rowCount())}
    assert marks[timely.id] is None
    written = marks[entry.id]
    assert written is not None and written.by == "Sasha" and written.at.date() == dt.date.today()
    assert backdated_tooltip(written).startswith("Written on ") and written.by in backdated_tooltip(written)
    assert Interaction.get_by_id(entry.id).occurred_at.date() == dt.date(2026, 3, 2)
