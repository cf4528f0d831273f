"""The owner's dashboard: the portfolio worst first, the team side by side, and the charts, all filtered.

Everything is computed by app.health.dashboard and app.health.team on a worker thread when the page
is shown (again after the journal changed); the manager and segment filters then apply to the
portfolio, the Team tab and every chart without reading the journal again. A click on a client
opens it in the journal.
"""

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.health import filtered_charts
from app.health.dashboard import DashboardData, dashboard_data, managers_and_segments
from app.health.score import BANDS
from app.health.team import RateWindow, TeamFacts, TeamFilters, team_facts
from db.vocabulary import DRIFT_TAGS, POLICY_TAGS
from ui.health.cache import store_firm_health
from ui.health.charts import ScoreHistoryChart, StackedBarsChart
from ui.health.portfolio_model import KEYS, PortfolioFilter, PortfolioModel, ScoreDelegate, SparklineDelegate
from ui.health.team_view import RespectView, TeamView
from ui.live.keep_place import PlaceKeeper
from ui.shell import labels
from ui.shell.events import bus
from ui.shell.tasks import Task, workers_wait_while_scrolled
from ui.widgets.column_fit import fit_columns

SHOW_PROGRESS_AFTER_MS = 1500
POLICY_COLORS = {"like": "#43a047", "hear": "#1e88e5", "negotiate": "#8e24aa"}


class DashboardPage(QWidget):
    """Portfolio and charts; recomputed on a worker whenever it is shown after a change."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboard_page")
        self.data: DashboardData | None = None
        self.facts: TeamFacts | None = None  # the team's counts, which the charts add up under the filters
        self.stale = True
        self.task: Task | None = None
        self.model = PortfolioModel(self)
        self.proxy = PortfolioFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._build_table()
        self.place = PlaceKeeper(self.table, self._client_key)
        self.quiet = False  # the next computation shows no progress dialog (a colleague's change)
        self.reload_timer = QTimer(self)  # the signals of one change recompute once
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(0)
        self.reload_timer.timeout.connect(self.reload)
        self.manager = QComboBox(self)
        self.segment = QComboBox(self)
        self.band = QComboBox(self)
        for combo in (self.manager, self.segment, self.band):
            combo.currentIndexChanged.connect(self._filter)
            # The choices arrive after the page shows: each box grows to its longest one then.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)  # never narrower than its text
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)  # two lines on a narrow screen, never cut
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.clicked.connect(self.reload)
        self.weights_button = QPushButton(self.tr("&Weights..."), self)
        self.weights_button.setToolTip(self.tr("The owner's weights and thresholds of the health score"))
        self.weights_button.clicked.connect(self.edit_weights)
        self.bands_chart = StackedBarsChart(self, self.tr("The firm's clients by band, month by month"))
        self.client_chart = ScoreHistoryChart(self, self.tr("Score history"))
        self.mix_chart = StackedBarsChart(self, self.tr("Like, hear, negotiate: interactions by month"))
        self.drift_chart = StackedBarsChart(self, self.tr("Stance drift by manager"))
        self.team = TeamView(self)
        self.respect = RespectView(self)
        self.team.group.currentIndexChanged.connect(self._draw_charts)  # drift per manager or per segment
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dashboard_tabs")
        self._lay_out()
        events = bus()
        for signal in (events.clients_changed, events.client_changed, events.interactions_changed,
                       events.database_replaced):
            signal.connect(self.mark_stale)
        events.changed_elsewhere.connect(self._changed_elsewhere)

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("portfolio_table")
        table.setModel(self.proxy)
        workers_wait_while_scrolled(table)
        table.setSortingEnabled(True)
        table.sortByColumn(KEYS.index("score"), Qt.SortOrder.AscendingOrder)  # worst first
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.setItemDelegateForColumn(KEYS.index("score"), ScoreDelegate(table))
        table.setItemDelegateForColumn(KEYS.index("trend"), SparklineDelegate(table))
        # The client's name stretches, the figures fit their content; on a narrow screen the
        # counts of open negotiations and feedback, then the manager, give way to the name.
        fit_columns(table, (0,), tuple(KEYS.index(key) for key in ("open_negotiations", "open_feedback", "manager")))
        table.selectionModel().currentRowChanged.connect(self._client_chosen)
        table.activated.connect(self._open)
        table.doubleClicked.connect(self._open)
        return table

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        for text, combo in ((self.tr("Manager:"), self.manager), (self.tr("Segment:"), self.segment),
                            (self.tr("Band:"), self.band)):
            filters.addWidget(QLabel(text, self))
            filters.addWidget(combo)
        filters.addSpacing(12)
        filters.addWidget(self.summary, 1)
        filters.addWidget(self.refresh_button)
        filters.addWidget(self.weights_button)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        self.tabs.addTab(self.table, self.tr("Cl&ients"))
        self.tabs.addTab(self.team, self.tr("Tea&m"))
        self.tabs.addTab(self.respect, self.tr("Mutual res&pect"))
        top_layout.addWidget(self.tabs, 1)
        charts = QWidget(self)
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, chart in enumerate((self.bands_chart, self.client_chart, self.mix_chart, self.drift_chart)):
            grid.addWidget(chart, i // 2, i % 2)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(charts)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(splitter)

    # ---- loading -----------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()

    def mark_stale(self, *_args) -> None:
        self.stale = True
        if self.isVisible():
            self.reload_timer.start()

    def loading(self) -> bool:
        return self.task is not None and not self.task.done

    def reload(self) -> None:
        if self.loading():
            return
        self.stale = False
        self._fill_filters()
        self.weights_button.setEnabled(_current_user_is_owner())
        day = dt.date.today()
        self.task = Task(self, self.tr("Computing the firm's health"), lambda progress: _read(day, progress),
                         self._arrived, self._done, self._done, show_after_ms=SHOW_PROGRESS_AFTER_MS,
                         quiet=self.quiet)
        self.quiet = False

    def _changed_elsewhere(self, _tables) -> None:
        """A colleague's change: recomputed without a progress dialog taking the keyboard from the person."""
        self.quiet = True

    @staticmethod
    def _client_key(index):
        health = index.data(PortfolioModel.HealthRole)
        return health.client_id if health is not None else None

    def _done(self, *_args) -> None:
        # Runs inside the Task's own callback: keep the Task referenced and start the next run
        # from the event loop, or Python would free the Task while Qt is still in its slot.
        if self.stale and self.isVisible():
            QTimer.singleShot(0, self.reload)

    def _arrived(self, result: tuple[DashboardData, TeamFacts]) -> None:
        self.show_data(*result)

    def show_data(self, data: DashboardData, facts: TeamFacts) -> None:
        place = self.place.remember() if self.data is not None and self.proxy.rowCount() else None
        self.data, self.facts = data, facts
        store_firm_health(data.portfolio, data.as_of)
        self.model.window_days = facts.window.days
        self.model.load(data.portfolio, data.sparks)
        self.table.sortByColumn(self.table.horizontalHeader().sortIndicatorSection(),
                                self.table.horizontalHeader().sortIndicatorOrder())
        self._show_filtered()
        if place is not None:
            self.place.restore(place)  # read again: the chosen client and the scroll stay
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._done()

    def _fill_filters(self) -> None:
        managers, segments = managers_and_segments()
        everyone = self.tr("Everyone")
        for combo, items in ((self.manager, [(everyone, None)] + [(name, uid) for uid, name in managers]),
                             (self.segment, [(self.tr("All segments"), None)] + [(s, s) for s in segments]),
                             (self.band, [(self.tr("All bands"), None)]
                              + [(labels.label("band", b), b) for b in BANDS])):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def _filter(self) -> None:
        self.proxy.set_filters(self.manager.currentData(), self.segment.currentData(), self.band.currentData())
        if self.data is not None:
            self._show_filtered()

    def _show_filtered(self) -> None:
        """The Team tab and the charts for the manager and segment chosen (the band filters the list only)."""
        self.team.show_team(self.facts, self.data.portfolio, self.manager.currentData(), self.segment.currentData())
        self.respect.show_notes(self.facts, self.manager.currentData(), self.segment.currentData())
        self._draw_charts()
        self._update_summary()

    def filters(self) -> TeamFilters:
        return TeamFilters(self.manager.currentData(), self.segment.currentData(), self.team.group_by())

    def _update_summary(self) -> None:
        rows = [self.proxy.index(r, 0).data(PortfolioModel.HealthRole) for r in range(self.proxy.rowCount())]
        warnings = sum(1 for h in rows if h is not None and h.warning)
        count = len(rows)  # a plain name, so lupdate sees the plural
        text = QCoreApplication.translate("Dashboard", "%n client(s)", "", count)
        if warnings:
            text += ", " + QCoreApplication.translate("Dashboard", "%n early warning(s)", "", warnings)
        self.summary.setText(text)

    # ---- charts ------------------------------------------------------------------------------

    def _draw_charts(self, *_args) -> None:
        """The charts for the filters chosen: clients of the manager and segment, their entries."""
        if self.data is None or self.facts is None:
            return
        filters = self.filters()
        band_months = filtered_charts.band_months(self.data, self.facts, filters)
        months = [_month(end) for end, _counts in band_months]
        self.bands_chart.set_bars(months, [(labels.label("band", band), labels.band_color(band),
                                            [counts[band] for _end, counts in band_months])
                                           for band in BANDS])
        mix = filtered_charts.policy_mix(self.data, self.facts, filters)
        self.mix_chart.set_bars([_month(start) for start, _counts in mix],
                                [(labels.label("tag", tag), QColor(POLICY_COLORS[tag]),
                                  [counts[tag] for _start, counts in mix]) for tag in POLICY_TAGS])
        drift = filtered_charts.drift(self.facts, filters)
        people = [name or self.tr("nobody") for name, _counts in drift]
        self.drift_chart.set_bars(people, [(labels.label("tag", tag), labels.tag_color(tag).lighter(100 + 30 * i),
                                            [counts[tag] for _name, counts in drift])
                                           for i, tag in enumerate(DRIFT_TAGS)])
        title = self.tr("Stance drift by manager, %1") if filters.group_by == "manager" \
            else self.tr("Stance drift by segment, %1")
        self.drift_chart.chart().setTitle(title.replace("%1", labels.window_text(self.facts.window.days)))
        chosen = [text for combo in (self.manager, self.segment) if combo.currentData() is not None
                  for text in [combo.currentText()]]
        suffix = f" ({', '.join(chosen)})" if chosen else ""
        self.bands_chart.chart().setTitle(self.tr("Clients by band, month by month") + suffix if chosen
                                          else self.tr("The firm's clients by band, month by month"))
        self.mix_chart.chart().setTitle(self.tr("Like, hear, negotiate: interactions by month") + suffix)

    def screenshot_views(self) -> list:
        """For the screenshots (ui.shell.screen_tour): the Team tab as well as the portfolio."""
        return [(name, lambda tab=tab: self.tabs.setCurrentWidget(tab))
                for name, tab in (("team", self.team), ("respect", self.respect))]

    def _client_chosen(self, current, _previous) -> None:
        h = current.data(PortfolioModel.HealthRole) if current.isValid() else None
        if h is None or self.data is None:
            self.client_chart.set_history([], [], self.tr("Score history"))
            return
        self.client_chart.set_history(self.data.history_dates, self.data.history.get(h.client_id, []),
                                      self.tr("Score history: %1").replace("%1", h.client))

    def _open(self, index) -> None:
        client_id = index.data(PortfolioModel.ClientIdRole)
        if client_id is not None:
            bus().open_client.emit(client_id)

    def edit_weights(self) -> None:
        from ui.health.weights_dialog import HealthWeightsDialog

        if HealthWeightsDialog(self).exec():
            self.mark_stale()
            self.reload()


def _read(day: dt.date, progress) -> tuple[DashboardData, TeamFacts]:
    """On the worker: the dashboard at day, and the team's counts over the rate window."""
    data = dashboard_data(day, progress)
    return data, team_facts(RateWindow.current(day))


def _month(day: dt.date) -> str:
    """A month as a short axis label in the user's language (twelve in a row never repeat)."""
    # The standalone name ("май"), not the form inside a date ("5 мая").
    return QLocale().standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)


def _current_user_is_owner() -> bool:
    from app.common import identity
    from app.health.settings import may_change

    return may_change(identity.acting_id())
