"""The welcome on an empty journal: say who you are, add the first client, or open the sample firm."""

import sys
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.common import identity
from app.common.errors import RapportError
from app.common.paths import data_dir
from app.common.progress import Cancelled
from app.journal import records as journal
from app.users import accounts
from ui.shell.errors import show_error
from ui.shell.tasks import run_task

BOX_WIDTH = 640


def sample_firm_path(folder: Path | None = None) -> Path:
    """A database file for the sample firm in the data folder that does not exist yet."""
    folder = folder or data_dir()
    path, n = folder / "sample-firm.db", 1
    while path.exists():
        n += 1
        path = folder / f"sample-firm-{n}.db"
    return path


def build_sample_firm(path: Path, progress, command: list[str] | None = None) -> Path:
    """Fill a new database with the demo firm (`rapport demo`) in a separate process.

    A process of its own, because this one's journal stays open (peewee binds one database per
    process) until the new one is complete; cancelling kills it and removes the half-made file."""
    import subprocess

    path.parent.mkdir(parents=True, exist_ok=True)
    progress(0, 0, "")
    command = command or [sys.executable, "-m", "app", "demo", "--db", str(path)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        while True:
            try:
                _out, err = process.communicate(timeout=0.2)
                break
            except subprocess.TimeoutExpired:
                progress(0, 0, "")  # raises Cancelled when the user pressed Cancel
    except Cancelled:
        process.kill()
        process.wait()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    if process.returncode != 0:
        path.unlink(missing_ok=True)
        raise RapportError(err.strip().splitlines()[-1] if err.strip() else f"rapport demo failed ({process.returncode})")
    return path


class WelcomePage(QWidget):
    """Shown instead of the journal while the database holds no client."""

    database_built = Signal(str)  # the path of the new sample-firm database
    user_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcome")
        title = QLabel(self.tr("Welcome to Rapport"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr(
            "Rapport is your firm's journal of every call, email, meeting, complaint and negotiation "
            "with your clients. With a client we chose to work with, we choose to like, to hear and, "
            "in hard questions, to negotiate: soft in form, firm in principle."), self)
        intro.setWordWrap(True)
        self.who = QComboBox(self)
        self.who.setObjectName("who_am_i")
        self.who.setEditable(True)
        self.who.setMinimumWidth(260)
        self.who.lineEdit().setPlaceholderText(self.tr("Your name"))
        self.thats_me = QPushButton(self.tr("That's me"), self)
        self.thats_me.clicked.connect(self.choose_user)
        self.who_box = QFrame(self)
        who_layout = QHBoxLayout(self.who_box)
        who_layout.setContentsMargins(0, 0, 0, 0)
        who_layout.addWidget(QLabel(self.tr("Who are you?"), self.who_box))
        who_layout.addWidget(self.who, 1)
        who_layout.addWidget(self.thats_me)
        self.add_client = QPushButton(self.tr("Add the first client..."), self)
        self.add_client.setObjectName("add_first_client")
        self.add_client.clicked.connect(self.open_client_editor)
        self.open_sample = QPushButton(self.tr("Open the sample firm"), self)
        self.open_sample.setObjectName("open_sample_firm")
        self.open_sample.clicked.connect(self.open_sample_firm)
        sample_hint = QLabel(self.tr("A made-up firm with a year and a half of journal, to see Rapport at work. "
                                     "It goes into a new database file; your own journal stays as it is."), self)
        sample_hint.setWordWrap(True)
        sample_hint.setEnabled(False)
        self.status = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_client)
        buttons.addWidget(self.open_sample)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(14)
        for widget in (title, intro, self.who_box):
            column.addWidget(widget)
        column.addLayout(buttons)
        column.addWidget(sample_hint)
        column.addWidget(self.status)
        column.setContentsMargins(0, 0, 0, 0)
        box = QWidget(self)
        box.setFixedWidth(BOX_WIDTH)
        box.setLayout(column)
        for label in (intro, sample_hint):
            # A centred box sizes from sizeHint, which guesses wrapped labels too short: say it.
            label.setMinimumHeight(label.heightForWidth(BOX_WIDTH))
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.task = self.claiming = None
        self.refresh()

    def refresh(self) -> None:
        """Offer "who are you" only while nobody is chosen on this machine."""
        current = identity.acting_id()
        users = journal.list_users(active_only=True)
        self.who_box.setVisible(not any(u.id == current for u in users))
        self.who.clear()
        for user in users:
            self.who.addItem(user.name, user.id)
        self.who.setCurrentIndex(-1)

    def choose_user(self) -> None:
        """Say who this computer account is, on a worker (app.users.accounts.claim): a new name sets up
        an empty journal (its first person is its owner); people join only when an owner adds them,
        which the refusal says."""
        name = self.who.currentText().strip()
        if not name:
            self.who.setFocus()
            return
        if self.claiming is not None and not self.claiming.done:
            return

        def chosen(user: tuple[int, str]) -> None:
            self.status.setText(self.tr("Hello, %1. What you log is stamped with your name.").replace("%1", user[1]))
            self.refresh()
            self.user_chosen.emit(user[0])

        def claim(_progress) -> tuple[int, str]:
            user = accounts.claim(name)
            return user.id, user.name

        self.claiming = run_task(self.window(), self.tr("Who are you?"), claim, chosen,
                                 lambda exc: show_error(self, exc), cancellable=False, quiet=True)

    def open_client_editor(self) -> None:
        from ui.journal.client_editor import ClientEditor  # another helper's dialog, loaded when needed

        dialog = ClientEditor(self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_sample_firm(self) -> None:
        path = sample_firm_path()
        self.open_sample.setEnabled(False)
        self.task = run_task(self.window(), self.tr("Building the sample firm..."),
                             lambda progress: build_sample_firm(path, progress),
                             on_success=lambda built: self.database_built.emit(str(built)),
                             on_failure=self._sample_failed, on_cancel=lambda: self.open_sample.setEnabled(True))

    def _sample_failed(self, exc: BaseException) -> None:
        self.open_sample.setEnabled(True)
        show_error(self.window(), exc)
