"""The owner's weights and thresholds of the health score, in one scrollable form."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.common import preferences
from app.common.errors import RapportError
from app.health import settings as health_settings
from ui.widgets.saving import save_in_background

# What each setting means, for the form (app.health.settings holds the same in English for the docs).
MEANINGS = {
    "lookback_days": QT_TRANSLATE_NOOP("HealthWeights", 'How far back late acknowledgements, drift tags, effort and late promises count'),
    "sentiment_recent_days": QT_TRANSLATE_NOOP("HealthWeights", 'The recent window whose mean sentiment is judged'),
    "sentiment_baseline_days": QT_TRANSLATE_NOOP("HealthWeights", "The window before it that sets the client's own baseline"),
    "sentiment_min_count": QT_TRANSLATE_NOOP("HealthWeights", 'Rated interactions needed in the recent window'),
    "sentiment_threshold": QT_TRANSLATE_NOOP("HealthWeights", 'A drop below baseline smaller than this is noise'),
    "sentiment_points": QT_TRANSLATE_NOOP("HealthWeights", 'Points per step (1.0) of drop below the baseline'),
    "sentiment_cap": QT_TRANSLATE_NOOP("HealthWeights", 'Most points a sentiment slide can take'),
    "unacknowledged_points": QT_TRANSLATE_NOOP("HealthWeights", 'Per feedback item still not acknowledged after its clock'),
    "late_acknowledged_points": QT_TRANSLATE_NOOP("HealthWeights", 'Per feedback item acknowledged, but after its clock'),
    "feedback_clock_cap": QT_TRANSLATE_NOOP("HealthWeights", 'Most points the feedback clock can take'),
    "unresolved_days": QT_TRANSLATE_NOOP("HealthWeights", 'Feedback open longer than this counts as unresolved'),
    "unresolved_points": QT_TRANSLATE_NOOP("HealthWeights", 'Per feedback item left unresolved'),
    "unresolved_cap": QT_TRANSLATE_NOOP("HealthWeights", 'Most points unresolved feedback can take'),
    "deadlock_points": QT_TRANSLATE_NOOP("HealthWeights", 'Per negotiation in deadlock'),
    "escalated_points": QT_TRANSLATE_NOOP("HealthWeights", 'Per negotiation escalated'),
    "overdue_negotiation_points": QT_TRANSLATE_NOOP("HealthWeights", 'Per open negotiation past its target date'),
    "negotiation_cap": QT_TRANSLATE_NOOP("HealthWeights", 'Most points negotiations can take'),
    "silence_default_rhythm_days": QT_TRANSLATE_NOOP("HealthWeights", 'Rhythm for a client with no contact_every_days and too little history'),
    "silence_grace": QT_TRANSLATE_NOOP("HealthWeights", 'Silence up to rhythm x (1 + grace) is not counted'),
    "silence_points": QT_TRANSLATE_NOOP("HealthWeights", 'Points per whole rhythm of silence beyond the first'),
    "silence_cap": QT_TRANSLATE_NOOP("HealthWeights", 'Most points silence can take'),
    "overdue_promise_points": QT_TRANSLATE_NOOP("HealthWeights", 'Per promised follow-up or negotiation action overdue'),
    "overdue_promise_cap": QT_TRANSLATE_NOOP("HealthWeights", 'Most points overdue promises can take'),
    "late_promise_points": QT_TRANSLATE_NOOP("HealthWeights", 'Per promise kept, but after its date (lookback)'),
    "late_promise_cap": QT_TRANSLATE_NOOP("HealthWeights", 'Most points late promises can take'),
    "drift_points": QT_TRANSLATE_NOOP("HealthWeights", 'Per interaction tagged dismissive, capitulating or punishing'),
    "drift_cap": QT_TRANSLATE_NOOP("HealthWeights", 'Most points stance drift can take'),
    "effort_threshold": QT_TRANSLATE_NOOP("HealthWeights", 'Mean client effort (1..5) from which effort counts'),
    "effort_min_count": QT_TRANSLATE_NOOP("HealthWeights", 'Rated interactions needed to judge effort'),
    "effort_points": QT_TRANSLATE_NOOP("HealthWeights", 'Points per step of mean effort above 3'),
    "effort_cap": QT_TRANSLATE_NOOP("HealthWeights", 'Most points high effort can take'),
    "repeat_contact_points": QT_TRANSLATE_NOOP("HealthWeights", 'Per time the client had to come back about feedback'),
    "repeat_contact_cap": QT_TRANSLATE_NOOP("HealthWeights", 'Most points repeat contacts can take'),
    "renewal_days": QT_TRANSLATE_NOOP("HealthWeights", 'A contract ending within this many days needs renewal talk'),
    "renewal_talk_days": QT_TRANSLATE_NOOP("HealthWeights", 'A negotiation or negotiate-tagged contact this recent counts as renewal talk'),
    "renewal_points": QT_TRANSLATE_NOOP("HealthWeights", 'A contract ending soon with no renewal talk'),
    "pulse_valid_days": QT_TRANSLATE_NOOP("HealthWeights", 'A pulse older than this is no longer counted'),
    "pulse_uneasy_points": QT_TRANSLATE_NOOP("HealthWeights", "The manager's pulse reads uneasy"),
    "pulse_bad_points": QT_TRANSLATE_NOOP("HealthWeights", "The manager's pulse reads bad"),
    "warning_drop": QT_TRANSLATE_NOOP("HealthWeights", 'A loss of this many points in 30 days raises a warning'),
}


class HealthWeightsDialog(QDialog):
    """Every number of the health score, with its default; only an owner can save."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Health weights and thresholds"))
        current = health_settings.load()
        intro = QLabel(self.tr("Points are what a factor takes off the score of 100; no factor takes more "
                               "than its cap. Changes apply to the whole firm, to every past day replayed too."),
                       self)
        intro.setWordWrap(True)
        self.boxes: dict[str, QDoubleSpinBox] = {}
        form_widget = QWidget(self)
        form = QGridLayout(form_widget)  # the number first, its meaning after: long meanings never hide a box
        form.setColumnStretch(1, 1)
        for row, spec in enumerate(health_settings.SETTINGS):
            box = QDoubleSpinBox(form_widget)
            box.setObjectName(spec.key)
            whole = float(spec.default).is_integer() and spec.maximum > 5
            box.setDecimals(0 if whole else 2)
            box.setSingleStep(1 if whole else 0.05)
            box.setRange(spec.minimum, spec.maximum)
            box.setValue(current[spec.key])
            box.setToolTip(self.tr("Default: %1").replace("%1", box.textFromValue(spec.default)))
            box.setFixedWidth(box.fontMetrics().horizontalAdvance("0000,00") + 40)
            label = QLabel(QCoreApplication.translate("HealthWeights", MEANINGS[spec.key]), form_widget)
            label.setBuddy(box)
            form.addWidget(box, row, 0)
            form.addWidget(label, row, 1)
            self.boxes[spec.key] = box
        scroll = QScrollArea(self)
        scroll.setWidget(form_widget)
        scroll.setWidgetResizable(True)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(860, 640)

    def values(self) -> dict[str, float]:
        return {key: box.value() for key, box in self.boxes.items()}

    def restore_defaults(self) -> None:
        for key, box in self.boxes.items():
            box.setValue(health_settings.DEFAULTS[key])

    def save(self) -> None:
        values, user = self.values(), preferences.get("current_user") or None
        save_in_background(self, lambda: health_settings.save(values, user), lambda _saved: self.accept(),
                           self._refused, self._refused)

    def _refused(self, exc: RapportError) -> None:
        self.error.setText(str(exc))
        self.error.show()
