"""Checking each kind of record in a bundle, and the whole bundle: problems named by path.

Each function takes (record, errors, refs, uniques, path) and returns the clean record, its
references still bundle refs. The field checks are the services' own (app.journal.records,
app.journal.validation), so a bundle and the forms report a bad value in the same words.
"""

import json

from app.common.errors import Problem, ValidationError
from app.common.progress import Progress, no_progress
from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.exchange.bundle.check import (
    FORMAT,
    KEYS,
    NESTED_KEYS,
    POSITION_RANGE,
    TOP_KEYS,
    VERSION,
    CheckedBundle,
    Refs,
    Uniques,
    check_bool,
    check_keys,
    check_list_of_choices,
    check_score,
    kind_of,
)
from app.journal.records import (
    CLIENT_FIELDS,
    TAG_RE,
    check_client_fields,
    check_contact_fields,
    check_tags,
    check_user_fields,
    normalise_tag,
)
from app.journal.validation import (
    FieldErrors,
    check_choice,
    check_int,
    check_number,
    check_text,
    parse_date,
    parse_datetime,
    show,
)
from db import vocabulary as V


def check_user(record: dict, errors: FieldErrors, refs: Refs, uniques: Uniques, path: str) -> dict:
    out = check_user_fields({"name": record.get("name"), "role": record.get("role")}, errors)
    uniques.check("users", "name", out["name"], path, errors)
    out["active"] = check_bool(record.get("active"), "active", errors)
    out["ref"] = refs.define("users", record, path, errors)
    return out


def check_tag(record: dict, errors: FieldErrors, refs: Refs, uniques: Uniques, path: str) -> dict:
    name = record.get("name")
    if name is None or name == "":
        errors.add("name", QT_TRANSLATE_NOOP("Messages", "is required"))
    elif not isinstance(name, str) or not TAG_RE.match(normalise_tag(name)):
        errors.add("name", Message(QT_TRANSLATE_NOOP("Messages", "{show} is not a tag (letters, digits, _ and -, up to 60)"), show=show(name)))
    name = normalise_tag(name) if isinstance(name, str) else ""
    uniques.check("tags", "name", name, path, errors)
    category = check_choice(record.get("category") or V.tag_category(name), V.TAG_CATEGORIES,
                            "category", errors)
    return {"name": name, "category": category,
            "description": check_text(record.get("description"), "description", errors)}


def check_client(record: dict, errors: FieldErrors, refs: Refs, uniques: Uniques, path: str) -> dict:
    given = {k: record[k] for k in CLIENT_FIELDS if k in record and k != "account_manager"}
    given["name"] = record.get("name")
    out = check_client_fields(given, errors, partial=True)
    defaults = {"stage": "prospect", "segment": "", "contract_start": None, "contract_end": None,
                "contract_value": None, "contact_every_days": None, "notes": ""}
    out = defaults | out
    uniques.check("clients", "name", out["name"], path, errors)
    out["account_manager"] = refs.resolve(record.get("account_manager"), "users", "account_manager", errors)
    out["ref"] = refs.define("clients", record, path, errors, required=True)
    return out


def check_contact(record: dict, errors: FieldErrors, refs: Refs, uniques: Uniques, path: str) -> dict:
    out = check_contact_fields(record, errors)
    out["client"] = refs.resolve(record.get("client"), "clients", "client", errors, required=True)
    out["ref"] = refs.define("contacts", record, path, errors, client=out["client"])
    return out


def _flag(value, field: str, errors: FieldErrors) -> bool:
    """true or false (left out: false)."""
    if value is None:
        return False
    if not isinstance(value, bool):
        errors.add(field, Message(QT_TRANSLATE_NOOP("Messages", "{value} is not true or false"), value=show(value)))
        return False
    return value


def check_interaction(record: dict, errors: FieldErrors, refs: Refs, uniques: Uniques, path: str) -> dict:
    get = record.get
    client = refs.resolve(get("client"), "clients", "client", errors, required=True)
    contact = refs.resolve(get("contact"), "contacts", "contact", errors)
    refs.same_client("contacts", contact, client, "contact", errors)
    out = {
        "client": client,
        "contact": contact,
        "author": refs.resolve(get("author"), "users", "author", errors),
        "occurred_at": parse_datetime(get("occurred_at"), "occurred_at", errors, required=True),
        "channel": check_choice(get("channel"), V.CHANNELS, "channel", errors, required=True),
        "kind": check_choice(get("kind"), V.KINDS, "kind", errors, required=True),
        "direction": check_choice(get("direction"), V.DIRECTIONS, "direction", errors),
        "sentiment": check_int(get("sentiment"), *V.SENTIMENT_RANGE, "sentiment", errors),
        "effort": check_int(get("effort"), *V.EFFORT_RANGE, "effort", errors),
        "summary": check_text(get("summary"), "summary", errors, max_length=2000).strip(),
        "notes": check_text(get("notes"), "notes", errors),
        "tags": check_tags(get("tags"), "tags", errors),
        "follow_up_due": parse_date(get("follow_up_due"), "follow_up_due", errors),
        "follow_up_done": parse_date(get("follow_up_done"), "follow_up_done", errors),
        "follow_up_channel": check_choice(get("follow_up_channel"), V.CHANNELS, "follow_up_channel", errors),
        "no_reply_needed": _flag(get("no_reply_needed"), "no_reply_needed", errors),
        "reply_assignee": refs.resolve(get("reply_assignee"), "users", "reply_assignee", errors),
    }
    out["ref"] = refs.define("interactions", record, path, errors, client=client)
    return out


def _interaction_of_client(value, where: str, client: str | None, refs: Refs, errors: FieldErrors):
    ref = refs.resolve(value, "interactions", where, errors)
    refs.same_client("interactions", ref, client, where, errors)
    return ref


def check_feedback(record: dict, errors: FieldErrors, refs: Refs, uniques: Uniques, path: str) -> dict:
    get = record.get
    client = refs.resolve(get("client"), "clients", "client", errors, required=True)
    out = {
        "client": client,
        "interaction": _interaction_of_client(get("interaction"), "interaction", client, refs, errors),
        "raised_at": parse_datetime(get("raised_at"), "raised_at", errors, required=True),
        "summary": check_text(get("summary"), "summary", errors),
        "severity": check_choice(get("severity") or "medium", V.FEEDBACK_SEVERITIES, "severity", errors),
        "status": check_choice(get("status") or "open", V.FEEDBACK_STATUSES, "status", errors),
        "acknowledged_at": parse_datetime(get("acknowledged_at"), "acknowledged_at", errors),
        "resolved_at": parse_datetime(get("resolved_at"), "resolved_at", errors),
        "owner": refs.resolve(get("owner"), "users", "owner", errors),
        "resolved_by": _interaction_of_client(get("resolved_by"), "resolved_by", client, refs, errors),
        "repeat_contacts": refs.resolve_list(get("repeat_contacts"), "interactions", "repeat_contacts",
                                             errors, client),
        "acknowledged_by": refs.resolve(get("acknowledged_by"), "users", "acknowledged_by", errors),
    }
    out["ref"] = refs.define("feedback", record, path, errors, client=client)
    return out


def _nested(record: dict, key: str, errors: FieldErrors, check) -> list[dict]:
    """A list of small records inside a negotiation, each checked with its own path."""
    values = record.get(key)
    if values is None:
        return []
    if not isinstance(values, list):
        errors.add(key, Message(QT_TRANSLATE_NOOP("Messages", "is {values}, not a list"), values=kind_of(values)))
        return []
    out = []
    for i, value in enumerate(values):
        inner = FieldErrors(errors.path(f"{key}[{i}]"))
        if not isinstance(value, dict):
            errors.add(f"{key}[{i}]", Message(QT_TRANSLATE_NOOP("Messages", "is {value}, not an object"), value=kind_of(value)))
            continue
        check_keys(value, NESTED_KEYS[key], inner)
        out.append(check(value, inner))
        errors.problems.extend(inner.problems)
    return out


def check_negotiation(record: dict, errors: FieldErrors, refs: Refs, uniques: Uniques, path: str) -> dict:
    get = record.get
    client = refs.resolve(get("client"), "clients", "client", errors, required=True)
    out = {
        "client": client,
        "topic": check_text(get("topic"), "topic", errors, required=True, max_length=300).strip(),
        "opened_at": parse_date(get("opened_at"), "opened_at", errors, required=True),
        "target_date": parse_date(get("target_date"), "target_date", errors),
    }
    for key in ("client_position", "our_position", "contract_refs", "spec_refs", "options", "outcome"):
        out[key] = check_text(get(key), key, errors)

    def user(value, where, inner):
        return refs.resolve(value, "users", where, inner)

    out["history"] = _nested(record, "history", errors, lambda r, e: {
        "at": parse_datetime(r.get("at"), "at", e, required=True),
        "status": check_choice(r.get("status"), V.NEGOTIATION_STATUSES, "status", e, required=True),
        "note": check_text(r.get("note"), "note", e),
        "author": user(r.get("author"), "author", e)})
    out["actions"] = _nested(record, "actions", errors, lambda r, e: {
        "description": check_text(r.get("description"), "description", e),
        "owner": user(r.get("owner"), "owner", e),
        "due": parse_date(r.get("due"), "due", e),
        "done_at": parse_date(r.get("done_at"), "done_at", e)})
    for key, text_key in (("positions", "text"), ("concessions", "description")):
        out[key] = _nested(record, key, errors, lambda r, e, t=text_key: {
            "at": parse_datetime(r.get("at"), "at", e, required=True),
            "side": check_choice(r.get("side"), V.CONCESSION_SIDES, "side", e, required=True),
            t: check_text(r.get(t), t, e, required=True)})
    out["sessions"] = refs.resolve_list(get("sessions"), "interactions", "sessions", errors, client)
    out["status"] = _negotiation_status(get("status"), out["history"], errors)
    out["ref"] = refs.define("negotiations", record, path, errors, client=client)
    return out


def _negotiation_status(value, history: list[dict], errors: FieldErrors) -> str | None:
    """The status given, or the last of the history; the two must agree."""
    last = history[-1]["status"] if history else None
    status = check_choice(value or last or "open", V.NEGOTIATION_STATUSES, "status", errors)
    if status and last and status != last:
        errors.add("status", Message(QT_TRANSLATE_NOOP("Messages", "{status} is not the last status of its history ({last})"), status=show(status), last=repr(last)))
    return status


def check_pulse(record: dict, errors: FieldErrors, refs: Refs, uniques: Uniques, path: str) -> dict:
    get = record.get
    return {
        "client": refs.resolve(get("client"), "clients", "client", errors, required=True),
        "author": refs.resolve(get("author"), "users", "author", errors),
        "at": parse_date(get("at"), "at", errors, required=True),
        "reading": check_choice(get("reading"), V.PULSE_READINGS, "reading", errors, required=True),
        "comment": check_text(get("comment"), "comment", errors),
    }


def check_stage_change(record: dict, errors: FieldErrors, refs: Refs, uniques: Uniques, path: str) -> dict:
    get = record.get
    return {
        "client": refs.resolve(get("client"), "clients", "client", errors, required=True),
        "at": parse_datetime(get("at"), "at", errors, required=True),
        "from_stage": check_choice(get("from_stage"), V.CLIENT_STAGES, "from_stage", errors),
        "to_stage": check_choice(get("to_stage"), V.CLIENT_STAGES, "to_stage", errors, required=True),
        "author": refs.resolve(get("author"), "users", "author", errors),
        "note": check_text(get("note"), "note", errors),
    }


def check_playbook_entry(record: dict, errors: FieldErrors, refs: Refs, uniques: Uniques, path: str) -> dict:
    get = record.get
    return {
        "situation": check_text(get("situation"), "situation", errors, required=True),
        "action": check_text(get("action"), "action", errors, required=True),
        "language": check_text(get("language") or "en", "language", errors, max_length=5).strip(),
        "kinds": check_list_of_choices(get("kinds"), V.KINDS, "kinds", errors),
        "tags": check_tags(get("tags") or [], "tags", errors),
        "position": check_int(get("position"), *POSITION_RANGE, "position", errors) or 0,
    }


def check_criterion(record: dict, errors: FieldErrors, refs: Refs, uniques: Uniques, path: str) -> dict:
    get = record.get
    weight = check_number(get("weight"), "weight", errors)
    return {
        "name": check_text(get("name"), "name", errors, required=True, max_length=200).strip(),
        "description": check_text(get("description"), "description", errors),
        "weight": 1.0 if weight is None else weight,
        "position": check_int(get("position"), *POSITION_RANGE, "position", errors) or 0,
        "ref": refs.define("portrait", record, path, errors),
    }


def check_qualification(record: dict, errors: FieldErrors, refs: Refs, uniques: Uniques, path: str) -> dict:
    get = record.get
    return {
        "client": refs.resolve(get("client"), "clients", "client", errors, required=True),
        "decided_by": refs.resolve(get("decided_by"), "users", "decided_by", errors),
        "decided_at": parse_datetime(get("decided_at"), "decided_at", errors),
        "decision": check_choice(get("decision"), V.QUALIFICATION_DECISIONS, "decision", errors, required=True),
        "reason": check_text(get("reason"), "reason", errors),
        "score": check_score(get("score"), "score", errors),
        "criteria_met": refs.resolve_list(get("criteria_met"), "portrait", "criteria_met", errors),
    }


def check_holiday(record: dict, errors: FieldErrors, refs: Refs, uniques: Uniques, path: str) -> dict:
    out = {"day": parse_date(record.get("day"), "day", errors, required=True),
           "name": check_text(record.get("name"), "name", errors, max_length=200).strip()}
    uniques.check("holidays", "day", out["day"], path, errors)
    return out


def check_settings(value, problems: list[Problem]) -> dict[str, object]:
    """Firm-wide settings: an object of key -> any JSON value."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        problems.append(Problem("settings", Message(QT_TRANSLATE_NOOP("Messages", "is {value}, not an object"), value=kind_of(value))))
        return {}
    out = {}
    for key, item in value.items():
        name_errors = FieldErrors("settings")
        if check_text(key, key, name_errors, required=True, max_length=100) != key or name_errors:
            problems.append(Problem(f"settings.{key}", QT_TRANSLATE_NOOP("Messages", "is not a setting name (1 to 100 characters)")))
            continue
        try:
            json.dumps(item, allow_nan=False)
        except ValueError:
            problems.append(Problem(f"settings.{key}", Message(QT_TRANSLATE_NOOP("Messages", "{item} cannot be stored (not a finite number)"), item=show(item))))
            continue
        out[key] = item
    from app.exchange.bundle.settings import check_firm_settings

    problems += check_firm_settings(out)
    return out


# Records checked between two calls of the progress callback.
CHECK_CHUNK = 5000

SECTION_CHECKS = {
    "users": check_user,
    "tags": check_tag,
    "clients": check_client,
    "contacts": check_contact,
    "interactions": check_interaction,
    "feedback": check_feedback,
    "negotiations": check_negotiation,
    "pulses": check_pulse,
    "stage_changes": check_stage_change,
    "playbook": check_playbook_entry,
    "portrait": check_criterion,
    "qualifications": check_qualification,
    "holidays": check_holiday,
}


def check_bundle(data, progress: Progress | None = None) -> CheckedBundle:
    """Check a parsed bundle whole; raise ValidationError listing every problem with its path."""
    progress = progress or no_progress
    if not isinstance(data, dict):
        raise ValidationError([Problem("(top level)", Message(QT_TRANSLATE_NOOP("Messages", "is {data}, not a JSON object"), data=kind_of(data)))])
    header = FieldErrors()
    if data.get("format") != FORMAT:
        header.add("format", f"{show(data.get('format'))} is not {FORMAT!r}: this is not a Rapport bundle")
    elif data.get("version") != VERSION or isinstance(data.get("version"), bool):
        header.add("version", f"{show(data.get('version'))} is not supported (this Rapport reads "
                              f"version {VERSION})")
    header.raise_if_any()  # a file of another kind: its contents are not worth listing
    errors = FieldErrors()
    check_keys(data, TOP_KEYS, errors)
    problems = list(errors.problems)
    checked = CheckedBundle()
    refs, uniques = Refs(), Uniques()
    total = sum(len(v) for v in data.values() if isinstance(v, list))
    done = 0
    for section, check in SECTION_CHECKS.items():
        checked.sections[section] = []
        records = data.get(section)
        if records is None:
            continue
        checked.present.add(section)
        if not isinstance(records, list):
            problems.append(Problem(section, Message(QT_TRANSLATE_NOOP("Messages", "is {records}, not a list"), records=kind_of(records))))
            continue
        for i, record in enumerate(records):
            if i % CHECK_CHUNK == 0:  # a chance to cancel, now and then
                progress(done + i, total, f"checking {section}")
            path = f"{section}[{i}]"
            if not isinstance(record, dict):
                problems.append(Problem(path, Message(QT_TRANSLATE_NOOP("Messages", "is {record}, not an object"), record=kind_of(record))))
                continue
            errors = FieldErrors(path)
            check_keys(record, KEYS[section], errors)
            checked.sections[section].append(check(record, errors, refs, uniques, path))
            problems.extend(errors.problems)
        done += len(records)
    if "settings" in data:
        checked.present.add("settings")
        checked.settings = check_settings(data["settings"], problems)
    if problems:
        raise ValidationError(problems)
    return checked

