"""Importing a CSV or XLSX journal table, step by step: file, columns, check, import.

Nothing is written until the last step, and then all of it or nothing: every bad row is listed
with its line first, and a cancelled import leaves the journal as it was.
"""

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.exchange.table import importer as table_import
from app.exchange.table import writer as table_import_write
from app.exchange.table.importer import EXCEL_SUFFIXES, FIELDS
from ui.exchange.import_models import PreviewModel, ProblemsModel, field_name
from ui.shell.events import bus
from ui.shell.tasks import run_task

SUFFIXES = (".csv", *EXCEL_SUFFIXES)


class FilePage(QWizardPage):
    """Which file to import; it is read (on a worker) when the user goes on."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A CSV or XLSX table, one interaction per row, with a header row. Column "
                                 "names may be in English, Russian or Ukrainian."))
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("journal.csv or journal.xlsx"))
        browse = QPushButton(self.tr("&Browse..."), self)
        browse.clicked.connect(self.browse)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.path.textChanged.connect(lambda _text: self.completeChanged.emit())
        self.table = None
        self.table_path: Path | None = None
        self.task = None

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a table"), self.path.text(),
                                              self.tr("Tables (*.csv *.xlsx *.xlsm)"))
        if path:
            self.path.setText(path)

    def chosen(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def isComplete(self) -> bool:
        path = self.chosen()
        return path.suffix.lower() in SUFFIXES and path.is_file()

    def validatePage(self) -> bool:
        if self.table is not None and self.table_path == self.chosen():
            return True
        if self.task is None:
            path = self.chosen()
            self.message.setText(self.tr("Reading the file..."))
            self.task = run_task(self, self.tr("Reading the file"), lambda progress: table_import.read_table(path),
                                 on_success=lambda table: self._read(path, table), on_failure=self._failed)
        return False

    def _read(self, path: Path, table) -> None:
        self.task, self.table, self.table_path = None, table, path
        count = len(table.rows)  # a plain name, so lupdate sees the plural
        self.message.setText(self.tr("%n row(s) read.", "", count))
        self.wizard().next()

    def _failed(self, exc) -> None:
        self.task = None
        self.message.setText(str(exc))


class MappingPage(QWizardPage):
    """Which field each column fills, guessed from its header and adjustable, with a preview."""

    def __init__(self, file_page: FilePage, parent=None):
        super().__init__(parent)
        self.file_page = file_page
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Client, date, channel and kind are needed; columns left out are not imported."))
        self.combos: list[QComboBox] = []
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        self.preview = QTableView(self)
        self.preview.setWordWrap(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 2)
        layout.addWidget(self.message)
        layout.addWidget(self.preview, 3)
        self.model = None

    def initializePage(self) -> None:
        table = self.file_page.table
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = []
        for column, guess in enumerate(table_import.auto_mapping(table.headers)):
            combo = QComboBox(self.form_host)
            combo.addItem(field_name(None), None)
            for name in FIELDS:
                combo.addItem(field_name(name), name)
            combo.setCurrentIndex(max(0, combo.findData(guess)))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.form.addRow(table.headers[column] or self.tr("(column %1)").replace("%1", str(column + 1)), combo)
            self.combos.append(combo)
        self.model = PreviewModel(table, self.mapping(), self)
        self.preview.setModel(self.model)
        self._mapping_changed()

    def mapping(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    def problems(self) -> list:
        return table_import.mapping_problems(self.file_page.table.headers, self.mapping())

    def _mapping_changed(self, *_args) -> None:
        if self.model is not None:
            self.model.set_mapping(self.mapping())
        self.message.setText("\n".join(p.text for p in self.problems()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.combos) and not self.problems()


class CheckPage(QWizardPage):
    """Every row checked (nothing written yet); the bad ones listed by line; then the import itself."""

    def __init__(self, file_page: FilePage, mapping_page: MappingPage, parent=None):
        super().__init__(parent)
        self.file_page, self.mapping_page = file_page, mapping_page
        self.setTitle(self.tr("Check the rows"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.problems_view = QListView(self)
        self.problems_view.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.problems_view, 1)
        self.plan = None
        self.summary = None
        self.task = None

    def initializePage(self) -> None:
        self.plan, self.summary = None, None
        self.problems_view.setModel(None)
        self.message.setText(self.tr("Checking every row; nothing is written yet..."))
        table, mapping = self.file_page.table, self.mapping_page.mapping()
        self.task = run_task(self, self.tr("Checking the rows"),
                             lambda progress: table_import.check_rows(table, mapping, progress),
                             on_success=self._checked, on_cancel=self._check_cancelled)

    def _checked(self, plan) -> None:
        self.task, self.plan = None, plan
        self.problems_view.setModel(ProblemsModel(plan.problems, self.problems_view))
        if plan.problems:
            lines = len({p.where for p in plan.problems})
            self.message.setText(self.tr("%n row(s) cannot be imported; nothing has been written. Fix them in "
                                         "the file (or the column matching) and check again.", "", lines))
        else:
            count = len(plan.rows)  # a plain name, so lupdate sees the plural
            text = self.tr("All %n row(s) are ready to import.", "", count)
            if plan.new_clients:
                text += " " + self.tr("New clients: %1.").replace("%1", ", ".join(plan.new_clients[:20]))
            if plan.new_users:
                text += " " + self.tr("New users: %1.").replace("%1", ", ".join(plan.new_users[:20]))
            self.message.setText(text)
        self.completeChanged.emit()

    def _check_cancelled(self) -> None:
        self.task = None
        self.message.setText(self.tr("Check cancelled. Go back, or check again."))

    def isComplete(self) -> bool:
        return self.plan is not None and not self.plan.problems and self.task is None

    def validatePage(self) -> bool:
        if self.summary is not None:
            return True
        if self.task is None and self.isComplete():
            plan = self.plan
            self.message.setText(self.tr("Importing..."))
            self.task = run_task(self, self.tr("Importing"),
                                 lambda progress: table_import_write.write_plan(plan, progress),
                                 on_success=self._imported, on_failure=self._failed,
                                 on_cancel=self._import_cancelled)
            self.completeChanged.emit()
        return False

    def _imported(self, summary) -> None:
        self.task, self.summary = None, summary
        bus().database_replaced.emit()
        self.wizard().next()

    def _failed(self, exc) -> None:
        self.task = None
        self.message.setText(str(exc))
        self.completeChanged.emit()

    def _import_cancelled(self) -> None:
        self.task = None
        self.message.setText(self.tr("Import cancelled: nothing was written."))
        self.completeChanged.emit()


class DonePage(QWizardPage):
    """What the import wrote."""

    def __init__(self, check_page: CheckPage, parent=None):
        super().__init__(parent)
        self.check_page = check_page
        self.setTitle(self.tr("Imported"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.message)

    def initializePage(self) -> None:
        s = self.check_page.summary
        count = s.interactions  # a plain name, so lupdate sees the plural
        parts = [self.tr("%n interaction(s) imported.", "", count)]
        if s.new_clients:
            count = len(s.new_clients)  # a plain name, so lupdate sees the plural
            parts.append(self.tr("%n new client(s): %1.", "", count).replace("%1", ", ".join(s.new_clients[:20])))
        if s.new_users:
            count = len(s.new_users)  # a plain name, so lupdate sees the plural
            parts.append(self.tr("%n new user(s): %1.", "", count).replace("%1", ", ".join(s.new_users[:20])))
        if s.new_contacts:
            count = s.new_contacts  # a plain name, so lupdate sees the plural
            parts.append(self.tr("%n new contact(s).", "", count))
        self.message.setText("\n".join(parts))


class ImportWizard(QWizard):
    """Import a CSV or XLSX table into the journal: all rows or none."""

    def __init__(self, parent=None, path: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a table"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self.file_page, self)
        self.check_page = CheckPage(self.file_page, self.mapping_page, self)
        self.done_page = DonePage(self.check_page, self)
        for page in (self.file_page, self.mapping_page, self.check_page, self.done_page):
            self.addPage(page)
        self.file_page.path.setText(path)
        self.resize(820, 620)
