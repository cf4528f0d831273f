"""The global search box in the toolbar (Ctrl+K); the page of hits (ui.search.page) is built on first use."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

SHORTCUT = "Ctrl+K"


class SearchBox(QLineEdit):
    """The toolbar's search field: Enter searches the whole journal."""

    search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("global_search")
        self.setClearButtonEnabled(True)
        shortcut = QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self.setPlaceholderText(self.tr("Search the journal (%1)").replace("%1", shortcut))
        self.setMaximumWidth(360)
        self.returnPressed.connect(lambda: self.search_requested.emit(self.text()))


def install_search(window) -> None:
    """Add the search page (built when first shown), the toolbar box and Ctrl+K to the main window."""
    def page():
        from ui.search.page import SearchPage

        return SearchPage(window, window.current_client_id)

    window.add_page("search", page, QCoreApplication.translate("Search", "Search"), None)
    box = SearchBox(window)
    # A toolbar of its own, so the box stays after the page buttons other features add later.
    toolbar = window.addToolBar(QCoreApplication.translate("Search", "Search"))
    toolbar.setObjectName("search_toolbar")
    toolbar.addWidget(box)
    window.search_box = box

    def search(text: str) -> None:
        window.show_page("search")
        window.pages["search"].run_query(text)

    box.search_requested.connect(search)
    focus = QAction(QCoreApplication.translate("Search", "&Search the journal"), window)
    focus.setObjectName("focus_search")
    focus.setShortcut(QKeySequence(SHORTCUT))
    focus.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    focus.triggered.connect(lambda: (box.setFocus(Qt.FocusReason.ShortcutFocusReason), box.selectAll()))
    window.menus["edit"].addAction(focus)
