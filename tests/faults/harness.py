"""Running Rapport in a child process under a fault: a file-size limit (a full disk), another
user (a read-only journal), a kill -9 at a chosen moment; and the invariants checked afterwards."""

import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable


def child_env(home: Path) -> dict:
    env = dict(os.environ)
    env.update(PYTHONPATH=str(ROOT), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"), HOME=str(home),
               LANGUAGE="en", LC_ALL="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    env.pop("RAPPORT_DB", None)
    return env


def _limits(file_size: int | None, user: int | None):
    def apply():
        if file_size is not None:
            # A write past the limit fails with EFBIG (SIGXFSZ ignored), as on a full disk.
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))
        if user is not None:
            os.setgid(user)
            os.setuid(user)
    return apply


def rapport(home: Path, *argv: str, file_size: int | None = None, user: int | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess:
    """Run `rapport ARGV` in a child process; file_size: the largest file it may write (bytes)."""
    return subprocess.run([PYTHON, "-m", "app", *argv], env=child_env(home), capture_output=True, text=True,
                          timeout=timeout, preexec_fn=_limits(file_size, user), cwd=str(ROOT))


def python(home: Path, code: str, *args: str, file_size: int | None = None, **popen) -> subprocess.Popen:
    """Start `python -c code args` as a child with Rapport importable."""
    return subprocess.Popen([PYTHON, "-c", code, *args], env=child_env(home), preexec_fn=_limits(file_size, None),
                            cwd=str(ROOT), **popen)


def shared_folder() -> Path:
    """A folder another user can enter (pytest's are private to root), for read-only trials."""
    folder = Path(tempfile.mkdtemp(prefix="rapport-faults-"))
    folder.chmod(0o755)
    return folder


def mount_tmpfs(folder: Path, size: str) -> bool:
    """Mount a small tmpfs at folder (as root); False where mounting is not allowed."""
    if os.geteuid() != 0:
        return False
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder)],
                          capture_output=True)
    return done.returncode == 0


def remount_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True)


def unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def largest_file(db: Path) -> int:
    """The size of the journal or its WAL, whichever is larger: a file-size limit above it leaves room."""
    return max(os.path.getsize(p) for p in (db, Path(f"{db}-wal")) if p.exists())


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def count(path: Path, table: str = "interaction") -> int:
    read_only = not os.access(Path(path).parent, os.W_OK)
    connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?immutable=1", uri=True) if read_only \
        else sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def bundle_file(path: Path, clients: int, interactions_each: int, note: str = "") -> Path:
    """A valid bundle with clients x interactions_each interactions (notes padded to make it large)."""
    data = {"format": "rapport-bundle", "version": 1,
            "users": [{"ref": "u1", "name": "Sales", "role": "account_manager"},
                      {"ref": "u0", "name": "Owner", "role": "owner"}],  # who imports bundles later (an owner's to do)
            "clients": [{"ref": f"c{c}", "name": f"Client {c}", "stage": "contracted"} for c in range(clients)],
            "qualifications": [{"client": f"c{c}", "decided_by": "u1", "decision": "interesting", "reason": "ours"}
                               for c in range(clients)],
            "interactions": [{"ref": f"i{c}-{n}", "client": f"c{c}", "occurred_at": f"2026-03-{1 + n % 28:02d}T10:00:00",
                              "channel": "call", "kind": "update", "summary": f"call {c}-{n}", "notes": note}
                             for c in range(clients) for n in range(interactions_each)]}
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# The child that logs interactions one by one and prints each id once its commit returned:
# every printed id must be in the journal after any kill.
# A failure is reported as the desktop reports it (app.common.storage.explain), exit 2.
LOGGER = """
import sys, datetime as dt
from db.connection import open_database
from app.common.storage import explain
from app.journal import records as journal
open_database(sys.argv[1])
try:
    from tests.stages import client_at_stage
    client = client_at_stage("Kill test " + sys.argv[2])
    from db.models import User
    owner = User.select().where(User.role == "owner").first()
    name = "Kill test author " + sys.argv[2]
    author = (journal.create_user(name, by=owner) if owner else journal.create_first_owner(name)).id
    for n in range(100000):
        item = journal.log_interaction(author=author, client=client.id, occurred_at=dt.datetime(2026, 3, 1, 10), channel="call",
                                       kind="update", summary=f"entry {n}", notes="n" * 200)
        print(item.id, flush=True)
except Exception as exc:
    explained = explain(exc)
    print(f"{explained!r}" if explained else f"unexplained: {exc!r}", file=sys.stderr)
    sys.exit(2)
"""


# Another program holding the journal's write lock until it reads a line on stdin.
LOCK_HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("held", flush=True)
sys.stdin.readline()
connection.execute("ROLLBACK")
"""
