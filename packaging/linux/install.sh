#!/bin/sh
# Install Rapport for this user, no root needed: the program to ~/.local/opt/rapport, the command
# `rapport` to ~/.local/bin, the menu entry and the icon to ~/.local/share. Run it from the folder
# unpacked from rapport-VERSION-linux-ARCH.tar.gz:
#   ./install.sh               install (again, to update; your journal is never touched)
#   ./install.sh --uninstall   remove the program, the command and the menu entry (not your journal)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
dest=$HOME/.local/opt/rapport
bin=$HOME/.local/bin
desktop=$data/applications/rapport.desktop
icons=$data/icons/hicolor
sizes="16 24 32 48 64 128 256 512"

refresh_menu() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t -f "$icons" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$dest"
  [ -L "$bin/rapport" ] && rm -f "$bin/rapport"
  rm -f "$desktop" "$icons/scalable/apps/rapport.svg"
  for size in $sizes; do rm -f "$icons/${size}x${size}/apps/rapport.png"; done
  refresh_menu
  echo "Rapport is removed. Your journal, settings and log are kept (see Help > About in Rapport)."
  exit 0
fi
[ -x "$here/rapport" ] && [ -d "$here/_internal" ] || { echo "install.sh: run me from the unpacked rapport folder" >&2; exit 2; }

# Copy the program beside its old copy, then swap, so that a failed copy leaves the old one working.
if [ "$here" != "$dest" ]; then
  mkdir -p "$(dirname "$dest")"
  rm -rf "$dest.new"
  cp -R "$here" "$dest.new"
  rm -rf "$dest"
  mv "$dest.new" "$dest"
fi
mkdir -p "$bin" "$data/applications" "$icons/scalable/apps"
ln -sfn "$dest/rapport" "$bin/rapport"
icon_dir=$dest/_internal/resources/icons
for size in $sizes; do
  mkdir -p "$icons/${size}x${size}/apps"
  cp "$icon_dir/rapport-$size.png" "$icons/${size}x${size}/apps/rapport.png"
done
cp "$icon_dir/rapport.svg" "$icons/scalable/apps/rapport.svg"
sed "s|@PROGRAM@|$dest/rapport|g" "$dest/rapport.desktop" > "$desktop.tmp"
chmod 644 "$desktop.tmp"
mv "$desktop.tmp" "$desktop"
refresh_menu

echo "Rapport is installed: find it in your applications menu, or run $bin/rapport"
case ":$PATH:" in *":$bin:"*) ;; *) echo "($bin is not on your PATH; add it to run \`rapport\` by name.)" ;; esac

# Qt's X11 plugin needs a few libraries from the system; name any that are missing.
missing=$(LD_LIBRARY_PATH="$dest/_internal" ldd "$dest/_internal/PySide6/Qt/plugins/platforms/libqxcb.so" 2>/dev/null \
  | awk '/not found/ {print $1}' | tr '\n' ' ')
if [ -n "$missing" ]; then
  echo "Rapport also needs these system libraries, which this machine lacks: $missing"
  echo "On Debian or Ubuntu: sudo apt install libxcb1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1"
fi
