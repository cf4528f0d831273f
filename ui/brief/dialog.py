"""The negotiation brief from the desktop: choose the period and tag, preview and print it, or save it."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.brief.labels import CONTEXT, LABELS
from app.brief.render import Wording, paper_for_locale
from app.common import preferences
from app.common.atomic_file import safe_file_name
from app.common.errors import RapportError
from ui.shell import labels
from ui.shell.tasks import run_task
from ui.widgets.client_picker import ClientPicker
from ui.widgets.period_filter import PeriodFilter
from ui.widgets.saving import save_in_background

RECENT_DAYS = 90  # the period a brief covers unless the user says otherwise
FORMATS = (("pdf", "PDF"), ("docx", "Word (DOCX)"), ("md", "Markdown"))


def desktop_wording() -> Wording:
    """The brief in the interface's language, with dates and numbers in the user's locale."""
    return Wording(
        labels={key: QCoreApplication.translate(CONTEXT, text) for key, text in LABELS.items()},
        word=labels.label,
        date=labels.date_text,
        datetime=lambda moment: f"{labels.date_text(moment)} {labels.time_text(moment)}",
        number=lambda number, decimals=None: labels.number_text(
            number, decimals if decimals is not None else 0 if float(number).is_integer() else 2),
        reason=reason_sentence,
        health=lambda text: QCoreApplication.translate("Health", text),
        paper=paper_for_locale(QLocale().name()),
    )


def reason_sentence(factor: str, values: dict, detail: str) -> str:
    """A health reason worded as the health panel words it, in the interface's language."""
    from ui.health.text import SENTENCES

    wording = SENTENCES.get(factor)
    if wording is None:
        return detail
    sentence = "; ".join(wording(values))
    return sentence[:1].upper() + sentence[1:]


def brief_language() -> str:
    from ui.shell.i18n import resolve_language

    return resolve_language(preferences.get("language"))


class BriefDialog(QDialog):
    """Prepare one client's negotiation brief: period and tag of the interactions, then preview or save."""

    def __init__(self, parent: QWidget | None = None, client_id: int | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Negotiation brief"))
        self.client = ClientPicker(self)
        self.client.set_client(client_id)
        self.period = PeriodFilter(self)
        self.period.date_from.set_day(dt.date.today() - dt.timedelta(days=RECENT_DAYS))
        self.format = QComboBox(self)
        for key, text in FORMATS:
            self.format.addItem(text, key)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Client:"), self.client)
        form.addRow(self.tr("Interactions:"), self.period)
        form.addRow(self.tr("&Format:"), self.format)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.preview_button = QPushButton(self.tr("Print pre&view..."), self)
        self.save_button = QPushButton(self.tr("&Save..."), self)
        self.save_button.setDefault(True)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.task = None
        self.preview_dialog = None
        self._printer = None
        self.saved_path: Path | None = None
        self.resize(560, 280)

    # ---- what to write -------------------------------------------------------------------------

    def _request(self) -> tuple | None:
        """(client id, from, to, tags), or None after telling the user what is missing."""
        client_id = self.client.client_id()
        if client_id is None:
            self.message.setText(self.tr("Choose a client first."))
            self.client.setFocus()
            return None
        try:
            date_from, date_to, tags = self.period.values()
        except RapportError as exc:
            self.message.setText(str(exc))
            return None
        self.message.clear()
        return client_id, date_from, date_to, tags

    def _layout_work(self, request: tuple, wording: Wording):
        from app.brief.gather import brief_data
        from app.brief.render import lay_out

        client_id, date_from, date_to, tags = request
        language = brief_language()

        def work(progress):
            return lay_out(brief_data(client_id, date_from, date_to, tags, language=language), wording)

        return work

    def suggested_name(self) -> str:
        name = self.client.text().strip() or self.tr("client")
        stem = self.tr("Brief %1 %2").replace("%1", name).replace("%2", dt.date.today().isoformat())
        return safe_file_name(stem, self.format.currentData())

    # ---- saving ----------------------------------------------------------------------------------

    def save(self) -> None:
        if self._request() is None:
            return
        fmt = self.format.currentData()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the brief"), self.suggested_name(),
                                              f"{self.format.currentText()} (*.{fmt})")
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the brief to path on a worker; the dialog says where it went."""
        request = self._request()
        if request is None:
            return
        fmt = self.format.currentData()
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        wording = desktop_wording()
        make_layout = self._layout_work(request, wording)

        def write():
            from app.brief.formats import write_layout

            write_layout(make_layout(None), fmt, path, wording)
            return path

        # Like every save: on a worker; a full disk or a folder that cannot be written is named, the
        # dialog stays as it was, and a second click while writing writes once.
        self.message.clear()
        save_in_background(self, write, self._saved, self._not_saved, self._not_saved)
        self.task = self.saving

    def _not_saved(self, exc: RapportError) -> None:
        self.message.setText(str(exc))

    def _saved(self, path: Path) -> None:
        self.saved_path = path
        self.message.setText(self.tr("Saved to %1").replace("%1", str(path)))

    # ---- printing --------------------------------------------------------------------------------

    def preview(self) -> None:
        request = self._request()
        if request is None:
            return
        wording = desktop_wording()
        self.task = run_task(self, self.tr("Preparing the brief"), self._layout_work(request, wording),
                             on_success=lambda layout: self.show_preview(layout, wording), cancellable=False)

    def show_preview(self, layout, wording: Wording) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from app.brief.pdf import page_layout, paint_pages

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(layout.title)
        printer.setPageLayout(page_layout(wording.paper))
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(layout.title)
        dialog.paintRequested.connect(lambda device: paint_pages(layout, device, wording))
        dialog.resize(900, 1000)
        dialog.finished.connect(self._preview_closed)
        self.preview_dialog = dialog
        self._printer = printer  # the dialog only borrows it; released when the preview closes
        dialog.open()

    def _preview_closed(self, _result: int) -> None:
        dialog, self.preview_dialog = self.preview_dialog, None
        if dialog is not None:
            dialog.destroyed.connect(self._release_printer)  # the printer outlives its preview
            dialog.deleteLater()

    def _release_printer(self, *_args) -> None:
        self._printer = None
