"""Render every main screen and dialog on the demo firm into PNG files, offscreen.

    python -m ui.shell.screenshots OUTDIR [--lang en|ru|uk|all] [--size 1024x700|1920x1080|all]

Files are named <screen>-<lang>-<size>.png; layout problems (ui.shell.layout_audit: clipped
texts, overlapping widgets) are printed on stderr. The walk is ui.shell.screen_tour's: pages added
with MainWindow.add_page are rendered too (a page may define prepare_screenshot() to show itself
at work, e.g. run a sample search); other dialogs join by appending (name, factory(window,
client_id) -> QDialog) to screen_tour.DIALOGS.
Nothing of the user's own is touched: the journal, settings and window state live in a temporary folder.
"""

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

from ui.shell.screen_tour import SIZES, screens, settle


def fill_journal() -> None:
    """The demo firm (helper module app.demo.sample_firm), or a few clients where it is not available."""
    try:
        from app.demo.sample_firm import build_demo
    except ImportError:
        build_demo = None
    if build_demo is not None:
        build_demo(today=dt.date.today())
        return
    from app.journal import records as journal

    owner = journal.create_first_owner("Marta Hrytsenko")
    manager = journal.create_user("Olena Kovalenko", by=owner)
    from app.portrait.qualification import qualify_prospect

    client = journal.create_client(name="Acme Logistics LLC", account_manager=manager.id, contact_every_days=14)
    qualify_prospect(client.id, "interesting", "Regular volumes", manager)  # contracted only after stage one
    journal.update_client(client.id, author=manager, stage="contracted")
    for days in range(40):
        journal.log_interaction(client=client.id, author=manager.id, channel="call", kind="update",
                                occurred_at=dt.datetime.now() - dt.timedelta(days=days * 2),
                                summary=f"Weekly call {days}", sentiment=(days % 5) - 2)


def souring_client() -> tuple[int | None, int | None]:
    """The client whose health is worst (falling back to the most negative sentiment), and its manager."""
    from peewee import fn

    from db.models import Client, Interaction

    client_id = None
    try:
        from app.health.score import firm_health

        ranked = sorted(firm_health(dt.date.today()), key=lambda h: h.score)
        client_id = ranked[0].client_id if ranked else None
    except ImportError:
        row = (Interaction.select(Interaction.client_id).group_by(Interaction.client_id)
               .order_by(fn.SUM(Interaction.sentiment)).first())
        client_id = row.client_id if row else None
    client = Client.get_or_none(Client.id == client_id) if client_id else Client.select().first()
    return (client.id, client.account_manager_id) if client else (None, None)


def save(widget, out: Path, name: str, language: str, size: str) -> Path:
    path = out / f"{name}-{language}-{size}.png"
    widget.grab().save(str(path))
    print(path)
    return path


def render(out: Path, language: str, sizes: list[str], work: Path) -> int:
    """Every screen in this language at each size; returns how many layout problems were seen."""
    from app.common import identity, preferences
    from db.connection import close_database, open_database
    from ui.shell.application import make_application
    from ui.shell.events import bus
    from ui.shell.layout_audit import layout_problems

    preferences.set("language", language)
    make_application()
    open_database(work / f"demo-{language}.db")
    fill_journal()
    client_id, manager_id = souring_client()
    if manager_id:
        identity.link(manager_id)  # the sample firm's manager is who this computer account is (first choice)
    from ui.shell.main_window import MainWindow

    window = MainWindow()
    window.show()
    settle(quiet_s=0.8)  # the health figures start a moment after the window
    problems = 0
    for size in sizes:
        for name, widget in screens(window, client_id, SIZES[size]):
            settle()
            save(widget, out, name, language, size)
            for problem in layout_problems(widget, SIZES[size]):
                problems += 1
                print(f"  {name} {language} {size}: {problem}", file=sys.stderr)
    close_database()
    open_database(work / f"empty-{language}.db")
    identity.start()  # nobody is linked in an empty journal
    bus().database_replaced.emit()
    for size in sizes:
        window.resize(*SIZES[size])
        settle()
        save(window, out, "welcome", language, size)
    window.close()
    close_database()
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.shell.screenshots", description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", default="en", choices=("en", "ru", "uk", "all"))
    parser.add_argument("--size", default="all", choices=(*SIZES, "all"),
                        help=f"window size (default: all, that is {' and '.join(SIZES)})")
    args = parser.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)
    languages = ("en", "ru", "uk") if args.lang == "all" else (args.lang,)
    if len(languages) > 1:  # one QApplication per process: render each language in its own
        import subprocess

        codes = [subprocess.run([sys.executable, "-m", "ui.shell.screenshots", str(args.outdir), "--lang", language,
                                 "--size", args.size]).returncode for language in languages]
        return max(codes)
    with tempfile.TemporaryDirectory(prefix="rapport-shots-") as tmp:
        work = Path(tmp)
        for name in ("DATA", "CONFIG", "STATE", "CACHE"):
            os.environ[f"XDG_{name}_HOME"] = str(work / name.lower())
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        sizes = list(SIZES) if args.size == "all" else [args.size]
        problems = render(args.outdir.resolve(), languages[0], sizes, work)
    return 1 if problems else 0  # layout problems (listed on stderr) fail the run, for CI and scripts


if __name__ == "__main__":
    sys.exit(main())
