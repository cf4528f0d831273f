"""What the audit trail costs: 10,000 entries logged through the services and brought in by a bundle import,
each with and without the audit triggers, in fresh journals in a temporary folder.

    python -m app.audit.cost [--entries N] [--repeat N] [--json]

It prints the time of each, the slowdown the triggers cause and how much the journal file grows.
Timings depend on the machine and on what else it runs; compare the two columns, not the absolutes."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ENTRIES = 10_000
CLIENTS = 50
HOWS = ("services", "import", "edits")


@dataclass
class Run:
    """One way of writing the entries, with or without the triggers."""

    how: str
    audited: bool
    seconds: float
    journal_bytes: int
    audit_entries: int


def _open(path: Path, audited: bool):
    from db import audit
    from db.connection import open_database
    from db.models import db

    database = open_database(path)
    if not audited:
        for table in audit.AUDITED:
            for action in audit.ACTIONS:
                db.execute_sql(f"DROP TRIGGER IF EXISTS audit_{table}_{action}")
    return database


def _firm(entries: int, seed: int = 7) -> dict:
    """A bundle of CLIENTS clients and `entries` interactions over two years, with tags and sentiment."""
    rng = random.Random(seed)
    start = dt.datetime(2025, 1, 1, 9)
    users = [{"ref": "u1", "name": "Olena K.", "role": "account_manager"}]
    clients = [{"ref": f"c{i}", "name": f"Client {i}", "stage": "contracted", "account_manager": "u1"}
               for i in range(CLIENTS)]
    interactions = [{"ref": f"i{n}", "client": f"c{rng.randrange(CLIENTS)}", "author": "u1",
                     "occurred_at": (start + dt.timedelta(minutes=rng.randrange(2 * 365 * 24 * 60))).isoformat(),
                     "channel": rng.choice(("call", "email", "meeting")), "kind": rng.choice(("update", "request", "complaint")),
                     "sentiment": rng.randint(-2, 2), "summary": f"Entry {n} about the delivery schedule",
                     "notes": "Discussed the next steps and who does what. " * 3, "tags": [rng.choice(("hear", "like"))]}
                    for n in range(entries)]
    return {"format": "rapport-bundle", "version": 1, "users": users, "clients": clients,
            "interactions": interactions}


def _size(path: Path) -> int:
    from db.connection import close_database
    from db.models import db

    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def _count() -> int:
    from db.models import AuditEntry

    return AuditEntry.select().count()


def through_services(folder: Path, entries: int, audited: bool) -> Run:
    from app.journal import records as journal
    from db import audit

    path = folder / f"services-{'audited' if audited else 'plain'}.db"
    _open(path, audited)
    bundle = _firm(entries)
    user = journal.create_first_owner("Olena K.")
    audit.set_actor(user.id)
    ids = {c["ref"]: journal.create_client(name=c["name"]).id for c in bundle["clients"]}
    began = time.perf_counter()
    for item in bundle["interactions"]:
        journal.log_interaction(author=user.id, client=ids[item["client"]], occurred_at=item["occurred_at"],
                                channel=item["channel"], kind=item["kind"], sentiment=item["sentiment"],
                                summary=item["summary"], notes=item["notes"], tags=item["tags"])
    seconds = time.perf_counter() - began
    count = _count()
    return Run("services", audited, seconds, _size(path), count)


def through_import(folder: Path, entries: int, audited: bool) -> Run:
    from app.exchange.bundle.files import import_data

    path = folder / f"import-{'audited' if audited else 'plain'}.db"
    _open(path, audited)
    bundle = _firm(entries)
    began = time.perf_counter()
    import_data(bundle)
    seconds = time.perf_counter() - began
    count = _count()
    return Run("import", audited, seconds, _size(path), count)


def through_edits(folder: Path, entries: int, audited: bool) -> Run:
    """An edit-heavy day: `entries` edits (a summary corrected) spread over a journal of a tenth as many entries."""
    from app.exchange.bundle.files import import_data
    from app.journal import records as journal
    from db import audit
    from db.models import Interaction, User

    path = folder / f"edits-{'audited' if audited else 'plain'}.db"
    _open(path, audited)
    import_data(_firm(max(1, entries // 10)))
    editor = User.select(User.id).where(User.role == "owner").scalar() or User.select(User.id).scalar()
    audit.set_actor(editor)
    ids = [i for (i,) in Interaction.select(Interaction.id).tuples()]
    before = _count()
    size = _size(path)
    _open(path, audited)
    began = time.perf_counter()
    for n in range(entries):
        journal.edit_interaction(ids[n % len(ids)], by=editor, summary=f"Corrected summary {n}")
    seconds = time.perf_counter() - began
    count = _count() - before
    return Run("edits", audited, seconds, _size(path) - size, count)


def measure(entries: int = ENTRIES, repeat: int = 1) -> list[Run]:
    """Each way with and without the triggers, alternately, `repeat` times: the quickest of each counts
    (on a busy machine the quickest run is the one least disturbed)."""
    best: dict[tuple[str, bool], Run] = {}
    for attempt in range(repeat):
        with tempfile.TemporaryDirectory(prefix="rapport-audit-cost-") as name:
            folder = Path(name)
            for way in (through_services, through_import, through_edits):
                for audited in ((False, True) if attempt % 2 == 0 else (True, False)):
                    run = way(folder, entries, audited)
                    key = (run.how, audited)
                    if key not in best or run.seconds < best[key].seconds:
                        best[key] = run
    return [best[(how, audited)] for how in HOWS for audited in (False, True)]


def report(runs: list[Run], entries: int) -> str:
    lines = [f"The audit trail's cost, {entries:,} entries (a fresh journal each; edits: the growth by the edits alone):",
             f"{'how':<9} {'triggers':<8} {'seconds':>8} {'journal MB':>10} {'audit rows':>10}"]
    for run in runs:
        lines.append(f"{run.how:<9} {'on' if run.audited else 'off':<8} {run.seconds:>8.2f} "
                     f"{run.journal_bytes / 1e6:>10.1f} {run.audit_entries:>10,}")
    for how in HOWS:
        plain, audited = (next(r for r in runs if r.how == how and r.audited is a) for a in (False, True))
        lines.append(f"{how}: {audited.seconds / plain.seconds:.2f}x the time, "
                     f"+{(audited.journal_bytes - plain.journal_bytes) / 1e6:.1f} MB "
                     f"({audited.journal_bytes / plain.journal_bytes - 1:+.0%}) with the triggers")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.audit.cost", description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=ENTRIES, metavar="N")
    parser.add_argument("--repeat", type=int, default=1, metavar="N", help="run each N times, keep the quickest")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.entries < 1:
        parser.error("--entries: give at least 1")
    runs = measure(args.entries, max(1, args.repeat))
    print(json.dumps([asdict(r) for r in runs], indent=2) if args.json else report(runs, args.entries))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
