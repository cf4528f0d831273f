"""The JSON bundle of shared/DOMAIN.md: a whole journal in one file, imported all or nothing.

import_bundle checks everything first (every problem reported at once, with its path), then
writes in one transaction with bulk inserts; export_bundle writes the journal in a fixed
order, so export -> import into an empty journal -> export gives the same file.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from app.common.atomic_file import atomic_write
from app.common.errors import RapportError, ValidationError
from app.common.progress import Progress, no_progress
from app.common.rights import require
from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.exchange.bundle.check import SECTIONS
from app.exchange.bundle.exporter import write_bundle
from app.exchange.bundle.importer import BundleWriter
from app.exchange.bundle.sections import check_bundle
from app.exchange.bundle.stages import contract_problems
from app.portrait.qualification import importing_user
from db.connection import is_sqlite
from db.models import User, db


@dataclass
class ImportReport:
    """What an import added to the journal, and what it found there already."""

    source: str
    added: dict[str, int] = field(default_factory=dict)
    matched: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        parts = []
        for section in SECTIONS:
            added, matched = self.added.get(section, 0), self.matched.get(section, 0)
            if added or matched:
                parts.append(f"{section} {added}" + (f" (+{matched} already there)" if matched else ""))
        return f"imported {self.source}: {', '.join(parts) or 'nothing'}"


@dataclass
class ExportReport:
    """What an export wrote, and where."""

    target: str
    counts: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        parts = [f"{section} {n}" for section, n in self.counts.items() if n]
        return f"exported to {self.target}: {', '.join(parts) or 'an empty journal'}"


def read_bundle(path: str | Path):
    """The parsed JSON of a bundle file; a clear error naming the file, line and column if bad."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise RapportError(Message(QT_TRANSLATE_NOOP("Messages", "{path}: no such file"), path=path)) from None
    except IsADirectoryError:
        raise RapportError(Message(QT_TRANSLATE_NOOP("Messages", "{path}: is a folder, not a file"), path=path)) from None
    except OSError as exc:
        raise RapportError(Message(QT_TRANSLATE_NOOP("Messages", "{path}: cannot read the file ({strerror})"), path=path, strerror=exc.strerror)) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RapportError(Message(QT_TRANSLATE_NOOP("Messages", "{path}: not UTF-8 text (byte {start} at offset {start2})"), path=path, start=format(raw[exc.start], '#04x'), start2=exc.start)) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise RapportError(Message(QT_TRANSLATE_NOOP("Messages", "{path}: invalid JSON at line {lineno}, column {colno}: {msg}"), path=path, lineno=exc.lineno, colno=exc.colno, msg=exc.msg)) from None
    except (ValueError, RecursionError) as exc:
        raise RapportError(Message(QT_TRANSLATE_NOOP("Messages", "{path}: cannot read this JSON ({exc})"), path=path, exc=exc)) from None


def import_data(data, source: str = "bundle", progress: Progress | None = None, by=None) -> ImportReport:
    """Import an already parsed bundle: all of it or, on any problem or a cancel, nothing.

    by: who imports (a user or id; None: who acts here, app.common.identity); only an owner may (it
    carries settings, weights and users), except into a journal with nobody in it yet, which the
    bundle sets up (as its first person would). Its clients keep the stages and qualification
    decisions it records (app.exchange.bundle.stages)."""
    progress = progress or no_progress
    importer = importing_user(by)
    if importer is not None or User.select().exists():
        importer = require(importer, "import a bundle")
    checked = check_bundle(data, progress)
    problems, on_behalf = contract_problems(checked, importer)
    if problems:
        raise ValidationError(problems)
    writer = BundleWriter(checked, progress, on_behalf=(importer, on_behalf, source))
    with db.atomic():
        writer.write()
    return ImportReport(source, writer.added, writer.matched)


def import_bundle(path: str | Path, progress: Progress | None = None, by=None) -> ImportReport:
    """Import the bundle file at path (see import_data)."""
    return import_data(read_bundle(path), Path(path).name, progress, by)


def export_bundle(path: str | Path, progress: Progress | None = None) -> ExportReport:
    """Write the whole journal to path as a bundle, whole or not at all."""
    progress = progress or no_progress
    # One read transaction: the file is a consistent snapshot even if others write meanwhile.
    snapshot = db.atomic("DEFERRED") if is_sqlite() else db.atomic()
    # The whole journal, personal data included: as private as the database file (0600).
    with snapshot, atomic_write(path, "w", encoding="utf-8", newline="\n", permissions=0o600) as handle:
        counts = write_bundle(handle, progress)
    return ExportReport(str(path), counts)
