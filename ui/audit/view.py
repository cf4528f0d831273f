"""A table of audit lines with the selected change spelled out in full beneath it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.audit import words
from app.audit.history import AuditLine
from app.common.wording import shown_value
from ui.audit.model import AuditModel, Loader
from ui.shell.tasks import workers_wait_while_scrolled
from ui.widgets.column_fit import fit_columns


class AuditView(QWidget):
    """The lines a loader reads (paged as the user scrolls) and the selected one's every field."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = AuditModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        workers_wait_while_scrolled(self.table)
        self.fitter = fit_columns(self.table, stretch=(AuditModel.RECORD, AuditModel.CHANGES),
                                  give_way=(AuditModel.CLIENT,))
        self.detail = QPlainTextEdit(self)
        self.detail.setObjectName("audit_detail")
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Select a change to see every field it touched."))
        self.status = QLabel(self)
        self.status.setObjectName("audit_status")
        self.status.setWordWrap(True)
        self.problem = ""  # why the lines could not be read (a refusal), shown instead of the count
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show(current.row()))
        self.model.loaded.connect(self._count)
        self.model.failed.connect(self._failed)
        self.model.modelReset.connect(lambda: (self.detail.clear(), self._count()))

    def set_loader(self, loader: Loader | None) -> None:
        self.problem = ""
        self.model.set_loader(loader)

    def current_line(self) -> AuditLine | None:
        index = self.table.currentIndex()
        return self.model.line(index.row()) if index.isValid() else None

    def _failed(self, exc) -> None:
        """A refusal or a storage problem is said where the lines would be; a bug goes to the error dialog."""
        from app.common.errors import RapportError

        if isinstance(exc, RapportError):
            self.problem = str(exc)
            return
        from ui.shell.errors import show_error

        show_error(self, exc)

    def _count(self) -> None:
        shown = len(self.model.lines)
        if self.problem:
            self.status.setText(self.problem)
            self.status.setStyleSheet("color: #c62828;")
            return
        self.status.setStyleSheet("")
        if self.model.loading:
            self.status.setText(self.tr("Reading the audit trail..."))
        elif not shown:
            self.status.setText(self.tr("No changes recorded that match."))
        elif self.model.at_end:
            self.status.setText(self.tr("%n change(s).", "", shown))
        else:
            self.status.setText(self.tr("%n change(s) shown; scroll down for older ones.", "", shown))

    def _show(self, row: int) -> None:
        line = self.model.line(row)
        if line is None:
            self.detail.clear()
            return
        head = f"{shown_value(line.at.replace(microsecond=0))}  {line.who}"
        if line.login and line.login != line.who:
            head += f" ({line.login})"
        what = f"{words.action_word(line.action)} \u00b7 {words.kind_word(line)}: {words.record_text(line)}"
        if line.client and line.client != line.record:
            what += f" \u00b7 {line.client}"
        self.detail.setPlainText("\n".join([head, what, ""] + [words.change_text(c, line.action) for c in line.changes]))
