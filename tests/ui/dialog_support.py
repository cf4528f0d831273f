"""Helpers for driving the editors in tests as a person would: a named current user, a focused dialog."""

from PySide6.QtWidgets import QApplication, QWidget

from tests.authors import act_as


def choose_current_user(make_user, name: str = "Olena K."):
    """Create a user and make them the one signing what is logged here."""
    user = make_user(name)
    act_as(user.id)
    return user


def show_focused(qtbot, dialog: QWidget) -> QWidget:
    """Show a dialog and wait until the keyboard is in it."""
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def wait_saved(qtbot, dialog: QWidget) -> None:
    """Wait until the editor's save, which runs on a worker (ui.widgets.saving), has come back."""
    qtbot.waitUntil(lambda: getattr(dialog, "saving", None) is None or dialog.saving.done)
