"""The portrait of our client (owners weigh its criteria) and stage one: qualifying a prospect."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.common.errors import RapportError
from app.journal import records as journal
from app.portrait import qualification as portrait
from ui.hear.feedback_actions import current_user
from ui.portrait.plan_words import plan_brief
from ui.shell import labels
from ui.shell.events import bus
from ui.widgets.fields_dialog import FieldsDialog
from ui.widgets.owner_list_dialog import OwnerListDialog
from ui.widgets.record_views import open_dialog
from ui.widgets.table_model import FlatTableModel

DECISIONS = {
    "interesting": QT_TRANSLATE_NOOP("Portrait", "Interesting: we will work with them"),
    "not_interesting": QT_TRANSLATE_NOOP("Portrait", "Not interesting"),
}


class CriteriaModel(FlatTableModel):
    """The portrait's criteria with their weights."""

    CONTEXT = "Portrait"
    HEADERS = (QT_TRANSLATE_NOOP("Portrait", "Criterion"), QT_TRANSLATE_NOOP("Portrait", "Weight"),
               QT_TRANSLATE_NOOP("Portrait", "Meaning"))

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = portrait.criteria()
        self.endResetModel()

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not self.is_row(index):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.name, labels.number_text(row.weight, 1), row.description)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def criterion_dialog(parent: QWidget, by: int | None, row: portrait.CriterionRow | None = None) -> FieldsDialog:
    def save(values: dict):
        if row is None:
            return portrait.add_criterion(by, values["name"], values["weight"], values["description"])
        return portrait.update_criterion(by, row.id, **values)

    title = QCoreApplication.translate("Portrait", "Portrait criterion")
    dialog = FieldsDialog(parent, title, save)
    dialog.add_field("name", QCoreApplication.translate("Portrait", "&Criterion"),
                     QLineEdit(row.name if row else ""), required=True)
    weight = QDoubleSpinBox()
    weight.setRange(0, 100)
    weight.setDecimals(1)
    weight.setValue(row.weight if row else 1.0)
    dialog.add_field("weight", QCoreApplication.translate("Portrait", "&Weight"), weight)
    dialog.add_field("description", QCoreApplication.translate("Portrait", "&Meaning"),
                     QLineEdit(row.description if row else ""))
    return dialog


class PortraitDialog(OwnerListDialog):
    """Who is and is not our client: weighted criteria; owners change them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, QCoreApplication.translate("PortraitDialog", "Client portrait"),
                         QCoreApplication.translate("PortraitDialog", "A prospect is qualified against these "
                                                    "criteria: the share of the weight it meets is its portrait "
                                                    "score."), CriteriaModel(), (2,))
        self.model.setParent(self)
        self.resize(720, 420)
        self.reload()

    def reload(self, *_args) -> None:
        self.model.reload()

    def entry_dialog(self, row) -> FieldsDialog:
        return criterion_dialog(self, self.user_id, row)

    def delete_row(self, row) -> None:
        portrait.delete_criterion(self.user_id, row.id)


class CriteriaChecklist(QWidget):
    """A box per criterion of the portrait; value() is the ids of those the prospect meets."""

    valueChanged = Signal()  # noqa: N815 - named like Qt's own signals, for FieldsDialog

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[int, QCheckBox] = {}
        for row in portrait.criteria():
            box = QCheckBox(f"{row.name}  ({labels.number_text(row.weight, 1)})", self)
            box.setToolTip(row.description)
            box.toggled.connect(self.valueChanged)
            layout.addWidget(box)
            self.boxes[row.id] = box
        if not self.boxes:
            layout.addWidget(QLabel(self.tr("The portrait has no criteria yet (Edit > Client portrait)."), self))

    def value(self) -> list[int]:
        return [cid for cid, box in self.boxes.items() if box.isChecked()]


def qualify_dialog(parent: QWidget, client_id: int) -> FieldsDialog:
    """Stage one for a prospect: interesting or not, why, and the criteria of the portrait it meets."""
    client = journal.get_client(client_id)
    by = current_user()

    def save(values: dict):
        return portrait.qualify_prospect(client_id, values["decision"], values["reason"], by,
                                         values["criteria_met"])

    intro = QCoreApplication.translate("Portrait", "Qualify %1 (now %2). Only sales decides, against the "
                                                   "portrait and the sales plan.").replace("%1", client.name)
    dialog = FieldsDialog(parent, QCoreApplication.translate("Portrait", "Qualify the prospect"), save,
                          intro.replace("%2", labels.label("stage", client.stage)))
    decision = QComboBox()
    for value, text in DECISIONS.items():
        decision.addItem(QCoreApplication.translate("Portrait", text), value)
    dialog.add_field("decision", QCoreApplication.translate("Portrait", "&Decision"), decision)
    checklist = CriteriaChecklist()
    dialog.add_field("criteria_met", QCoreApplication.translate("Portrait", "Criteria &met"), checklist)
    score = QLabel()
    dialog.add_field("score", QCoreApplication.translate("Portrait", "Portrait score"), score)
    dialog.fields.pop("score")  # shown, not saved

    def show_score():
        value = portrait.portrait_score(checklist.value())
        score.setText("" if value is None else labels.percent_text(value))

    checklist.valueChanged.connect(show_score)
    show_score()
    plan = QLabel(plan_brief(client.segment))
    plan.setWordWrap(True)
    plan.setObjectName("sales_plan")
    dialog.add_field("sales_plan", QCoreApplication.translate("Portrait", "Sales plan"), plan)
    dialog.fields.pop("sales_plan")  # shown beside the decision, not saved
    reason = QPlainTextEdit()
    reason.setTabChangesFocus(True)
    reason.setFixedHeight(80)
    dialog.add_field("reason", QCoreApplication.translate("Portrait", "&Why"), reason, required=True)
    if by is None:
        dialog.show_message(QCoreApplication.translate("Portrait", "Choose who you are first (Settings)."))
    else:
        try:
            portrait.require_sales(by)
        except RapportError as exc:
            dialog.show_message(str(exc))
    dialog.accepted.connect(lambda: bus().client_changed.emit(client_id))
    dialog.accepted.connect(lambda: bus().clients_changed.emit())
    return dialog


def open_qualify_dialog(parent: QWidget, client_id: int | None) -> None:
    if client_id is None:
        return
    open_dialog(qualify_dialog(parent, client_id))
