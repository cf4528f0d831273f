"""The client page's Health tab: score, band, trend, the reasons in plain words, the pulse and the history."""

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.health.score import ClientHealth, health_at, history_dates, score_history
from ui.health import text as health_text
from ui.health.charts import ScoreHistoryChart
from ui.shell import labels
from ui.shell.events import bus
from ui.shell.tasks import Task

HISTORY_POINTS, HISTORY_STEP_DAYS = 14, 14  # half a year, a point a fortnight
QUIET_MS = 10_000  # the history is drawn in the background; a progress dialog only if it drags on


class HealthPanel(QWidget):
    """One client's health today, explained; the history is replayed on a worker thread."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.client_id: int | None = None
        self.health: ClientHealth | None = None
        self.history_tasks: list[Task] = []  # running ones stay referenced until done
        self.score = QLabel(self)
        self.score.setObjectName("health_score")
        font = QFont(self.score.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.score.setFont(font)
        self.band = QLabel(self)
        self.trend = QLabel(self)
        self.warning = QLabel(self.tr("Early warning: this relationship turned worse in the last 30 days."), self)
        self.warning.setStyleSheet("color: white; background: #c62828; padding: 3px 8px; border-radius: 3px")
        self.warning.setWordWrap(True)  # a narrow page wraps it rather than widening the page
        self.pulse = QLabel(self)
        self.pulse.setWordWrap(True)
        self.disagreement = QLabel(self)
        self.disagreement.setObjectName("pulse_disagreement")
        self.disagreement.setWordWrap(True)
        self.disagreement.setStyleSheet("background: #fff3cd; color: #5d4037; padding: 4px 8px; border-radius: 3px")
        self.log_pulse_button = QPushButton(self.tr("Log &pulse..."), self)
        self.log_pulse_button.clicked.connect(self.log_pulse)
        self.reasons = QLabel(self)
        self.reasons.setObjectName("health_reasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.chart = ScoreHistoryChart(self, self.tr("Score, last six months"))
        self._lay_out()
        events = bus()
        for signal in (events.client_changed, events.interactions_changed):
            signal.connect(self._changed)
        events.database_replaced.connect(self._replaced)  # a bound method: gone with the panel

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.score)
        side = QVBoxLayout()
        side.addWidget(self.band)
        side.addWidget(self.trend)
        top.addLayout(side)
        top.addSpacing(16)
        top.addWidget(self.warning, 1, Qt.AlignmentFlag.AlignVCenter)
        top.addSpacing(16)
        top.addWidget(self.log_pulse_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pulse)
        layout.addWidget(self.disagreement)
        # Why now and every reason: as long as they need to be, scrolled where the tab is short,
        # so the score history keeps its room.
        self.reasons_area = QScrollArea(self)
        self.reasons_area.setWidget(self.reasons)
        self.reasons_area.setWidgetResizable(True)
        self.reasons_area.setFrameShape(QFrame.Shape.NoFrame)
        self.reasons_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.reasons_area, 1)
        layout.addWidget(self.chart, 2)

    def set_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        self.refresh()

    def _replaced(self) -> None:
        self.set_client(None)

    def _changed(self, client_id: int) -> None:
        if client_id == self.client_id:
            self.refresh()

    def refresh(self) -> None:
        self.health = health_at(self.client_id, dt.date.today()) if self.client_id else None
        self.log_pulse_button.setEnabled(self.health is not None)
        self.show_health(self.health)
        self.chart.set_history([], [])
        if self.client_id:
            self._load_history(self.client_id)

    def show_health(self, health: ClientHealth | None) -> None:
        if health is None:
            for label in (self.score, self.band, self.trend, self.pulse, self.reasons):
                label.clear()
            self.warning.hide()
            self.disagreement.hide()
            return
        color = labels.band_color(health.band).name()
        self.score.setText(str(health.score))
        self.score.setStyleSheet(f"color: {color}")
        self.band.setText(f"<b style='color:{color}'>{html.escape(health_text.band_text(health.band))}</b>")
        self.trend.setText(f"{health_text.trend_arrow(health.trend_30d)} {health_text.trend_text(health.trend_30d)}")
        self.warning.setVisible(health.warning)
        self.pulse.setText(self._pulse_text(health))
        self.disagreement.setVisible(health.pulse_disagrees)
        if health.pulse_disagrees:
            self.disagreement.setText(health_text.disagreement_text(health.pulse_reading, health.band))
        self.reasons.setText(self._reasons_html(health))

    def _pulse_text(self, health: ClientHealth) -> str:
        if health.pulse_reading is None:
            return self.tr("No pulse from the account manager in the last two months.")
        text = (self.tr("Account manager's pulse: %1 (%2)")
                .replace("%1", labels.label("reading", health.pulse_reading))
                .replace("%2", labels.date_text(health.pulse_at)))
        return f"{text} — {health.pulse_comment}" if health.pulse_comment else text

    def _reasons_html(self, health: ClientHealth) -> str:
        if not health.reasons:
            return html.escape(self.tr("Nothing takes points off: 100."))
        items = "".join(f"<li>{html.escape(health_text.reason_text(r), quote=False)}</li>" for r in health.reasons)
        head = html.escape(self.tr("Why %1 and not 100:").replace("%1", str(health.score)))
        why_now = f"<p><b>{html.escape(health_text.why_now_text(health))}</b></p>" if health.warning else ""
        return f"{why_now}{head}<ul style='margin-left:-20px'>{items}</ul>"

    def _load_history(self, client_id: int) -> None:
        dates = history_dates(dt.date.today(), HISTORY_POINTS, HISTORY_STEP_DAYS)

        def work(progress):
            return client_id, score_history(dates, [client_id], progress).get(client_id, [])

        def done(result):
            shown_for, scores = result
            if shown_for == self.client_id:  # the user may have moved on to another client
                self.chart.set_history(dates, scores)

        self.history_tasks = [t for t in self.history_tasks if not t.done]
        self.history_tasks.append(Task(self, self.tr("Replaying the health history"), work, done,
                                       show_after_ms=QUIET_MS))

    def log_pulse(self) -> None:
        from ui.health.pulse_dialog import PulseDialog

        if self.health is not None:
            PulseDialog(self, self.health.client_id, self.health.client).exec()
