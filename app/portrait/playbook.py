"""The playbook: situation -> the conscious, professional action, matched by kind and tags.

An entry matches an interaction when the interaction's kind is one of the entry's kinds or one
of its tags is among the entry's tags. Entries sharing a position are translations of one
another; a language without its own entry falls back to English.
"""

from dataclasses import dataclass

from app.common.errors import ValidationError, get_or_not_found
from app.common.roles import require_role
from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.journal.validation import FieldErrors, check_choice, check_text
from app.portrait.playbook_seed import DEFAULT_PLAYBOOK
from app.trash import deletes
from db import vocabulary as V
from db.models import PlaybookEntry, User, db

LANGUAGES = ("en", "ru", "uk")
FALLBACK = "en"


@dataclass(frozen=True)
class PlaybookRow:
    """One playbook entry as the editor and the hint show it."""

    id: int
    position: int
    language: str
    kinds: tuple[str, ...]
    tags: tuple[str, ...]
    situation: str
    action: str


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in (text or "").split(",") if part.strip())


def _row(entry: PlaybookEntry) -> PlaybookRow:
    return PlaybookRow(entry.id, entry.position, entry.language, _split(entry.kinds), _split(entry.tags),
                       entry.situation, entry.action)


def language_code(language: str) -> str:
    """'ru_RU', 'uk-UA' or 'RU' -> 'ru'; anything unknown -> English."""
    code = (language or "").replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else FALLBACK


def entries(language: str | None = None) -> list[PlaybookRow]:
    """Every entry (or those of one language), by position."""
    query = PlaybookEntry.select().order_by(PlaybookEntry.position, PlaybookEntry.language)
    if language:
        query = query.where(PlaybookEntry.language == language_code(language))
    return [_row(e) for e in query]


def matching_entries(kind: str, tags: list[str], language: str) -> list[PlaybookRow]:
    """Entries whose situation fits this kind and these tags, one per position, in the language."""
    wanted = language_code(language)
    tagset = set(tags or ())
    best: dict[int, PlaybookRow] = {}
    for row in entries():
        if kind not in row.kinds and not tagset.intersection(row.tags):
            continue
        current = best.get(row.position)
        if current is None or row.language == wanted or (
                current.language != wanted and row.language == FALLBACK):
            best[row.position] = row
    # A position with no entry in either the wanted language or English still shows what it has.
    return [best[p] for p in sorted(best)]


def recommended_actions(kind: str, tags: list[str], language: str) -> list[str]:
    """The actions the playbook recommends when an interaction of this kind and tags is logged."""
    return [row.action for row in matching_entries(kind, tags, language)]


def seed_default_playbook() -> int:
    """Add the default entries (en, ru, uk) not yet present; returns how many were added."""
    have = set(PlaybookEntry.select(PlaybookEntry.position, PlaybookEntry.language).tuples())
    rows = [{"position": position, "language": lang, "kinds": kinds, "tags": tags,
             "situation": situation, "action": action}
            for position, kinds, tags, texts in DEFAULT_PLAYBOOK
            for lang, (situation, action) in texts.items() if (position, lang) not in have]
    if rows:
        with db.atomic():
            PlaybookEntry.insert_many(rows).execute()
    return len(rows)


def seed_if_empty() -> int:
    """A new journal gets the default playbook; one whose owners have edited it is left alone (and a
    journal open read-only is left as it is)."""
    from peewee import DatabaseError, IntegrityError, OperationalError

    from db.connection import read_only_reason

    if read_only_reason() or PlaybookEntry.select().exists():
        return 0
    try:
        return seed_default_playbook()
    except DatabaseError as exc:
        if isinstance(exc, IntegrityError | OperationalError):
            raise
        # A damaged journal: the check at start names the damage and offers a backup; the window must open for it.
        import logging

        logging.getLogger(__name__).warning("the default playbook was not written: %s", exc)
        return 0


# ---- owners edit the playbook ------------------------------------------------------------

def _check_entry(data: dict) -> dict:
    errors = FieldErrors()
    out = {
        "situation": check_text(data.get("situation"), "situation", errors, required=True).strip(),
        "action": check_text(data.get("action"), "action", errors, required=True).strip(),
        "language": check_choice(data.get("language") or FALLBACK, LANGUAGES, "language", errors),
    }
    kinds = _split(data.get("kinds", ""))
    for kind in kinds:
        check_choice(kind, V.KINDS, "kinds", errors)
    tags = _split(data.get("tags", ""))
    if not kinds and not tags:
        errors.add("kinds", QT_TRANSLATE_NOOP("Messages", "name at least one interaction kind or tag, or the entry never shows"))
    out["kinds"], out["tags"] = ",".join(kinds), ",".join(t.lower() for t in tags)
    position = data.get("position")
    if position is not None and (isinstance(position, bool) or not isinstance(position, int)):
        errors.add("position", Message(QT_TRANSLATE_NOOP("Messages", "{position} is not a whole number"), position=repr(position)))
    errors.raise_if_any()
    return out


def add_entry(by: User | int, situation: str, action: str, language: str = FALLBACK, kinds: str = "",
              tags: str = "", position: int | None = None) -> PlaybookRow:
    """A new entry (owners only); without a position it goes last."""
    require_role(by, ("owner",), "edit the playbook")
    fields = _check_entry({"situation": situation, "action": action, "language": language,
                           "kinds": kinds, "tags": tags, "position": position})
    if position is None:
        last = PlaybookEntry.select(PlaybookEntry.position).order_by(PlaybookEntry.position.desc()).first()
        position = (last.position if last else 0) + 10
    elif PlaybookEntry.select().where(PlaybookEntry.position == position,
                                      PlaybookEntry.language == fields["language"]).exists():
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "entry {position} already has a {language} text"), position=position, language=fields['language']), "language")
    return _row(PlaybookEntry.create(position=position, **fields))


def update_entry(by: User | int, entry_id: int, **changes) -> PlaybookRow:
    """Change an entry's texts, language, kinds or tags (owners only)."""
    require_role(by, ("owner",), "edit the playbook")
    entry = _get(entry_id)
    unknown = set(changes) - {"situation", "action", "language", "kinds", "tags"}
    if unknown:
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "unknown field(s) {unknown}"), unknown=', '.join(sorted(unknown))))
    merged = {"situation": entry.situation, "action": entry.action, "language": entry.language,
              "kinds": entry.kinds, "tags": entry.tags, **changes}
    fields = _check_entry(merged)
    for key, value in fields.items():
        setattr(entry, key, value)
    entry.save()
    return _row(entry)


def delete_entry(by: User | int, entry_id: int) -> None:
    """Move an entry to the trash (owners only), where an owner can restore it."""
    user = require_role(by, ("owner",), "edit the playbook")
    deletes.trash_playbook_entry(_get(entry_id), user)


def _get(entry_id: int) -> PlaybookEntry:
    return get_or_not_found(PlaybookEntry, entry_id, "playbook entry")
