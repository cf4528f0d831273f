"""Who sells and the sales plan, as the owner sets them: in Settings > Sales and from the Qualification tab."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.common.errors import Problem, RapportError, ValidationError
from app.journal import stages
from app.portrait import sales_plan
from db.models import User
from ui.hear.feedback_actions import current_user
from ui.shell.errors import show_error
from ui.widgets.form import hint_label
from ui.widgets.record_views import record_table
from ui.widgets.table_model import FlatTableModel


def is_owner(user_id: int | None) -> bool:
    user = User.get_or_none(User.id == user_id) if user_id else None
    return user is not None and user.role == "owner"


class SegmentPlanModel(FlatTableModel):
    """The plan's segments and the new contracts wanted in each per quarter; editable by owners."""

    CONTEXT = "SalesPlan"
    HEADERS = (QT_TRANSLATE_NOOP("SalesPlan", "Segment"), QT_TRANSLATE_NOOP("SalesPlan", "Contracts per quarter"))

    def __init__(self, rows: list[list], parent=None):
        super().__init__(parent)
        self.rows = [list(r) for r in rows]
        self.editable = True

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not self.is_row(index):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if self.editable and self.is_row(index) else base

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not self.is_row(index) or role != Qt.ItemDataRole.EditRole:
            return False
        self.rows[index.row()][index.column()] = value.strip() if isinstance(value, str) else int(value)
        self.dataChanged.emit(index, index)
        return True

    def add_row(self) -> int:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(["", 1])
        self.endInsertRows()
        return len(self.rows) - 1

    def plan_segments(self) -> dict:
        """The segments as the plan stores them; a row left without a name is not part of it."""
        return {name: count for name, count in self.rows if name}


class SalesPlanEditor(QWidget):
    """Owners sell too? New contracts per quarter, in all and per segment. Read-only for anyone but an owner."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.by = current_user()
        plan = sales_plan.load_plan()
        self.owners_sell = QCheckBox(self.tr("&Owners sell too: an owner may qualify prospects"), self)
        self.owners_sell.setChecked(stages.owners_sell())
        self.per_quarter = QSpinBox(self)
        self.per_quarter.setRange(0, sales_plan.MAX_CONTRACTS)
        self.per_quarter.setSpecialValueText(self.tr("the segments' sum"))
        self.per_quarter.setValue(plan.per_quarter or 0)
        self.per_quarter.setAccessibleName(self.tr("New contracts per quarter"))
        self.segments = SegmentPlanModel([[name, count] for name, count in plan.segments], self)
        self.table = record_table(self, self.segments, (0,))
        self.add_button = QPushButton(self.tr("&Add segment"), self)
        self.remove_button = QPushButton(self.tr("&Remove segment"), self)
        self.add_button.clicked.connect(self.add_segment)
        self.remove_button.clicked.connect(self.remove_segment)
        self.original = self.values()
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.owners_sell, 0, 0, 1, 2)
        grid.addWidget(hint_label(self.tr("Stage one (interesting or not) is decided by sales: account managers, "
                                          "and owners only when this is ticked. A prospect becomes contracted "
                                          "only after such a decision.")), 1, 0, 1, 2)
        label = QLabel(self.tr("New contracts per &quarter"), self)
        label.setBuddy(self.per_quarter)
        grid.addWidget(label, 2, 0)
        grid.addWidget(self.per_quarter, 2, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(hint_label(self.tr("The plan sales must meet in any weather; the Qualification tab shows "
                                          "this quarter's progress beside each decision. Per segment if wanted "
                                          "(a client's segment, as typed on the client):")), 3, 0, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.owner_only = hint_label(self.tr("Only an owner changes who sells and the sales plan."))
        layout.addWidget(self.owner_only)
        editable = is_owner(self.by)
        for widget in (self.owners_sell, self.per_quarter, self.add_button, self.remove_button):
            widget.setEnabled(editable)
        self.segments.editable = editable
        self.owner_only.setVisible(not editable)

    def add_segment(self) -> None:
        row = self.segments.add_row()
        index = self.segments.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_segment(self) -> None:
        self.segments.remove_row(self.table.currentIndex().row())

    def values(self) -> tuple[bool, dict]:
        plan: dict = {"segments": self.segments.plan_segments()}
        if self.per_quarter.value():
            plan["per_quarter"] = self.per_quarter.value()
        return self.owners_sell.isChecked(), plan

    def changed(self) -> bool:
        return self.values() != self.original

    def check(self) -> None:
        """Refuse a plan that would not be stored (its problems named), before anything is saved."""
        if self.changed():
            try:
                sales_plan.check_plan(self.values()[1])
            except ValidationError as exc:
                raise ValidationError([Problem(self._place(p.where), p.message) for p in exc.problems]) from None

    def _place(self, where: str) -> str:
        """sales_plan.segments.food -> Segment "food", as the editor shows it."""
        if where.startswith("sales_plan.segments."):
            return self.tr("Segment “%1”").replace("%1", where[len("sales_plan.segments."):])
        if where == "sales_plan.per_quarter":
            return self.tr("New contracts per quarter")
        return self.tr("Segments")

    def store(self) -> None:
        """Save what changed (the services check the role and the values; their errors go to the caller)."""
        if not self.changed():
            return
        self.check()  # both or neither: a bad plan stores nothing
        owners_sell, plan = self.values()
        if owners_sell != self.original[0]:
            sales_plan.save_owners_sell(self.by, owners_sell)
        if plan != self.original[1]:
            sales_plan.save_plan(self.by, plan)
        self.original = self.values()


class SalesPlanDialog(QDialog):
    """The sales plan editor on its own, opened from the Qualification tab by an owner."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sales plan"))
        self.editor = SalesPlanEditor(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def accept(self) -> None:
        try:
            self.editor.store()
        except (ValidationError, RapportError) as exc:
            show_error(self, exc)
            return
        super().accept()
