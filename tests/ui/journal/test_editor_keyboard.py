"""The editor keyboard first, literally: Ctrl+N, one line, Ctrl+Enter; drop-downs that never eat text; F1 knows every key."""

import re

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel

from app.common.errors import ValidationError
from app.common.identity import acting_id
from app.journal import records as journal
from db.models import Interaction
from tests.authors import firm_owner
from tests.ui.dialog_support import choose_current_user, show_focused, wait_saved
from ui.journal.interaction_editor import InteractionEditor
from ui.shell.help_dialog import HelpDialog
from ui.shell.i18n import load_translators

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def acme(make_client):
    client = make_client("Acme LLC")
    journal.add_contact(client.id, name="Ivan P.", role="CFO", by=firm_owner())
    journal.add_contact(client.id, name="Oksana D.", role="buyer", by=firm_owner())
    return client


def test_one_line_and_ctrl_enter_log_a_signed_call_made_now(qtbot, make_user, acme):
    import datetime as dt

    olena = choose_current_user(make_user)
    editor = show_focused(qtbot, InteractionEditor(client_id=acme.id))
    qtbot.keyClicks(QApplication.focusWidget(), "Confirmed the delivery date")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_saved(qtbot, editor)
    item = Interaction.get_by_id(editor.saved_id)
    assert item.summary == "Confirmed the delivery date" and item.client_id == acme.id
    assert (item.channel, item.kind, item.direction, item.author_id) == ("call", "update", "outbound", olena.id)
    assert abs(item.occurred_at - dt.datetime.now()) < dt.timedelta(minutes=2)


def test_typing_into_a_drop_down_picks_an_item_and_space_opens_nothing(qtbot, make_user, acme):
    choose_current_user(make_user)
    editor = show_focused(qtbot, InteractionEditor(client_id=acme.id))
    editor.contact.setFocus()
    qtbot.keyClicks(editor.contact, "oks")
    assert editor.contact.currentText() == "Oksana D., buyer"
    qtbot.keyClick(editor.contact, Qt.Key.Key_Space)
    assert not editor.contact.view().isVisible()
    editor.kind.setFocus()
    qtbot.keyClicks(editor.kind, "compl")
    assert editor.kind.currentData() == "complaint"


def test_free_text_typed_into_a_drop_down_is_said_at_the_field_not_lost_in_silence(qtbot, make_user, acme):
    choose_current_user(make_user)
    editor = show_focused(qtbot, InteractionEditor(client_id=acme.id))
    editor.contact.setFocus()
    qtbot.keyClicks(editor.contact, "Delivery is late again")
    assert not editor.contact.view().isVisible()  # the spaces opened no popup
    assert editor.contact.currentData() is None  # nothing was picked by accident
    message = editor.errors.shown()["contact"]
    assert "Delivery is late again" in message and "Summary" in message
    qtbot.keyClicks(editor.contact, "zzz")  # typed later: a new search, still said
    editor.contact.typed = ""
    qtbot.keyClicks(editor.contact, "iv")
    assert editor.contact.currentText() == "Ivan P., CFO" and "contact" not in editor.errors.shown()


def test_an_entry_is_never_saved_without_an_author(qtbot, make_user, acme, monkeypatch):
    from ui.shell import who_are_you

    make_user("Taras M.", "staff")
    with pytest.raises(ValidationError, match="Author"):
        journal.log_interaction(client=acme.id, occurred_at="2026-03-01T10:00", channel="call", kind="update",
                                summary="Nobody signed this")
    monkeypatch.setattr(who_are_you.WhoAreYouDialog, "exec", lambda self: self.reject())
    editor = show_focused(qtbot, InteractionEditor(client_id=acme.id))
    qtbot.keyClicks(editor.summary, "Anonymous call")
    editor.save()
    assert Interaction.select().count() == 0 and editor.isVisible()
    assert "author" in editor.footer.text()

    def say_who(dialog):
        dialog.who.setEditText("Taras M.")
        dialog.choose()  # on a worker: this computer account becomes Taras
        qtbot.waitUntil(lambda: dialog.user_id is not None)

    monkeypatch.setattr(who_are_you.WhoAreYouDialog, "exec", say_who)
    editor.save()
    wait_saved(qtbot, editor)
    item = Interaction.get()
    assert item.author.name == "Taras M." and acting_id() == item.author_id


def test_the_first_start_of_a_journal_asks_who_you_are_and_offers_the_firms_people(qtbot, make_user, acme):
    from ui.shell.main_window import MainWindow
    from ui.shell.who_are_you import WhoAreYouDialog, forget_user_of_another_journal

    olena = make_user("Olena K.")
    forget_user_of_another_journal("first.db")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.ask_author_if_unknown()
    dialog = window.findChild(WhoAreYouDialog)
    assert dialog is not None and dialog.who.findText("Olena K.") >= 0
    dialog.who.setCurrentIndex(dialog.who.findText("Olena K."))
    dialog.choose()  # on a worker, not the GUI thread
    qtbot.waitUntil(lambda: dialog.user_id is not None)
    assert journal.get_user(acting_id()).name == "Olena K."
    qtbot.waitUntil(lambda: "Olena K." in window.user_label.text())
    # the choice is kept in this journal, for this computer account: asked once, not at each start
    forget_user_of_another_journal("sample-firm.db")
    window.ask_author_if_unknown()
    assert acting_id() == olena.id
    assert not any(d.isVisible() for d in window.findChildren(WhoAreYouDialog))  # not asked again


@pytest.mark.parametrize("language", ["en", "ru", "uk"])
def test_f1_lists_every_mnemonic_of_the_editor_and_none_is_taken_twice(qtbot, make_user, acme, language):
    choose_current_user(make_user)
    app = QCoreApplication.instance()
    before = QLocale()
    load_translators(app, language)
    try:
        editor = show_focused(qtbot, InteractionEditor(client_id=acme.id))
        editor.banner.show()
        captions = [w.text() for w in editor.findChildren(QLabel) if w.buddy() is not None]
        captions += [b.text() for b in (editor.banner.restore_button, editor.banner.discard_button)]
        letters = [m.group(1).upper() for text in captions for m in [re.search(r"&([^&])", text)] if m]
        assert len(letters) == len(captions) >= 15
        assert len(set(letters)) == len(letters), f"a letter is used twice in {language}: {captions}"
        help_dialog = HelpDialog()
        qtbot.addWidget(help_dialog)
        help_text = help_dialog.browser.toPlainText()
        for letter in letters:
            assert f"Alt+{letter}" in help_text
    finally:
        load_translators(app, "en")
        QLocale.setDefault(before)


@pytest.mark.parametrize("language", ["en", "ru", "uk"])
def test_the_playbook_hint_never_squeezes_the_form(qtbot, make_user, acme, language):
    from app.journal import drafts
    from app.portrait.playbook import seed_default_playbook

    seed_default_playbook()
    olena = choose_current_user(make_user)
    drafts.save_draft("interaction", drafts.draft_key(None, client=acme.id, author=olena.id), {"summary": "x"})
    app = QCoreApplication.instance()
    load_translators(app, language)
    try:
        editor = show_focused(qtbot, InteractionEditor(client_id=acme.id))
        assert editor.banner.isVisible()  # the banner and the hint together: the tallest form
        editor.kind.setCurrentIndex(editor.kind.findData("complaint"))
        editor.tags.set_checked_values(["hear", "dismissive"])
        editor.tags.changed.emit()
        qtbot.waitUntil(lambda: editor.playbook.isVisible())
        qtbot.waitUntil(lambda: editor.playbook.height() >= editor.playbook.heightForWidth(editor.playbook.width()))
        qtbot.waitUntil(lambda: editor.tags.height() >= editor.tags.sizeHint().height())
        widgets = [editor.summary, editor.notes, editor.tags, editor.own_tags, editor.follow_up, editor.playbook]
        boxes = [w.geometry().translated(w.parentWidget().mapTo(editor, w.parentWidget().rect().topLeft()))
                 for w in widgets]
        for i, first in enumerate(boxes):
            for second in boxes[i + 1:]:
                assert not first.intersects(second), f"{language}: {first} overlaps {second}"
        for button in editor.tags.buttons:
            assert button.height() >= button.sizeHint().height()
        assert editor.height() <= 700 and editor.width() <= 1024  # fits a 1024x700 screen
    finally:
        load_translators(app, "en")


def test_a_typo_in_who_you_are_does_not_become_a_new_colleague(qtbot, make_user):
    from ui.shell.who_are_you import WhoAreYouDialog

    make_user("Olena Bondar")
    people = [u.name for u in journal.list_users()]
    dialog = WhoAreYouDialog()
    qtbot.addWidget(dialog)
    dialog.who.setEditText("Olen Bdaa")
    dialog.choose()
    qtbot.waitUntil(lambda: "ask an owner to add you" in dialog.message.text())  # nobody adds themselves
    assert dialog.user_id is None and [u.name for u in journal.list_users()] == people
    dialog.who.setEditText("olena bondar")  # the same person, whatever the case
    dialog.choose()
    qtbot.waitUntil(lambda: dialog.user_id is not None)
    assert journal.get_user(dialog.user_id).name == "Olena Bondar"


def test_ctrl_enter_saves_even_from_an_open_list(qtbot, make_user, acme):
    choose_current_user(make_user)
    editor = show_focused(qtbot, InteractionEditor(client_id=acme.id))
    qtbot.keyClicks(editor.summary, "Picked the channel from the list")
    editor.channel.setFocus()
    editor.channel.showPopup()
    qtbot.waitUntil(lambda: editor.channel.view().isVisible())
    qtbot.keyClick(editor.channel.view(), Qt.Key.Key_Down)
    qtbot.keyClick(editor.channel.view(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_saved(qtbot, editor)
    assert editor.saved_id is not None and not editor.isVisible()
    assert Interaction.get_by_id(editor.saved_id).summary == "Picked the channel from the list"


def test_other_forms_drop_downs_say_a_miss_too(qtbot):
    from PySide6.QtWidgets import QToolTip

    from ui.widgets.form import vocabulary_combo

    combo = vocabulary_combo("stage")
    qtbot.addWidget(combo)
    combo.show()
    chosen = combo.currentText()
    qtbot.keyClicks(combo, "zz")
    assert combo.currentText() == chosen and "zz" in QToolTip.text()


def test_editing_keeps_an_untouched_when_to_the_second(qtbot, make_user, acme, make_interaction):
    import datetime as dt

    choose_current_user(make_user)
    item = make_interaction(acme, occurred_at=dt.datetime(2026, 3, 1, 10, 30, 15), summary="Imported call")
    editor = show_focused(qtbot, InteractionEditor(interaction_id=item.id))
    editor.summary.setText("Imported call, corrected")
    editor.save()
    assert Interaction.get_by_id(item.id).occurred_at == dt.datetime(2026, 3, 1, 10, 30, 15)


def test_alt_r_restores_the_draft_at_once_so_the_words_typed_next_follow_it(qtbot, make_user, acme):
    from app.journal import drafts

    olena = choose_current_user(make_user)
    key = drafts.draft_key(None, client=acme.id, author=olena.id)
    drafts.save_draft("interaction", key, {"client": acme.id, "summary": "Half a thought"})
    editor = show_focused(qtbot, InteractionEditor(client_id=acme.id))
    assert editor.banner.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(QApplication.focusWidget(), ", finished")  # straight after, as a quick typist does
    assert editor.summary.text() == "Half a thought, finished"
    qtbot.wait(200)  # nothing lands later and overwrites it
    assert editor.summary.text() == "Half a thought, finished" and not editor.banner.isVisible()
