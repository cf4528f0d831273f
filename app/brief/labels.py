"""The words of a negotiation brief in English, marked for Qt's translation tools.

The desktop passes the translated set (ui/brief/dialog.py translates each text in the "Brief"
context); the command line uses English, or a language's .qm file with --lang.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark text for lupdate without importing Qt: app/ stays plain Python."""
    return text


CONTEXT = "Brief"

LABELS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Brief", "Negotiation brief: {client}"),
    "prepared": QT_TRANSLATE_NOOP("Brief", "Prepared on {date}"),
    "period": QT_TRANSLATE_NOOP("Brief", "Interactions from {start} to {end}"),
    "period_tags": QT_TRANSLATE_NOOP("Brief", "Tags: {tags}"),
    "page": QT_TRANSLATE_NOOP("Brief", "Page {page} of {pages}"),
    # sections
    "sec.client": QT_TRANSLATE_NOOP("Brief", "Client and contract"),
    "sec.health": QT_TRANSLATE_NOOP("Brief", "Health"),
    "sec.contacts": QT_TRANSLATE_NOOP("Brief", "Contacts"),
    "sec.feedback": QT_TRANSLATE_NOOP("Brief", "Open feedback"),
    "sec.negotiations": QT_TRANSLATE_NOOP("Brief", "Negotiations"),
    "sec.promises": QT_TRANSLATE_NOOP("Brief", "Promised follow-ups"),
    "sec.interactions": QT_TRANSLATE_NOOP("Brief", "Recent interactions"),
    "sec.points": QT_TRANSLATE_NOOP("Brief", "Talking points"),
    "sec.like": QT_TRANSLATE_NOOP("Brief", "Like: leave a good impression"),
    "sec.hear": QT_TRANSLATE_NOOP("Brief", "Hear: acknowledge and own it"),
    "sec.negotiate": QT_TRANSLATE_NOOP("Brief", "Negotiate: soft in form, firm in principle"),
    # fields
    "f.stage": QT_TRANSLATE_NOOP("Brief", "Stage"),
    "f.segment": QT_TRANSLATE_NOOP("Brief", "Segment"),
    "f.manager": QT_TRANSLATE_NOOP("Brief", "Account manager"),
    "f.contract": QT_TRANSLATE_NOOP("Brief", "Contract"),
    "f.value": QT_TRANSLATE_NOOP("Brief", "Contract value"),
    "f.rhythm": QT_TRANSLATE_NOOP("Brief", "Contact every"),
    "f.days": QT_TRANSLATE_NOOP("Brief", "{n} days"),
    "f.notes": QT_TRANSLATE_NOOP("Brief", "Notes"),
    "f.score": QT_TRANSLATE_NOOP("Brief", "Score"),
    "f.band": QT_TRANSLATE_NOOP("Brief", "Band"),
    "f.trend": QT_TRANSLATE_NOOP("Brief", "Trend, 30 days"),
    "f.warning": QT_TRANSLATE_NOOP("Brief", "Early warning"),
    "warning.yes": QT_TRANSLATE_NOOP("Brief", "yes: a worse band, or 15 points or more lost in 30 days"),
    "f.pulse": QT_TRANSLATE_NOOP("Brief", "Account manager's reading"),
    "f.reasons": QT_TRANSLATE_NOOP("Brief", "What moves the score"),
    "f.factor": QT_TRANSLATE_NOOP("Brief", "Reason"),
    "f.points": QT_TRANSLATE_NOOP("Brief", "Points"),
    "f.name": QT_TRANSLATE_NOOP("Brief", "Name"),
    "f.role": QT_TRANSLATE_NOOP("Brief", "Role"),
    "f.email": QT_TRANSLATE_NOOP("Brief", "Email"),
    "f.phone": QT_TRANSLATE_NOOP("Brief", "Phone"),
    "f.raised": QT_TRANSLATE_NOOP("Brief", "Raised"),
    "f.summary": QT_TRANSLATE_NOOP("Brief", "Summary"),
    "f.severity": QT_TRANSLATE_NOOP("Brief", "Severity"),
    "f.status": QT_TRANSLATE_NOOP("Brief", "Status"),
    "f.owner": QT_TRANSLATE_NOOP("Brief", "Owner"),
    "f.clock": QT_TRANSLATE_NOOP("Brief", "Clock"),
    "f.clock_value": QT_TRANSLATE_NOOP("Brief", "{hours} working h"),
    "f.clock_late": QT_TRANSLATE_NOOP("Brief", "{hours} working h, late"),
    "f.repeats": QT_TRANSLATE_NOOP("Brief", "Came back"),
    "f.opened": QT_TRANSLATE_NOOP("Brief", "Opened"),
    "f.target": QT_TRANSLATE_NOOP("Brief", "Target date"),
    "f.client_position": QT_TRANSLATE_NOOP("Brief", "Their position"),
    "f.our_position": QT_TRANSLATE_NOOP("Brief", "Our position"),
    "f.contract_refs": QT_TRANSLATE_NOOP("Brief", "Contract references"),
    "f.spec_refs": QT_TRANSLATE_NOOP("Brief", "Specification references"),
    "f.options": QT_TRANSLATE_NOOP("Brief", "Options"),
    "f.outcome": QT_TRANSLATE_NOOP("Brief", "Outcome"),
    "f.positions": QT_TRANSLATE_NOOP("Brief", "How the positions moved"),
    "f.concessions": QT_TRANSLATE_NOOP("Brief", "Concessions"),
    "f.actions": QT_TRANSLATE_NOOP("Brief", "Agreed actions"),
    "f.when": QT_TRANSLATE_NOOP("Brief", "When"),
    "f.side": QT_TRANSLATE_NOOP("Brief", "Side"),
    "f.text": QT_TRANSLATE_NOOP("Brief", "What"),
    "f.due": QT_TRANSLATE_NOOP("Brief", "Due"),
    "f.done": QT_TRANSLATE_NOOP("Brief", "Done"),
    "f.kept": QT_TRANSLATE_NOOP("Brief", "Kept?"),
    "f.channel": QT_TRANSLATE_NOOP("Brief", "Channel"),
    "f.kind": QT_TRANSLATE_NOOP("Brief", "Kind"),
    "f.author": QT_TRANSLATE_NOOP("Brief", "Author"),
    "f.sentiment": QT_TRANSLATE_NOOP("Brief", "Sentiment"),
    "f.tags": QT_TRANSLATE_NOOP("Brief", "Tags"),
    # states and sides
    "side.ours": QT_TRANSLATE_NOOP("Brief", "we"),
    "side.client": QT_TRANSLATE_NOOP("Brief", "they"),
    "state.kept": QT_TRANSLATE_NOOP("Brief", "kept"),
    "state.kept_late": QT_TRANSLATE_NOOP("Brief", "kept late"),
    "state.open": QT_TRANSLATE_NOOP("Brief", "not yet due"),
    "state.overdue": QT_TRANSLATE_NOOP("Brief", "OVERDUE"),
    # empty sections
    "none": QT_TRANSLATE_NOOP("Brief", "None."),
    # talking points
    "like.praise": QT_TRANSLATE_NOOP("Brief", "They praised us ({date}): {text}"),
    "like.good": QT_TRANSLATE_NOOP("Brief", "A good moment to recall ({date}): {text}"),
    "like.none": QT_TRANSLATE_NOOP("Brief", "No good moments recorded in this period: find one to open with."),
    "hear.feedback": QT_TRANSLATE_NOOP("Brief", "Show what is being done about: {text} (raised {date})"),
    "hear.feedback_late": QT_TRANSLATE_NOOP(
        "Brief", "Acknowledge first, and own it: {text} (raised {date}, {hours} working hours without an answer)"),
    "hear.repeat": QT_TRANSLATE_NOOP("Brief", "Repeat contacts ({count}): they had to come back about {text}"),
    "hear.complaint": QT_TRANSLATE_NOOP("Brief", "Complaint of {date}: {text}: take responsibility"),
    "hear.effort": QT_TRANSLATE_NOOP("Brief", "It cost them effort ({date}): {text}: make the next step easy"),
    "hear.none": QT_TRANSLATE_NOOP("Brief", "Nothing waits for an answer: ask what could be better."),
    "neg.positions": QT_TRANSLATE_NOOP("Brief", "{topic}: they want {client}; we hold {ours}"),
    "neg.refs": QT_TRANSLATE_NOOP("Brief", "{topic}: ground it in {text}"),
    "neg.options": QT_TRANSLATE_NOOP("Brief", "{topic}: options to offer: {text}"),
    "neg.concessions": QT_TRANSLATE_NOOP("Brief", "{topic}: given so far by us: {ours}; by them: {theirs}"),
    "neg.overdue": QT_TRANSLATE_NOOP("Brief", "Our promise is overdue: {text} (due {date}, {owner})"),
    "neg.target": QT_TRANSLATE_NOOP("Brief", "{topic}: the target date {date} has passed"),
    "neg.none": QT_TRANSLATE_NOOP("Brief", "No open negotiation: take any hard question to the table."),
    "neg.playbook": QT_TRANSLATE_NOOP("Brief", "Playbook: {text}"),
}
