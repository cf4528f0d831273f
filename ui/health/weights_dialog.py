"""The owner's weights and thresholds of the health score, grouped by factor, with their effect on today's portfolio."""

import datetime as dt
import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.common import identity, rights
from app.common.errors import RapportError
from app.health import settings as health_settings
from app.health.weights_effect import BandShift, band_shift
from ui.health import text as health_text
from ui.shell.tasks import Task
from ui.widgets.read_only import read_only_note
from ui.widgets.saving import save_in_background

# What each number does, in plain words for the form (app.health.settings keeps the same for the docs).
MEANINGS = {
    "lookback_days": QT_TRANSLATE_NOOP("HealthWeights", "Days back in which late answers, stance, effort and late promises count"),
    "sentiment_recent_days": QT_TRANSLATE_NOOP("HealthWeights", "Days of recent entries whose mood is judged"),
    "sentiment_baseline_days": QT_TRANSLATE_NOOP("HealthWeights", "Days before those that show the client's usual mood"),
    "sentiment_min_count": QT_TRANSLATE_NOOP("HealthWeights", "Entries with a mood needed in the recent days before mood counts"),
    "sentiment_threshold": QT_TRANSLATE_NOOP("HealthWeights", "A fall in mood smaller than this is ignored"),
    "sentiment_confidence": QT_TRANSLATE_NOOP("HealthWeights", "How sure (%) the journal must be that the mood fell before it counts"),
    "sentiment_sure_part": QT_TRANSLATE_NOOP("HealthWeights", "Points only for the part of the fall that is this sure (%): few entries, fewer points"),
    "sentiment_full_count": QT_TRANSLATE_NOOP("HealthWeights", "Entries with a mood in the recent days for a fall to count in full"),
    "sentiment_points": QT_TRANSLATE_NOOP("HealthWeights", "Points for each full step the mood falls below the usual"),
    "sentiment_cap": QT_TRANSLATE_NOOP("HealthWeights", "At most this many points for mood"),
    "unacknowledged_points": QT_TRANSLATE_NOOP("HealthWeights", "Points for each feedback item still not acknowledged in time"),
    "late_acknowledged_points": QT_TRANSLATE_NOOP("HealthWeights", "Points for each feedback item acknowledged late"),
    "feedback_clock_cap": QT_TRANSLATE_NOOP("HealthWeights", "At most this many points for late answers"),
    "reply_overdue_points": QT_TRANSLATE_NOOP("HealthWeights", "Points for each message from the client still unanswered past the reply rule"),
    "reply_overdue_cap": QT_TRANSLATE_NOOP("HealthWeights", "At most this many points for replies awaited"),
    "unresolved_days": QT_TRANSLATE_NOOP("HealthWeights", "Days after which open feedback counts as left open"),
    "unresolved_points": QT_TRANSLATE_NOOP("HealthWeights", "Points for each feedback item left open"),
    "unresolved_cap": QT_TRANSLATE_NOOP("HealthWeights", "At most this many points for feedback left open"),
    "deadlock_points": QT_TRANSLATE_NOOP("HealthWeights", "Points for each negotiation at a deadlock"),
    "escalated_points": QT_TRANSLATE_NOOP("HealthWeights", "Points for each escalated negotiation"),
    "overdue_negotiation_points": QT_TRANSLATE_NOOP("HealthWeights", "Points for each open negotiation past its target date"),
    "negotiation_cap": QT_TRANSLATE_NOOP("HealthWeights", "At most this many points for negotiations"),
    "silence_default_rhythm_days": QT_TRANSLATE_NOOP("HealthWeights", "Days between contacts expected of a client with no agreed rhythm and little history"),
    "silence_grace": QT_TRANSLATE_NOOP("HealthWeights", "Extra time allowed before silence counts, as a share of the rhythm (0.25 is a quarter more)"),
    "rhythm_min_contacts": QT_TRANSLATE_NOOP("HealthWeights", "Days with contact in a year before the client's own rhythm is learned"),
    "silence_spread": QT_TRANSLATE_NOOP("HealthWeights", "How much longer than the client's usual longest gaps silence must run (in deviations)"),
    "silence_full_spread": QT_TRANSLATE_NOOP("HealthWeights", "How much longer than the client's usual gaps silence must run to take all its points (in deviations)"),
    "silence_points": QT_TRANSLATE_NOOP("HealthWeights", "Points for each further rhythm of silence"),
    "silence_cap": QT_TRANSLATE_NOOP("HealthWeights", "At most this many points for silence"),
    "overdue_promise_points": QT_TRANSLATE_NOOP("HealthWeights", "Points for each overdue follow-up or agreed action"),
    "overdue_promise_cap": QT_TRANSLATE_NOOP("HealthWeights", "At most this many points for overdue promises"),
    "late_promise_points": QT_TRANSLATE_NOOP("HealthWeights", "Points for each promise kept after its date"),
    "late_promise_cap": QT_TRANSLATE_NOOP("HealthWeights", "At most this many points for promises kept late"),
    "drift_points": QT_TRANSLATE_NOOP("HealthWeights", "Points for each entry tagged dismissive, capitulating or punishing"),
    "drift_cap": QT_TRANSLATE_NOOP("HealthWeights", "At most this many points for our stance"),
    "effort_threshold": QT_TRANSLATE_NOOP("HealthWeights", "Average effort (1 to 5) from which effort counts"),
    "effort_min_count": QT_TRANSLATE_NOOP("HealthWeights", "Entries with an effort rating needed before effort counts"),
    "effort_points": QT_TRANSLATE_NOOP("HealthWeights", "Points for each step of average effort above 3"),
    "effort_cap": QT_TRANSLATE_NOOP("HealthWeights", "At most this many points for effort"),
    "repeat_contact_points": QT_TRANSLATE_NOOP("HealthWeights", "Points for each time the client came back"),
    "repeat_contact_cap": QT_TRANSLATE_NOOP("HealthWeights", "At most this many points for the client coming back"),
    "renewal_days": QT_TRANSLATE_NOOP("HealthWeights", "Days before the contract ends from which renewal should be discussed"),
    "renewal_talk_days": QT_TRANSLATE_NOOP("HealthWeights", "Days back in which a negotiation or a talk about terms counts as discussing renewal"),
    "renewal_points": QT_TRANSLATE_NOOP("HealthWeights", "Points when renewal has not been discussed"),
    "pulse_valid_days": QT_TRANSLATE_NOOP("HealthWeights", "Days a pulse reading counts for"),
    "pulse_uneasy_points": QT_TRANSLATE_NOOP("HealthWeights", "Points when the pulse is uneasy"),
    "pulse_bad_points": QT_TRANSLATE_NOOP("HealthWeights", "Points when the pulse is bad"),
    "warning_drop": QT_TRANSLATE_NOOP("HealthWeights", "A fall of this many points in 30 days raises an early warning"),
    "warning_margin": QT_TRANSLATE_NOOP("HealthWeights", "Points below the band it left before a move to a worse band warns"),
}

# The factors' names and sentences (app.health.settings.FACTORS holds them in English).
FACTOR_TITLES = {
    "sentiment": QT_TRANSLATE_NOOP("HealthWeights", "Mood of the conversations"),
    "feedback_clock": QT_TRANSLATE_NOOP("HealthWeights", "Feedback answered in time"),
    "reply_clock": QT_TRANSLATE_NOOP("HealthWeights", "Replies in time"),
    "unresolved": QT_TRANSLATE_NOOP("HealthWeights", "Feedback left open"),
    "repeat_contact": QT_TRANSLATE_NOOP("HealthWeights", "The client coming back"),
    "negotiations": QT_TRANSLATE_NOOP("HealthWeights", "Hard negotiations"),
    "silence": QT_TRANSLATE_NOOP("HealthWeights", "Silence"),
    "promises": QT_TRANSLATE_NOOP("HealthWeights", "Promises"),
    "drift": QT_TRANSLATE_NOOP("HealthWeights", "Our stance"),
    "effort": QT_TRANSLATE_NOOP("HealthWeights", "The client's effort"),
    "renewal": QT_TRANSLATE_NOOP("HealthWeights", "Contract renewal"),
    "pulse": QT_TRANSLATE_NOOP("HealthWeights", "The manager's pulse"),
    "overall": QT_TRANSLATE_NOOP("HealthWeights", "Period and warning"),
}
FACTOR_SENTENCES = {
    "sentiment": QT_TRANSLATE_NOOP("HealthWeights", "Takes points when the client's recent entries read worse than the client usually does."),
    "feedback_clock": QT_TRANSLATE_NOOP("HealthWeights", "Takes points for feedback the firm did not acknowledge within its working-hours limit."),
    "reply_clock": QT_TRANSLATE_NOOP("HealthWeights", "Takes points for messages from the client still waiting for our answer past the firm's reply rule."),
    "unresolved": QT_TRANSLATE_NOOP("HealthWeights", "Takes points for feedback that stays unresolved for too long."),
    "repeat_contact": QT_TRANSLATE_NOOP("HealthWeights", "Takes points each time the client had to come back about the same feedback."),
    "negotiations": QT_TRANSLATE_NOOP("HealthWeights", "Takes points for negotiations that are stuck, escalated or past their target date."),
    "silence": QT_TRANSLATE_NOOP("HealthWeights", "Takes points when nobody has talked to the client for longer than the client's usual rhythm."),
    "promises": QT_TRANSLATE_NOOP("HealthWeights", "Takes points for follow-ups and agreed actions that are overdue or were kept late."),
    "drift": QT_TRANSLATE_NOOP("HealthWeights", "Takes points for our entries tagged dismissive, capitulating or punishing."),
    "effort": QT_TRANSLATE_NOOP("HealthWeights", "Takes points when dealing with us costs the client a lot of effort."),
    "renewal": QT_TRANSLATE_NOOP("HealthWeights", "Takes points when a contract ends soon and nobody has talked about renewing it."),
    "pulse": QT_TRANSLATE_NOOP("HealthWeights", "Takes points when the account manager's own reading of the client is uneasy or bad."),
    "overall": QT_TRANSLATE_NOOP("HealthWeights", "How far back the score looks, and how steep a fall raises an early warning."),
}
EFFECT_DELAY_MS = 500  # the effect is worked out once typing pauses
EFFECT_QUIET_MS = 15_000  # no progress dialog unless it drags on
EFFECT_NAMES = 5  # clients named in the effect line


def _tr(text: str) -> str:
    return QCoreApplication.translate("HealthWeights", text)


class HealthWeightsDialog(QDialog):
    """The health score's numbers grouped by factor, each factor said in a sentence; before saving,
    how many of today's clients the change moves to another band (worked out on a worker).
    Only an owner can save."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Health weights and thresholds"))
        current = health_settings.load()
        self.saved = dict(current)
        intro = QLabel(self.tr("The score starts at 100; each factor below takes points off, never more than "
                               "its most. Changes apply to the whole firm, to past days replayed too."), self)
        intro.setWordWrap(True)
        self.boxes: dict[str, QDoubleSpinBox] = {}
        form_widget = QWidget(self)
        form = QVBoxLayout(form_widget)
        for factor in health_settings.FACTORS:
            form.addWidget(self._factor_group(factor, current, form_widget))
        form.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(form_widget)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the sentences wrap instead
        self.effect = QLabel(self)
        self.effect.setObjectName("weights_effect")
        self.effect.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        may_save = health_settings.may_change(identity.acting_id())
        self.save_button.setEnabled(may_save)
        if not may_save:
            self.save_button.setToolTip(self.tr("Only an owner can change the weights."))
            buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.effect)
        layout.addWidget(self.error)
        if not may_save:
            said = rights.refusal(identity.acting(), "change settings")
            layout.addWidget(read_only_note(self, said.shown()))
        layout.addWidget(buttons)
        self.effect_task: Task | None = None
        self.effect_for: dict[str, float] | None = None
        self.effect_timer = QTimer(self)
        self.effect_timer.setSingleShot(True)
        self.effect_timer.setInterval(EFFECT_DELAY_MS)
        self.effect_timer.timeout.connect(self.work_out_effect)
        for box in self.boxes.values():
            box.valueChanged.connect(self._changed)
        self._changed()
        self.resize(760, 640)

    def _factor_group(self, factor, current: dict[str, float], parent: QWidget) -> QGroupBox:
        group = QGroupBox(_tr(FACTOR_TITLES[factor.key]), parent)
        group.setObjectName(f"factor_{factor.key}")
        sentence = QLabel(_tr(FACTOR_SENTENCES[factor.key]), group)
        sentence.setWordWrap(True)
        grid = QGridLayout(group)  # the number first, its meaning after: long meanings never hide a box
        grid.setColumnStretch(1, 1)
        grid.addWidget(sentence, 0, 0, 1, 2)
        for row, key in enumerate(factor.settings, start=1):
            spec = health_settings.SPECS[key]
            box = QDoubleSpinBox(group)
            box.setObjectName(key)
            whole = float(spec.default).is_integer() and spec.maximum > 5
            box.setDecimals(0 if whole else max(2, len(f"{spec.default:g}".partition(".")[2])))  # 99.998 %
            box.setSingleStep(1 if whole else 0.05)
            box.setRange(spec.minimum, spec.maximum)
            box.setValue(current[key])
            box.setToolTip(self.tr("Default: %1").replace("%1", box.textFromValue(spec.default)))
            box.setFixedWidth(box.fontMetrics().horizontalAdvance("0000,00") + 40)
            label = QLabel(_tr(MEANINGS[key]), group)
            label.setWordWrap(True)
            label.setBuddy(box)
            grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
            self.boxes[key] = box
        return group

    def values(self) -> dict[str, float]:
        return {key: box.value() for key, box in self.boxes.items()}

    def changes(self) -> dict[str, float]:
        """The numbers that differ from those in force."""
        return {key: value for key, value in self.values().items() if value != self.saved[key]}

    def restore_defaults(self) -> None:
        for key, box in self.boxes.items():
            box.setValue(health_settings.DEFAULTS[key])

    def _changed(self, *_args) -> None:
        if not self.changes():
            self.effect_timer.stop()
            self.effect_for = {}
            self.effect.setText(self.tr("Change a number to see what it does to today's portfolio."))
            return
        self.effect.setText(self.tr("Working out the effect on today's portfolio…"))
        self.effect_timer.start()

    def work_out_effect(self) -> None:
        """Today's bands with the numbers shown, on a worker; one at a time, the latest numbers last."""
        if self.effect_task is not None and not self.effect_task.done:
            self.effect_timer.start()  # again when this one is done
            return
        changes = self.changes()
        if not changes:
            return
        self.effect_task = Task(self, self.tr("Working out the effect of the weights"),
                                lambda progress: band_shift(changes, dt.date.today(), progress),
                                lambda shift: self._show_effect(changes, shift), self._effect_failed,
                                show_after_ms=EFFECT_QUIET_MS)

    def _show_effect(self, changes: dict[str, float], shift: BandShift) -> None:
        if changes != self.changes():
            return  # the numbers changed meanwhile: the timer brings the newer effect
        self.effect_for = changes
        if not shift.changed:
            self.effect.setText(self.tr("Today, no client of %n would change band.", "", shift.clients))
            return
        text = self.tr("Today, %n client(s) would change band:", "", shift.changed)
        parts = []
        if shift.worse:
            parts.append(self.tr("%n down", "", shift.worse))
        if shift.better:
            parts.append(self.tr("%n up", "", shift.better))
        names = ", ".join(f"{client} ({health_text.band_text(old)} \u2192 {health_text.band_text(new)})"
                          for client, old, new in shift.moved[:EFFECT_NAMES])
        more = len(shift.moved) - EFFECT_NAMES
        if more > 0:
            names += " " + self.tr("and %n more", "", more)
        self.effect.setText(f"<b>{html.escape(text)}</b> {html.escape(', '.join(parts))}. {html.escape(names)}")

    def _effect_failed(self, exc: Exception) -> None:
        self.effect.setText(html.escape(str(exc)))

    def save(self) -> None:
        values, user = self.values(), identity.acting_id()
        save_in_background(self, lambda: health_settings.save(values, user), lambda _saved: self.accept(),
                           self._refused, self._refused)

    def _refused(self, exc: RapportError) -> None:
        self.error.setText(str(exc))
        self.error.show()
