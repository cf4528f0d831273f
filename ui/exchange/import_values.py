"""The import wizard's value choices: constants for fields a file lacks, the order of its dates,
and a Rapport word for each value of a column that fits none ("Phone" -> call)."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.exchange.table.survey import WORD_FIELDS, mapped_value, unfit_values
from ui.exchange.import_models import field_name
from ui.shell import labels

# Fields a constant may stand in for, in the order the form shows them.
CONSTANT_FIELDS = ("client", "occurred_at", "channel", "kind", "direction", "author")


class ConstantsForm(QGroupBox):
    """One value for every row, for each field no column holds ("every row of this file is a call")."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(self.tr("The same for every row"), parent)
        self.setToolTip(self.tr("For a field the file has no column for"))
        form = QFormLayout(self)
        self.editors: dict[str, QWidget] = {}
        for name in CONSTANT_FIELDS:
            if name in WORD_FIELDS:
                editor = QComboBox(self)
                editor.addItem(self.tr("(from the file)"), None)
                for value, text in labels.choices(name):
                    editor.addItem(text, value)
                editor.currentIndexChanged.connect(lambda _i: self.changed.emit())
            else:
                editor = QLineEdit(self)
                editor.setPlaceholderText(self.tr("2026-03-01") if name == "occurred_at" else self.tr("(from the file)"))
                editor.textChanged.connect(lambda _t: self.changed.emit())
            form.addRow(field_name(name), editor)
            self.editors[name] = editor

    def values(self) -> dict[str, str]:
        found = {}
        for name, editor in self.editors.items():
            if not editor.isEnabled():
                continue
            value = editor.currentData() if isinstance(editor, QComboBox) else editor.text().strip()
            if value:
                found[name] = value
        return found

    def set_values(self, values: dict[str, str]) -> None:
        for name, editor in self.editors.items():
            value = values.get(name, "")
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value or None)))
            else:
                editor.setText(value)

    def set_mapped(self, mapped: set[str]) -> None:
        """A field some column holds needs no constant: its editor is disabled."""
        for name, editor in self.editors.items():
            editor.setEnabled(name not in mapped)


class DateOrderBox(QGroupBox):
    """The order of day, month and year in the file's dates: as detected, or as the user says."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(self.tr("Dates"), parent)
        self.combo = QComboBox(self)
        self.combo.addItem(self.tr("As detected"), None)
        self.combo.addItem(self.tr("Day first (31.12.2026, 31/12/2026)"), "dmy")
        self.combo.addItem(self.tr("Month first (12/31/2026)"), "mdy")
        self.combo.addItem(self.tr("Year first (2026/12/31)"), "ymd")
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Order:"), self.combo)

    def order(self) -> str | None:
        return self.combo.currentData()

    def set_order(self, order: str | None) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(order)))

    def set_needed(self, needed: bool) -> None:
        """Mark the choice as wanted: the file's dates do not settle it."""
        self.setStyleSheet("QGroupBox { font-weight: bold }" if needed else "")


class ValuesPage(QWizardPage):
    """Each value of a channel, kind or direction column that fits no Rapport word, mapped in place."""

    def __init__(self, wizard):
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Match the values"))
        self.setSubTitle(self.tr("These values of the file are not words Rapport knows. Choose what each one "
                                 "means; a row whose value is left unmatched cannot be imported."))
        self.host = QWidget()
        self.layout_host = QVBoxLayout(self.host)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.host)
        QVBoxLayout(self).addWidget(scroll)
        self.combos: dict[str, list[tuple[str, QComboBox]]] = {}

    def work(self) -> list[tuple[int, str, list[tuple[str, int]]]]:
        """(column, field, its unfit values with their counts) for each mapped word column."""
        survey = self.owner.file_page.survey
        found = []
        for column, name in enumerate(self.owner.mapping_page.mapping()):
            if name in WORD_FIELDS:
                unfit = unfit_values(survey, column, name)
                if unfit:
                    found.append((column, name, unfit))
        return found

    def has_work(self) -> bool:
        return self.owner.file_page.survey is not None and bool(self.work())

    def initializePage(self) -> None:
        while self.layout_host.count():
            item = self.layout_host.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.combos = {}
        profile = self.owner.file_page.profile
        headers = self.owner.file_page.table.headers
        for column, name, unfit in self.work():
            box = QGroupBox(self.tr("%1 (column %2)").replace("%1", field_name(name))
                            .replace("%2", headers[column]), self.host)
            form = QFormLayout(box)
            known = profile.values.get(name, {}) if profile else {}
            for value, count in unfit:
                combo = QComboBox(box)
                combo.addItem(self.tr("(leave unmatched)"), None)
                for word, text in labels.choices(name):
                    combo.addItem(text, word)
                combo.setCurrentIndex(max(0, combo.findData(mapped_value(known, value))))
                shown = QLabel(self.tr("%1 (%n row(s))", "", count).replace("%1", value[:80]), box)
                form.addRow(shown, combo)
                self.combos.setdefault(name, []).append((value, combo))
            self.layout_host.addWidget(box)
        self.layout_host.addStretch(1)

    def values(self) -> dict[str, dict[str, str]]:
        """The maps chosen here, over those of the profile in use."""
        profile = self.owner.file_page.profile
        maps = {name: dict(found) for name, found in profile.values.items()} if profile else {}
        for name, pairs in self.combos.items():
            for value, combo in pairs:
                if combo.currentData():
                    maps.setdefault(name, {})[value] = combo.currentData()
                else:
                    maps.get(name, {}).pop(value, None)
        return {name: found for name, found in maps.items() if found}
