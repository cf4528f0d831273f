"""Render every main screen and dialog on the demo firm into PNG files, offscreen.

    python -m ui.shell.screenshots OUTDIR [--lang en|ru|uk|all]

Files are named <screen>-<lang>.png. Pages added with MainWindow.add_page are rendered too
(a page may define prepare_screenshot() to show itself at work, e.g. run a sample search);
other dialogs join by appending (name, factory(window, client_id) -> QDialog) to DIALOGS.
Nothing of the user's own is touched: the journal, settings and window state live in a temporary folder.
"""

import argparse
import datetime as dt
import importlib
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

WINDOW_SIZE = (1400, 900)


def _dialog(module: str, name: str, **kwargs) -> Callable:
    def make(window, client_id):
        cls = getattr(importlib.import_module(module), name)
        arguments = {key: (client_id if value == "client" else value) for key, value in kwargs.items()}
        return cls(window, **arguments)
    return make


def _editing_dialog(window, client_id):
    from app.journal import queries
    from ui.journal.interaction_editor import InteractionEditor

    page = queries.timeline_page(client_id, 0, 1)
    return InteractionEditor(window, client_id, page[0].id if page else None)


DIALOGS: list[tuple[str, Callable]] = [
    ("interaction-editor", _dialog("ui.journal.interaction_editor", "InteractionEditor", client_id="client")),
    ("interaction-editor-edit", _editing_dialog),
    ("client-editor", _dialog("ui.journal.client_editor", "ClientEditor", client_id="client")),
    ("settings", _dialog("ui.settings.dialog", "SettingsDialog")),
    ("help", _dialog("ui.shell.help_dialog", "HelpDialog")),
]


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

    manager = journal.create_user("Olena Kovalenko")
    client = journal.create_client(name="Acme Logistics LLC", stage="contracted", account_manager=manager.id,
                                   contact_every_days=14)
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


def settle(app, rounds: int = 5) -> None:
    """Let layouts settle and any page's work on worker threads finish and show its result."""
    import time

    from PySide6.QtCore import QThreadPool

    deadline = time.monotonic() + 120
    pool = QThreadPool.globalInstance()
    # Some work starts from a timer a moment later (the health cache, a burst of changes read
    # once): wait out such quiet spells too, then for the workers they started.
    for _ in range(3):
        quiet_until = time.monotonic() + 0.8
        while time.monotonic() < quiet_until:
            app.processEvents()
            time.sleep(0.02)
        while pool.activeThreadCount() and time.monotonic() < deadline:
            app.processEvents()
            pool.waitForDone(50)
    for _ in range(rounds):
        app.processEvents()


def save(widget, out: Path, name: str, language: str) -> Path:
    path = out / f"{name}-{language}.png"
    widget.grab().save(str(path))
    print(path)
    return path


def render_dialogs(app, window, client_id, out: Path, language: str) -> None:
    for name, factory in DIALOGS:
        try:
            dialog = factory(window, client_id)
        except ImportError as exc:
            print(f"skipped {name}: {exc}", file=sys.stderr)
            continue
        dialog.show()
        settle(app)
        save(dialog, out, f"dialog-{name}", language)
        dialog.reject()
        dialog.deleteLater()
        settle(app)


def render(out: Path, language: str, work: Path) -> None:
    from app.common import preferences
    from db.connection import close_database, open_database
    from ui.shell.application import make_application
    from ui.shell.events import bus

    preferences.set("language", language)
    app = make_application()
    open_database(work / f"demo-{language}.db")
    fill_journal()
    client_id, manager_id = souring_client()
    preferences.set("current_user", manager_id or 0)
    from ui.shell.main_window import MainWindow

    window = MainWindow()
    window.resize(*WINDOW_SIZE)
    window.show()
    if client_id is not None:
        window.open_client(client_id)
    settle(app)
    save(window, out, "main-window", language)
    for key in window.pages:
        if key == "journal":
            continue
        window.show_page(key)
        page = window.pages[key]
        if hasattr(page, "prepare_screenshot"):
            page.prepare_screenshot()
        settle(app)
        save(window, out, f"page-{key}", language)
    window.show_page("journal")
    render_dialogs(app, window, client_id, out, language)
    close_database()
    open_database(work / f"empty-{language}.db")
    preferences.set("current_user", 0)
    bus().database_replaced.emit()
    settle(app)
    save(window, out, "welcome", language)
    window.close()
    close_database()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.shell.screenshots", description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", default="en", choices=("en", "ru", "uk", "all"))
    args = parser.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)
    languages = ("en", "ru", "uk") if args.lang == "all" else (args.lang,)
    if len(languages) > 1:  # one QApplication per process: render each language in its own
        import subprocess

        for language in languages:
            subprocess.run([sys.executable, "-m", "ui.shell.screenshots", str(args.outdir), "--lang", language], check=True)
        return 0
    with tempfile.TemporaryDirectory(prefix="rapport-shots-") as tmp:
        work = Path(tmp)
        for name in ("DATA", "CONFIG", "STATE", "CACHE"):
            os.environ[f"XDG_{name}_HOME"] = str(work / name.lower())
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render(args.outdir.resolve(), languages[0], work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
