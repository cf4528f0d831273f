"""`rapport check` and the desktop's check at start: is the journal sound, in plain words.

Three things are checked: SQLite's pages (integrity_check, or the faster quick_check at start),
the links between records (foreign_key_check: an interaction whose client is gone), and the
search index against the interactions it indexes. The check reads only: it works on a damaged
or read-only journal and changes nothing."""

import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from db.files import file_kind, integrity_problems
from db.search_index import TABLE as SEARCH_TABLE

PARTS = ("pages", "links", "search")
REMEMBERED_CHECKS = 20  # journals whose last good quick check the command line remembers
SHOWN_PROBLEMS = 5


@dataclass(frozen=True)
class Finding:
    """What one part of the check found: part is one of PARTS; details are SQLite's own words."""

    part: str
    ok: bool
    text: str
    details: tuple[str, ...] = ()


@dataclass
class CheckReport:
    """The findings of one check of one journal."""

    path: Path
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.findings)

    def damaged_parts(self) -> list[str]:
        return [f.part for f in self.findings if not f.ok]

    def text(self) -> str:
        lines = [f"Checked {self.path}:"]
        for finding in self.findings:
            lines.append(f"  {'ok     ' if finding.ok else 'DAMAGED'}  {finding.text}")
            lines += [f"           {detail}" for detail in finding.details[:SHOWN_PROBLEMS]]
            if len(finding.details) > SHOWN_PROBLEMS:
                lines.append(f"           ... and {len(finding.details) - SHOWN_PROBLEMS} more")
        if self.ok:
            lines.append("The journal is sound.")
        elif self.damaged_parts() == ["search"]:
            lines.append("Only the search index is out of step: rebuild it with `rapport check --rebuild-index`; "
                         "no record is lost.")
        else:
            lines.append("The journal is damaged. Restore the latest good backup with `rapport restore FILE` "
                         "(list them with `rapport backup --list`); the damaged file is kept aside.")
        return "\n".join(lines) + "\n"


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=15)


def check_journal(path: Path, quick: bool = False) -> CheckReport:
    """Check the SQLite journal at path. quick: pages only, with quick_check (seconds on a big
    journal instead of minutes), as the desktop does at every start."""
    path = Path(path)
    report = CheckReport(path)
    kind = file_kind(path)
    if kind != "sqlite":
        why = {"missing": "there is no file here", "empty": "the file is empty (0 bytes)"}.get(
            kind, "the file is not a SQLite database")
        report.findings.append(Finding("pages", False, f"pages: {why}"))
        return report
    try:
        connection = _connect(path)
    except sqlite3.Error as exc:
        report.findings.append(Finding("pages", False, f"pages: cannot be read ({exc})"))
        return report
    try:
        problems = integrity_problems(connection, quick=quick, limit=100)
        if problems:
            report.findings.append(Finding("pages", False, f"pages: {len(problems)} problem"
                                           f"{'s' if len(problems) != 1 else ''} found by SQLite", tuple(problems)))
            return report  # links and index cannot be trusted on broken pages
        report.findings.append(Finding("pages", True, "pages: every page of the file is intact"))
        if not quick:
            report.findings.append(_links(connection))
            report.findings.append(_search_index(path, connection))
    finally:
        connection.close()
    return report


def _links(connection: sqlite3.Connection) -> Finding:
    try:
        rows = connection.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return Finding("links", False, f"links between records: cannot be checked ({exc})")
    if not rows:
        return Finding("links", True, "links between records: every record points to records that exist")
    broken = Counter((table, parent) for table, _rowid, parent, _fk in rows)
    details = tuple(f"{n} {table} record{'s' if n != 1 else ''} point to a missing {parent}"
                    for (table, parent), n in broken.most_common())
    return Finding("links", False, f"links between records: {len(rows)} broken", details)


def _search_index(path: Path, connection: sqlite3.Connection) -> Finding:
    exists = connection.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (SEARCH_TABLE,)).fetchone()
    if not exists:
        return Finding("search", True, "search index: none in this journal (a database server searches itself)")
    (count,) = connection.execute("SELECT count(*) FROM interaction").fetchone()
    try:
        (indexed,) = connection.execute(f"SELECT count(*) FROM {SEARCH_TABLE}_docsize").fetchone()
    except sqlite3.DatabaseError as exc:
        return Finding("search", False, f"search index: cannot be read ({exc})")
    if indexed != count:
        return Finding("search", False, f"search index: holds {indexed} interactions of {count}")
    problem = _fts_integrity(path)
    if problem:
        return Finding("search", False, f"search index: does not match the interactions ({problem})")
    return Finding("search", True, f"search index: matches the {count} interactions")


def _fts_integrity(path: Path) -> str:
    """FTS5's own check, comparing every indexed word with the interactions' text ("" if sound).
    SQLite runs it as a write, rolled back here; a journal that cannot be written skips it."""
    import os

    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return ""
    try:
        connection = sqlite3.connect(path, timeout=15, isolation_level=None)
    except sqlite3.Error:
        return ""
    try:
        connection.execute("BEGIN")
        connection.execute(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}, rank) VALUES ('integrity-check', 1)")
    except sqlite3.OperationalError as exc:
        text = str(exc)
        return "" if "locked" in text or "readonly" in text else text
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        connection.close()
    return ""


def rebuild_search_index(path: Path) -> int:
    """Rebuild the search index from the interactions (their words' dictionary forms again, by the
    same functions the triggers call); how many interactions it now holds."""
    from peewee import SqliteDatabase

    from db.search_index import rebuild_index, register_functions

    database = SqliteDatabase(str(path), timeout=15)
    register_functions(database)
    try:
        with database.atomic():
            rebuild_index(database)
        return database.execute_sql("SELECT count(*) FROM interaction").fetchone()[0]
    finally:
        database.close()


def _stamp(path: Path) -> list:
    """What changes whenever the journal is written, read without opening it: the file's size,
    modification time and inode (a restore puts another file in its place), and its write-ahead
    log's size and header (whose salts change each time the log starts over). Not the log's
    modification time: every open makes a new, empty log, which changes nothing in the journal.
    (PRAGMA data_version cannot serve: it counts only within one connection.)"""
    import os

    try:
        info = os.stat(path)
        stamp: list = [info.st_size, info.st_mtime_ns, info.st_ino]
    except OSError:
        return []
    try:
        with open(f"{path}-wal", "rb") as wal:
            header = wal.read(32)
            size = os.fstat(wal.fileno()).st_size
    except OSError:
        header, size = b"", 0
    return stamp + [size, header.hex() if size else ""]


def _record_file() -> Path:
    from app.common.paths import data_dir

    return data_dir() / "checked.json"


def quick_problems(connection: sqlite3.Connection, path: Path) -> list[str]:
    """quick_check's problems with the open journal, [] when sound. A journal not written since it
    last passed is not read again (a large journal takes a second or more per command)."""
    import json

    from app.common.atomic_file import atomic_write

    key, stamp = str(Path(path).resolve()), _stamp(Path(path))
    try:
        record = json.loads(_record_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        record = {}
    if not isinstance(record, dict):
        record = {}
    if stamp and record.get(key) == stamp:
        return []
    problems = integrity_problems(connection, quick=True, limit=5)
    if not problems and stamp:
        record.pop(key, None)
        record[key] = stamp  # the newest last: the oldest journals are forgotten first
        record = dict(list(record.items())[-REMEMBERED_CHECKS:])
        try:
            with atomic_write(_record_file(), "w", encoding="utf-8") as handle:
                json.dump(record, handle)
        except OSError:
            pass  # only a shortcut for the next command
    return problems
