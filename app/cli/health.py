"""`rapport health [--as-of DATE] [--json]`: every contracted client's score, band, trend and reasons."""

import datetime as dt
import json
import sys

from app.cli.main import UsageError, add_db_option, open_journal
from app.common.wording import QT_TRANSLATE_NOOP, Message

STEADY = 4  # a change of up to 4 points either way is shown as steady


def register(sub) -> None:
    parser = sub.add_parser(
        "health", help="every client's health score, band, 30-day trend and reasons",
        description="Every contracted (or paused) client's health at a date: score 0..100, band, "
                    "30-day trend, early warning and the reasons that add up to the score. "
                    "A past day is replayed as the journal knew it: only what had been written by the end of "
                    "that day counts, with the values it had then (entries written later, even about earlier "
                    "days, and later edits and deletions do not change it). --by-occurrence instead counts "
                    "everything in today's journal that had happened by that day.")
    parser.add_argument("--as-of", metavar="DATE",
                        help="the day to judge, YYYY-MM-DD (default: today), as the journal knew it then")
    parser.add_argument("--by-occurrence", action="store_true",
                        help="judge the day by when things happened, from the journal as it is now "
                             "(entries written or corrected later count too)")
    parser.add_argument("--json", action="store_true", help="print a JSON array, one object per client")
    add_db_option(parser)
    parser.set_defaults(func=run)


def parse_as_of(text: str | None) -> dt.date:
    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(Message(QT_TRANSLATE_NOOP("Messages", "--as-of: {text} is not a date (use YYYY-MM-DD)"), text=repr(text))) from None


def run(args) -> int:
    as_of = parse_as_of(args.as_of)
    open_journal(args)
    from app.health.score import firm_health

    if args.by_occurrence or as_of >= dt.date.today():
        result = firm_health(as_of)
    else:
        from app.health.replay import written_by

        with written_by(as_of):
            result = firm_health(as_of)
        if not result:
            _nothing_written_yet(as_of)
    if args.json:
        json.dump([h.as_json() for h in result], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_table(result, as_of))
    return 0


def _nothing_written_yet(as_of: dt.date) -> None:
    """A replay that finds nothing written yet says so, and how to judge the day by when things happened."""
    from db.models import AuditEntry, Client

    first = AuditEntry.select(AuditEntry.at).where(AuditEntry.table_name == "client").order_by(AuditEntry.id).scalar()
    if first is None or not Client.select().exists():
        return
    first_day = first.date() if isinstance(first, dt.datetime) else dt.date.fromisoformat(str(first)[:10])
    if first_day > as_of:
        note = Message(QT_TRANSLATE_NOOP("Messages", "note: nothing in this journal had been written by {day} (its first "
                                         "client was written on {first}); --by-occurrence judges that day by when "
                                         "things happened"), day=as_of, first=first_day)
        print(f"rapport: {note.shown()}", file=sys.stderr)


def why_now_line(h, as_of: dt.date) -> str:
    """An early warning explained: since when, the factors that took more points, what would clear it."""
    from app.common.wording import Message
    from app.health.reason_words import CLEARED_BY, FACTOR_NAMES, WHY_NOW_SHOWN

    def say(text: str, **places) -> str:
        return Message(text, "Health", **places).shown()

    since = (as_of - dt.timedelta(days=30)).isoformat()
    text = say("Since %1 the score fell from %2 to %3.", **{"%1": since, "%2": h.previous_score, "%3": h.score})
    shown = h.why_now[:WHY_NOW_SHOWN]
    if shown:
        causes = ", ".join(f"{say(FACTOR_NAMES.get(factor, factor))} {points:+d}" for factor, points in shown)
        text += " " + say("Why now: %1.", **{"%1": causes})
        clears = "; ".join(say(CLEARED_BY[f]) for f, _p in shown if f in CLEARED_BY)
        if clears:
            text += " " + say("What would clear it: %1.", **{"%1": clears})
    return text


def trend_arrow(trend: int) -> str:
    if trend > STEADY:
        return "↑"
    return "→" if trend >= -STEADY else "↓"


def format_table(result, as_of: dt.date) -> str:
    """A readable table: one line per client, then its reasons indented beneath."""
    if not result:
        return f"No contracted clients on {as_of.isoformat()}.\n"
    width = min(40, max(len("client"), *(len(h.client) for h in result)))
    lines = [f"Health on {as_of.isoformat()} ({len(result)} clients, worst first)",
             f"{'client':<{width}}  score  band      trend  warning",
             f"{'-' * width}  -----  --------  -----  -------"]
    from app.common import wording
    from app.health.reason_words import SURE_ENOUGH, reason_sentence

    def band(name: str) -> str:  # the interface's word for the band (rapport --lang), else as stored
        return wording.translated("Labels", name.replace("_", " ")) if wording.translating() else name

    for h in result:
        name = h.client if len(h.client) <= width else h.client[:width - 1] + "…"
        trend = f"{trend_arrow(h.trend_30d)}{h.trend_30d:+d}"
        lines.append(f"{name:<{width}}  {h.score:>5}  {band(h.band):<8}  {trend:>5}  {'WARNING' if h.warning else ''}")
        for reason in h.reasons:
            detail = reason_sentence(reason.factor, reason.values, reason.detail) if wording.translating() \
                else reason.detail
            if reason.sure < SURE_ENOUGH:
                detail = Message("%1 (%2 sure)", "Health", **{"%1": detail, "%2": f"{reason.sure:.0%}"}).shown() \
                    if wording.translating() else f"{detail} ({reason.sure:.0%} sure)"
            lines.append(f"{'':<{width}}    {reason.points:>4}  {detail}")
        if h.warning:
            lines.append(f"{'':<{width}}          {why_now_line(h, as_of)}")
    warnings = sum(h.warning for h in result)
    lines.append(f"{warnings} early warning{'s' if warnings != 1 else ''}.")
    return "\n".join(lines) + "\n"
