"""What the feedback, playbook and portrait features add to the main window at start: the inbox
page (Ctrl+3), Today's openers and menu actions. Their pages and dialogs load when first used."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction

from ui.shell.events import bus


def _show_tab(window, item, which: str) -> None:
    """Open the item's client on the journal page, on the tab that shows the item
    ("feedback" or "negotiations")."""
    if which == "feedback":
        from ui.hear.feedback_tab import FeedbackTab as tab_class
    else:
        from ui.negotiate.ledger import NegotiationLedgerTab as tab_class
    bus().open_client.emit(item.client_id)
    page = window.client_page
    page.ensure_tabs()
    tab = next((w for w in page.tab_widgets if isinstance(w, tab_class)), None)
    if tab is not None:
        page.tabs.setCurrentWidget(tab)


def install_feedback(window) -> None:
    """Add the inbox page (Ctrl+3, built when first shown), Today's openers for feedback and
    negotiation actions, and the playbook and portrait actions; a journal without a playbook gets
    the default one."""
    from app.portrait import playbook
    from ui.today import page as today_page

    def page():
        from ui.hear.feedback_inbox import FeedbackInboxPage

        return FeedbackInboxPage(window)

    playbook.seed_if_empty()
    window.add_page("feedback", page, QCoreApplication.translate("Feedback", "Feedback"), "Ctrl+3")
    today_page.OPENERS["feedback"] = lambda w, item: _show_tab(window, item, "feedback")
    today_page.OPENERS["reply"] = lambda w, item: _show_tab(window, item, "feedback")  # the reply strip is there
    today_page.OPENERS["negotiation_action"] = lambda w, item: _show_tab(window, item, "negotiations")
    install_playbook_actions(window)


def install_playbook_actions(window) -> None:
    """Edit > Playbook... and Edit > Client portrait..., Client > Qualify the prospect..."""

    def playbook_dialog():
        from ui.portrait.playbook_dialog import PlaybookDialog
        from ui.widgets.record_views import open_dialog

        open_dialog(PlaybookDialog(window))

    def portrait_dialog():
        from ui.portrait.portrait_dialog import PortraitDialog
        from ui.widgets.record_views import open_dialog

        open_dialog(PortraitDialog(window))

    def qualify_dialog():
        from ui.portrait.portrait_dialog import open_qualify_dialog

        open_qualify_dialog(window, window.current_client_id())

    for menu, name, text, slot in (
            ("edit", "playbook", QT_TRANSLATE_NOOP("Playbook", "&Playbook..."), playbook_dialog),
            ("edit", "portrait", QT_TRANSLATE_NOOP("Playbook", "Client &portrait..."), portrait_dialog),
            ("client", "qualify", QT_TRANSLATE_NOOP("Playbook", "&Qualify the prospect..."), qualify_dialog)):
        action = QAction(QCoreApplication.translate("Playbook", text), window)
        action.setObjectName(f"action_{name}")
        action.triggered.connect(slot)
        window.menus[menu].addAction(action)
