"""One fault-injection trial per kind: a child Rapport is killed (kill -9) at a random moment while it
logs, imports, exports, backs up or migrates, or runs out of disk; then the invariants are checked.

Invariants (what Rapport promises):
- the journal passes SQLite's integrity_check (no corruption);
- every write the child was told had committed is in the journal (no lost write);
- an import is all or nothing; an export file, a backup or a .bak is complete or absent;
- after the next start, no temporary file is left behind.
"""

import csv
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.faults import harness

KINDS = ("logging", "import", "export", "backup", "migration", "disk_full")


@dataclass
class Outcome:
    """What one trial found: kind, whether the kill landed mid-work, and any broken promise."""

    kind: str
    killed: bool = False
    lost_writes: int = 0
    corrupted: bool = False
    problems: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.problems) or self.corrupted or self.lost_writes > 0


class Workbench:
    """A folder for a run of trials, with a template journal and input files made once."""

    def __init__(self, root: Path, interactions: int = 1500):
        self.root = root
        self.home = root / "home"
        self.home.mkdir(parents=True, exist_ok=True)
        self.n = interactions
        self.template = root / "template.db"
        self.bundle = harness.bundle_file(root / "in.json", 10, interactions // 10, note="n" * 300)
        self.csv = root / "in.csv"
        with open(self.csv, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["client", "occurred_at", "channel", "kind", "summary", "notes"])
            for k in range(interactions):
                writer.writerow([f"Table client {k % 7}", "2026-04-01 09:00", "email", "update", f"row {k}", "t" * 200])
        if not self.template.exists():
            done = harness.rapport(self.home, "--db", str(self.template), "import", str(self.bundle))
            assert done.returncode == 0, done.stderr
            # this computer account is the firm's owner, in the template and every copy of it
            done = harness.rapport(self.home, "--db", str(self.template), "users", "link", "Owner")
            assert done.returncode == 0, done.stderr
        self.v1_template = root / "v1.db"
        if not self.v1_template.exists():
            self._make_v1()
        self.durations: dict[str, float] = {}

    def kill_delay(self, rng: random.Random, key: str, *argv: str, template: Path | None = None) -> float:
        """A random moment within the work: up to how long `rapport ARGV` takes here undisturbed
        (measured once per key on a fresh copy), so kills land at any point of it on any machine."""
        if key not in self.durations:
            db = self.fresh("calibrate", template)
            started = time.monotonic()
            harness.rapport(self.home, "--db", str(db), *[a.replace("{dir}", str(db.parent)) for a in argv])
            self.durations[key] = time.monotonic() - started
        return rng.uniform(0.05, 1.05) * self.durations[key]

    def _make_v1(self) -> None:
        connection = sqlite3.connect(self.v1_template)
        connection.executescript((harness.ROOT / "tests" / "db" / "schemas" / "v1.sql").read_text())
        connection.execute("INSERT INTO client (id, name, stage, segment, notes, created_at, updated_at) "
                           "VALUES (1, 'Old client', 'contracted', '', '', '2025-01-01', '2025-01-01')")
        connection.executemany(
            "INSERT INTO interaction (client_id, occurred_at, channel, kind, summary, notes, created_at, updated_at) "
            "VALUES (1, '2025-02-01 10:00:00', 'call', 'update', ?, ?, '2025-02-01', '2025-02-01')",
            [(f"old {k}", "o" * 300) for k in range(self.n)])
        connection.commit()
        connection.close()

    def fresh(self, name: str, template: Path | None = None) -> Path:
        folder = self.root / name
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        target = folder / "journal.db"
        shutil.copy(template or self.template, target)
        return target


def _kill_after(child: subprocess.Popen, delay: float) -> bool:
    """Kill the child with SIGKILL after delay seconds; True if it was still working then."""
    try:
        child.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGKILL)
        child.wait()
        return True


def _start(bench: Workbench, *argv: str, file_size: int | None = None) -> subprocess.Popen:
    return subprocess.Popen([harness.PYTHON, "-m", "app", *argv], env=harness.child_env(bench.home),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=str(harness.ROOT),
                            preexec_fn=harness._limits(file_size, None))


def _check_journal(db: Path, outcome: Outcome) -> None:
    result = harness.integrity(db)
    if result != "ok":
        outcome.corrupted = True
        outcome.problems.append(f"integrity_check: {result}")


def _leftovers(folder: Path) -> list[str]:
    if not folder.exists():  # killed before it made the folder
        return []
    return [p.name for p in folder.iterdir() if ".rapport-" in p.name]


def _next_start_sweeps(bench: Workbench, db: Path, outcome: Outcome, *folders: Path) -> None:
    done = harness.rapport(bench.home, "--db", str(db), "health")
    if done.returncode != 0:
        outcome.problems.append(f"the next start failed: {done.stderr.strip()}")
    for folder in folders:
        left = _leftovers(folder)
        if left:
            outcome.problems.append(f"left behind in {folder.name}: {left}")


def trial_logging(bench: Workbench, rng: random.Random) -> Outcome:
    outcome = Outcome("logging")
    db = bench.fresh("logging")
    child = harness.python(bench.home, harness.LOGGER, str(db), str(rng.random()), stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    outcome.killed = _kill_after(child, rng.uniform(0.3, 2.0))
    acknowledged = {int(line) for line in child.stdout.read().split()}
    _check_journal(db, outcome)
    if not outcome.corrupted:
        connection = sqlite3.connect(db)
        present = {row[0] for row in connection.execute("SELECT id FROM interaction")}
        connection.close()
        outcome.lost_writes = len(acknowledged - present)
    _next_start_sweeps(bench, db, outcome, db.parent)
    return outcome


def trial_import(bench: Workbench, rng: random.Random) -> Outcome:
    outcome = Outcome("import")
    db = bench.fresh("import")
    before = harness.count(db)
    source = rng.choice([bench.bundle, bench.csv])
    delay = bench.kill_delay(rng, f"import {source.suffix}", "import", str(source))
    child = _start(bench, "--db", str(db), "import", str(source))
    outcome.killed = _kill_after(child, delay)
    _check_journal(db, outcome)
    if not outcome.corrupted:
        after = harness.count(db)
        if after not in (before, before + bench.n):
            outcome.problems.append(f"half an import: {after - before} of {bench.n} interactions")
        if not outcome.killed and after != before + bench.n:
            outcome.problems.append(f"the import finished but wrote {after - before}: {child.stderr.read()}")
    _next_start_sweeps(bench, db, outcome, db.parent)
    return outcome


def _export_complete(path: Path, fmt: str, expected: int) -> str:
    """"" if the export file is whole, else what is wrong with it."""
    try:
        if fmt == "csv":
            with open(path, encoding="utf-8-sig", newline="") as handle:
                rows = list(csv.reader(handle))
            got = len(rows) - 1
        elif fmt == "xlsx":
            from openpyxl import load_workbook

            got = sum(1 for _row in load_workbook(path, read_only=True).active.iter_rows()) - 1
        else:
            got = len(json.loads(path.read_text(encoding="utf-8"))["interactions"])
    except Exception as exc:  # noqa: BLE001 - any failure to read is a half-written file
        return f"unreadable {fmt}: {exc!r}"
    return "" if got == expected else f"{fmt} holds {got} of {expected} rows"


def trial_export(bench: Workbench, rng: random.Random) -> Outcome:
    outcome = Outcome("export")
    db = bench.fresh("export")
    fmt = rng.choice(["csv", "xlsx", "bundle"])
    name = f"journal.{'json' if fmt == 'bundle' else fmt}"
    out = db.parent / "exports" / name
    delay = bench.kill_delay(rng, f"export {fmt}", "export", "journal", "--format", fmt, "-o", "{dir}/x/" + name)
    child = _start(bench, "--db", str(db), "export", "journal", "--format", fmt, "-o", str(out))
    outcome.killed = _kill_after(child, delay)
    if out.exists():
        problem = _export_complete(out, fmt, harness.count(db))
        if problem:
            outcome.problems.append(problem)
    elif not outcome.killed:
        outcome.problems.append(f"the export finished without its file: {child.stderr.read()}")
    _check_journal(db, outcome)
    _next_start_sweeps(bench, db, outcome, out.parent)
    return outcome


def trial_backup(bench: Workbench, rng: random.Random) -> Outcome:
    outcome = Outcome("backup")
    db = bench.fresh("backup")
    target = db.parent / "copies" / "backup.db"
    target.parent.mkdir()
    delay = bench.kill_delay(rng, "backup", "backup", "-o", "{dir}/backup.db")
    child = _start(bench, "--db", str(db), "backup", "-o", str(target))
    outcome.killed = _kill_after(child, delay)
    if target.exists():
        if harness.integrity(target) != "ok" or harness.count(target) != harness.count(db):
            outcome.problems.append("a backup that is not whole")
    elif not outcome.killed:
        outcome.problems.append(f"the backup finished without its file: {child.stderr.read()}")
    _check_journal(db, outcome)
    _next_start_sweeps(bench, db, outcome, target.parent, db.parent)
    return outcome


def trial_migration(bench: Workbench, rng: random.Random) -> Outcome:
    from db.migrations import latest_version

    outcome = Outcome("migration")
    delay = bench.kill_delay(rng, "migration", "health", template=bench.v1_template)
    db = bench.fresh("migration", bench.v1_template)
    child = _start(bench, "--db", str(db), "health")
    outcome.killed = _kill_after(child, delay)
    _check_journal(db, outcome)
    for bak in db.parent.glob("*.bak"):
        if bak.stat().st_size == 0 or harness.integrity(bak) != "ok" or harness.count(bak) != bench.n:
            outcome.problems.append(f"{bak.name} is not a whole copy")
    if not outcome.corrupted:
        connection = sqlite3.connect(db)
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.close()
        if version not in range(1, latest_version() + 1) or harness.count(db) != bench.n:
            outcome.problems.append(f"after the kill: version {version}, {harness.count(db)} interactions")
    _next_start_sweeps(bench, db, outcome, db.parent)
    if harness.count(db) != bench.n:
        outcome.problems.append("the migration lost interactions")
    return outcome


def trial_disk_full(bench: Workbench, rng: random.Random) -> Outcome:
    """An import or export that runs out of room: the cause named, exit 2, nothing half-done."""
    outcome = Outcome("disk_full")
    db = bench.fresh("disk_full")
    before = harness.count(db)
    room = harness.largest_file(db) + rng.randint(1, 400) * 1024
    if rng.random() < 0.5:
        done = subprocess.run([harness.PYTHON, "-m", "app", "--db", str(db), "import", str(bench.bundle)],
                              env=harness.child_env(bench.home), capture_output=True, text=True,
                              cwd=str(harness.ROOT), preexec_fn=harness._limits(room, None), timeout=300)
        after = harness.count(db)
        if after not in (before, before + bench.n):
            outcome.problems.append(f"half an import on a full disk: {after - before}")
    else:
        out = db.parent / f"out.{rng.choice(['csv', 'xlsx', 'json'])}"
        done = subprocess.run([harness.PYTHON, "-m", "app", "--db", str(db), "export", "journal", "-o", str(out)],
                              env=harness.child_env(bench.home), capture_output=True, text=True,
                              cwd=str(harness.ROOT), preexec_fn=harness._limits(rng.randint(1, 900) * 1024, None),
                              timeout=300)
        if out.exists() and done.returncode != 0:
            outcome.problems.append("a failed export left its file")
    if done.returncode not in (0, 2) or (done.returncode == 2 and "disk is full" not in done.stderr):
        outcome.problems.append(f"exit {done.returncode}: {done.stderr.strip()[:300]}")
    if "Traceback" in done.stderr or "Exception ignored" in done.stderr:
        outcome.problems.append("a traceback on the terminal")
    _check_journal(db, outcome)
    _next_start_sweeps(bench, db, outcome, db.parent)
    return outcome


TRIALS = {"logging": trial_logging, "import": trial_import, "export": trial_export, "backup": trial_backup,
          "migration": trial_migration, "disk_full": trial_disk_full}


def run_trials(root: Path, trials: int, seed: int, kinds=KINDS, report=print) -> list[Outcome]:
    rng = random.Random(seed)
    bench = Workbench(root)
    outcomes = []
    for n in range(trials):
        kind = kinds[n % len(kinds)]
        started = time.monotonic()
        outcome = TRIALS[kind](bench, rng)
        outcomes.append(outcome)
        if outcome.failed:
            report(f"trial {n + 1} ({kind}) FAILED: {outcome.problems} lost={outcome.lost_writes}")
        elif (n + 1) % 10 == 0:
            report(f"{n + 1} trials, {sum(o.failed for o in outcomes)} failed "
                   f"({time.monotonic() - started:.1f} s for the last)")
    return outcomes


def summary(outcomes: list[Outcome]) -> str:
    lines = [f"{len(outcomes)} trials, {sum(o.killed for o in outcomes)} killed mid-work, "
             f"{sum(o.failed for o in outcomes)} failures, {sum(o.lost_writes for o in outcomes)} lost writes, "
             f"{sum(o.corrupted for o in outcomes)} corruptions"]
    for kind in KINDS:
        mine = [o for o in outcomes if o.kind == kind]
        if mine:
            lines.append(f"  {kind:<10} {len(mine):>4} trials  {sum(o.killed for o in mine):>4} killed  "
                         f"{sum(o.failed for o in mine):>3} failed")
    return "\n".join(lines)


def remove(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
    if os.path.exists(path):
        os.unlink(path)
