"""Health in the user's language: reasons, trend and warnings worded from their numbers.

app.health.factors keeps the numbers behind every reason (Reason.values); this module turns
them into translated sentences, so a Russian screen never shows the English detail text.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.health.reason_words import CLEARED_BY, FACTOR_NAMES, SURE_ENOUGH, WHY_NOW_SHOWN
from ui.shell import labels

if TYPE_CHECKING:  # the health engine is loaded when first needed: the app starts without it
    from app.health.factors import Reason
    from app.health.score import ClientHealth

TREND_DAYS = 30  # as app.health.score: a warning compares with the score 30 days before




def signed(value: float, decimals: int = 1) -> str:
    text = labels.number_text(abs(value), decimals)
    return ("+" if value > 0 else "−" if value < 0 else "") + text


def _feedback_clock(v: dict) -> list[str]:
    parts = []
    if v["unacknowledged"]:
        count = v["unacknowledged"]  # a plain name, so lupdate sees the plural
        parts.append(QCoreApplication.translate(
            "Health", "%n feedback item(s) not acknowledged within a working day", "", count))
    if v["late"]:
        count = v["late"]  # a plain name, so lupdate sees the plural
        parts.append(QCoreApplication.translate(
            "Health", "%n feedback item(s) acknowledged late", "", count))
    return parts


def _negotiations(v: dict) -> list[str]:
    parts = []
    if v["deadlock"]:
        count = v["deadlock"]  # a plain name, so lupdate sees the plural
        parts.append(QCoreApplication.translate("Health", "%n negotiation(s) in deadlock", "", count))
    if v["escalated"]:
        count = v["escalated"]  # a plain name, so lupdate sees the plural
        parts.append(QCoreApplication.translate("Health", "%n negotiation(s) escalated", "", count))
    if v["overdue"]:
        count = v["overdue"]  # a plain name, so lupdate sees the plural
        parts.append(QCoreApplication.translate(
            "Health", "%n negotiation(s) past the target date", "", count))
    return parts


def _silence(v: dict) -> list[str]:
    if v["never"]:
        count = v["days"]  # a plain name, so lupdate sees the plural
        gap = QCoreApplication.translate(
            "Health", "no contact since the contract began %n day(s) ago", "", count)
    else:
        count = v["days"]  # a plain name, so lupdate sees the plural
        gap = QCoreApplication.translate("Health", "no contact for %n day(s)", "", count)
    count = v["rhythm"]  # a plain name, so lupdate sees the plural
    rhythm = {"agreed": QCoreApplication.translate(
        "Health", "agreed rhythm: every %n day(s)", "", count),
              "usual": QCoreApplication.translate("Health", "usual rhythm: every %n day(s)", "", count),
              "default": QCoreApplication.translate(
                  "Health", "default rhythm: every %n day(s)", "", count)}[v["rhythm_source"]]
    return [gap, rhythm]


def _sentiment(v: dict) -> list[str]:
    if v["has_baseline"]:
        count = v["days"]  # a plain name, so lupdate sees the plural
        text = QCoreApplication.translate(
            "Health", "mean sentiment %1 over the last %n day(s), against the client's usual %2", "", count)
        return [text.replace("%1", signed(v["recent"])).replace("%2", signed(v["baseline"]))]
    count = v["days"]  # a plain name, so lupdate sees the plural
    return [QCoreApplication.translate(
        "Health", "mean sentiment %1 over the last %n day(s)", "", count).replace("%1", signed(v["recent"]))]


def _contract(v: dict) -> list[str]:
    days = v["days_left"]
    if days >= 0:
        return [QCoreApplication.translate(
            "Health", "the contract ends in %n day(s) with no renewal talk", "", days)]
    count = -days  # a plain name, so lupdate sees the plural
    return [QCoreApplication.translate(
        "Health", "the contract ended %n day(s) ago with no renewal talk", "", count)]


def _feedback_unresolved(v: dict) -> list[str]:
    count = v["count"]  # a plain name, so lupdate sees the plural
    return [QCoreApplication.translate(
        "Health", "%n feedback item(s) unresolved for more than %1 days", "", count)
        .replace("%1", str(v["days"]))]


def _promises_overdue(v: dict) -> list[str]:
    count = v["count"]  # a plain name, so lupdate sees the plural
    return [QCoreApplication.translate(
        "Health", "%n promise(s) to the client overdue", "", count)]


def _promises_late(v: dict) -> list[str]:
    count = v["count"]  # a plain name, so lupdate sees the plural
    return [QCoreApplication.translate(
        "Health", "%n promise(s) kept after the date given", "", count)]


def _stance_drift(v: dict) -> list[str]:
    count = v["count"]  # a plain name, so lupdate sees the plural
    return [QCoreApplication.translate(
        "Health", "%n interaction(s) tagged dismissive, capitulating or punishing", "", count)]


def _repeat_contacts(v: dict) -> list[str]:
    count = v["count"]  # a plain name, so lupdate sees the plural
    return [QCoreApplication.translate(
        "Health", "the client came back %n time(s) about the same problem", "", count)]


def _reply_clock(v: dict) -> list[str]:
    count = v["count"]  # a plain name, so lupdate sees the plural
    return [QCoreApplication.translate(
        "Health", "%n message(s) from the client awaiting a reply past the firm's rule", "", count)]


SENTENCES = {
    "sentiment": _sentiment,
    "feedback_clock": _feedback_clock,
    "reply_clock": _reply_clock,
    "feedback_unresolved": _feedback_unresolved,
    "negotiations": _negotiations,
    "silence": _silence,
    "promises_overdue": _promises_overdue,
    "promises_late": _promises_late,
    "stance_drift": _stance_drift,
    "effort": lambda v: [QCoreApplication.translate(
        "Health", "the client's effort averaged %1 of 5").replace("%1", labels.number_text(v["mean"], 1))],
    "repeat_contacts": _repeat_contacts,
    "contract_ending": _contract,
    "pulse": lambda v: [QCoreApplication.translate(
        "Health", "the account manager's pulse reads “%1”").replace("%1", labels.label("reading", v["reading"]))],
}


def reason_text(reason: Reason) -> str:
    """One reason as the health panel lists it: '2 feedback items not acknowledged ...: −20'."""
    wording = SENTENCES.get(reason.factor)
    sentence = "; ".join(wording(reason.values)) if wording else reason.detail
    if reason.sure < SURE_ENOUGH:
        sentence = QCoreApplication.translate("Health", "%1 (%2 sure)").replace("%1", sentence).replace(
            "%2", percent_text(reason.sure))
    return QCoreApplication.translate(
        "Health", "%1: %2").replace("%1", sentence[:1].upper() + sentence[1:]).replace("%2", signed(reason.points, 0))


def percent_text(share: float) -> str:
    """A share 0..1 as the locale writes a whole percentage ("97%", "97 %")."""
    return QCoreApplication.translate("Health", "%1%").replace("%1", labels.number_text(round(share * 100)))


def why_now_text(health: ClientHealth) -> str:
    """An early warning explained: what fell since when, the factors behind it, what would clear it."""
    since = labels.date_text((health.as_of or dt.date.today()) - dt.timedelta(days=TREND_DAYS))
    text = (QCoreApplication.translate("Health", "Since %1 the score fell from %2 to %3.")
            .replace("%1", since).replace("%2", str(health.previous_score)).replace("%3", str(health.score)))
    if health.why_now:
        causes = ", ".join(f"{QCoreApplication.translate('Health', FACTOR_NAMES.get(f, f))} {signed(p, 0)}"
                           for f, p in health.why_now[:WHY_NOW_SHOWN])
        clears = "; ".join(QCoreApplication.translate("Health", CLEARED_BY[f])
                           for f, _p in health.why_now[:WHY_NOW_SHOWN] if f in CLEARED_BY)
        text += " " + QCoreApplication.translate("Health", "Why now: %1.").replace("%1", causes)
        if clears:
            text += " " + QCoreApplication.translate("Health", "What would clear it: %1.").replace("%1", clears)
    return text


def trend_arrow(trend: int) -> str:
    return "↑" if trend > 4 else "↓" if trend < -4 else "→"


def trend_text(trend: int) -> str:
    if trend == 0:
        return QCoreApplication.translate("Health", "unchanged over 30 days")
    if trend > 0:
        return QCoreApplication.translate("Health", "up %n point(s) in 30 days", "", trend)
    count = -trend  # a plain name, so lupdate sees the plural
    return QCoreApplication.translate("Health", "down %n point(s) in 30 days", "", count)


def band_text(band: str) -> str:
    return labels.label("band", band)


def warning_text(facts: dict) -> str:
    """Today's line for an early warning: the band now and the drop."""
    text = QCoreApplication.translate("Health", "Now %1, %2").replace("%1", band_text(facts.get("band", "")))
    return text.replace("%2", trend_text(int(facts.get("trend", 0))))


def disagreement_text(reading: str, band: str) -> str:
    return (QCoreApplication.translate(
        "Health", "The account manager's pulse (“%1”) and the computed band (%2) are two bands or more apart.")
            .replace("%1", labels.label("reading", reading)).replace("%2", band_text(band)))
