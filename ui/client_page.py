"""The selected client's page: a header card and tabs (the timeline first; others add theirs).

TAB_FACTORIES is the extension point: (title marked with QT_TRANSLATE_NOOP("ClientPage", ...),
factory(parent) -> widget with set_client(client_id | None)). Each tab refreshes itself from
ui.events.bus() signals.
"""

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget


def _timeline_tab(parent: QWidget) -> QWidget:
    from ui.timeline import TimelineView

    return TimelineView(parent)


TAB_FACTORIES: list[tuple[str, Callable[[QWidget], QWidget]]] = [
    (QT_TRANSLATE_NOOP("ClientPage", "Timeline"), _timeline_tab),
]


class ClientPage(QWidget):
    """One client: the header card over the tabs."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.client_id: int | None = None
        self.header = QLabel(self)
        self.tabs = QTabWidget(self)
        self.tab_widgets: list[QWidget] = []
        for title, factory in TAB_FACTORIES:
            widget = factory(self.tabs)
            self.tab_widgets.append(widget)
            self.tabs.addTab(widget, QCoreApplication.translate("ClientPage", title))
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

    def set_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        for widget in self.tab_widgets:
            widget.set_client(client_id)
