"""A walk through every screen and dialog of a filled journal, for screenshots and layout tests.

screens(window, client_id) shows, one after another, the journal with the client's page and
each of its tabs, every other page of the window, and every dialog, yielding (name, widget) for
each while it is on screen; the caller lets it settle, then looks at it (grabs it, or checks its
layout with ui.shell.layout_audit). A dialog is closed when the walk moves on.
"""

import importlib
import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QWidget

SIZES: dict[str, tuple[int, int]] = {"1024x700": (1024, 700), "1920x1080": (1920, 1080)}
TAB_NAMES = ("timeline", "feedback", "negotiations", "health", "qualification")


def _dialog(module: str, name: str, **kwargs) -> Callable:
    def make(window, client_id):
        cls = getattr(importlib.import_module(module), name)
        arguments = {key: (client_id if value == "client" else value) for key, value in kwargs.items()}
        return cls(window, **arguments)
    return make


def _as_owner(make: Callable) -> Callable:
    """A screen only an owner may open (the firm's log): the walk looks at it as the firm's first owner,
    as the menu would refuse anyone else, and goes back to who was acting once it is built."""
    def wrapped(window, client_id):
        from app.common import identity
        from db.models import User

        was = identity.acting()
        owner = (User.select().where((User.role == "owner") & (User.active == True))  # noqa: E712 - SQL
                 .order_by(User.id).first())
        if owner is None or was is None or was.id == owner.id:
            return make(window, client_id)
        identity.link(owner, by=owner)
        try:
            return make(window, client_id)
        finally:
            identity.link(was, by=owner)
    return wrapped


def _function(module: str, name: str, *extra) -> Callable:
    def make(window, client_id):
        return getattr(importlib.import_module(module), name)(window, client_id, *extra)
    return make


def _editing_dialog(window, client_id):
    from app.journal import queries
    from ui.journal.interaction_editor import InteractionEditor

    page = queries.timeline_page(client_id, 0, 1)
    return InteractionEditor(window, client_id, page[0].id if page else None)


def _pulse_dialog(window, client_id):
    from app.journal import records
    from ui.health.pulse_dialog import PulseDialog

    return PulseDialog(window, client_id, records.get_client(client_id).name)


def _feedback_row(client_id):
    import datetime as dt

    from app.hear.feedback_clock import inbox

    rows = [row for row in inbox(dt.datetime.now()) if row.client_id == client_id] or inbox(dt.datetime.now())
    return rows[0] if rows else None


def _feedback_dialog(name: str) -> Callable:
    def make(window, client_id):
        from ui.hear import feedback_actions

        row = _feedback_row(client_id)
        return getattr(feedback_actions, name)(window, row) if row is not None else None
    return make


def _negotiation_dialog(name: str) -> Callable:
    def make(window, client_id):
        from app.negotiate.ledger import negotiation_detail
        from db.models import Negotiation
        from ui.negotiate import dialogs

        row = (Negotiation.select().where(Negotiation.client == client_id).first()
               or Negotiation.select().first())
        return getattr(dialogs, name)(window, negotiation_detail(row.id)) if row is not None else None
    return make


def _qualify_dialog(window, client_id):
    from db.models import Client
    from ui.portrait.portrait_dialog import qualify_dialog

    prospect = Client.select().where(Client.stage == "prospect").first()
    return qualify_dialog(window, prospect.id if prospect else client_id)


def _playbook_entry(window, client_id):
    from app.common import identity
    from ui.portrait.playbook_dialog import entry_dialog

    return entry_dialog(window, identity.acting_id())


DIALOGS: list[tuple[str, Callable]] = [
    ("interaction-editor", _dialog("ui.journal.interaction_editor", "InteractionEditor", client_id="client")),
    ("interaction-editor-edit", _editing_dialog),
    ("client-editor", _dialog("ui.journal.client_editor", "ClientEditor", client_id="client")),
    ("new-client", _dialog("ui.journal.client_editor", "ClientEditor")),
    ("settings", _dialog("ui.settings.dialog", "SettingsDialog")),
    ("add-user", _dialog("ui.settings.user_dialog", "AddUserDialog")),
    ("help", _dialog("ui.shell.help_dialog", "HelpDialog")),
    ("health-weights", _dialog("ui.health.weights_dialog", "HealthWeightsDialog")),
    ("pulse", _pulse_dialog),
    ("brief", _dialog("ui.brief.dialog", "BriefDialog", client_id="client")),
    ("export", _dialog("ui.exchange.export_dialog", "ExportDialog", client_id="client")),
    ("import", _dialog("ui.exchange.import_wizard", "ImportWizard")),
    ("playbook", _dialog("ui.portrait.playbook_dialog", "PlaybookDialog")),
    ("playbook-entry", _playbook_entry),
    ("portrait", _dialog("ui.portrait.portrait_dialog", "PortraitDialog")),
    ("qualify", _qualify_dialog),
    ("sales-plan", _dialog("ui.portrait.sales_plan_editor", "SalesPlanDialog")),
    ("new-feedback", _function("ui.hear.feedback_actions", "open_feedback_dialog")),
    ("resolve-feedback", _feedback_dialog("resolve_dialog")),
    ("repeat-contact", _feedback_dialog("repeat_contact_dialog")),
    ("new-negotiation", _function("ui.negotiate.dialogs", "new_negotiation_dialog")),
    ("negotiation-status", _negotiation_dialog("status_dialog")),
    ("negotiation-position", _negotiation_dialog("position_dialog")),
    ("negotiation-concession", _negotiation_dialog("concession_dialog")),
    ("negotiation-session", _negotiation_dialog("session_dialog")),
    ("negotiation-action", _negotiation_dialog("action_dialog")),
    ("negotiation-details", _negotiation_dialog("details_dialog")),
    ("connect-server", _dialog("ui.server.connect_dialog", "ConnectDialog")),
    ("server-password", lambda window, _client_id: _server_password(window)),
    ("client-history", _dialog("ui.audit.history_dialog", "HistoryDialog", title="History", client_id="client")),
    ("audit-trail", _as_owner(_dialog("ui.audit.log_window", "FirmLogWindow"))),
    ("trash", _dialog("ui.trash.dialog", "TrashDialog")),
]


def _server_password(window):
    from db.server_url import server_address
    from ui.server.password import PasswordDialog

    return PasswordDialog(server_address("postgresql://olena.kovalenko@db.firm.local:5432/firm"), True, window)


def settle(quiet_s: float = 0.05, rounds: int = 2, limit_s: float = 120) -> None:
    """Let layouts settle and the work started on worker threads finish and show its result:
    until the pool has been idle for `rounds` quiet spells of quiet_s in a row."""
    app = QApplication.instance()
    pool = QThreadPool.globalInstance()
    deadline = time.monotonic() + limit_s
    idle = 0
    while idle < rounds and time.monotonic() < deadline:
        quiet_until = time.monotonic() + quiet_s
        busy = False
        while time.monotonic() < quiet_until:
            app.processEvents()
            if pool.activeThreadCount():
                busy = True
                pool.waitForDone(20)
            else:
                time.sleep(0.005)
        idle = 0 if busy else idle + 1
    app.processEvents()


def fit_to_screen(dialog: QWidget, size: tuple[int, int]) -> None:
    """A dialog never larger than the screen (as a window manager keeps it)."""
    width, height = min(dialog.width(), size[0]), min(dialog.height(), size[1] - 40)
    if (width, height) != (dialog.width(), dialog.height()):
        dialog.resize(width, height)


def screens(window, client_id: int | None, size: tuple[int, int],
            dialogs: bool = True) -> Iterator[tuple[str, QWidget]]:
    """Show every screen in turn at this window size; yield (name, widget) while each is shown.
    Without dialogs, only the window's pages (a dialog's size does not follow the window's)."""
    window.resize(*size)
    window.show_page("journal")
    if client_id is not None:
        window.open_client(client_id)
    yield "main-window", window
    if client_id is not None:
        page = window.client_page
        page.ensure_built()
        for index, name in enumerate(TAB_NAMES[1:page.tabs.count()], start=1):
            page.tabs.setCurrentIndex(index)
            yield f"client-{name}", window
        page.tabs.setCurrentIndex(0)
    for key in list(window.pages):
        if key == "journal":
            continue
        window.show_page(key)
        shown = window.pages[key]
        if hasattr(shown, "prepare_screenshot"):
            shown.prepare_screenshot()
        yield f"page-{key}", window
        # A page may show more views of itself (the dashboard's Team tab): (name, show) pairs.
        for view, show in getattr(shown, "screenshot_views", list)():
            show()
            yield f"page-{key}-{view}", window
    window.show_page("journal")
    if not dialogs:
        return
    for name, factory in DIALOGS:
        try:
            dialog = factory(window, client_id)
        except ImportError:
            continue
        if dialog is None:
            continue
        dialog.show()
        fit_to_screen(dialog, size)
        yield f"dialog-{name}", dialog
        if isinstance(dialog, QDialog):
            dialog.reject()
        dialog.deleteLater()
