"""The client page's Qualification tab: stage one, who judged the prospect interesting or not, when and why,
beside this quarter's progress against the sales plan; owners also see the share each manager declined."""

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.common.errors import RapportError
from app.journal import records as journal
from app.journal import stages
from app.portrait import qualification as portrait
from app.portrait import sales_plan
from ui.hear.feedback_actions import current_user
from ui.portrait.plan_words import pipeline, progress_line
from ui.portrait.portrait_dialog import DECISIONS, qualify_dialog
from ui.portrait.sales_plan_editor import SalesPlanDialog, is_owner
from ui.shell import labels
from ui.widgets.record_views import ClientTab, open_dialog, record_table
from ui.widgets.table_model import FlatTableModel

# The windows the owner reads the declined shares over: key, words.
WINDOWS = (("quarter", QT_TRANSLATE_NOOP("Portrait", "This quarter")),
           ("previous", QT_TRANSLATE_NOOP("Portrait", "Last quarter")),
           ("year", QT_TRANSLATE_NOOP("Portrait", "Last 12 months")),
           ("all", QT_TRANSLATE_NOOP("Portrait", "All time")))


def window_dates(key: str, today: dt.date) -> tuple[dt.date | None, dt.date]:
    """The window's first day (None: from the start) and the first day after it."""
    if key == "quarter":
        return sales_plan.quarter_of(today)
    if key == "previous":
        return sales_plan.previous_quarter(today)
    tomorrow = today + dt.timedelta(days=1)
    if key == "year":
        return tomorrow - dt.timedelta(days=365), tomorrow
    return None, tomorrow


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


class DeclinedModel(FlatTableModel):
    """Per person who decided stage one over the window: decisions, declined, the declined share."""

    CONTEXT = "Portrait"
    HEADERS = (QT_TRANSLATE_NOOP("Portrait", "Manager"), QT_TRANSLATE_NOOP("Portrait", "Decisions"),
               QT_TRANSLATE_NOOP("Portrait", "Declined"), QT_TRANSLATE_NOOP("Portrait", "Share declined"))

    def reload(self, rows: list[sales_plan.DeclineShare]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not self.is_row(index):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            name = row.user or QCoreApplication.translate("Portrait", "(nobody on record)")
            return (name, labels.number_text(row.decided), labels.number_text(row.declined),
                    labels.percent_text(row.share))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PlanPanel(QGroupBox):
    """This quarter's contracts won against the owner's plan, in all and per segment, and what remains."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setObjectName("plan_summary")
        self.edit_button = QPushButton(self.tr("Sales &plan…"), self)
        self.edit_button.clicked.connect(self.edit_plan)
        self.on_plan_changed = lambda: None  # the tab reads everything again after the owner's change
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_progress(self, segment: str, today: dt.date | None = None) -> None:
        today = today or dt.date.today()
        progress = sales_plan.plan_progress(today)
        quarter = (self.tr("Sales plan, Q%1 %2").replace("%1", str(sales_plan.quarter_number(progress.start)))
                   .replace("%2", str(progress.start.year)))
        self.setTitle(quarter)
        days = (progress.end - today).days
        lines = [self.tr("%n day(s) left in the quarter.", "", days)]
        if not progress.plan.is_set:
            lines.append(self.tr("No plan is set: new contracts this quarter: %1.").replace(
                "%1", labels.number_text(progress.total.won)))
            lines.append(self.tr("An owner sets the plan (Sales plan…), so that sales judges each prospect "
                                 "against what the firm must win."))
        else:
            lines.append(self.tr("New contracts: %1").replace("%1", progress_line(progress.total)))
            for line in progress.segments:
                mark = "▸ " if segment and line.segment.casefold() == segment.strip().casefold() else "  "
                lines.append(f"{mark}{line.segment}: {progress_line(line)}")
            ours = next((s for s in progress.segments if segment and s.segment.casefold() == segment.strip().casefold()),
                        None)
            if segment and ours is None and progress.segments:
                lines.append(self.tr("This client's segment (%1) has no plan of its own; it counts in the total.")
                             .replace("%1", segment))
            lines.append(pipeline(ours or progress.total))
        self.summary.setText("\n".join(lines))
        self.edit_button.setVisible(is_owner(current_user()))

    def edit_plan(self) -> None:
        open_dialog(SalesPlanDialog(self), self.on_plan_changed)


class DeclinedPanel(QGroupBox):
    """Owners only: the share of prospects each manager declined over a chosen, stated window."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Declined per manager"), parent)
        self.window = QComboBox(self)
        for key, text in WINDOWS:
            self.window.addItem(QCoreApplication.translate("Portrait", text), key)
        self.window.setAccessibleName(self.tr("Window"))
        self.window.currentIndexChanged.connect(lambda _i: self.reload())
        self.stated = QLabel(self)
        self.stated.setWordWrap(True)
        self.stated.setObjectName("declined_window")
        self.model = DeclinedModel(self)
        self.table = record_table(self, self.model, (0,))
        top = QHBoxLayout()
        top.addWidget(self.window)
        top.addWidget(self.stated, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def reload(self, today: dt.date | None = None) -> None:
        today = today or dt.date.today()
        start, end = window_dates(self.window.currentData(), today)
        last = end - dt.timedelta(days=1)
        if start is None:
            stated = self.tr("Every decision on record, up to %1.").replace("%1", labels.date_text(last))
        else:
            stated = (self.tr("Decisions from %1 to %2.").replace("%1", labels.date_text(start))
                      .replace("%2", labels.date_text(last)))
        try:
            rows = sales_plan.declined_by_manager(current_user(), start, end)
        except RapportError as exc:
            rows, stated = [], str(exc)
        self.stated.setText(stated)
        self.model.reload(rows)


class QualificationTab(ClientTab):
    """Stage one of the relationship for this client, the button to decide it, and the plan beside it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.model = QualificationModel(self)
        # Why stretches; where room is short the score, the criteria met, then who decided give way.
        self.table = record_table(self, self.model, (4,), (3, 5, 1))
        self.qualify_button = QPushButton(self.tr("&Qualify..."), self)
        self.qualify_button.clicked.connect(self.qualify)
        self.plan = PlanPanel(self)
        self.plan.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.plan.on_plan_changed = self.refresh
        self.declined = DeclinedPanel(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.qualify_button)
        decisions = QWidget(self)
        left = QVBoxLayout(decisions)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.note)
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        side = QFrame(self)
        right = QVBoxLayout(side)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.plan)
        right.addWidget(self.declined, 100)
        right.addStretch(1)  # the plan keeps its height when the owners' table is not shown
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(decisions)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def refresh(self) -> None:
        self.model.reload(self.client_id)
        client = journal.get_client(self.client_id) if self.client_id else None
        stage = client.stage if client else None
        open_to_qualify = stage in portrait.QUALIFIABLE_STAGES
        self.qualify_button.setEnabled(open_to_qualify)
        if stage is None:
            self.note.clear()
        elif open_to_qualify:
            self.note.setText(self.tr("Stage one: sales (%1) decides, against the portrait and the sales plan, "
                                      "whether to work with this client. It becomes contracted only after a "
                                      "decision \"interesting\".").replace("%1", stages.who_sells().shown()))
        else:
            self.note.setText(self.tr("Past stage one: the client is %1.").replace("%1", labels.label("stage", stage)))
        self.plan.show_progress(client.segment if client else "")
        owner = is_owner(current_user())
        self.declined.setVisible(owner)
        if owner:
            self.declined.reload()

    def qualify(self) -> None:
        if self.client_id is not None:
            open_dialog(qualify_dialog(self, self.client_id), self.refresh)
