"""Two tiers of errors: what the user or environment caused (named, fixable) and bugs."""

from dataclasses import dataclass

from app.common.wording import QT_TRANSLATE_NOOP, Message, shown


class RapportError(Exception):
    """A problem the user can fix: bad input, a missing file, a locked database.

    str() gives the message in the user's language (app.common.wording); `english` keeps the
    text as written, for logs."""

    exit_code = 2

    def __str__(self) -> str:
        return shown(self.args[0]) if len(self.args) == 1 else super().__str__()

    @property
    def english(self) -> str:
        return str.__str__(self.args[0]) if self.args and isinstance(self.args[0], str) else super().__str__()


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: where (a field or path) and what."""

    where: str
    message: str  # a Message (app.common.wording) or marked text: English, translated by text and str()

    @property
    def text(self) -> str:
        """The message alone in the user's language, for a form that shows it under its field."""
        return shown(self.message)

    @property
    def place(self) -> str:
        """Where, as the user sees it: a field by its on-screen label, a line of a file, a path."""
        from app.common.field_labels import field_label

        return field_label(self.where) if self.where else ""

    def __str__(self) -> str:
        return f"{self.place}: {self.text}" if self.where else self.text


class ValidationError(RapportError):
    """One or more fields are wrong; each problem names its field and value."""

    def __init__(self, problems: list[Problem] | Problem | str, where: str = ""):
        if isinstance(problems, str):
            problems = [Problem(where, problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems = list(problems)
        super().__init__("; ".join(f"{p.where}: {str.__str__(p.message)}" if p.where else str.__str__(p.message)
                                   for p in self.problems))

    def __str__(self) -> str:
        return "; ".join(str(p) for p in self.problems)

    def fields(self) -> set[str]:
        return {p.where for p in self.problems}


class NotFound(RapportError):
    """A record named by the user does not exist."""


class PermissionDenied(RapportError):
    """The current user's role does not allow this."""


# One sentence per kind of record, so that each language can decline the noun as it must.
_NOT_FOUND = {
    "client": QT_TRANSLATE_NOOP("Messages", "no client with id {id}"),
    "contact": QT_TRANSLATE_NOOP("Messages", "no contact with id {id}"),
    "user": QT_TRANSLATE_NOOP("Messages", "no user with id {id}"),
    "interaction": QT_TRANSLATE_NOOP("Messages", "no interaction with id {id}"),
    "feedback item": QT_TRANSLATE_NOOP("Messages", "no feedback item with id {id}"),
    "negotiation": QT_TRANSLATE_NOOP("Messages", "no negotiation with id {id}"),
    "negotiation action": QT_TRANSLATE_NOOP("Messages", "no negotiation action with id {id}"),
    "playbook entry": QT_TRANSLATE_NOOP("Messages", "no playbook entry with id {id}"),
    "portrait criterion": QT_TRANSLATE_NOOP("Messages", "no portrait criterion with id {id}"),
}


def get_or_not_found(model, record_id, what: str):
    """The record of model with this id, or NotFound naming what was asked for."""
    record = model.get_or_none(model.id == record_id)
    if record is None:
        template = _NOT_FOUND.get(what)
        raise NotFound(Message(template, id=record_id) if template else f"no {what} with id {record_id}")
    return record
