"""Bar charts keep their category names whole: upright where twelve months do not fit side by side."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ui.health.charts import StackedBarsChart

MONTHS_RU = ["янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."]


@pytest.mark.parametrize(("width", "upright"), [(420, True), (1800, False)])
def test_month_names_stand_upright_only_when_they_do_not_fit(qtbot, width, upright):
    chart = StackedBarsChart(None, "Clients by band")
    qtbot.addWidget(chart)
    chart.resize(width, 320)
    chart.show()
    chart.set_bars(MONTHS_RU, [("healthy", QColor("green"), [3] * 12), ("watch", QColor("orange"), [1] * 12)])
    axis = chart.chart().axes(Qt.Orientation.Horizontal)[0]
    qtbot.waitUntil(lambda: chart.chart().plotArea().width() > 100)
    chart.fit_category_labels()
    slot = chart.chart().plotArea().width() / 12
    widest = max(chart.fontMetrics().horizontalAdvance(m) for m in MONTHS_RU)
    assert (widest + 8 > slot) is upright  # the case the width makes
    assert axis.labelsAngle() == (-90 if upright else 0)
    assert list(axis.categories()) == MONTHS_RU  # whole names, never "я…"
