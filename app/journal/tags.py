"""Tags: the firm's words on interactions, checked at the door (linear, with limits) and stored once each."""

import re
from collections.abc import Iterable

from app.common.errors import ValidationError
from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.journal.validation import FieldErrors, show
from db import vocabulary as V
from db.models import Interaction, InteractionTag, Tag

TAG_RE = re.compile(r"^[\w-]{1,60}$")


def normalise_tag(name: str) -> str:
    return re.sub(r"\s+", "_", str(name).strip().casefold())


# Documented limits (README, "Limits"): tags on one interaction, and different tags one import may name.
MAX_TAGS_PER_INTERACTION = 50
MAX_TAGS_PER_IMPORT = 1000


def check_tags(values, field: str, errors: FieldErrors) -> list[str]:
    """The tags named, normalised and without repeats, in order; linear in their number."""
    if values is None:
        return []
    if isinstance(values, str):
        values = [v for v in re.split(r"[,;]", values) if v.strip()]
    if not isinstance(values, list | tuple):
        errors.add(field, Message(QT_TRANSLATE_NOOP("Messages", "{values} is not a list of tags"), values=show(values)))
        return []
    names: dict[str, None] = {}  # ordered and with O(1) membership
    bad = 0
    for i, value in enumerate(values):
        name = normalise_tag(value) if isinstance(value, str) else None
        if name is None or not TAG_RE.match(name):
            bad += 1
            if bad <= 10:  # enough to see what is wrong; a file of bad tags must not make a huge message
                errors.add(f"{field}[{i}]", Message(QT_TRANSLATE_NOOP(
                    "Messages", "{value} is not a tag (letters, digits, _ and -, up to 60)"), value=show(value)))
            continue
        names[name] = None
        if len(names) > MAX_TAGS_PER_INTERACTION:
            errors.add(field, Message(QT_TRANSLATE_NOOP(
                "Messages", "has more than {limit} different tags; at most {limit} are allowed on one interaction"),
                limit=MAX_TAGS_PER_INTERACTION))
            return list(names)[:MAX_TAGS_PER_INTERACTION]
    if bad > 10:
        errors.add(field, Message(QT_TRANSLATE_NOOP("Messages", "... and {count} more that are not tags"),
                                  count=bad - 10))
    return list(names)


def check_import_tags(names: set[str] | dict, field: str = "tags") -> None:
    """Refuse an import that names more different tags than MAX_TAGS_PER_IMPORT (before it writes)."""
    if len(names) > MAX_TAGS_PER_IMPORT:
        raise ValidationError(Message(QT_TRANSLATE_NOOP(
            "Messages", "the file names {count} different tags; at most {limit} may come in one import "
                        "(a firm's own tags are usually a few dozen)"), count=len(names), limit=MAX_TAGS_PER_IMPORT),
            field)


def ensure_tags(names: Iterable[str]) -> list[Tag]:
    """The Tag rows for these names, creating the firm's own tags on first use."""
    names = list(names)
    if not names:
        return []
    existing = {}
    for start in range(0, len(names), 500):  # within SQLite's limit of bound values per statement
        existing.update({t.name: t for t in Tag.select().where(Tag.name.in_(names[start:start + 500]))})
    for name in names:
        if name not in existing:
            existing[name] = Tag.create(name=name, category=V.tag_category(name))
    return [existing[n] for n in names]


def set_interaction_tags(interaction: Interaction, names: Iterable[str]) -> None:
    """Give the interaction exactly these tags, touching only those that come or go (the audit trail
    records what changed, not a tag taken off and put back)."""
    wanted = {t.id for t in ensure_tags(names)}
    held = {t for (t,) in InteractionTag.select(InteractionTag.tag).where(InteractionTag.interaction == interaction).tuples()}
    if held - wanted:
        InteractionTag.delete().where(InteractionTag.interaction == interaction,
                                      InteractionTag.tag.in_(sorted(held - wanted))).execute()
    rows = [{"interaction": interaction.id, "tag": t} for t in sorted(wanted - held)]
    if rows:
        InteractionTag.insert_many(rows).execute()


def tags_of(interaction_ids: Iterable[int]) -> dict[int, list[str]]:
    """Tag names per interaction, in one query."""
    ids = list(interaction_ids)
    out: dict[int, list[str]] = {i: [] for i in ids}
    if not ids:
        return out
    query = (InteractionTag.select(InteractionTag.interaction_id, Tag.name)
             .join(Tag).where(InteractionTag.interaction.in_(ids)).order_by(Tag.name).tuples())
    for interaction_id, name in query:
        out[interaction_id].append(name)
    return out
