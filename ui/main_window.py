"""The main window: pages in a stack (journal, today, and those other features add), menus, toolbar."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QStackedWidget, QWidget


class _Menus(dict):
    """The window's menus by name; "file" and "File" find the same menu."""

    def __getitem__(self, key: str) -> QMenu:
        return super().__getitem__(key.lower())

    def __contains__(self, key) -> bool:
        return super().__contains__(str(key).lower())


class MainWindow(QMainWindow):
    """Rapport's main window."""

    def __init__(self):
        super().__init__()
        self.setWindowTitle(self.tr("Rapport"))
        self.menus = _Menus()
        self.pages: dict[str, QWidget] = {}
        self.page_actions: dict[str, QAction] = {}
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.toolbar = self.addToolBar(self.tr("Main"))
        self.toolbar.setObjectName("main_toolbar")
        self._build_menus()
        self.add_page("journal", QLabel(self.tr("Journal")), self.tr("Journal"), "Ctrl+1")
        self.add_page("today", QLabel(self.tr("Today")), self.tr("Today"), "Ctrl+2")
        self._add_feature_pages()
        self.resize(1200, 800)

    def _build_menus(self) -> None:
        for key, title in (("file", self.tr("&File")), ("edit", self.tr("&Edit")), ("view", self.tr("&View")),
                           ("client", self.tr("&Client")), ("help", self.tr("&Help"))):
            dict.__setitem__(self.menus, key, self.menuBar().addMenu(title))

    def _add_feature_pages(self) -> None:
        """Pages of later features: each feature adds its page here with ONE line (surgical edit).

        D: feedback inbox ("feedback"), E: dashboard ("dashboard"), G: search ("search").
        """

    def add_page(self, key: str, widget: QWidget, title: str, shortcut: str | None = None) -> QAction:
        """Add a page to the central stack with a View-menu and toolbar entry that shows it."""
        self.pages[key] = widget
        self.stack.addWidget(widget)
        action = QAction(title, self)
        action.setCheckable(True)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda _=False, k=key: self.show_page(k))
        self.page_actions[key] = action
        self.menus["view"].addAction(action)
        self.toolbar.addAction(action)
        return action

    def show_page(self, key: str) -> None:
        self.stack.setCurrentWidget(self.pages[key])
        for name, action in self.page_actions.items():
            action.setChecked(name == key)

    def current_page(self) -> str:
        current = self.stack.currentWidget()
        return next((k for k, w in self.pages.items() if w is current), "")

    def current_client_id(self) -> int | None:
        return None
