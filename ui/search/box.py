"""The global search box in the toolbar (Ctrl+K); the page of hits (ui.search.page) is built on first use."""

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

SHORTCUT = "Ctrl+K"


class SearchBox(QLineEdit):
    """The toolbar's search field: it searches the whole journal as you type (after a short
    pause) and at once on Enter; a last word with no space after it is still being typed, so it
    also finds the words that begin with it (the page runs the search with typing=True)."""

    search_requested = Signal(str)
    # Milliseconds of no typing before the search runs: a word typed at speed asks once.
    PAUSE_MS = 300

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("global_search")
        self.setClearButtonEnabled(True)
        shortcut = QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self.setPlaceholderText(self.tr("Search the journal (%1)").replace("%1", shortcut))
        self.setMaximumWidth(360)
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(self.PAUSE_MS)
        self.pause.timeout.connect(self._typed)
        self.textEdited.connect(lambda _text: self.pause.start())
        self.returnPressed.connect(self._entered)

    def _entered(self) -> None:
        self.pause.stop()
        self.search_requested.emit(self.text())

    def _typed(self) -> None:
        if self.text().strip():
            self.search_requested.emit(self.text())


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
        window.pages["search"].run_query(text, typing=True)

    box.search_requested.connect(search)
    focus = QAction(QCoreApplication.translate("Search", "&Search the journal"), window)
    focus.setObjectName("focus_search")
    focus.setShortcut(QKeySequence(SHORTCUT))
    focus.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    focus.triggered.connect(lambda: (box.setFocus(Qt.FocusReason.ShortcutFocusReason), box.selectAll()))
    window.menus["edit"].addAction(focus)
