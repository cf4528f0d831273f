"""Build Rapport's standalone bundle with PyInstaller: one command, on Linux, Windows or macOS.

    python packaging/build.py

Uses this Python when it already has Rapport's dependencies and PyInstaller; otherwise makes a
build environment in build/bundle-venv (`pip install '.[postgres]' pyinstaller`) and runs there. Writes
dist/rapport/ (one folder; on macOS also dist/Rapport.app), prints its unpacked size and, on
Linux, packs dist/rapport-VERSION-linux-ARCH.tar.gz with the menu entry and install.sh
(dist/rapport-VERSION-windows-ARCH.zip on Windows, dist/Rapport-VERSION-macos-ARCH.zip on macOS).
"""

import argparse
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUILD_VENV = ROOT / "build" / "bundle-venv"
NEEDED = ("PySide6", "peewee", "platformdirs", "docx", "openpyxl", "PyInstaller")
SIZE_GOAL_MB = 250


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def arch() -> str:
    return {"amd64": "x86_64", "aarch64": "arm64"}.get(platform.machine().lower(), platform.machine().lower())


def missing_modules() -> list[str]:
    return [name for name in NEEDED if importlib.util.find_spec(name) is None]


def venv_python(folder: Path) -> Path:
    return folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def build_in_fresh_venv(argv: list[str]) -> int:
    """Make build/bundle-venv with Rapport's dependencies and PyInstaller, and build there."""
    print(f"build: making the build environment {BUILD_VENV}", flush=True)
    venv.EnvBuilder(with_pip=True, clear=True).create(BUILD_VENV)
    python = str(venv_python(BUILD_VENV))
    pip = [python, "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    # With the PostgreSQL driver: people who run the bundle cannot pip-install it later.
    subprocess.run([*pip, f"{ROOT}[postgres]", "pyinstaller>=6.10"], check=True)
    return subprocess.run([python, __file__, "--here", *argv]).returncode


def folder_size(path: Path) -> tuple[int, int]:
    """Bytes and files under path, each file counted once (symlinks not followed)."""
    total = count = 0
    for item in path.rglob("*"):
        if item.is_file() and not item.is_symlink():
            total += item.stat().st_size
            count += 1
    return total, count


def run_pyinstaller() -> Path:
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(WORK), str(ROOT / "packaging" / "rapport.spec")],
                   check=True, cwd=ROOT)
    print(f"build: PyInstaller took {time.monotonic() - started:.0f} s", flush=True)
    return DIST / ("Rapport.app" if sys.platform == "darwin" else "rapport")


def add_linux_files(folder: Path) -> None:
    """The menu entry and the per-user installer, beside the program."""
    for name in ("install.sh", "rapport.desktop"):
        shutil.copy2(ROOT / "packaging" / "linux" / name, folder / name)
    (folder / "install.sh").chmod(0o755)


def pack(folder: Path) -> Path:
    """The archive people download: a tar.gz on Linux (modes kept), a zip elsewhere."""
    stem = {"linux": f"rapport-{version()}-linux-{arch()}", "win32": f"rapport-{version()}-windows-{arch()}",
            "darwin": f"Rapport-{version()}-macos-{arch()}"}.get(sys.platform, f"rapport-{version()}-{sys.platform}")
    if sys.platform == "darwin":  # ditto keeps the .app's symlinks and signatures
        out = DIST / f"{stem}.zip"
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(folder), str(out)], check=True)
        return out
    if sys.platform == "win32":
        return Path(shutil.make_archive(str(DIST / stem), "zip", DIST, folder.name))
    out = DIST / f"{stem}.tar.gz"
    tmp = out.with_suffix(".gz.part")
    with tarfile.open(tmp, "w:gz", compresslevel=6) as archive:
        archive.add(folder, arcname="rapport")
    tmp.replace(out)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build Rapport's standalone bundle (PyInstaller, one folder).")
    parser.add_argument("--here", action="store_true",
                        help="build with this Python (it must have Rapport's dependencies and PyInstaller)")
    parser.add_argument("--fresh", action="store_true",
                        help="always build in a new build/bundle-venv, even if this Python could")
    parser.add_argument("--no-archive", action="store_true", help="leave the folder unpacked only")
    args = parser.parse_args(argv)
    missing = missing_modules()
    if args.fresh or (missing and not args.here):
        return build_in_fresh_venv([a for a in (argv or sys.argv[1:]) if a not in ("--fresh", "--here")])
    if missing:
        print(f"build: this Python lacks {', '.join(missing)}; run without --here to make a build "
              "environment", file=sys.stderr)
        return 2
    started = time.monotonic()
    folder = run_pyinstaller()
    if sys.platform.startswith("linux"):
        add_linux_files(folder)
    size, files = folder_size(folder)
    print(f"build: bundle {folder.relative_to(ROOT)}: {size / 2**20:.1f} MB unpacked in {files:,} files "
          f"(goal: under {SIZE_GOAL_MB} MB)", flush=True)
    if not args.no_archive:
        archive = pack(folder)
        print(f"build: archive {archive.relative_to(ROOT)}: {archive.stat().st_size / 2**20:.1f} MB", flush=True)
    print(f"build: done in {time.monotonic() - started:.0f} s", flush=True)
    return 0 if size <= SIZE_GOAL_MB * 2**20 else 1


if __name__ == "__main__":
    sys.exit(main())
