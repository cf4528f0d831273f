"""The main window: pages in a stack (journal, today, and those other features add), menus, toolbar.

Extension points: add_page(key, widget, title, shortcut) from _add_feature_pages(), and
self.menus["file" | "edit" | "view" | "client" | "help"] for actions.
"""

from collections.abc import Callable

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app.common import identity
from app.common.paths import config_dir, data_dir
from app.journal import queries
from app.journal.records import get_user
from db.connection import shown_database, sqlite_path
from ui.journal.client_list import ClientListPanel
from ui.journal.client_page import ClientPage
from ui.shell import labels
from ui.shell.events import bus
from ui.shell.icon import app_icon
from ui.shell.welcome import WelcomePage
from ui.today.page import TodayPage


def window_settings() -> QSettings:
    """Window geometry and splitter positions (the only things kept in QSettings), per machine."""
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


class _Menus(dict):
    """The window's menus by name; "file" and "File" find the same menu."""

    def __getitem__(self, key: str) -> QMenu:
        return super().__getitem__(key.lower())

    def __contains__(self, key) -> bool:
        return super().__contains__(str(key).lower())


class _Pages(dict):
    """The window's pages by key. A page added as a factory is built when first looked up."""

    def __init__(self, build):
        super().__init__()
        self.factories = {}
        self._build = build

    def __getitem__(self, key: str) -> QWidget:
        if key in self.factories:
            self._build(key, self.factories.pop(key))
        return super().__getitem__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default


FIRST_SIZE = QSize(1400, 900)


def first_size(available: QSize) -> QSize:
    """The window's size at its first start: roomy, but never bigger than the screen's free area
    (on a 1024x700 screen a 1400x900 window ran past its edges, its right half out of reach)."""
    return FIRST_SIZE.boundedTo(available) if available.isValid() and not available.isEmpty() else FIRST_SIZE


class MainWindow(QMainWindow):
    """Rapport's main window."""

    def __init__(self):
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowIcon(app_icon())
        self.menus = _Menus()
        self.pages = _Pages(self._build_page)
        self.page_actions: dict[str, QAction] = {}
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.toolbar = self.addToolBar(self.tr("Main"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._build_menus()
        self._build_actions()
        self.client_list = ClientListPanel(self)
        self.client_page = ClientPage(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("journal_splitter")
        self.splitter.addWidget(self.client_list)
        self.splitter.addWidget(self.client_page)
        # Both sides grow and shrink with the window, two parts to three; neither is ever crushed
        # (the list keeps its name column, the page its tabs), whatever tab the page shows.
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.client_list.setMinimumWidth(self.client_list.minimum_width())
        self.splitter.setSizes([560, 840])
        self.client_list.client_selected.connect(self._client_selected)
        self.add_page("journal", self.splitter, self.tr("Journal"), "Ctrl+1")
        self.today = TodayPage(self)
        self.add_page("today", self.today, self.tr("Today"), "Ctrl+2")
        self.welcome = WelcomePage(self)
        self.welcome.database_built.connect(self.switch_database)
        self.welcome.user_chosen.connect(lambda _user_id: (self._refresh_status(), self.today.refresh()))
        self.stack.addWidget(self.welcome)
        self._add_feature_pages()
        self._build_status_bar()
        events = bus()
        events.clients_changed.connect(self.refresh)
        events.database_replaced.connect(self.refresh)
        events.open_client.connect(self.open_client)
        events.open_interaction.connect(self.open_interaction)
        self.resize(first_size(self.screen().availableGeometry().size()))
        self.restore_layout()
        self.show_page("journal")
        self.refresh()

    # ---- pages -------------------------------------------------------------------------------

    def _add_feature_pages(self) -> None:
        """Pages of later features: each feature adds its page here with ONE line (surgical edit).

        D: feedback inbox ("feedback"), E: dashboard ("dashboard"), G: search ("search").
        """
        from ui.search.box import install_search  # G: the search box (Ctrl+K) and its page

        install_search(self)
        from ui.hear.feedback_install import (
            install_feedback,  # D: the feedback inbox (Ctrl+3), playbook, portrait
        )

        install_feedback(self)
        from ui.health.install import install_health  # E: health figures and the dashboard (Ctrl+4)

        install_health(self)
        from ui.exchange.actions import install_exchange  # F: import, export, negotiation brief

        install_exchange(self)
        from ui.backup.keeper import install_backup  # backups, restore, the journal's check at start

        install_backup(self)
        from ui.live.watcher import install_live  # a colleague's changes shown as they happen

        install_live(self)
        from ui.audit.install import install_audit  # the audit trail: a client's history, the owners' log

        install_audit(self)
        from ui.reminders.install import install_reminders  # reminders: the tray's notifications, or a banner

        install_reminders(self)
        from ui.trash.install import install_trash  # Edit > Trash...: what was deleted, for owners to restore

        install_trash(self)
        from ui.journal.coding_dialog import install_coding  # Edit > Code entries...

        install_coding(self)

    def add_page(self, key: str, widget: QWidget | Callable[[], QWidget], title: str,
                 shortcut: str | None = None) -> QAction:
        """Add a page to the central stack with a View-menu and toolbar entry that shows it.

        widget may be a function that builds the page: it is called when the page is first shown
        (or looked up in self.pages), so pages nobody opens cost nothing at start."""
        if isinstance(widget, QWidget):
            page = widget
        else:
            page = QWidget(self)  # stands in the stack until the page is built
            self.pages.factories[key] = widget
        dict.__setitem__(self.pages, key, page)
        self.stack.addWidget(page)
        action = QAction(title, self)
        action.setObjectName(f"page_{key}")
        action.setCheckable(True)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{title} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(lambda _=False, k=key: self.show_page(k))
        self.page_actions[key] = action
        self.menus["view"].addAction(action)
        self.toolbar.addAction(action)
        return action

    def _build_page(self, key: str, factory: Callable[[], QWidget]) -> None:
        placeholder = dict.__getitem__(self.pages, key)
        page = factory()
        self.stack.insertWidget(self.stack.indexOf(placeholder), page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        dict.__setitem__(self.pages, key, page)

    def show_page(self, key: str) -> None:
        if key == "journal" and self.welcome_needed():
            self.stack.setCurrentWidget(self.welcome)
        else:
            self.stack.setCurrentWidget(self.pages[key])
        for name, action in self.page_actions.items():
            action.setChecked(name == key)

    def current_page(self) -> str:
        current = self.stack.currentWidget()
        if current is self.welcome:
            return "welcome"
        return next((k for k, w in self.pages.items() if w is current), "")

    def welcome_needed(self) -> bool:
        return queries.client_count() == 0

    # ---- menus and actions --------------------------------------------------------------------

    def _build_menus(self) -> None:
        for key, title in (("file", self.tr("&File")), ("edit", self.tr("&Edit")), ("view", self.tr("&View")),
                           ("client", self.tr("&Client")), ("help", self.tr("&Help"))):
            menu = self.menuBar().addMenu(title)
            menu.setObjectName(f"menu_{key}")
            dict.__setitem__(self.menus, key, menu)

    def _action(self, name: str, text: str, shortcut, slot, menu: str, toolbar: bool = False) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())
        self.menus[menu].addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_interaction_action = self._action(
            "new_interaction", self.tr("New &interaction..."), "Ctrl+N", self.new_interaction, "client", True)
        self.new_client_action = self._action(
            "new_client", self.tr("&New client..."), "Ctrl+Shift+N", self.new_client, "client", True)
        self.edit_client_action = self._action(
            "edit_client", self.tr("&Edit client..."), "Ctrl+E", self.edit_client, "client")
        self.toolbar.addSeparator()
        self._action("open_database", self.tr("&Open database..."), QKeySequence.StandardKey.Open,
                     self.choose_database, "file")
        self._action("connect_server", self.tr("&Connect to a server..."), None, self.connect_to_server, "file")
        self._action("open_sample", self.tr("Open the &sample firm"), None, self.welcome_sample, "file")
        self.menus["file"].addSeparator()
        quit_action = self._action("quit", self.tr("&Quit"), "Ctrl+Q", self.close, "file")
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self._action("find_client", self.tr("&Find client"), "Ctrl+F", self.find_client, "edit")
        settings = self._action("settings", self.tr("&Settings..."), "Ctrl+,", self.open_settings, "edit")
        settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self._action("help", self.tr("&Keyboard and policy help"), "F1", self.open_help, "help")
        about = self._action("about", self.tr("&About Rapport"), None, self.open_about, "help")
        about.setMenuRole(QAction.MenuRole.AboutRole)

    def current_client_id(self) -> int | None:
        return self.client_list.current_client_id()

    def new_interaction(self) -> None:
        from ui.journal.interaction_editor import InteractionEditor  # another helper's dialog

        self._open_dialog(InteractionEditor(self, self.current_client_id()))

    def new_client(self) -> None:
        from ui.journal.client_editor import ClientEditor

        self._open_dialog(ClientEditor(self))

    def edit_client(self) -> None:
        if self.current_client_id() is None:
            self.statusBar().showMessage(self.tr("Choose a client first."), 4000)
            return
        from ui.journal.client_editor import ClientEditor

        self._open_dialog(ClientEditor(self, self.current_client_id()))

    def open_settings(self) -> None:
        from ui.settings.dialog import SettingsDialog

        dialog = self._open_dialog(SettingsDialog(self))
        dialog.finished.connect(lambda _result: (self.refresh(), self.today.refresh(), self.reminders.follow_setting()))
        dialog.database_chosen.connect(self.switch_database)

    def open_help(self) -> None:
        from ui.shell.help_dialog import HelpDialog

        self._open_dialog(HelpDialog(self))

    def open_about(self) -> None:
        from ui.shell.about import AboutDialog

        self._open_dialog(AboutDialog(self))

    def _open_dialog(self, dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.activateWindow()  # typing goes to the dialog at once, whatever the window manager does
        return dialog

    def find_client(self) -> None:
        self.show_page("journal")
        self.client_list.focus_filter()

    def welcome_sample(self) -> None:
        self.welcome.open_sample_firm()

    # ---- following the journal ---------------------------------------------------------------

    def _client_selected(self, client_id: int | None) -> None:
        self.client_page.set_client(client_id)
        self.edit_client_action.setEnabled(client_id is not None)

    def open_client(self, client_id: int) -> None:
        self.show_page("journal")
        self.client_list.select_client(client_id)

    def open_interaction(self, client_id: int, interaction_id: int) -> None:
        self.open_client(client_id)
        self.client_page.timeline().show_interaction(interaction_id)

    def choose_database(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a Rapport database"), str(data_dir()),
            self.tr("Rapport databases (*.db *.sqlite);;All files (*)"))
        if path:
            self.switch_database(path)

    def connect_to_server(self) -> None:
        """File > Connect to a server: the journal on a PostgreSQL server (its password into the keyring)."""
        from ui.server.connect_dialog import ConnectDialog

        dialog = self._open_dialog(ConnectDialog(self))
        dialog.accepted.connect(lambda: self.switch_database(dialog.url()))

    def switch_database(self, path: str) -> None:
        from ui.shell.database_switch import switch_database

        if switch_database(self, path):
            self.ask_author_if_unknown()

    def ask_author_if_unknown(self) -> None:
        """A journal's first start here: ask who is at the keyboard, so what they log is signed.

        On an empty journal the welcome page asks instead, beside its other first steps."""
        from ui.shell.who_are_you import WhoAreYouDialog, current_user_known

        if current_user_known() or self.current_page() == "welcome" or self.findChild(WhoAreYouDialog):
            return
        dialog = WhoAreYouDialog(self)
        dialog.accepted.connect(self._refresh_status)
        dialog.accepted.connect(self.today.refresh)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def refresh(self, *_args) -> None:
        """After the clients or the database changed: the welcome, the status bar, the title."""
        was_welcome = self.current_page() == "welcome"
        if self.current_page() in ("journal", "welcome"):
            self.show_page("journal")
        if was_welcome and self.current_page() == "journal" and self.current_client_id() is None:
            self.client_list.select_first()  # the first client, just added: show it once the rows arrive
        self.welcome.refresh()
        self._refresh_status()

    # ---- status bar and remembered layout ------------------------------------------------------

    def _build_status_bar(self) -> None:
        self.database_label, self.user_label, self.count_label = QLabel(self), QLabel(self), QLabel(self)
        for label in (self.database_label, self.user_label, self.count_label):
            self.statusBar().addPermanentWidget(label)

    def _refresh_status(self) -> None:
        path = sqlite_path()
        where = str(path) if path else shown_database() or self.tr("database server")
        self.database_label.setText(where)
        self.setWindowTitle(self.tr("Rapport - %1").replace("%1", path.name if path else where))
        user_id = identity.acting_id()
        try:
            name = get_user(user_id).name if user_id else ""
        except Exception:  # noqa: BLE001 - a stale id from another database
            name = ""
        self.user_label.setText(self.tr("You: %1").replace("%1", name) if name else
                                self.tr("Who are you? Choose in Settings"))
        self.count_label.setText(self.tr("Clients: %1").replace("%1", labels.number_text(queries.client_count())))

    def restore_layout(self) -> None:
        settings = window_settings()
        geometry, state = settings.value("main/geometry"), settings.value("main/state")
        splitter = settings.value("main/splitter")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        settings = window_settings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.sync()

    def closeEvent(self, event) -> None:
        self.save_layout()
        super().closeEvent(event)
