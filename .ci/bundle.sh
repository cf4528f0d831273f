#!/usr/bin/env bash
# CI: build the standalone bundle (python packaging/build.py) and smoke-test the built program
# itself, not the source: --version, demo --db, health --json, a search, a brief to PDF, and a
# first run of the window under Xvfb (a new journal in the platform's data folder, the sample
# firm from the welcome, closed with Ctrl+Q); prints the build time and the bundle's size.
# Installs xvfb, xdotool and Qt's xcb libraries with apt-get when missing (the build then
# bundles those libraries, so a stock desktop does not need them).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
say() { echo "bundle: $*"; }
fail() { echo "bundle: FAILED: $*" >&2; exit 1; }

# ---- system packages ---------------------------------------------------------------------
PACKAGES="xvfb xdotool x11-utils libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1
  libfontconfig1 libdbus-1-3 fonts-dejavu-core"
if command -v dpkg-query >/dev/null; then
  missing=""
  for package in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing="$missing $package"
  done
  if [ -n "$missing" ]; then
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
      say "installing$missing"
      apt-get update -qq >/dev/null 2>&1 || true
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    else
      say "missing system packages (install them as root):$missing"
    fi
  fi
fi

# ---- build ---------------------------------------------------------------------------------
PYTHON=${PYTHON:-python3}
if [ -n "${VIRTUAL_ENV:-}" ]; then
  # In .ci/run's environment (Rapport's dependencies already there) only PyInstaller is added;
  # elsewhere packaging/build.py makes its own build environment.
  PYTHON=python
  "$PYTHON" -c "import PyInstaller" 2>/dev/null || "$PYTHON" -m pip install -q 'pyinstaller>=6.10'
fi
build_started=$SECONDS
"$PYTHON" packaging/build.py
say "build took $((SECONDS - build_started)) s"
BUNDLE=$ROOT/dist/rapport
B=$BUNDLE/rapport
[ -x "$B" ] || fail "no program at $B"
say "size: $(du -sh --apparent-size "$BUNDLE" | cut -f1) unpacked, archive $(du -h dist/rapport-*-linux-*.tar.gz | cut -f1)"

# Libraries the bundle still takes from the system (glibc, libxcb, libGL/libEGL, libwayland).
from_system=$(find "$BUNDLE/_internal" -name '*.so*' -type f -print0 \
  | LD_LIBRARY_PATH=$BUNDLE/_internal xargs -0 -n 50 ldd 2>/dev/null \
  | awk '$2 == "=>" && $3 !~ /_internal/ {print $1} /not found/ {print $1 " (NOT FOUND)"}' | sort -u | tr '\n' ' ')
say "takes from the system: $from_system"
case "$from_system" in *"NOT FOUND"*) fail "the bundle needs libraries this machine lacks" ;; esac

# ---- the command line, in a home of its own ---------------------------------------------
T=$(mktemp -d "${TMPDIR:-/tmp}/rapport-bundle.XXXXXX")
XVFB_PID=""; APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$T"
}
trap cleanup EXIT
export HOME=$T/home LANG=C.UTF-8 LC_ALL=C.UTF-8
unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_STATE_HOME XDG_CACHE_HOME RAPPORT_DB QT_QPA_PLATFORM
mkdir -p "$HOME"
cd "$T"  # nothing of the source tree is on hand

expected="rapport $("$PYTHON" -c 'import tomllib; print(tomllib.load(open("'"$ROOT"'/pyproject.toml", "rb"))["project"]["version"])')"
[ "$("$B" --version)" = "$expected" ] || fail "--version says '$("$B" --version)', expected '$expected'"
say "--version: $expected"

"$B" demo --db "$T/demo.db" --today 2026-06-30 > "$T/demo.out"
say "demo: $(tr '\n' ' ' < "$T/demo.out")"

"$B" --db "$T/demo.db" health --json > "$T/health.json"
worst=$("$PYTHON" - "$T/health.json" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1], encoding="utf-8"))
assert len(rows) >= 30, f"health --json: {len(rows)} clients"
for row in rows:
    assert set(row) >= {"client_id", "client", "score", "band", "trend_30d", "warning", "reasons"}, row
    assert 0 <= row["score"] <= 100 and row["band"] in ("healthy", "watch", "at_risk", "souring"), row
print(min(rows, key=lambda r: r["score"])["client"])
PY
) || fail "health --json"
say "health --json: every client scored; worst: $worst"

"$B" --db "$T/demo.db" search "доставка" --json > "$T/hits.json"
"$PYTHON" - "$T/hits.json" <<'PY' || fail "search"
import json, sys
hits = json.load(open(sys.argv[1], encoding="utf-8"))
assert hits, "search доставка: no hits"
print(f"bundle: search доставка: {len(hits)} hits")
PY

"$B" --db "$T/demo.db" export brief --client "$worst" --format pdf --lang uk -o "$T/brief.pdf"
[ "$(head -c 5 "$T/brief.pdf")" = "%PDF-" ] || fail "the brief is not a PDF"
grep -aq "DejaVuSans" "$T/brief.pdf" || fail "the brief does not use the bundled DejaVu font"
"$B" --db "$T/demo.db" export brief --client "$worst" --format md --lang uk -o "$T/brief.md"
grep -q "^# Бриф до переговорів" "$T/brief.md" || fail "the brief is not in Ukrainian: the bundle's translations were not found"
say "brief: $(du -h "$T/brief.pdf" | cut -f1) PDF in the bundled DejaVu Sans; in Ukrainian from the bundled translations"

# A server's password never reaches the output or the log: a server that does not answer (port 1).
if "$B" --db "postgresql://smoke:Smoke-S3cret@127.0.0.1:1/rapport" health > "$T/server.out" 2>&1; then
  fail "a server that does not answer was not refused"
fi
grep -rqs "Smoke-S3cret" "$T/server.out" "$HOME" && fail "the server's password was printed or logged: $(cat "$T/server.out")"
say "server password: refused without showing it ($(head -c 100 "$T/server.out"))"

# ---- the window: a first run under Xvfb, then the sample firm, then Ctrl+Q ------------------
if [ -z "${DISPLAY:-}" ]; then
  for n in $(seq 90 130); do [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || break; done
  Xvfb ":$n" -screen 0 1400x950x24 -nolisten tcp >"$T/xvfb.log" 2>&1 &
  XVFB_PID=$!
  export DISPLAY=":$n"
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
fi
"$B" >"$T/gui.log" 2>&1 &
APP_PID=$!
window=$(timeout 60 xdotool search --sync --onlyvisible --name '^Rapport' | head -n 1) \
  || fail "no window within 60 s: $(tail -n 5 "$T/gui.log")"
title=$(xdotool getwindowname "$window")
journal=$HOME/.local/share/Rapport/rapport.db
[ -f "$journal" ] || fail "the first run made no journal at $journal"
say "window: '$title' ($(xprop -id "$window" WM_CLASS | cut -d= -f2)), journal at ~/.local/share/Rapport/rapport.db"
[ "$title" = "Rapport - rapport.db" ] || fail "window title '$title'"
# The icon the task bar shows (_NET_WM_ICON: width, height, pixels...), from the bundled PNGs.
icon_sizes=$(xprop -id "$window" -notype 32c _NET_WM_ICON | grep -o "= [0-9]*, [0-9]*" | head -n 1)
[ -n "$icon_sizes" ] || fail "the window has no icon"
say "window icon: set (first size ${icon_sizes#= })"

# The welcome of the empty journal offers the sample firm; File > Open the sample firm builds it.
xdotool windowfocus --sync "$window"
sleep 1
xdotool key alt+f
sleep 1
xdotool key s
for _ in $(seq 120); do
  title=$(xdotool getwindowname "$window" 2>/dev/null || true)
  [ "$title" = "Rapport - sample-firm.db" ] && break
  sleep 0.5
done
[ "$title" = "Rapport - sample-firm.db" ] || fail "the sample firm did not open (title '$title'): $(tail -n 5 "$T/gui.log")"
say "sample firm: built from the welcome into ~/.local/share/Rapport/sample-firm.db and opened"
# A journal's first start asks who you are (everything logged is signed): pick the first person.
who=$(timeout 15 xdotool search --sync --onlyvisible --name '^Who are you' | head -n 1) || who=""
if [ -n "$who" ]; then
  xdotool windowfocus --sync "$who"
  xdotool key Down Return
  for _ in $(seq 50); do xdotool search --onlyvisible --name '^Who are you' >/dev/null 2>&1 || break; sleep 0.2; done
  xdotool search --onlyvisible --name '^Who are you' >/dev/null 2>&1 && fail "'Who are you?' did not take the first person"
  say "who are you: asked on the sample firm's first start, the first person chosen"
fi

xdotool windowfocus --sync "$window"
xdotool key ctrl+q
for _ in $(seq 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
kill -0 "$APP_PID" 2>/dev/null && fail "Ctrl+Q did not close the window"
wait "$APP_PID" && code=0 || code=$?
APP_PID=""
[ "$code" = 0 ] || fail "the app exited with $code: $(tail -n 5 "$T/gui.log")"
if grep -q "Traceback" "$T/gui.log"; then fail "errors while running: $(cat "$T/gui.log")"; fi
say "window closed with Ctrl+Q, exit code 0"

# ---- as on a stock Debian desktop: Qt's xcb helper libraries hidden from the system --------
# (in a mount namespace of this script's own; needs root and unshare, skipped otherwise)
if [ "$(id -u)" = 0 ] && unshare --mount --propagation private true 2>/dev/null; then
  cat > "$T/stock.sh" <<'STOCK'
set -eu
ldconfig -p | awk '/libxcb-(cursor|icccm|keysyms|image|render-util|randr|shape|xinerama|xkb)[.]so|libxkbcommon-x11[.]so/ {print $NF}' \
  | xargs -r readlink -f | sort -u | while read -r lib; do mount --bind /dev/null "$lib"; done
export HOME=$1/stock-home
mkdir -p "$HOME"
"$2" >"$1/stock.log" 2>&1 &
app=$!
window=$(timeout 60 xdotool search --sync --onlyvisible --name '^Rapport' | head -n 1) || { cat "$1/stock.log"; exit 1; }
xdotool windowfocus --sync "$window"
xdotool key ctrl+q
for _ in $(seq 100); do kill -0 "$app" 2>/dev/null || break; sleep 0.2; done
wait "$app"
STOCK
  unshare --mount --propagation private bash "$T/stock.sh" "$T" "$B" \
    || fail "the bundle did not start without the system's libxcb-cursor0 and siblings: $(tail -n 5 "$T/stock.log")"
  say "without the system's libxcb-cursor0 and siblings (hidden): window started and closed"
fi
say "smoke test passed"
