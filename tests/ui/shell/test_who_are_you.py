"""The "Who are you?" question: Enter takes the name the list proposes; a refusal is read in full."""

import pytest
from PySide6.QtCore import Qt

from app.common.identity import acting_id
from ui.shell.layout_audit import layout_problems
from ui.shell.who_are_you import WhoAreYouDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def test_enter_on_the_proposed_name_answers_at_once(qtbot, make_user):
    olena = make_user("Olena Bondar")
    make_user("Taras Shevchuk")
    dialog = WhoAreYouDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.who.setFocus()
    qtbot.keyClicks(dialog.who.lineEdit(), "Ole")  # the rest of the name is proposed inline
    assert dialog.who.currentText() == "Olena Bondar"
    qtbot.keyClick(dialog.who.lineEdit(), Qt.Key.Key_Return)  # one Enter, as a person presses it
    qtbot.waitUntil(lambda: dialog.result() == WhoAreYouDialog.DialogCode.Accepted)
    assert dialog.user_id == olena.id and acting_id() == olena.id


def test_a_refusal_is_shown_in_full_without_covering_the_question(qtbot, make_user):
    make_user("Olena Bondar")
    dialog = WhoAreYouDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.who.lineEdit(), "Zzz Nobody Of This Firm With A Long Name")
    qtbot.keyClick(dialog.who.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.isVisible())
    assert "Zzz Nobody" in dialog.message.text() and dialog.isVisible()
    assert layout_problems(dialog) == []
    assert dialog.message.height() >= dialog.message.heightForWidth(dialog.message.width())
