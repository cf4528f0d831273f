#!/usr/bin/env bash
# A real X server for the real-screen tests (tests/ui/realscreen), sourced by .ci/run.
#   start_real_display: installs Xvfb, xdotool, openbox and Qt's xcb libraries with apt-get when
#   missing (as root), starts Xvfb + openbox on a free display and exports RAPPORT_REAL_DISPLAY=:N.
#   The other tests stay on the offscreen platform; without a display the real-screen tests skip.
REAL_DISPLAY_PIDS=()

install_real_display() {
    command -v Xvfb >/dev/null && command -v xdotool >/dev/null && command -v openbox >/dev/null \
        && ldconfig -p 2>/dev/null | grep -q libxcb-cursor.so.0 && return 0
    if ! command -v apt-get >/dev/null || [ "$(id -u)" != 0 ]; then
        echo "ci: real screen: Xvfb, xdotool, openbox or libxcb-cursor0 missing and no apt-get as root" >&2
        return 1
    fi
    apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb xdotool openbox x11-utils \
        libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 \
        libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 \
        fonts-dejavu-core >/dev/null
}

start_real_display() {
    install_real_display || return 1
    local n
    for n in $(seq 90 140); do
        [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || break
    done
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    REAL_DISPLAY_PIDS+=("$!")
    for _ in $(seq 50); do
        [ -e "/tmp/.X11-unix/X$n" ] && break
        sleep 0.1
    done
    DISPLAY=":$n" openbox >/dev/null 2>&1 &
    REAL_DISPLAY_PIDS+=("$!")
    export RAPPORT_REAL_DISPLAY=":$n"
    echo "ci: real screen on $RAPPORT_REAL_DISPLAY" >&2
}

stop_real_display() {
    local pid
    for pid in "${REAL_DISPLAY_PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    REAL_DISPLAY_PIDS=()
}
