"""Talking points for a meeting, under like / hear / negotiate, drawn from the journal and the playbook.

Each point is a template key with values, so the document can be written in the reader's language
(the templates are in app.brief.labels).
"""

import datetime as dt
import re

from app.brief.contents import BriefFeedback, BriefNegotiation, TalkingPoint
from app.common.wording import Number
from app.exchange.table.exporter import JournalRow
from app.negotiate.ledger import ACTIVE_STATUSES

MAX_POINTS = 5
_END = re.compile(r"(?<![.])[.;:,]\s*$")


def _clause(text: str) -> str:
    """A summary as part of a sentence: without its own full stop, so no point reads "late.: take it"."""
    return _END.sub("", (text or "").strip())


def like_points(rows: list[JournalRow]) -> list[TalkingPoint]:
    """What pleased them and what went well: things to recall, to leave a good impression."""
    points = []
    for row in rows:
        if row.kind == "praise" or "staff_praise" in row.tags:
            points.append(TalkingPoint("like.praise", {"date": row.occurred_at.date(), "text": _clause(row.summary)}))
        elif "like" in row.tags or (row.sentiment or 0) >= 1:
            points.append(TalkingPoint("like.good", {"date": row.occurred_at.date(), "text": _clause(row.summary)}))
        if len(points) >= MAX_POINTS:
            break
    return points or [TalkingPoint("like.none", {})]


def hear_points(feedback: list[BriefFeedback], rows: list[JournalRow]) -> list[TalkingPoint]:
    """What they told us and still waits: acknowledge it and own it."""
    points = []
    for item in feedback:
        template = "hear.feedback_late" if item.late and item.status == "open" else "hear.feedback"
        points.append(TalkingPoint(template, {"text": _clause(item.summary), "hours": Number(item.hours_open, 1),
                                              "date": item.raised_at.date()}))
        if item.repeat_contacts:
            points.append(TalkingPoint("hear.repeat", {"text": _clause(item.summary), "count": item.repeat_contacts}))
    covered = {item.summary for item in feedback}
    complaints = [r for r in rows if r.kind in ("complaint", "escalation") and r.summary not in covered]
    for row in complaints[:3]:
        points.append(TalkingPoint("hear.complaint", {"date": row.occurred_at.date(), "text": _clause(row.summary)}))
    for row in [r for r in rows if (r.effort or 0) >= 4][:3]:
        points.append(TalkingPoint("hear.effort", {"date": row.occurred_at.date(), "text": _clause(row.summary)}))
    return points or [TalkingPoint("hear.none", {})]


def negotiate_points(negotiations: list[BriefNegotiation], as_of: dt.date,
                     language: str = "en") -> list[TalkingPoint]:
    """For each open negotiation: positions, grounds, options, what was given, what we owe."""
    points = []
    for item in [n for n in negotiations if n.detail.status in ACTIVE_STATUSES]:
        n = item.detail
        points.append(TalkingPoint("neg.positions", {"topic": n.topic, "client": _clause(n.client_position) or "-",
                                                     "ours": _clause(n.our_position) or "-"}))
        refs = "; ".join(r for r in (n.contract_refs, n.spec_refs) if r.strip())
        if refs:
            points.append(TalkingPoint("neg.refs", {"topic": n.topic, "text": _clause(refs)}))
        if n.options.strip():
            points.append(TalkingPoint("neg.options", {"topic": n.topic, "text": _clause(n.options)}))
        ours = [_clause(c.text) for c in n.concessions if c.side_or_status == "ours"]
        theirs = [_clause(c.text) for c in n.concessions if c.side_or_status == "client"]
        if ours or theirs:
            points.append(TalkingPoint("neg.concessions", {"topic": n.topic, "ours": "; ".join(ours) or "-",
                                                           "theirs": "; ".join(theirs) or "-"}))
        for action in item.actions:
            if action.state == "overdue":
                points.append(TalkingPoint("neg.overdue", {"text": _clause(action.description), "date": action.due,
                                                           "owner": action.owner or "-"}))
        if n.target_date and n.target_date < as_of:
            points.append(TalkingPoint("neg.target", {"topic": n.topic, "date": n.target_date}))
    if not points:
        points.append(TalkingPoint("neg.none", {}))
    points.extend(TalkingPoint("neg.playbook", {"text": text}) for text in playbook_advice(language))
    return points


def playbook_advice(language: str) -> list[str]:
    """The firm's playbook actions for a negotiation, where the playbook is in this build."""
    try:
        from app.portrait.playbook import recommended_actions
    except ImportError:
        return []
    return list(recommended_actions("negotiation", ["negotiate"], language))[:3]
