"""The client page's Qualification tab: stage one, who judged the prospect interesting or not, when and why."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.journal import records as journal
from app.portrait import qualification as portrait
from ui.portrait.portrait_dialog import DECISIONS, qualify_dialog
from ui.shell import labels
from ui.widgets.record_views import ClientTab, open_dialog, record_table
from ui.widgets.table_model import FlatTableModel


class QualificationModel(FlatTableModel):
    """A client's qualification decisions, newest first."""

    CONTEXT = "Portrait"
    HEADERS = (QT_TRANSLATE_NOOP("Portrait", "Decided"), QT_TRANSLATE_NOOP("Portrait", "By"),
               QT_TRANSLATE_NOOP("Portrait", "Decision"), QT_TRANSLATE_NOOP("Portrait", "Portrait score"),
               QT_TRANSLATE_NOOP("Portrait", "Why"), QT_TRANSLATE_NOOP("Portrait", "Criteria met"))

    def reload(self, client_id: int | None) -> None:
        self.beginResetModel()
        self.rows = portrait.qualifications(client_id) if client_id else []
        self.names = {c.id: c.name for c in portrait.criteria()}
        self.endResetModel()

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not self.is_row(index) or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        score = "" if row.score is None else labels.percent_text(row.score)
        met = ", ".join(self.names.get(i, "?") for i in row.criteria_met)
        return (labels.date_text(row.decided_at), row.decided_by,
                QCoreApplication.translate("Portrait", DECISIONS.get(row.decision, row.decision)), score,
                row.reason, met)[index.column()]


class QualificationTab(ClientTab):
    """Stage one of the relationship for this client, and the button to decide it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.model = QualificationModel(self)
        self.table = record_table(self, self.model, (4, 5), (3, 1))  # why and the criteria met stretch
        self.qualify_button = QPushButton(self.tr("&Qualify..."), self)
        self.qualify_button.clicked.connect(self.qualify)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.qualify_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        self.model.reload(self.client_id)
        stage = journal.get_client(self.client_id).stage if self.client_id else None
        open_to_qualify = stage in portrait.QUALIFIABLE_STAGES
        self.qualify_button.setEnabled(open_to_qualify)
        if stage is None:
            self.note.clear()
        elif open_to_qualify:
            self.note.setText(self.tr("Stage one: the front office (an owner or an account manager) decides, "
                                      "against the portrait and the sales plan, whether to work with this client."))
        else:
            self.note.setText(self.tr("Past stage one: the client is %1.").replace("%1", labels.label("stage", stage)))

    def qualify(self) -> None:
        if self.client_id is not None:
            open_dialog(qualify_dialog(self, self.client_id), self.refresh)
