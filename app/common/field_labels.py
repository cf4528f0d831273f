"""The on-screen names of the fields that messages name: a problem says "When", never `occurred_at`.

The words are the ones the forms show (without their mnemonic and colon), marked for Qt's
translation tools in the "Fields" context; docs/glossary.md fixes them in the three languages.
"""

import re

from app.common.wording import QT_TRANSLATE_NOOP, Message, translated

CONTEXT = "Fields"

FIELD_LABELS: dict[str, str] = {
    # clients
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "stage": QT_TRANSLATE_NOOP("Fields", "Stage"),
    "segment": QT_TRANSLATE_NOOP("Fields", "Segment"),
    "account_manager": QT_TRANSLATE_NOOP("Fields", "Account manager"),
    "contract_start": QT_TRANSLATE_NOOP("Fields", "Contract from"),
    "contract_end": QT_TRANSLATE_NOOP("Fields", "Contract to"),
    "contract_value": QT_TRANSLATE_NOOP("Fields", "Contract value"),
    "contact_every_days": QT_TRANSLATE_NOOP("Fields", "Contact every"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "login": QT_TRANSLATE_NOOP("Fields", "Login"),
    "password": QT_TRANSLATE_NOOP("Fields", "Password"),
    "email": QT_TRANSLATE_NOOP("Fields", "Email"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    # interactions
    "client": QT_TRANSLATE_NOOP("Fields", "Client"),
    "contact": QT_TRANSLATE_NOOP("Fields", "Contact"),
    "author": QT_TRANSLATE_NOOP("Fields", "Author"),
    "occurred_at": QT_TRANSLATE_NOOP("Fields", "When"),
    "channel": QT_TRANSLATE_NOOP("Fields", "Channel"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "direction": QT_TRANSLATE_NOOP("Fields", "Direction"),
    "sentiment": QT_TRANSLATE_NOOP("Fields", "Sentiment"),
    "effort": QT_TRANSLATE_NOOP("Fields", "Client's effort"),
    "summary": QT_TRANSLATE_NOOP("Fields", "Summary"),
    "tags": QT_TRANSLATE_NOOP("Fields", "Tags"),
    "builtin_tags": QT_TRANSLATE_NOOP("Fields", "Tags"),
    "follow_up_due": QT_TRANSLATE_NOOP("Fields", "Follow up on"),
    "follow_up_done": QT_TRANSLATE_NOOP("Fields", "Followed up on"),
    "praised": QT_TRANSLATE_NOOP("Fields", "Praised colleague"),
    "interaction": QT_TRANSLATE_NOOP("Fields", "Interaction"),
    # feedback
    "raised_at": QT_TRANSLATE_NOOP("Fields", "Raised"),
    "severity": QT_TRANSLATE_NOOP("Fields", "Severity"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "owner": QT_TRANSLATE_NOOP("Fields", "Owner"),
    "acknowledged_at": QT_TRANSLATE_NOOP("Fields", "Acknowledged"),
    "resolved_at": QT_TRANSLATE_NOOP("Fields", "Resolved"),
    "reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    # negotiations
    "topic": QT_TRANSLATE_NOOP("Fields", "Topic"),
    "opened_at": QT_TRANSLATE_NOOP("Fields", "Opened"),
    "target_date": QT_TRANSLATE_NOOP("Fields", "Target date"),
    "client_position": QT_TRANSLATE_NOOP("Fields", "Their position"),
    "our_position": QT_TRANSLATE_NOOP("Fields", "Our position"),
    "contract_refs": QT_TRANSLATE_NOOP("Fields", "Contract references"),
    "spec_refs": QT_TRANSLATE_NOOP("Fields", "Specification references"),
    "options": QT_TRANSLATE_NOOP("Fields", "Options"),
    "outcome": QT_TRANSLATE_NOOP("Fields", "Outcome"),
    "side": QT_TRANSLATE_NOOP("Fields", "Side"),
    "text": QT_TRANSLATE_NOOP("Fields", "What"),
    "note": QT_TRANSLATE_NOOP("Fields", "Note"),
    "description": QT_TRANSLATE_NOOP("Fields", "What"),
    "due": QT_TRANSLATE_NOOP("Fields", "Due"),
    "done_at": QT_TRANSLATE_NOOP("Fields", "Done"),
    "action": QT_TRANSLATE_NOOP("Fields", "Action"),
    # pulse, health, qualification, playbook
    "at": QT_TRANSLATE_NOOP("Fields", "Date"),
    "reading": QT_TRANSLATE_NOOP("Fields", "Reading"),
    "comment": QT_TRANSLATE_NOOP("Fields", "Comment"),
    "weight": QT_TRANSLATE_NOOP("Fields", "Weight"),
    "decision": QT_TRANSLATE_NOOP("Fields", "Decision"),
    "decided_at": QT_TRANSLATE_NOOP("Fields", "Decided on"),
    "criteria_met": QT_TRANSLATE_NOOP("Fields", "Criteria met"),
    "situation": QT_TRANSLATE_NOOP("Fields", "Situation"),
    "language": QT_TRANSLATE_NOOP("Fields", "Language"),
    "kinds": QT_TRANSLATE_NOOP("Fields", "Kinds"),
    "position": QT_TRANSLATE_NOOP("Fields", "Position"),
    "category": QT_TRANSLATE_NOOP("Fields", "Category"),
    # working time
    "working_days": QT_TRANSLATE_NOOP("Fields", "Working days"),
    "work_start": QT_TRANSLATE_NOOP("Fields", "Working hours"),
    "work_end": QT_TRANSLATE_NOOP("Fields", "Working hours"),
    "holidays": QT_TRANSLATE_NOOP("Fields", "Holidays"),
    "day": QT_TRANSLATE_NOOP("Fields", "Day"),
    "hours": QT_TRANSLATE_NOOP("Fields", "Hours"),
    # periods (the brief, the export, search)
    "date_from": QT_TRANSLATE_NOOP("Fields", "From"),
    "date_to": QT_TRANSLATE_NOOP("Fields", "To"),
    # imports
    "columns": QT_TRANSLATE_NOOP("Fields", "Columns"),
}

_LINE = re.compile(r"^line (\d+)$")


def field_label(where: str) -> str:
    """Where a problem is, as the user sees it: a field by its label, "line 4" in their language.

    Paths into a file (`clients[2].stage`, `--from`) are the user's own words for the place and
    stay as they are."""
    if where in FIELD_LABELS:
        return translated(CONTEXT, FIELD_LABELS[where])
    line = _LINE.match(where)
    if line:
        return Message(QT_TRANSLATE_NOOP("Messages", "line {line}"), line=int(line.group(1))).shown()
    return where.shown() if isinstance(where, Message) else where  # "column 'Date'" in the user's language
