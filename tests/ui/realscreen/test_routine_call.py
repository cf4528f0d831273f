"""The routine call on a real X screen: the real app on the sample firm, typed with xdotool as a person types.

Runs when RAPPORT_REAL_DISPLAY names an X display with a window manager (.ci/xvfb.sh starts one);
skipped otherwise. The app runs in its own process on the xcb platform, so focus, the window manager
and the keyboard are the real ones, not the offscreen platform's.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

DISPLAY = os.environ.get("RAPPORT_REAL_DISPLAY", "")
ROOT = Path(__file__).resolve().parents[3]

pytestmark = pytest.mark.skipif(not DISPLAY or not shutil.which("xdotool"),
                                 reason="no real X display (set RAPPORT_REAL_DISPLAY, see .ci/xvfb.sh)")


def xdotool(*args: str, check: bool = True) -> str:
    result = subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": DISPLAY},
                            capture_output=True, text=True, timeout=60)
    if check and result.returncode != 0:
        raise AssertionError(f"xdotool {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout.strip()


def active_title() -> str:
    return xdotool("getactivewindow", "getwindowname", check=False)


def visible_windows() -> list[str]:
    ids = xdotool("search", "--onlyvisible", "--name", ".", check=False).split()
    return [xdotool("getwindowname", window, check=False) for window in ids]


def wait_for(condition, what: str, seconds: float = 40.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"waited {seconds:.0f} s for {what}; the active window is {active_title()!r}, "
                         f"the windows shown {visible_windows()!r}")


def keys(*names: str) -> None:
    for name in names:
        xdotool("key", "--clearmodifiers", name)
        time.sleep(0.15)


def type_text(text: str) -> None:
    xdotool("type", "--delay", "30", text)


def rows(db: Path, sql: str, *params):
    with sqlite3.connect(db) as connection:
        return connection.execute(sql, params).fetchall()


@pytest.fixture(scope="module")
def sample_firm(tmp_path_factory) -> Path:
    """The sample firm (`rapport demo`), built once for the module."""
    path = tmp_path_factory.mktemp("realscreen") / "sample-firm.db"
    subprocess.run([sys.executable, "-m", "app", "demo", "--db", str(path)], cwd=ROOT, check=True,
                   env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, timeout=600)
    return path


@pytest.fixture
def running_app(sample_firm, tmp_path):
    """The desktop app on a copy of the sample firm, signed in as its first account manager, in English."""
    db = tmp_path / "journal.db"
    with sqlite3.connect(sample_firm) as source, sqlite3.connect(db) as copy:
        source.backup(copy)  # with what is still in the write-ahead log
    manager_id, manager = rows(db, "select id, name from user where role = 'account_manager' order by id")[0]
    from app.common.paths import config_dir

    config_dir().mkdir(parents=True, exist_ok=True)
    (config_dir() / "settings.json").write_text(json.dumps({
        "current_user": manager_id, "current_user_journal": str(db.resolve()), "language": "en"}), encoding="utf-8")
    if shutil.which("setxkbmap"):  # xdotool garbles typing under another layout (say, ru left by a person)
        subprocess.run(["setxkbmap", "us"], env={**os.environ, "DISPLAY": DISPLAY}, check=False, timeout=30)
    env = {**os.environ, "DISPLAY": DISPLAY, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-c", "from ui.shell.entry import main; main()", "--db", str(db)],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        wait_for(lambda: "Rapport" in active_title() or process.poll() is not None, "the main window")
        if process.poll() is not None:
            pytest.fail(f"the app ended at start:\n{process.stdout.read()}")
        time.sleep(1.0)  # the client list's first rows arrive from a worker
        yield db, manager
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
        # Shown by pytest only when the test failed: what the app printed and logged meanwhile.
        print("---- the app's output ----\n" + (process.stdout.read() or ""))
        from app.common.paths import log_dir

        log = log_dir() / "rapport.log"
        print("---- the app's log ----\n" + (log.read_text(encoding="utf-8") if log.exists() else "(none)"))


def show_client(db: Path) -> str:
    """Filter the client list to the first client by name (Ctrl+F, its name, Enter), as a person would."""
    (name,) = rows(db, "select name from client where stage = 'contracted' order by name limit 1")[0]
    keys("ctrl+f")
    type_text(name)
    keys("Return")
    time.sleep(0.5)
    return name


def test_ctrl_n_one_line_ctrl_enter_logs_the_call(running_app):
    db, manager = running_app
    client = show_client(db)
    before = rows(db, "select count(*) from interaction")[0][0]

    keys("ctrl+n")
    wait_for(lambda: active_title() == "Log an interaction", "the interaction editor")
    line = f"Real screen call {time.time_ns()}"
    type_text(line)
    keys("ctrl+Return")
    wait_for(lambda: active_title().startswith("Rapport - "), "the editor to close")

    logged = wait_for(lambda: rows(db, "select i.summary, c.name, u.name, i.channel, i.kind from interaction i "
                                       "join client c on c.id = i.client_id join user u on u.id = i.author_id "
                                       "where i.summary = ?", line), "the entry in the database")
    assert logged == [(line, client, manager, "call", "update")]
    assert rows(db, "select count(*) from interaction")[0][0] == before + 1


def test_focus_starts_in_summary_and_esc_keeps_a_draft_for_that_client(running_app):
    db, _manager = running_app
    show_client(db)
    keys("ctrl+n")
    wait_for(lambda: active_title() == "Log an interaction", "the interaction editor")
    type_text("Half a thought")
    keys("Escape")
    wait_for(lambda: active_title().startswith("Rapport - "), "the editor to close")
    assert rows(db, "select count(*) from interaction where summary = 'Half a thought'") == [(0,)]
    keys("ctrl+n")
    wait_for(lambda: active_title() == "Log an interaction", "the interaction editor again")
    keys("alt+r")  # Restore the draft: its text comes back into Summary, where the cursor is
    type_text(", finished")
    keys("ctrl+Return")
    wait_for(lambda: rows(db, "select count(*) from interaction where summary = 'Half a thought, finished'")
             == [(1,)], "the restored draft saved")
