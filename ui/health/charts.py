"""Health charts (QtCharts): a score history over the bands, and stacked bars by category.

Both are fed plain lists computed in app/ on a worker thread; they never query the journal.
"""

import datetime as dt

from PySide6.QtCharts import (
    QAreaSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from app.health.score import BAND_FLOORS, BANDS
from ui.shell import labels

BAND_CEILINGS = {"healthy": 100, "watch": 79.5, "at_risk": 59.5, "souring": 39.5}


def _msecs(day: dt.date) -> float:
    return QDateTime(day.year, day.month, day.day, 12, 0, 0).toMSecsSinceEpoch()


class _ChartView(QChartView):
    """A chart view with the house look: no animation, antialiased, quiet margins."""

    def __init__(self, parent: QWidget | None, title: str):
        chart = QChart()
        chart.setTitle(title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        chart.setLocale(QLocale())  # month names on date axes in the user's language
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)

    def clear(self) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)


class ScoreHistoryChart(_ChartView):
    """One client's score over time, drawn over light bands of colour."""

    def __init__(self, parent: QWidget | None, title: str):
        super().__init__(parent, title)
        self._band_edges: list[QLineSeries] = []

    def set_history(self, dates: list[dt.date], scores: list[int | None], title: str | None = None) -> None:
        self.clear()
        self._band_edges = []
        chart = self.chart()
        if title is not None:
            chart.setTitle(title)
        points = [(d, s) for d, s in zip(dates, scores, strict=False) if s is not None]
        chart.legend().hide()
        if not points:
            return
        x_axis, y_axis = QDateTimeAxis(), QValueAxis()
        x_axis.setFormat("MMM yy" if (points[-1][0] - points[0][0]).days > 120 else "d MMM")
        x_axis.setTickCount(min(6, max(2, len(points))))
        y_axis.setRange(0, 100)
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%d")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        first, last = _msecs(points[0][0]), _msecs(points[-1][0])
        if first == last:
            first -= 86_400_000
        for band in BANDS:
            self._band_area(band, first, last, x_axis, y_axis)
        line = QLineSeries()
        line.setPen(QPen(QColor("#263238"), 2))
        for day, score in points:
            line.append(_msecs(day), score)
        line.setPointsVisible(len(points) <= 30)
        chart.addSeries(line)
        line.attachAxis(x_axis)
        line.attachAxis(y_axis)

    def _band_area(self, band, first, last, x_axis, y_axis) -> None:
        upper, lower = QLineSeries(), QLineSeries()
        for x in (first, last):
            upper.append(x, BAND_CEILINGS[band])
            lower.append(x, BAND_FLOORS[band])
        area = QAreaSeries(upper, lower)
        self._band_edges.extend((upper, lower))  # QAreaSeries does not own its edges: keep them alive
        color = QColor(labels.band_color(band))
        color.setAlpha(38)
        area.setColor(color)
        area.setBorderColor(color)
        area.setName(labels.label("band", band))
        self.chart().addSeries(area)
        area.attachAxis(x_axis)
        area.attachAxis(y_axis)


class StackedBarsChart(_ChartView):
    """Counts per category, stacked, one bar per period or person; where the categories' names do
    not fit under their bars (twelve months at 1024 px), they stand upright instead of being cut."""

    def __init__(self, parent: QWidget | None, title: str):
        super().__init__(parent, title)
        self.categories: list[str] = []

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_category_labels()

    def fit_category_labels(self) -> None:
        """Upright labels when the widest no longer fits its bar's width (with a little room)."""
        axes = self.chart().axes(Qt.Orientation.Horizontal)
        if not axes or not self.categories:
            return
        axis = axes[0]
        widest = max(self.fontMetrics().horizontalAdvance(text) for text in self.categories)
        per_category = self.chart().plotArea().width() / len(self.categories)
        axis.setLabelsAngle(-90 if widest + 8 > per_category else 0)

    def set_bars(self, categories: list[str], stacks: list[tuple[str, QColor, list[int]]]) -> None:
        """stacks: (legend name, colour, one count per category)."""
        self.clear()
        chart = self.chart()
        series = QStackedBarSeries()
        for name, color, values in stacks:
            bar_set = QBarSet(name)
            bar_set.setColor(color)
            bar_set.setBorderColor(color)
            bar_set.append([float(v) for v in values])
            series.append(bar_set)
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(categories)
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%d")
        top = max([sum(values) for values in zip(*(s[2] for s in stacks), strict=False)] or [0])
        y_axis.setRange(0, max(4, top))
        y_axis.applyNiceNumbers()
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.categories = list(categories)
        self.fit_category_labels()
