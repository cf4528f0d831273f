"""Importing a table (CSV, XLSX, XLS), step by step: file, columns, values, check, import.

Nothing is written until the last step, and then all of it or nothing (or, if the user says
so, the good rows, with the bad ones written beside the file): every bad row is listed with its
line first, and a cancelled import leaves the journal as it was. The choices can be saved as a
profile and used again here or by `rapport import FILE --profile P.json`.
"""

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
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
from app.exchange.table import rejects as table_rejects
from app.exchange.table.dates import settle_orders
from app.exchange.table.decoding import CHOICES, label_of
from app.exchange.table.importer import EXCEL_SUFFIXES, FIELDS, XLS_SUFFIXES
from app.exchange.table.profile import ImportProfile, load_profile, save_profile
from app.exchange.table.survey import survey_table
from ui.exchange.import_models import PreviewModel, ProblemsModel, field_name
from ui.exchange.import_values import ConstantsForm, DateOrderBox, ValuesPage
from ui.shell.events import bus
from ui.shell.tasks import run_task

SUFFIXES = (".csv", ".tsv", *EXCEL_SUFFIXES, *XLS_SUFFIXES)
PREVIEW_LINES = 6

PREVIEW_MIN_WIDTH = 240  # the most a preview column takes is a third of the view, never less than this


def _read(path: Path, encoding: str | None):
    """On a worker: the table and what the wizard shows about it."""
    table = table_import.read_table(path, encoding)
    return table, survey_table(table)


class FilePage(QWizardPage):
    """Which file to import, in which encoding (detected and shown with a preview), and an optional profile."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A CSV, XLSX or XLS table, one interaction per row, with a header row. Column "
                                 "names may be in English, Russian or Ukrainian, as other programs export them."))
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("journal.csv, journal.xlsx or journal.xls"))
        browse = QPushButton(self.tr("&Browse..."), self)
        browse.clicked.connect(self.browse)
        self.encoding = QComboBox(self)
        self.encoding.addItem(self.tr("Detect"), None)
        for codec in CHOICES:
            self.encoding.addItem(label_of(codec), codec)
        self.encoding.setToolTip(self.tr("How the text of a CSV file is encoded; change it if the preview "
                                         "shows garbled letters"))
        self.profile_label = QLabel(self.tr("(none)"), self)
        load = QPushButton(self.tr("&Use a profile..."), self)
        load.clicked.connect(self.choose_profile)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.preview = QLabel(self)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.preview.setStyleSheet("font-family: monospace")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile_label, 1)
        profile_row.addWidget(load)
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("&Encoding:"), self.encoding)
        form.addRow(self.tr("Profile:"), profile_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.preview, 1)
        self.path.textChanged.connect(lambda _text: self._changed())
        self.encoding.currentIndexChanged.connect(lambda _index: self._encoding_changed())
        self.table = None
        self.survey = None
        self.table_key = None
        self.profile: ImportProfile | None = None
        self.task = None
        self.advance = False

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a table"), self.path.text(),
                                              self.tr("Tables (*.csv *.tsv *.xlsx *.xlsm *.xls)"))
        if path:
            self.path.setText(path)

    def choose_profile(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Use an import profile"), "",
                                              self.tr("Import profiles (*.json)"))
        if path:
            self.use_profile(Path(path))

    def use_profile(self, path: Path) -> None:
        self.task = run_task(self, self.tr("Reading the profile"), lambda progress: load_profile(path),
                             on_success=lambda profile: self._profile_read(path, profile),
                             on_failure=self._failed, cancellable=False)

    def _profile_read(self, path: Path, profile: ImportProfile) -> None:
        self.task, self.profile = None, profile
        self.profile_label.setText(path.name)
        if profile.encoding:
            index = self.encoding.findData(profile.encoding)
            if index < 0:
                self.encoding.addItem(label_of(profile.encoding), profile.encoding)
                index = self.encoding.count() - 1
            self.encoding.setCurrentIndex(index)
        self._changed()

    def chosen(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def key(self) -> tuple:
        return self.chosen(), self.encoding.currentData()

    def is_text(self) -> bool:
        return self.chosen().suffix.lower() in (".csv", ".tsv")

    def isComplete(self) -> bool:
        path = self.chosen()
        return path.suffix.lower() in SUFFIXES and path.is_file() and self.task is None

    def _changed(self) -> None:
        self.encoding.setEnabled(self.is_text())
        if self.table is not None and self.table_key != self.key():
            self.table, self.survey = None, None
            self.preview.clear()
        self.completeChanged.emit()

    def _encoding_changed(self) -> None:
        self._changed()
        if self.is_text() and self.isComplete() and self.task is None:
            self.read(advance=False)  # show at once how the text reads in the chosen encoding

    def validatePage(self) -> bool:
        if self.table is not None and self.table_key == self.key():
            return True
        if self.task is None:
            self.read(advance=True)
        return False

    def read(self, advance: bool = False) -> None:
        """Read the chosen file on a worker; show its encoding and first rows; go on if asked."""
        key = self.key()
        self.advance = advance
        self.message.setText(self.tr("Reading the file..."))
        self.task = run_task(self, self.tr("Reading the file"), lambda progress: _read(*key),
                             on_success=lambda result: self._read(key, result), on_failure=self._failed)
        self.completeChanged.emit()

    def _read(self, key: tuple, result) -> None:
        self.task = None
        self.table, self.survey = result
        self.table_key = key
        count = len(self.table.rows)  # a plain name, so lupdate sees the plural
        text = self.tr("%n row(s) read.", "", count)
        if self.table.encoding is not None:
            how = self.tr("detected") if self.table.encoding.detected else self.tr("as chosen")
            text += " " + self.tr("Read as %1 (%2); if letters look wrong below, choose another encoding.") \
                .replace("%1", self.table.encoding.label).replace("%2", how)
        self.message.setText(text)
        self.preview.setText(self._preview_text())
        self.completeChanged.emit()
        # A code page told by its bytes is shown first, so the user sees the letters before going on.
        guessed = self.table.encoding is not None and self.table.encoding.detected \
            and not self.table.encoding.codec.startswith("utf")
        if self.advance and not guessed:
            self.wizard().next()

    def _preview_text(self) -> str:
        from ui.exchange.import_models import cell_text

        lines = [" | ".join(h[:24] for h in self.table.headers[:8])]
        for _line, cells in self.table.rows[:PREVIEW_LINES]:
            lines.append(" | ".join(cell_text(c)[:24] for c in cells[:8]))
        return "\n".join(lines)

    def _failed(self, exc) -> None:
        self.task = None
        self.message.setText(str(exc))
        self.completeChanged.emit()


class MappingPage(QWizardPage):
    """Which field each column fills (guessed from its header, or as the profile says), constants for
    the fields the file lacks, and the order of its dates; with a preview."""

    def __init__(self, file_page: FilePage, parent=None):
        super().__init__(parent)
        self.file_page = file_page
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Client, date, channel and kind are needed, from a column or the same for every "
                                 "row; columns left out are not imported."))
        self.combos: list[QComboBox] = []
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        self.constants = ConstantsForm(self)
        self.constants.changed.connect(self._mapping_changed)
        self.dates = DateOrderBox(self)
        self.dates.changed.connect(self._mapping_changed)
        self.preview = QTableView(self)
        self.preview.setWordWrap(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(scroll, 3)
        side = QVBoxLayout()
        side.addWidget(self.constants)
        side.addWidget(self.dates)
        side.addStretch(1)
        top.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 2)
        layout.addWidget(self.message)
        layout.addWidget(self.preview, 3)
        self.model = None

    def initializePage(self) -> None:
        table, profile = self.file_page.table, self.file_page.profile
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = []
        for column, guess in enumerate(table_import.auto_mapping(table.headers, profile)):
            combo = QComboBox(self.form_host)
            combo.addItem(field_name(None), None)
            for name in FIELDS:
                combo.addItem(field_name(name), name)
            combo.setCurrentIndex(max(0, combo.findData(guess)))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.form.addRow(table.headers[column] or self.tr("(column %1)").replace("%1", str(column + 1)), combo)
            self.combos.append(combo)
        self.constants.set_values(profile.constants if profile else {})
        self.dates.set_order(profile.date_order if profile else None)
        self.model = PreviewModel(table, self.mapping(), self)
        self.preview.setModel(self.model)
        self._fit_preview()
        QTimer.singleShot(0, self._fit_preview)  # again once the page is laid out at its real width
        self._mapping_changed()

    def _fit_preview(self) -> None:
        """Each column as wide as its header and cells (the rows shown), up to a third of the view:
        the cells read whole, a long one is cut only past that (its tooltip has it), and the table
        scrolls sideways rather than squeezing every column to Qt's default."""
        if self.model is None:
            return
        header = self.preview.horizontalHeader()
        header.setStretchLastSection(False)
        self.preview.resizeColumnsToContents()
        widest = max(PREVIEW_MIN_WIDTH, self.preview.viewport().width() // 3)
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), widest))

    def mapping(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    def undecided_dates(self) -> list[str]:
        """The date columns whose order nothing settles, while the user has not said it."""
        if self.dates.order():
            return []
        orders = self.date_orders()
        return [self.file_page.table.headers[column] for column, order in orders.items() if order is None]

    def date_orders(self) -> dict[int, str | None]:
        """The detected order of each date column (settled by the file's other date columns)."""
        orders = self.file_page.survey.orders
        return settle_orders({column: orders[column] for column, name in enumerate(self.mapping())
                              if name in table_import.DATE_FIELDS})

    def problems(self) -> list:
        profile = ImportProfile(constants=self.constants.values())
        return table_import.mapping_problems(self.file_page.table.headers, self.mapping(), profile)

    def problem_lines(self) -> list[str]:
        """What keeps the matching from going on, in the user's language."""
        mapping, constants = self.mapping(), self.constants.values()
        lines = []
        for name in table_import.REQUIRED:
            if name not in mapping and name not in constants:
                lines.append(self.tr("No column holds %1: match one above, or give one value under "
                                     "\"The same for every row\".").replace("%1", field_name(name)))
        headers = self.file_page.table.headers
        for name in dict.fromkeys(f for f in mapping if f and mapping.count(f) > 1):
            columns = ", ".join(headers[i] for i, f in enumerate(mapping) if f == name)
            lines.append(self.tr("%1 is given by more than one column: %2.").replace("%1", field_name(name))
                         .replace("%2", columns))
        return lines

    def _mapping_changed(self, *_args) -> None:
        if self.model is not None:
            self.model.set_mapping(self.mapping())
        self.constants.set_mapped(set(filter(None, self.mapping())))
        undecided = self.undecided_dates()
        self.dates.set_needed(bool(undecided))
        lines = self.problem_lines()
        if undecided:
            lines.append(self.tr("The dates of %1 could be day-first or month-first, and no value over 12 "
                                 "settles it: choose the order.").replace("%1", ", ".join(undecided)))
        self.message.setText("\n".join(lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.combos) and not self.problems() and not self.undecided_dates()


class CheckPage(QWizardPage):
    """Every row checked (nothing written yet); the bad ones listed by line; then the import itself."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Check the rows"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.problems_view = QListView(self)
        self.problems_view.setUniformItemSizes(True)
        self.skip = QCheckBox(self.tr("&Skip the bad rows: import the good ones and list the bad ones in a file "
                                      "beside this one"), self)
        self.skip.toggled.connect(self._policy_changed)
        save = QPushButton(self.tr("Save these choices as a &profile..."), self)
        save.clicked.connect(self.choose_profile_file)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip, 1)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.problems_view, 1)
        layout.addLayout(buttons)
        self.plan = None
        self.summary = None
        self.task = None

    def initializePage(self) -> None:
        self.plan, self.summary = None, None
        self.problems_view.setModel(None)
        profile = self.owner.file_page.profile
        self.skip.setChecked(bool(profile and profile.bad_rows == "skip"))
        self.message.setText(self.tr("Checking every row; nothing is written yet..."))
        table, mapping = self.owner.file_page.table, self.owner.mapping_page.mapping()
        checked = self.owner.profile()
        checked.bad_rows = "skip"  # every bad row kept aside and listed; the policy decides at import
        self.task = run_task(self, self.tr("Checking the rows"),
                             lambda progress: table_import.check_rows(table, mapping, progress, checked),
                             on_success=self._checked, on_cancel=self._check_cancelled)

    def problems(self) -> list:
        from app.common.errors import Problem

        if self.plan is None:
            return []
        return list(self.plan.problems) + [Problem(f"line {line}", str(p))
                                           for line, _cells, problems in self.plan.skipped for p in problems]

    def _checked(self, plan) -> None:
        self.task, self.plan = None, plan
        self.problems_view.setModel(ProblemsModel(self.problems(), self.problems_view))
        self._show_plan()

    def _show_plan(self) -> None:
        plan = self.plan
        count = len(plan.rows)  # a plain name, so lupdate sees the plural
        bad = len(plan.skipped)
        if plan.problems:
            lines = len({p.where for p in plan.problems}) + bad
            self.message.setText(self.tr("%n row(s) cannot be imported; nothing has been written. Fix them in "
                                         "the file (or the column matching) and check again.", "", lines))
        elif bad and not self.skip.isChecked():
            self.message.setText(self.tr("%n row(s) cannot be imported; nothing has been written. Fix them in "
                                         "the file (or the column matching) and check again.", "", bad)
                                 + " " + self.tr("Or skip them: the other %n row(s) can be imported.", "", count))
        else:
            text = self.tr("All %n row(s) are ready to import.", "", count) if not bad else \
                self.tr("%n row(s) are ready to import.", "", count) + " " + \
                self.tr("%n bad row(s) will be left out and listed in %1.", "", bad).replace(
                    "%1", table_rejects.rejects_path(self.owner.file_page.chosen()).name)
            if plan.new_clients:
                text += " " + self.tr("New clients: %1.").replace("%1", ", ".join(plan.new_clients[:20]))
            if plan.new_users:
                text += " " + self.tr("New users: %1.").replace("%1", ", ".join(plan.new_users[:20]))
            self.message.setText(text)
        self.completeChanged.emit()

    def _policy_changed(self, _checked: bool) -> None:
        if self.plan is not None and self.task is None:
            self._show_plan()

    def _check_cancelled(self) -> None:
        self.task = None
        self.message.setText(self.tr("Check cancelled. Go back, or check again."))

    def isComplete(self) -> bool:
        if self.plan is None or self.plan.problems or self.task is not None:
            return False
        return not self.plan.skipped or self.skip.isChecked()

    def choose_profile_file(self) -> None:
        start = str(self.owner.file_page.chosen().with_suffix(".profile.json"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the import profile"), start,
                                              self.tr("Import profiles (*.json)"))
        if path:
            self.save_profile(Path(path))

    def save_profile(self, path: Path) -> None:
        profile = self.owner.profile()
        profile.bad_rows = "skip" if self.skip.isChecked() else "refuse"
        self.task = run_task(self, self.tr("Saving the profile"), lambda progress: save_profile(profile, path),
                             on_success=lambda _none: self._saved(path), on_failure=self._failed,
                             cancellable=False)

    def _saved(self, path: Path) -> None:
        self.task = None
        self.message.setText(self.message.text() + "\n" + self.tr("Profile saved: %1").replace("%1", str(path)))
        self.completeChanged.emit()

    def validatePage(self) -> bool:
        if self.summary is not None:
            return True
        if self.task is None and self.isComplete():
            plan, table = self.plan, self.owner.file_page.table
            self.message.setText(self.tr("Importing..."))
            self.task = run_task(self, self.tr("Importing"),
                                 lambda progress: table_rejects.write_plan_with_rejects(table, plan, progress),
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
        if s.duplicates:
            count = s.duplicates  # a plain name, so lupdate sees the plural
            parts.append(self.tr("%n row(s) had been imported before and were not added again.", "", count))
        if s.skipped:
            count = s.skipped  # a plain name, so lupdate sees the plural
            parts.append(self.tr("%n bad row(s) left out, listed with their reasons in %1.", "", count)
                         .replace("%1", s.rejects))
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
    """Import a CSV, XLSX or XLS table into the journal: all rows or none (or the good ones, if asked)."""

    def __init__(self, parent=None, path: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a table"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self.file_page, self)
        self.values_page = ValuesPage(self)
        self.check_page = CheckPage(self)
        self.done_page = DonePage(self.check_page, self)
        for page in (self.file_page, self.mapping_page, self.values_page, self.check_page, self.done_page):
            self.addPage(page)
        self.file_page.path.setText(path)
        self.resize(900, 660)

    def nextId(self) -> int:
        # the values page only when some column holds values that fit no Rapport word
        if self.currentPage() is self.mapping_page and not self.values_page.has_work():
            return self.pageIds()[3]
        return super().nextId()

    def profile(self) -> ImportProfile:
        """The choices made so far, as a profile (what "Save as a profile" writes)."""
        table, mapping = self.file_page.table, self.mapping_page.mapping()
        encoding = self.file_page.encoding.currentData()
        if encoding is None and table.encoding is not None:
            encoding = table.encoding.codec
        return ImportProfile(columns={header: field for header, field in zip(table.headers, mapping, strict=True)
                                      if header},
                             constants=self.mapping_page.constants.values(),
                             values=self.values_page.values(),
                             encoding=encoding,
                             date_order=self.mapping_page.dates.order() or self._detected_order(),
                             bad_rows="refuse")

    def _detected_order(self) -> str | None:
        found = {order for order in self.mapping_page.date_orders().values() if order}
        return found.pop() if len(found) == 1 else None
