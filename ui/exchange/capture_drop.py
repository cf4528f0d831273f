"""Capturing mail and meetings in the desktop: drop .eml, .msg, .mbox, .ics or .vcs files onto the
window (each entry goes to the client its addresses match), onto a client in the list or onto the
client page (all go to that client), or onto the import dialog; or choose them from File.

Reading and writing run on workers with progress (ui.shell.tasks); in between, the addresses that
match no client are asked about (CaptureClientsDialog). All or nothing: a problem in any file or
message is shown with its place, and nothing is written."""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.common import identity
from app.exchange.capture.capture import (
    SUFFIXES,
    assign_clients,
    is_capture_file,
    read_captures,
    write_capture,
)
from app.journal.editor_choices import client_choices
from ui.exchange.capture_clients import CaptureClientsDialog
from ui.shell.events import bus
from ui.shell.tasks import run_task

CAPTURE_TEXT = QT_TRANSLATE_NOOP("CaptureDrop", "&Capture mail and meetings...")
MAX_SHOWN = 30  # problems listed in the message before "and N more"


def dropped_capture_files(mime) -> list[str]:
    """The local files of a drag, if every one is a mail or calendar file; else none."""
    if not mime.hasUrls():
        return []
    paths = [url.toLocalFile() for url in mime.urls()]
    if not paths or not all(p and is_capture_file(p) for p in paths):
        return []
    return paths


class CaptureDropTarget(QObject):
    """An event filter that takes drops of mail and calendar files on a widget and hands them to
    on_drop(paths, position in the widget)."""

    def __init__(self, widget: QWidget, on_drop):
        super().__init__(widget)
        self.widget = widget
        self.on_drop = on_drop
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if dropped_capture_files(event.mimeData()):
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop:
            paths = dropped_capture_files(event.mimeData())
            if paths:
                event.acceptProposedAction()
                self.on_drop(paths, event.position().toPoint())
                return True
        return False


def install_capture(window) -> None:
    """File -> Capture mail and meetings...; drops on the window, the client list and the client page."""
    action = QAction(QCoreApplication.translate("CaptureDrop", CAPTURE_TEXT), window)
    action.setObjectName("capture_mail")
    action.setShortcut(QKeySequence("Ctrl+Shift+M"))
    action.triggered.connect(lambda _=False: choose_and_capture(window))
    file_menu = window.menus["file"]
    quit_action = next((a for a in file_menu.actions() if a.objectName() == "quit"), None)
    if quit_action is not None:
        file_menu.insertAction(quit_action, action)
    else:
        file_menu.addAction(action)
    window.capture_target = CaptureDropTarget(
        window, lambda paths, pos: capture(window, paths, _client_under(window, pos)))


def _client_under(window, pos) -> int | None:
    """The client of the place at pos (window coordinates): a row of the client list, or the client page."""
    child = window.childAt(pos)
    table = window.client_list.table
    while child is not None:
        if child is table.viewport():
            index = table.indexAt(table.viewport().mapFrom(window, pos))
            if index.isValid():
                return index.data(window.client_list.model.ClientIdRole)
            return None
        if child is window.client_page:
            return window.current_client_id()
        child = child.parentWidget()
    return None


def accept_drops_on(dialog: QWidget) -> None:
    """Mail and calendar files dropped on an import dialog are captured (the dialog closes)."""
    def dropped(paths, _pos):
        owner = dialog.parentWidget() or dialog
        if owner is not dialog:
            dialog.close()
        capture(owner, paths)

    dialog.capture_target = CaptureDropTarget(dialog, dropped)


def choose_and_capture(window) -> None:
    patterns = " ".join(f"*{s}" for s in SUFFIXES)
    title = QCoreApplication.translate("CaptureDrop", "Capture mail and meetings")
    kinds = QCoreApplication.translate("CaptureDrop", "Mail and calendars (%1);;All files (*)").replace("%1", patterns)
    paths, _ = QFileDialog.getOpenFileNames(window, title, "", kinds)
    if paths:
        capture(window, paths, window.current_client_id() if _ask_for_current(window) else None)


def _ask_for_current(window) -> bool:
    """Chosen from the menu: the entries go to the client shown only if the user says so."""
    client_id = window.current_client_id() if hasattr(window, "current_client_id") else None
    if client_id is None:
        return False
    name = dict(client_choices()).get(client_id, "")
    answer = QMessageBox.question(
        window, QCoreApplication.translate("CaptureDrop", "Capture mail and meetings"),
        QCoreApplication.translate("CaptureDrop", "Put every message and meeting with %1?\n\n"
                                   "No: each goes to the client its addresses match.")
        .replace("%1", name), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def capture(parent: QWidget, paths: list[str], client_id: int | None = None):
    """Read the files on a worker, ask about what matches no client, write on a worker."""
    return CaptureRun(parent, [Path(p) for p in paths], client_id)


class CaptureRun(QObject):
    """One capture from drop to summary; keeps its tasks and dialogs."""

    def __init__(self, parent: QWidget, paths: list[Path], client_id: int | None):
        super().__init__(parent)
        self.parent_widget, self.paths, self.client_id = parent, paths, client_id
        self.plan = None
        self.summary = None
        self.dialog: CaptureClientsDialog | None = None
        self.task = run_task(parent, QCoreApplication.translate("CaptureDrop", "Reading mail and calendars"),
                             lambda progress: read_captures(self.paths, progress), on_success=self._read,
                             on_failure=self._failed)

    def _read(self, plan) -> None:
        self.task = None
        if plan.problems:
            self._show_problems(plan.problems)
            return
        self.plan = plan
        if self.client_id is not None:
            assign_clients(plan, every=self.client_id)
        groups = plan.unmatched()
        if not groups:
            self._write()
            return
        self.dialog = CaptureClientsDialog(groups, plan.names(), client_choices(), self.parent_widget)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.accepted.connect(self._answered)
        self.dialog.open()

    def _answered(self) -> None:
        assign_clients(self.plan, self.dialog.choices())
        self._write()

    def _write(self) -> None:
        if not self.plan.entries:
            self._done(None)
            return
        plan, author = self.plan, identity.acting_id()
        title = QCoreApplication.translate("CaptureDrop", "Capturing mail and meetings")
        self.task = run_task(self.parent_widget, title,
                             lambda progress: write_capture(plan, author, progress), on_success=self._done,
                             on_failure=self._failed)

    def _done(self, summary) -> None:
        self.task, self.summary = None, summary
        if summary is not None and summary.entries:
            bus().database_replaced.emit()
        message = summary_text(summary, self.plan.duplicates if self.plan else 0)
        status = getattr(self.parent_widget, "statusBar", None)
        if status is not None:
            status().showMessage(message, 15000)
        actions = _complaint_actions() if summary is not None and summary.complaints else []
        if status is None or actions:
            # Complaints came in: what the firm's playbook says to do, as when one is typed.
            title = QCoreApplication.translate("CaptureDrop", "Capture mail and meetings")
            box = QMessageBox(QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok,
                              self.parent_widget)
            box.setObjectName("capture_done")
            if actions:
                heading = QCoreApplication.translate("CaptureDrop", "Playbook for a complaint:")
                box.setInformativeText("\n".join([heading] + [f"• {action}" for action in actions]))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.done_box = box

    def _failed(self, exc) -> None:
        self.task = None
        problems = getattr(exc, "problems", None)
        if problems:
            self._show_problems(problems)
        else:
            from ui.shell.errors import show_error

            show_error(self.parent_widget, exc)

    def _show_problems(self, problems) -> None:
        count = len(problems)  # a plain name, so lupdate sees the plural
        lines = [QCoreApplication.translate("CaptureDrop", "Nothing was captured: %n problem(s) to fix first.",
                                            "", count)]
        lines += [str(p) for p in problems[:MAX_SHOWN]]
        if count > MAX_SHOWN:
            more = count - MAX_SHOWN  # a plain name, so lupdate sees the plural
            lines.append(QCoreApplication.translate("CaptureDrop", "... and %n more", "", more))
        title = QCoreApplication.translate("CaptureDrop", "Capture mail and meetings")
        box = QMessageBox(QMessageBox.Icon.Warning, title, "\n".join(lines),
                          QMessageBox.StandardButton.Ok, self.parent_widget)
        box.setObjectName("capture_problems")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.problems_box = box


def _complaint_actions() -> list[str]:
    from app.portrait.playbook import recommended_actions
    from ui.widgets.playbook_hint import ui_language

    return recommended_actions("complaint", [], ui_language())


def summary_text(summary, duplicates: int) -> str:
    """'Captured 3 emails, 2 meetings and 0 calls; 1 already in the journal.' in the user's language."""
    if summary is None:
        if duplicates:
            return QCoreApplication.translate("CaptureDrop", "Nothing new: %n entry(ies) already in the journal.",
                                              "", duplicates)
        return QCoreApplication.translate("CaptureDrop", "Nothing to capture.")
    emails, meetings, calls = summary.emails, summary.meetings, summary.calls  # plain names for lupdate
    parts = [QCoreApplication.translate("CaptureDrop", "Captured: %n email(s)", "", emails),
             QCoreApplication.translate("CaptureDrop", "%n meeting(s)", "", meetings),
             QCoreApplication.translate("CaptureDrop", "%n call(s)", "", calls)]
    text = ", ".join(parts) + "."
    if summary.complaints:
        complaints = summary.complaints  # a plain name, so lupdate sees the plural
        text += " " + QCoreApplication.translate("CaptureDrop", "%n complaint(s) opened as feedback.",
                                                 "", complaints)
    if summary.new_contacts:
        contacts = summary.new_contacts  # a plain name, so lupdate sees the plural
        text += " " + QCoreApplication.translate("CaptureDrop", "%n address(es) remembered as contacts.",
                                                 "", contacts)
    if summary.duplicates:
        skipped = summary.duplicates  # a plain name, so lupdate sees the plural
        text += " " + QCoreApplication.translate("CaptureDrop", "%n already in the journal, skipped.", "", skipped)
    return text
