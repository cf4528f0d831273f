"""Help shows the keyboard shortcuts and explains the policy's words."""

from ui.shell.help_dialog import HelpDialog


def test_help_lists_the_shortcuts_and_explains_like_hear_negotiate(qtbot):
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for expected in ("Ctrl+N", "Ctrl+Return", "F1", "Like, hear, negotiate", "Stance drift",
                     "The client is always right", "capitulating", "staff praise"):
        assert expected in text
