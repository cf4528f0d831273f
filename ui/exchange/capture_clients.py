"""Which client? Asked for captured mail and meetings whose addresses match no client's contact.

One row per address, with its name and how many entries it brings; the user picks a client for
each (or one for all). Nothing is dropped: OK is possible once every row has a client, and the
capture then remembers each address as a contact of the client chosen for it."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
)

from app.common import identity
from app.journal import records as journal
from ui.shell import labels
from ui.shell.events import bus
from ui.widgets.saving import save_in_background
from ui.widgets.table_model import FlatTableModel


class UnmatchedModel(FlatTableModel):
    """Rows of [address, name, entries, client id or None, first entry's place]; the client is editable."""

    CONTEXT = "CaptureClients"
    HEADERS = (QT_TRANSLATE_NOOP("CaptureClients", "Address"), QT_TRANSLATE_NOOP("CaptureClients", "Name"),
               QT_TRANSLATE_NOOP("CaptureClients", "Entries"), QT_TRANSLATE_NOOP("CaptureClients", "Client"))
    CLIENT_COLUMN = 3

    def __init__(self, groups: dict[str, list], names: dict[str, str], clients: list[tuple[int, str]], parent=None):
        super().__init__(parent)
        self.clients = dict(clients)
        self.rows = [[address, names.get(address, ""), len(entries), None, entries[0].where]
                     for address, entries in groups.items()]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not self.is_row(index):
            return None
        address, name, count, client_id, where = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return address or QCoreApplication.translate("CaptureClients", "(no address)")
            if column == 1:
                return name
            if column == 2:
                return labels.number_text(count)
            return self.clients.get(client_id, QCoreApplication.translate("CaptureClients", "— choose —"))
        if role == Qt.ItemDataRole.EditRole and column == self.CLIENT_COLUMN:
            return client_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("CaptureClients", "First: %1").replace("%1", where)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index):
        flags = super().flags(index)
        if index.column() == self.CLIENT_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not self.is_row(index) or index.column() != self.CLIENT_COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        self.rows[index.row()][3] = value if value in self.clients else None
        self.dataChanged.emit(index, index)
        return True

    def add_client(self, client_id: int, name: str) -> None:
        self.clients[client_id] = name

    def set_client(self, row: int, client_id: int) -> None:
        self.setData(self.index(row, self.CLIENT_COLUMN), client_id)

    def set_all(self, client_id: int) -> None:
        for row in self.rows:
            row[3] = client_id
        if self.rows:
            self.dataChanged.emit(self.index(0, self.CLIENT_COLUMN), self.index(len(self.rows) - 1, self.CLIENT_COLUMN))

    def choices(self) -> dict[str, int]:
        return {row[0]: row[3] for row in self.rows if row[3] is not None}

    def complete(self) -> bool:
        return all(row[3] is not None for row in self.rows)


class ClientDelegate(QStyledItemDelegate):
    """A combo of the journal's clients, typed into to find one."""

    def __init__(self, clients: list[tuple[int, str]], parent=None):
        super().__init__(parent)
        self.clients = clients  # shared with the dialog, which adds the clients it creates

    def createEditor(self, parent, option, index):
        return client_combo(self.clients, parent)

    def setEditorData(self, editor: QComboBox, index) -> None:
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QComboBox, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def client_combo(clients: list[tuple[int, str]], parent=None) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("CaptureClients", "— choose —"), None)
    for client_id, name in clients:
        combo.addItem(name, client_id)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
    combo.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return combo


class CaptureClientsDialog(QDialog):
    """Ask which client each unmatched address belongs to."""

    def __init__(self, groups: dict[str, list], names: dict[str, str], clients: list[tuple[int, str]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which client?"))
        count = sum(len(entries) for entries in groups.values())  # a plain name, so lupdate sees the plural
        intro = QLabel(self.tr("%n captured entry(ies) match no client's contact. Choose the client for each "
                               "address; Rapport remembers the address as a contact of that client.", "", count))
        intro.setWordWrap(True)
        self.clients = list(clients)
        self.model = UnmatchedModel(groups, names, self.clients, self)
        self.view = QTableView(self)
        self.view.setObjectName("unmatched_addresses")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(UnmatchedModel.CLIENT_COLUMN, ClientDelegate(self.clients, self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.all_clients = client_combo(clients, self)
        self.all_clients.setObjectName("client_for_all")
        all_label = QLabel(self.tr("Client for &all:"), self)
        all_label.setBuddy(self.all_clients)
        apply_all = QPushButton(self.tr("Use for all"), self)
        apply_all.clicked.connect(self._use_for_all)
        self.new_client_button = QPushButton(self.tr("&New client…"), self)
        self.new_client_button.clicked.connect(self.new_client)
        row = QHBoxLayout()
        row.addWidget(all_label)
        row.addWidget(self.all_clients, 1)
        row.addWidget(apply_all)
        row.addWidget(self.new_client_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Capture"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.model.dataChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(760, 420)

    def new_client(self) -> None:
        """Create a client for the selected address (a correspondent the journal does not know yet)."""
        row = self.view.currentIndex().row()
        if row < 0:
            row = next((i for i, r in enumerate(self.model.rows) if r[3] is None), 0)
        address = self.model.rows[row][0] if self.model.rows else ""
        name, ok = QInputDialog.getText(self, self.tr("New client"), self.tr("Name of the new client:"),
                                        text=_suggested_name(address))
        if not ok or not name.strip():
            return
        save_in_background(self, lambda: journal.create_client(name=name.strip(), by=identity.acting_id()),
                           lambda client: self._client_created(client, row),
                           lambda exc: QMessageBox.warning(self, self.tr("New client"), str(exc)))

    def _client_created(self, client, row: int) -> None:
        """The new client (created on a worker) joins every choice, and the address it was made for."""
        self.clients.append((client.id, client.name))
        self.model.add_client(client.id, client.name)
        self.all_clients.addItem(client.name, client.id)
        if self.model.rows:
            self.model.set_client(row, client.id)
        bus().clients_changed.emit()

    def _use_for_all(self) -> None:
        client_id = self.all_clients.currentData()
        if client_id is not None:
            self.model.set_all(client_id)

    def _update_ok(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.model.complete())

    def choices(self) -> dict[str, int]:
        """Address (app.exchange.capture.capture.NO_ADDRESS for entries that name none) -> client id."""
        return self.model.choices()



def _suggested_name(address: str) -> str:
    """'max@newco-trading.de' -> 'Newco Trading' (a public mail service suggests nothing)."""
    from app.exchange.capture.matching import FREE_MAIL

    domain = address.rpartition("@")[2]
    if not domain or domain in FREE_MAIL:
        return ""
    labels = domain.split(".")[:-1] or [domain]
    while len(labels) > 1 and labels[-1] in _GENERIC_LABELS:
        labels.pop()
    return " ".join(part.capitalize() for part in labels[-1].replace("_", "-").split("-") if part)


_GENERIC_LABELS = {"co", "com", "org", "net", "gov", "ac", "edu", "ltd", "plc", "in", "kiev", "kyiv", "msk", "spb"}
