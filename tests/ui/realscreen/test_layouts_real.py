"""Layouts that hold on a real X screen too: every screen and dialog, in Russian (the longest words),
at 1024x700 and 1920x1080, rendered on the xcb platform with a window manager and audited for clipped
text and overlapping widgets (ui.shell.layout_audit), as the offscreen layout test does.

Runs when RAPPORT_REAL_DISPLAY names an X display (.ci/xvfb.sh starts one); skipped otherwise."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

DISPLAY = os.environ.get("RAPPORT_REAL_DISPLAY", "")
ROOT = Path(__file__).resolve().parents[3]

pytestmark = pytest.mark.skipif(not DISPLAY, reason="no real X display (set RAPPORT_REAL_DISPLAY, see .ci/xvfb.sh)")


def test_every_screen_holds_its_layout_on_a_real_display(tmp_path):
    env = {**os.environ, "DISPLAY": DISPLAY, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "ui.shell.screenshots", str(tmp_path / "shots"), "--lang", "ru",
                           "--size", "all"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    problems = [line for line in done.stderr.splitlines() if line.startswith("  ") and " ru " in line]
    assert done.returncode == 0 and not problems, done.stderr[-3000:]
    shots = sorted(p.name for p in (tmp_path / "shots").glob("*.png"))
    assert any(name.startswith("main-window-ru-1024x700") for name in shots), shots
    assert any(name.startswith("main-window-ru-1920x1080") for name in shots), shots
