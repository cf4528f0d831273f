"""The client's timeline: newest first, grouped by day, loaded a page at a time as you scroll."""

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from app.audit.written import backdated
from app.journal import queries
from ui.journal.timeline_delegate import BACKDATED_ROLE, FIRST_OF_DAY_ROLE, ROW_ROLE, TimelineDelegate
from ui.live.keep_place import PlaceKeeper
from ui.shell.events import bus
from ui.shell.tasks import workers_wait_while_scrolled


class TimelineModel(QAbstractListModel):
    """One client's interactions, newest first; rows arrive in pages through fetchMore."""

    PAGE_SIZE = 200
    RowRole = ROW_ROLE  # the queries.TimelineRow
    IdRole = Qt.ItemDataRole.UserRole + 2
    FirstOfDayRole = FIRST_OF_DAY_ROLE  # True on the newest entry of each day
    BackdatedRole = BACKDATED_ROLE  # app.audit.written.Written of an entry written long after it happened

    def __init__(self, parent=None):
        super().__init__(parent)
        self.client_id: int | None = None
        self.rows: list[queries.TimelineRow] = []
        self.total = 0
        self.backdated: dict = {}  # interaction id -> Written, for the entries loaded

    def set_client(self, client_id: int | None) -> None:
        self.beginResetModel()
        self.client_id = client_id
        self.rows = []
        self.backdated = {}
        self.total = queries.timeline_count(client_id) if client_id is not None else 0
        self.endResetModel()

    def reload(self) -> None:
        """Read the client again, keeping at least as many rows as were loaded."""
        loaded = len(self.rows)
        self.set_client(self.client_id)
        self._fetch(max(loaded, self.PAGE_SIZE))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self.client_id is not None and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not parent.isValid():
            self._fetch(self.PAGE_SIZE)

    def _fetch(self, count: int) -> None:
        if not self.canFetchMore():
            return
        page = queries.timeline_page(self.client_id, len(self.rows), count)
        if not page:
            self.total = len(self.rows)  # the journal shrank under us
            return
        self.backdated.update(backdated((row.id, row.occurred_at) for row in page))
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    def ensure_loaded(self, row: int) -> None:
        """Load everything down to row (and a page more) in one read, not page after page."""
        if row >= len(self.rows):
            self._fetch(row - len(self.rows) + self.PAGE_SIZE)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.summary
        if role == self.RowRole:
            return row
        if role == self.IdRole:
            return row.id
        if role == self.BackdatedRole:
            return self.backdated.get(row.id)
        if role == self.FirstOfDayRole:
            previous = self.rows[index.row() - 1] if index.row() else None
            return previous is None or previous.occurred_at.date() != row.occurred_at.date()
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.notes[:1000] or row.summary
        return None


class TimelineView(QListView):
    """The timeline list; double-click or Enter opens the entry in the interaction editor."""

    edit_requested = Signal(int, int)  # client id, interaction id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timeline")
        self.timeline = TimelineModel(self)
        self.setModel(self.timeline)
        workers_wait_while_scrolled(self)
        self.cards = TimelineDelegate(self)
        self.cards.follow(self.timeline)
        self.setItemDelegate(self.cards)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(True)
        self.setSpacing(0)
        self.place = PlaceKeeper(self, lambda index: index.data(TimelineModel.IdRole))
        self.doubleClicked.connect(self._open_index)
        self.edit_requested.connect(self.open_editor)
        events = bus()
        events.interactions_changed.connect(self._on_interactions_changed)
        events.client_changed.connect(self._on_interactions_changed)
        events.database_replaced.connect(self._on_database_replaced)

    @property
    def client_id(self) -> int | None:
        return self.timeline.client_id

    def set_client(self, client_id: int | None) -> None:
        self.timeline.set_client(client_id)
        if self.timeline.canFetchMore():
            self.timeline.fetchMore()
        self.scrollToTop()

    def show_interaction(self, interaction_id: int) -> None:
        """Scroll to an entry (loading the pages before it) and select it."""
        if self.client_id is None:
            return
        position = queries.timeline_position(self.client_id, interaction_id)
        if position is None:
            return
        self.timeline.ensure_loaded(position)
        index = self.timeline.index(position)
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def _on_database_replaced(self) -> None:
        self.set_client(None)

    def _on_interactions_changed(self, client_id: int) -> None:
        if client_id == self.client_id:
            with self.place.kept():  # the same client read again: the selected entry and the scroll stay
                self.timeline.reload()

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid() and self.client_id is not None:
            self.edit_requested.emit(self.client_id, index.data(TimelineModel.IdRole))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_index(self.currentIndex())
            return
        super().keyPressEvent(event)

    def open_editor(self, client_id: int, interaction_id: int) -> None:
        # Imported here: the editor is another module that may not be installed in every build.
        from ui.journal.interaction_editor import InteractionEditor

        dialog = InteractionEditor(self.window(), client_id, interaction_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.activateWindow()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.client_id is not None and self.timeline.total == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect().adjusted(20, 40, -20, 0),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             self.tr("Nothing logged with this client yet.\n"
                                     "Press Ctrl+N to log the first interaction."))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.cards.forget_sizes()  # the rows' heights follow the font
        super().changeEvent(event)

    def index_at_bottom(self) -> QModelIndex:
        return self.indexAt(QPoint(5, self.viewport().height() - 5))
