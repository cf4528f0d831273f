"""History: one record's changes (an entry with its tags, a negotiation with its events...), or a client's
whole trail, narrowed by kind of record, from which any line opens its own record's history."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.audit import history, words
from app.common.wording import translated
from ui.audit.acting import acting_user_id
from ui.audit.view import AuditView

# The kinds a client's history is narrowed by, in the order a person looks for them.
CLIENT_KINDS = ("interaction", "feedback", "negotiation", "contact", "pulse", "client")
# The records whose history opens on its own (a part opens its record's).
RECORD_TABLES = {"interaction", "client", "contact", "feedback", "negotiation", "pulse", "user", "playbook_entry",
                 "portrait_criterion", "tag", "setting", "holiday", "stage_change", "qualification"}


def record_of(line: history.AuditLine) -> tuple[str, str] | None:
    """(table, id) of the record a line belongs to: a part's record, or the line's own."""
    if line.part_of is not None:
        return line.part_of
    return (line.table, line.row_id) if line.table in RECORD_TABLES else None


class HistoryDialog(QDialog):
    """A record's or a client's history, read on a worker, newest first."""

    def __init__(self, parent: QWidget | None, title: str, table: str | None = None, row_id=None,
                 client_id: int | None = None):
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.setWindowTitle(title)
        self.table, self.row_id, self.client_id = table, row_id, client_id
        self.view = AuditView(self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("history_kind")
        self.kind.addItem(self.tr("Everything"), None)
        for kind in CLIENT_KINDS:
            self.kind.addItem(translated(words.CONTEXT, words.KIND_WORDS[kind]).capitalize(), kind)
        self.open_record = QPushButton(self.tr("This record's history..."), self)
        self.open_record.setObjectName("open_record_history")
        self.open_record.setEnabled(False)
        bar = QHBoxLayout()
        kind_label = QLabel(self.tr("&Show:"), self)
        kind_label.setBuddy(self.kind)
        bar.addWidget(kind_label)
        bar.addWidget(self.kind)
        bar.addStretch(1)
        bar.addWidget(self.open_record)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if client_id is not None:
            layout.addLayout(bar)
        else:
            for widget in (kind_label, self.kind, self.open_record):
                widget.hide()
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._load())
        self.open_record.clicked.connect(self.open_line_record)
        self.view.table.selectionModel().currentRowChanged.connect(
            lambda *_: self.open_record.setEnabled(self._selected_record() is not None))
        self.view.table.doubleClicked.connect(lambda _index: self.open_line_record())
        self.resize(1000, 600)
        self._load()

    def _load(self) -> None:
        by = acting_user_id()
        if self.client_id is not None:
            client_id, kind = self.client_id, self.kind.currentData()
            self.view.set_loader(lambda before, limit: history.client_history(client_id, by, kind, before, limit))
        else:
            table, row_id = self.table, self.row_id
            # a record's history is short: read whole, in one page
            self.view.set_loader(lambda before, limit: [] if before else history.record_history(table, row_id, by))

    def _selected_record(self) -> tuple[str, str] | None:
        line = self.view.current_line()
        return record_of(line) if line is not None else None

    def open_line_record(self) -> None:
        record = self._selected_record()
        if record is None or self.client_id is None:
            return
        line = self.view.current_line()
        title = QCoreApplication.translate("HistoryDialog", "History: %1").replace("%1", line.record or line.client)
        HistoryDialog(self, title, *record).open()


def open_record_history(parent: QWidget | None, table: str, row_id, title: str) -> HistoryDialog:
    dialog = HistoryDialog(parent, QCoreApplication.translate("HistoryDialog", "History: %1").replace("%1", title),
                           table, row_id)
    dialog.open()
    return dialog


def open_client_history(parent: QWidget | None, client_id: int, name: str) -> HistoryDialog:
    dialog = HistoryDialog(parent, QCoreApplication.translate("HistoryDialog", "History of %1").replace("%1", name),
                           client_id=client_id)
    dialog.open()
    return dialog
