"""The client's timeline: newest first, grouped by day, loaded page by page."""

from PySide6.QtWidgets import QListView, QWidget


class TimelineView(QListView):
    """The timeline of one client (being built)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.client_id: int | None = None

    def set_client(self, client_id: int | None) -> None:
        self.client_id = client_id
