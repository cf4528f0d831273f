"""Two tiers of errors: what the user or environment caused (named, fixable) and bugs."""

from dataclasses import dataclass


class RapportError(Exception):
    """A problem the user can fix: bad input, a missing file, a locked database."""

    exit_code = 2


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: where (a field or path) and what."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class ValidationError(RapportError):
    """One or more fields are wrong; each problem names its field and value."""

    def __init__(self, problems: list[Problem] | Problem | str, where: str = ""):
        if isinstance(problems, str):
            problems = [Problem(where, problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))

    def fields(self) -> set[str]:
        return {p.where for p in self.problems}


class NotFound(RapportError):
    """A record named by the user does not exist."""


class PermissionDenied(RapportError):
    """The current user's role does not allow this."""


def get_or_not_found(model, record_id, what: str):
    """The record of model with this id, or NotFound naming what was asked for."""
    record = model.get_or_none(model.id == record_id)
    if record is None:
        raise NotFound(f"no {what} with id {record_id}")
    return record
