"""A health reason as a sentence in the reader's language, for what app/ writes (the brief, the command line).

The sentences are the health panel's (ui/health/text.py), marked in the same "Health" context with
the same English source, so one translation serves the screen, the brief and `rapport health`.
"""

from app.common.wording import QT_TRANSLATE_NOOP, Message, Number

CONTEXT = "Health"


def _say(template: str, count: int | None = None, **places) -> Message:
    values = dict(places)
    if count is not None:
        values["n"] = count
    return Message(template, CONTEXT, **values)


def _feedback_clock(v: dict) -> list[Message]:
    parts = []
    if v["unacknowledged"]:
        parts.append(_say(QT_TRANSLATE_NOOP("Health", "%n feedback item(s) not acknowledged within a working day"),
                          v["unacknowledged"]))
    if v["late"]:
        parts.append(_say(QT_TRANSLATE_NOOP("Health", "%n feedback item(s) acknowledged late"), v["late"]))
    return parts


def _negotiations(v: dict) -> list[Message]:
    parts = []
    if v["deadlock"]:
        parts.append(_say(QT_TRANSLATE_NOOP("Health", "%n negotiation(s) in deadlock"), v["deadlock"]))
    if v["escalated"]:
        parts.append(_say(QT_TRANSLATE_NOOP("Health", "%n negotiation(s) escalated"), v["escalated"]))
    if v["overdue"]:
        parts.append(_say(QT_TRANSLATE_NOOP("Health", "%n negotiation(s) past the target date"), v["overdue"]))
    return parts


def _silence(v: dict) -> list[Message]:
    if v["never"]:
        gap = _say(QT_TRANSLATE_NOOP("Health", "no contact since the contract began %n day(s) ago"), v["days"])
    else:
        gap = _say(QT_TRANSLATE_NOOP("Health", "no contact for %n day(s)"), v["days"])
    rhythm = {"agreed": QT_TRANSLATE_NOOP("Health", "agreed rhythm: every %n day(s)"),
              "usual": QT_TRANSLATE_NOOP("Health", "usual rhythm: every %n day(s)"),
              "default": QT_TRANSLATE_NOOP("Health", "default rhythm: every %n day(s)")}[v["rhythm_source"]]
    return [gap, _say(rhythm, v["rhythm"])]


def _signed(value: float) -> Number:
    return Number(value, 1, signed=True)


def _sentiment(v: dict) -> list[Message]:
    if v["has_baseline"]:
        return [_say(QT_TRANSLATE_NOOP(
            "Health", "mean sentiment %1 over the last %n day(s), against the client's usual %2"), v["days"],
            **{"%1": _signed(v["recent"]), "%2": _signed(v["baseline"])})]
    return [_say(QT_TRANSLATE_NOOP("Health", "mean sentiment %1 over the last %n day(s)"), v["days"],
                 **{"%1": _signed(v["recent"])})]


def _contract(v: dict) -> list[Message]:
    days = v["days_left"]
    if days >= 0:
        return [_say(QT_TRANSLATE_NOOP("Health", "the contract ends in %n day(s) with no renewal talk"), days)]
    return [_say(QT_TRANSLATE_NOOP("Health", "the contract ended %n day(s) ago with no renewal talk"), -days)]


SENTENCES = {
    "sentiment": _sentiment,
    "feedback_clock": _feedback_clock,
    "reply_clock": lambda v: [_say(QT_TRANSLATE_NOOP(
        "Health", "%n message(s) from the client awaiting a reply past the firm's rule"), v["count"])],
    "feedback_unresolved": lambda v: [_say(QT_TRANSLATE_NOOP(
        "Health", "%n feedback item(s) unresolved for more than %1 days"), v["count"], **{"%1": v["days"]})],
    "negotiations": _negotiations,
    "silence": _silence,
    "promises_overdue": lambda v: [_say(QT_TRANSLATE_NOOP("Health", "%n promise(s) to the client overdue"),
                                        v["count"])],
    "promises_late": lambda v: [_say(QT_TRANSLATE_NOOP("Health", "%n promise(s) kept after the date given"),
                                     v["count"])],
    "stance_drift": lambda v: [_say(QT_TRANSLATE_NOOP(
        "Health", "%n interaction(s) tagged dismissive, capitulating or punishing"), v["count"])],
    "effort": lambda v: [_say(QT_TRANSLATE_NOOP("Health", "the client's effort averaged %1 of 5"),
                              **{"%1": Number(v["mean"], 1)})],
    "repeat_contacts": lambda v: [_say(QT_TRANSLATE_NOOP(
        "Health", "the client came back %n time(s) about the same problem"), v["count"])],
    "contract_ending": _contract,
    "pulse": lambda v: [_say(QT_TRANSLATE_NOOP("Health", "the account manager's pulse reads “%1”"),
                             **{"%1": Message(v["reading"], "Labels")})],
}


def reason_sentence(factor: str, values: dict, detail: str) -> str:
    """The reason in the current language (app.common.wording), capitalised; the engine's detail if unknown."""
    wording = SENTENCES.get(factor)
    if wording is None:
        return detail
    try:
        sentence = "; ".join(m.shown() for m in wording(values))
    except (KeyError, TypeError):  # values from an older engine: its own words are better than nothing
        return detail
    return sentence[:1].upper() + sentence[1:]


# What each factor is called when a warning says why now, and what would clear it (the Health tab,
# the brief and `rapport health` say the same, in the same "Health" translations).
FACTOR_NAMES = {
    "sentiment": QT_TRANSLATE_NOOP("Health", "sentiment"),
    "feedback_clock": QT_TRANSLATE_NOOP("Health", "feedback waiting"),
    "reply_clock": QT_TRANSLATE_NOOP("Health", "replies awaited"),
    "feedback_unresolved": QT_TRANSLATE_NOOP("Health", "feedback unresolved"),
    "negotiations": QT_TRANSLATE_NOOP("Health", "negotiations"),
    "silence": QT_TRANSLATE_NOOP("Health", "silence"),
    "promises_overdue": QT_TRANSLATE_NOOP("Health", "promises overdue"),
    "promises_late": QT_TRANSLATE_NOOP("Health", "promises kept late"),
    "stance_drift": QT_TRANSLATE_NOOP("Health", "stance drift"),
    "effort": QT_TRANSLATE_NOOP("Health", "client effort"),
    "repeat_contacts": QT_TRANSLATE_NOOP("Health", "repeat contacts"),
    "contract_ending": QT_TRANSLATE_NOOP("Health", "contract ending"),
    "pulse": QT_TRANSLATE_NOOP("Health", "pulse"),
}
CLEARED_BY = {
    "sentiment": QT_TRANSLATE_NOOP("Health", "hear what is behind the worse ratings and put it right"),
    "feedback_clock": QT_TRANSLATE_NOOP("Health", "acknowledge the feedback that is waiting"),
    "reply_clock": QT_TRANSLATE_NOOP("Health", "answer the client's waiting messages"),
    "feedback_unresolved": QT_TRANSLATE_NOOP("Health", "resolve the open feedback"),
    "negotiations": QT_TRANSLATE_NOOP("Health", "bring the negotiation back to the table and agree"),
    "silence": QT_TRANSLATE_NOOP("Health", "contact the client"),
    "promises_overdue": QT_TRANSLATE_NOOP("Health", "keep the overdue promises"),
    "promises_late": QT_TRANSLATE_NOOP("Health", "keep the next promises on their dates"),
    "stance_drift": QT_TRANSLATE_NOOP("Health", "coach the team back to like, hear, negotiate"),
    "effort": QT_TRANSLATE_NOOP("Health", "make it easier for the client to get things done"),
    "repeat_contacts": QT_TRANSLATE_NOOP("Health", "solve the problem the client keeps raising"),
    "contract_ending": QT_TRANSLATE_NOOP("Health", "open renewal talks"),
    "pulse": QT_TRANSLATE_NOOP("Health", "talk with the account manager about the relationship"),
}
SURE_ENOUGH = 0.995  # a reason read from a sample (a mood, a learned rhythm) says how sure it is below this
WHY_NOW_SHOWN = 3  # the factors a warning names: the ones that took the most points since then
