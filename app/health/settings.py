"""The weights and thresholds of the health score: defaults explained, an owner's changes stored.

Every number here is a firm preference: the owner may change it (stored as one dict under
the firm preference "health_settings"); a key left out takes its default. Points are what a
factor takes off the score of 100; a factor never takes more than its cap.
"""

from dataclasses import dataclass

from app.common.errors import ValidationError
from app.common.wording import QT_TRANSLATE_NOOP, Message

PREFERENCE_KEY = "health_settings"


@dataclass(frozen=True)
class HealthSetting:
    """One tunable number of the health score."""

    key: str
    default: float
    minimum: float
    maximum: float
    description: str


SETTINGS: tuple[HealthSetting, ...] = (
    HealthSetting("lookback_days", 90, 7, 365,
                  "how far back late acknowledgements, drift tags, effort and late promises count"),
    HealthSetting("sentiment_recent_days", 30, 7, 120, "the recent window whose mean sentiment is judged"),
    HealthSetting("sentiment_baseline_days", 180, 30, 730,
                  "the window before it that sets the client's own baseline"),
    HealthSetting("sentiment_min_count", 3, 1, 50, "rated interactions needed in the recent window"),
    HealthSetting("sentiment_full_count", 4, 1, 100,
                  "rated interactions in the recent window for a slide to take its full weight; the latest "
                  "days holding this many are judged as well as the whole window"),
    HealthSetting("sentiment_threshold", 0.5, 0, 4, "a drop below baseline smaller than this is noise"),
    HealthSetting("sentiment_confidence", 99.998, 50, 99.999, "how sure (%) a slide must be before it counts"),
    HealthSetting("sentiment_sure_part", 90, 50, 99.9,
                  "points only for the part of a slide that is this sure (%): few entries, fewer points"),
    HealthSetting("sentiment_points", 40, 0, 100, "points per step (1.0) of drop below the baseline"),
    HealthSetting("sentiment_cap", 40, 0, 100, "most points a sentiment slide can take"),
    HealthSetting("unacknowledged_points", 13, 0, 100,
                  "per feedback item still not acknowledged after its clock"),
    HealthSetting("late_acknowledged_points", 4, 0, 100,
                  "per feedback item acknowledged, but after its clock"),
    HealthSetting("feedback_clock_cap", 30, 0, 100, "most points the feedback clock can take"),
    HealthSetting("reply_overdue_points", 6, 0, 100,
                  "per inbound email, request or feedback still unanswered past the firm's reply rule"),
    HealthSetting("reply_overdue_cap", 18, 0, 100, "most points replies awaited can take"),
    HealthSetting("unresolved_days", 14, 1, 365, "feedback open longer than this counts as unresolved"),
    HealthSetting("unresolved_points", 5, 0, 100, "per feedback item left unresolved"),
    HealthSetting("unresolved_cap", 20, 0, 100, "most points unresolved feedback can take"),
    HealthSetting("deadlock_points", 25, 0, 100, "per negotiation in deadlock"),
    HealthSetting("escalated_points", 25, 0, 100, "per negotiation escalated"),
    HealthSetting("overdue_negotiation_points", 6, 0, 100, "per open negotiation past its target date"),
    HealthSetting("negotiation_cap", 30, 0, 100, "most points negotiations can take"),
    HealthSetting("silence_default_rhythm_days", 30, 1, 365,
                  "rhythm for a client with no contact_every_days and too little history"),
    HealthSetting("silence_grace", 0.25, 0, 5, "silence up to rhythm x (1 + grace) is not counted"),
    HealthSetting("rhythm_min_contacts", 4, 2, 100, "days with contact in a year needed to learn a rhythm"),
    HealthSetting("silence_spread", 2, 0, 5,
                  "a learned rhythm's silence counts past the mean gap plus this many standard deviations"),
    HealthSetting("silence_full_spread", 3.5, 0, 10,
                  "a learned rhythm's silence takes its whole cap this many standard deviations past the mean gap"),
    HealthSetting("silence_points", 30, 0, 100, "points per whole rhythm of silence beyond the first"),
    HealthSetting("silence_cap", 30, 0, 100, "most points silence can take"),
    HealthSetting("overdue_promise_points", 4, 0, 100,
                  "per promised follow-up or negotiation action overdue"),
    HealthSetting("overdue_promise_cap", 20, 0, 100, "most points overdue promises can take"),
    HealthSetting("late_promise_points", 2, 0, 100, "per promise kept, but after its date (lookback)"),
    HealthSetting("late_promise_cap", 10, 0, 100, "most points late promises can take"),
    HealthSetting("drift_points", 25, 0, 100, "per interaction tagged dismissive, capitulating or punishing"),
    HealthSetting("drift_cap", 40, 0, 100, "most points stance drift can take"),
    HealthSetting("effort_threshold", 3.5, 1, 5, "mean client effort (1..5) from which effort counts"),
    HealthSetting("effort_min_count", 3, 1, 50, "rated interactions needed to judge effort"),
    HealthSetting("effort_points", 10, 0, 100, "points per step of mean effort above 3"),
    HealthSetting("effort_cap", 20, 0, 100, "most points high effort can take"),
    HealthSetting("repeat_contact_points", 3, 0, 100, "per time the client had to come back about feedback"),
    HealthSetting("repeat_contact_cap", 15, 0, 100, "most points repeat contacts can take"),
    HealthSetting("renewal_days", 60, 1, 365, "a contract ending within this many days needs renewal talk"),
    HealthSetting("renewal_talk_days", 90, 1, 365,
                  "a negotiation or negotiate-tagged contact this recent counts as renewal talk"),
    HealthSetting("renewal_points", 30, 0, 100, "a contract ending soon with no renewal talk"),
    HealthSetting("pulse_valid_days", 60, 1, 365, "a pulse older than this is no longer counted"),
    HealthSetting("pulse_uneasy_points", 6, 0, 100, "the manager's pulse reads uneasy"),
    HealthSetting("pulse_bad_points", 15, 0, 100, "the manager's pulse reads bad"),
    HealthSetting("warning_drop", 15, 1, 100,
                  "a loss of this many points in 30 days raises a warning (outside the healthy band)"),
    HealthSetting("warning_margin", 5, 0, 20,
                  "a band crossing warns once the score is this far below the band it left"),
)



@dataclass(frozen=True)
class Factor:
    """A factor of the health score as the owner sees it: a name, a sentence of what it does, its numbers."""

    key: str
    title: str
    sentence: str
    settings: tuple[str, ...]


# The weights dialog shows the settings grouped so; its words (translated) are ui.health.weights_dialog's.
FACTORS: tuple[Factor, ...] = (
    Factor("sentiment", "Mood of the conversations",
           "Takes points when the client's recent entries read worse than the client usually does.",
           ("sentiment_recent_days", "sentiment_baseline_days", "sentiment_min_count", "sentiment_threshold",
            "sentiment_confidence", "sentiment_sure_part", "sentiment_full_count", "sentiment_points",
            "sentiment_cap")),
    Factor("feedback_clock", "Feedback answered in time",
           "Takes points for feedback the firm did not acknowledge within its working-hours limit.",
           ("unacknowledged_points", "late_acknowledged_points", "feedback_clock_cap")),
    Factor("reply_clock", "Replies in time",
           "Takes points for messages from the client still waiting for our answer past the firm's reply rule.",
           ("reply_overdue_points", "reply_overdue_cap")),
    Factor("unresolved", "Feedback left open",
           "Takes points for feedback that stays unresolved for too long.",
           ("unresolved_days", "unresolved_points", "unresolved_cap")),
    Factor("repeat_contact", "The client coming back",
           "Takes points each time the client had to come back about the same feedback.",
           ("repeat_contact_points", "repeat_contact_cap")),
    Factor("negotiations", "Hard negotiations",
           "Takes points for negotiations that are stuck, escalated or past their target date.",
           ("deadlock_points", "escalated_points", "overdue_negotiation_points", "negotiation_cap")),
    Factor("silence", "Silence",
           "Takes points when nobody has talked to the client for longer than the client's usual rhythm.",
           ("silence_default_rhythm_days", "silence_grace", "rhythm_min_contacts", "silence_spread", "silence_full_spread",
            "silence_points", "silence_cap")),
    Factor("promises", "Promises",
           "Takes points for follow-ups and agreed actions that are overdue or were kept late.",
           ("overdue_promise_points", "overdue_promise_cap", "late_promise_points", "late_promise_cap")),
    Factor("drift", "Our stance",
           "Takes points for our entries tagged dismissive, capitulating or punishing.",
           ("drift_points", "drift_cap")),
    Factor("effort", "The client's effort",
           "Takes points when dealing with us costs the client a lot of effort.",
           ("effort_threshold", "effort_min_count", "effort_points", "effort_cap")),
    Factor("renewal", "Contract renewal",
           "Takes points when a contract ends soon and nobody has talked about renewing it.",
           ("renewal_days", "renewal_talk_days", "renewal_points")),
    Factor("pulse", "The manager's pulse",
           "Takes points when the account manager's own reading of the client is uneasy or bad.",
           ("pulse_valid_days", "pulse_uneasy_points", "pulse_bad_points")),
    Factor("overall", "Period and warning",
           "How far back the score looks, and how steep a fall raises an early warning.",
           ("lookback_days", "warning_drop", "warning_margin")),
)

DEFAULTS: dict[str, float] = {s.key: s.default for s in SETTINGS}
_BY_KEY = {s.key: s for s in SETTINGS}
SPECS = _BY_KEY  # each setting by its key


def load() -> dict[str, float]:
    """The settings in force: defaults overridden by what the owner stored."""
    from app.common import preferences

    stored = preferences.get(PREFERENCE_KEY)
    merged = dict(DEFAULTS)
    for key, value in stored.items():
        spec = _BY_KEY.get(key)
        if spec and isinstance(value, int | float) and spec.minimum <= value <= spec.maximum:
            merged[key] = float(value)
    return merged


def check(changes: dict) -> dict[str, float]:
    """Validate changed settings; every problem names its key and value."""
    from app.common.errors import Problem

    problems, out = [], {}
    for key, value in changes.items():
        spec = _BY_KEY.get(key)
        if spec is None:
            problems.append(Problem(key, QT_TRANSLATE_NOOP("Messages", "is not a health setting")))
        elif isinstance(value, bool) or not isinstance(value, int | float):
            problems.append(Problem(key, Message(QT_TRANSLATE_NOOP("Messages", "{value} is not a number"), value=repr(value))))
        elif not spec.minimum <= value <= spec.maximum:
            problems.append(Problem(key, Message(QT_TRANSLATE_NOOP("Messages", "{value} is outside {minimum}..{maximum}"), value=repr(value), minimum=float(spec.minimum), maximum=float(spec.maximum))))
        else:
            out[key] = float(value)
    if problems:
        raise ValidationError(problems)
    return out


def may_change(user_id: int | None) -> bool:
    """Only an owner changes how the firm's health is judged."""
    from app.common.rights import may
    from db.models import User

    return may(User.get_or_none(User.id == user_id) if user_id else None, "change settings")


def save(changes: dict, user_id: int | None) -> dict[str, float]:
    """Store an owner's changes (only owners may: rights "change settings"); values equal to the
    default are dropped."""
    from app.common import preferences
    from app.common.rights import require

    require(user_id, "change settings")
    values = check(changes)
    stored = {k: v for k, v in {**preferences.get(PREFERENCE_KEY), **values}.items()
              if k in _BY_KEY and v != DEFAULTS[k]}
    preferences.set(PREFERENCE_KEY, stored)
    return load()
