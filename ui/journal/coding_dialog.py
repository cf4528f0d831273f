"""Edit > Code entries...: the entries that carry no like / hear / negotiate (or stance-drift) tag,
a page at a time, each with the tags proposed and why; a person accepts the selected ones or all
those shown, written in one transaction on a worker. Owners see the share coded, firm and per manager."""

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.journal import coding, coding_batch
from app.journal.coding_batch import CodingFilter, UncodedEntry
from db.models import Client, User
from ui.audit.acting import acting_user_id
from ui.shell import labels
from ui.shell.events import bus
from ui.shell.tasks import run_task
from ui.widgets.day_field import DayField, show_day

FILTER_PAUSE_MS = 300


class UncodedModel(QAbstractTableModel):
    """Uncoded entries in columns: when, client, kind, summary, the tags proposed and why."""

    CONTEXT = "UncodedModel"
    HEADERS = (QT_TRANSLATE_NOOP("UncodedModel", "When"), QT_TRANSLATE_NOOP("UncodedModel", "Client"),
               QT_TRANSLATE_NOOP("UncodedModel", "Kind"), QT_TRANSLATE_NOOP("UncodedModel", "Summary"),
               QT_TRANSLATE_NOOP("UncodedModel", "Proposed"), QT_TRANSLATE_NOOP("UncodedModel", "Why"))
    WHEN, CLIENT, KIND, SUMMARY, PROPOSED, WHY = range(6)
    EntryRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[UncodedEntry] = []

    def set_entries(self, entries: list[UncodedEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == self.EntryRole:
            return entry
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.SUMMARY, self.WHY):
            return self.data(index)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.WHEN:
            return f"{show_day(entry.occurred_at.date())} {entry.occurred_at:%H:%M}"
        if column == self.CLIENT:
            return entry.client
        if column == self.KIND:
            direction = labels.label("direction", entry.direction) if entry.direction else ""
            return f"{labels.label('kind', entry.kind)} \u00b7 {direction}" if direction else labels.label("kind", entry.kind)
        if column == self.SUMMARY:
            return entry.summary
        if column == self.PROPOSED:
            return ", ".join(labels.label("tag", t) for t in entry.proposal.tags)
        return "; ".join(r.shown() for r in entry.proposal.reasons)


def _load(f: CodingFilter, offset: int, with_managers: bool) -> dict:
    """On a worker: one page with its proposals, how many there are, and the shares coded."""
    model = coding.firm_model()
    out = {"entries": coding_batch.uncoded_page(f, offset, coding_batch.PAGE_SIZE, model),
           "count": coding_batch.count_uncoded(f),
           "share": coding.coded_share(f.since, f.until, f.manager_id), "by_manager": []}
    if with_managers:
        out["by_manager"] = coding.coded_share_by_manager(f.since, f.until)
    return out


class CodeEntriesDialog(QDialog):
    """The entries not coded yet, with their proposals, to accept in bulk."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("code_entries")
        self.setWindowTitle(self.tr("Code entries"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.offset, self.count, self.generation = 0, 0, 0
        self.client = QComboBox(self)
        self.manager = QComboBox(self)
        self.since = DayField(self, relative=True, preview=False)
        self.until = DayField(self, relative=True, preview=False)
        self._fill_choices()
        self.share = QLabel(self)
        self.share.setObjectName("coded_share")
        self.share.setWordWrap(True)
        self.model = UncodedModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # why: the whole of it in its tooltip when the screen is narrow
        self.status = QLabel(self)
        self.previous_button = QPushButton(self.tr("&Previous page"), self)
        self.next_button = QPushButton(self.tr("&Next page"), self)
        self.accept_selected_button = QPushButton(self.tr("Accept &selected (Ctrl+T)"), self)
        self.accept_all_button = QPushButton(self.tr("Accept &all shown"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self._build_layout()
        self._connect()
        self.resize(1100, 640)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:  # a small screen (1024x700) keeps the whole dialog, buttons and all
            self.resize(min(1100, screen.width() - 40), min(640, screen.height() - 60))
        self.reload()

    def _fill_choices(self) -> None:
        self.client.addItem(self.tr("Any client"), None)
        for client_id, name in Client.select(Client.id, Client.name).order_by(Client.name).tuples():
            self.client.addItem(name, client_id)
        self.manager.addItem(self.tr("Anyone"), None)
        for user_id, name in User.select(User.id, User.name).order_by(User.name).tuples():
            self.manager.addItem(name, user_id)

    def _build_layout(self) -> None:
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("&Client:"), self.client)
        left.addRow(self.tr("&Manager:"), self.manager)
        period = QHBoxLayout()
        period.addWidget(self.since, 1)
        period.addWidget(QLabel("\u2013", self))
        period.addWidget(self.until, 1)
        right.addRow(self.tr("&From / to:"), period)
        period_label = right.labelForField(period)
        if isinstance(period_label, QLabel):
            period_label.setBuddy(self.since)
        filters = QHBoxLayout()
        filters.addLayout(left, 1)
        filters.addLayout(right, 1)
        pages = QHBoxLayout()
        pages.addWidget(self.status, 1)
        pages.addWidget(self.previous_button)
        pages.addWidget(self.next_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.accept_selected_button, self.accept_all_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.share)
        layout.addWidget(self.view, 1)
        layout.addLayout(pages)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(FILTER_PAUSE_MS)
        self.pause.timeout.connect(self.reload)
        for combo in (self.client, self.manager):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        for field in (self.since, self.until):
            field.edit.textChanged.connect(lambda _t: self.pause.start())
        self.previous_button.clicked.connect(lambda: self._turn(-1))
        self.next_button.clicked.connect(lambda: self._turn(1))
        self.accept_selected_button.clicked.connect(self.accept_selected)
        self.accept_all_button.clicked.connect(self.accept_all_shown)
        self.close_button.clicked.connect(self.reject)
        accept_key = QAction(self)
        accept_key.setShortcut(QKeySequence("Ctrl+T"))
        accept_key.triggered.connect(self.accept_selected)
        self.addAction(accept_key)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())

    def current_filter(self) -> CodingFilter | None:
        if any(f.problem() for f in (self.since, self.until)):
            return None
        return CodingFilter(client_id=self.client.currentData(), manager_id=self.manager.currentData(),
                            since=self.since.day(), until=self.until.day())

    def reload(self, offset: int = 0) -> None:
        f = self.current_filter()
        if f is None:
            return
        self.offset = offset
        self.generation += 1
        generation = self.generation
        owner = _is_owner(acting_user_id())
        self.status.setText(self.tr("Reading…"))
        self._enable(busy=True)
        run_task(None, "", lambda _progress: _load(f, offset, owner),
                 lambda result: self._arrived(generation, result), lambda exc: self._failed(generation, exc),
                 quiet=True, owner=self)

    def _arrived(self, generation: int, result: dict) -> None:
        if generation != self.generation:
            return
        self.count = result["count"]
        self.model.set_entries(result["entries"])
        self.view.resizeColumnsToContents()
        summary = max(220, self.view.viewport().width() // 4)  # the reason stays in sight on a small screen
        for column, most in ((UncodedModel.CLIENT, 200), (UncodedModel.SUMMARY, summary)):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), most))
        shown = len(result["entries"])
        if self.count:
            self.status.setText(self.tr("Entries %1\u2013%2 of %3 not coded yet")
                                .replace("%1", _number(self.offset + 1)).replace("%2", _number(self.offset + shown))
                                .replace("%3", _number(self.count)))
        else:
            self.status.setText(self.tr("Every entry here is coded."))
        self.share.setText(self._share_text(result["share"], result["by_manager"]))
        self._enable()

    def _failed(self, generation: int, exc) -> None:
        if generation != self.generation:
            return
        from ui.shell.errors import show_error

        self.status.setText("")
        self._enable()
        show_error(self, exc)

    def _share_text(self, share: coding.CodedShare, by_manager: list) -> str:
        if share.share is None:
            return self.tr("No entries in this period.")
        text = self.tr("Coded: %1 of %Ln entries (%2).", "", share.total).replace("%1", _number(share.coded)) \
            .replace("%2", _percent(share.share))
        people = [(name, s) for name, s in by_manager if name and s.share is not None]
        if people:
            text += " " + self.tr("By manager: %1.").replace(
                "%1", ", ".join(f"{name} {_percent(s.share)}" for name, s in people))
        return text

    def _enable(self, busy: bool = False) -> None:
        shown = self.model.rowCount() > 0
        self.previous_button.setEnabled(not busy and self.offset > 0)
        self.next_button.setEnabled(not busy and self.offset + self.model.rowCount() < self.count)
        self.accept_all_button.setEnabled(not busy and shown)
        self.accept_selected_button.setEnabled(not busy and bool(self.view.selectionModel().selectedRows()))

    def _turn(self, step: int) -> None:
        self.reload(max(0, self.offset + step * coding_batch.PAGE_SIZE))

    def selected_entries(self) -> list[UncodedEntry]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.entries[row] for row in rows]

    def accept_selected(self) -> None:
        self._accept(self.selected_entries())

    def accept_all_shown(self) -> None:
        self._accept(list(self.model.entries))

    def _accept(self, entries: list[UncodedEntry]) -> None:
        if not entries:
            return
        clients = {e.client_id for e in entries}
        self._enable(busy=True)
        by = acting_user_id()
        run_task(self, self.tr("Coding entries…"),
                 lambda progress: coding_batch.accept_proposals(entries, progress, by=by),
                 lambda _n: self._accepted(clients), lambda exc: self._failed(self.generation, exc),
                 cancellable=False)

    def _accepted(self, clients: set[int]) -> None:
        for client_id in clients:
            bus().interactions_changed.emit(client_id)
        self.reload(self.offset if self.offset < max(0, self.count - 1) else 0)


def _is_owner(user_id: int | None) -> bool:
    user = User.get_or_none(User.id == user_id) if user_id else None
    return bool(user and user.role == "owner")


def _number(n: int) -> str:
    return QLocale().toString(int(n))


def _percent(share: float) -> str:
    return QCoreApplication.translate("CodeEntriesDialog", "%1 %").replace("%1", QLocale().toString(round(share * 100)))


def open_code_entries(parent: QWidget | None) -> CodeEntriesDialog:
    dialog = CodeEntriesDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog


def install_coding(window) -> None:
    """Edit > Code entries..."""
    action = QAction(QCoreApplication.translate("CodingMenu", "&Code entries..."), window)
    action.setObjectName("code_entries")
    action.triggered.connect(lambda _=False: open_code_entries(window))
    window.menus["edit"].addAction(action)
