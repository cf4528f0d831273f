"""The global search: a box in the toolbar (Ctrl+K) and a page of ranked, highlighted hits.

Activating a hit asks the journal to show that client's timeline with the entry selected
(ui.shell.events.bus().open_interaction).
"""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from app.common.errors import ValidationError
from app.journal.editor_choices import user_choices
from app.search.engine import COUNT_LIMIT, tag_names
from db import vocabulary as V
from ui.live.keep_place import PlaceKeeper
from ui.search.results import SearchQuery, SearchResultsModel, SnippetDelegate
from ui.shell import labels
from ui.shell.errors import show_error
from ui.shell.events import bus
from ui.shell.tasks import run_task, workers_wait_while_scrolled
from ui.widgets.day_field import DayField
from ui.widgets.period_filter import read_period

# What a hit shows: a change to these tables may change the hits.
SEARCHED_TABLES = frozenset({"interaction", "client", "contact", "tag", "interaction_tag", "user"})


class SearchPage(QWidget):
    """Ranked hits for the search box's text, with filters; a hit opens in its client's timeline."""

    def __init__(self, parent: QWidget | None = None, current_client: Callable[[], int | None] = lambda: None):
        super().__init__(parent)
        self.current_client = current_client
        self.text = ""
        self.typing = False  # the text's last word is still being typed (see run_query)
        self.total = 0  # how many entries match, counted up to COUNT_LIMIT + 1
        self.pending: SearchQuery | None = None  # the latest search asked for
        self.task = None
        self.model = SearchResultsModel(self)
        self.model.run_in_background = self._in_background
        self.view = QListView(self)
        workers_wait_while_scrolled(self.view)
        self.view.setObjectName("search_results")
        self.view.setModel(self.model)
        self.view.setItemDelegate(SnippetDelegate(self.view))
        self.view.setUniformItemSizes(False)
        self.view.setWordWrap(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.activated.connect(self.open_hit)
        self.place = PlaceKeeper(self.view, self._hit_key)
        bus().changed_elsewhere.connect(self._changed_elsewhere)
        self.status = QLabel(self)
        self.status.setWordWrap(True)  # the hint is a sentence or two
        self.kind = self._combo([(k, labels.label("kind", k)) for k in V.KINDS], self.tr("Any kind"))
        self.tag = self._combo([(t, labels.label("tag", t)) for t in tag_names()], self.tr("Any tag"))
        self.author = self._combo(user_choices(active_only=False), self.tr("Anyone"))
        self.only_client = QCheckBox(self.tr("Only the selected client"), self)
        self.only_client.toggled.connect(self.rerun)
        self.date_from = DayField(self, relative=False, preview=False)
        self.date_to = DayField(self, relative=False, preview=False)
        self.date_from.setObjectName("search_from")
        self.date_to.setObjectName("search_to")
        for field in (self.date_from, self.date_to):
            edit = field.edit
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 16)  # all of the hint
            edit.editingFinished.connect(self._dates_edited)
        self.last_dates = ("", "")
        filters = QHBoxLayout()
        for widget in (self.kind, self.tag, self.author, QLabel(self.tr("From:"), self), self.date_from,
                       QLabel(self.tr("to:"), self), self.date_to, self.only_client):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self._show_status()

    def _combo(self, items, anything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(anything, None)
        for value, text in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self.rerun)
        return combo

    def query(self) -> SearchQuery:
        """The text and filters; ValidationError naming the field when a date cannot be read."""
        client = self.current_client() if self.only_client.isChecked() else None
        date_from, date_to = read_period(self.date_from, self.date_to)
        return SearchQuery(self.text, client, self.tag.currentData(), self.kind.currentData(),
                           self.author.currentData(), date_from, date_to, self.typing)

    def _dates_edited(self) -> None:
        dates = (self.date_from.text().strip(), self.date_to.text().strip())
        if dates != self.last_dates:  # leaving a field unchanged does not search again
            self.last_dates = dates
            self.rerun()

    def run_query(self, text: str, again: bool = False, typing: bool = False) -> None:
        """Search for text with the current filters; the first page is found on a worker thread.

        again: the same search read again (the journal changed elsewhere): quietly, and the selected
        hit and the scroll stay. typing: the text comes from the search box, so a last word with no
        space after it is still being typed and also finds the words that begin with it."""
        self.typing = typing and text == text.rstrip()
        self.text = text.strip()
        if not self.text:
            self.model.clear()
            self._show_status()
            return
        try:
            query = self.query()
        except ValidationError as exc:
            self.status.setText(str(exc))
            return
        if not again:
            self.status.setText(self.tr("Searching..."))
        self.pending = query
        self.task = run_task(self, self.tr("Searching the journal"),
                             lambda _progress, size=self.model.PAGE_SIZE: (query.hits(0, size), query.count()),
                             on_success=lambda found: self._show_hits(query, *found, again=again),
                             on_failure=lambda exc: self._page_found(lambda _: self._show_hits(query, [], 0), [], exc),
                             quiet=again)

    def _in_background(self, work, on_done) -> None:
        self.task = run_task(self, self.tr("Searching the journal"), lambda _progress: work(),
                             on_success=lambda hits: self._page_found(on_done, hits),
                             on_failure=lambda exc: self._page_found(on_done, [], exc),
                             on_cancel=lambda: self._page_found(on_done, []))

    def _page_found(self, on_done, hits, exc: Exception | None = None) -> None:
        self.task = None
        on_done(hits)
        self._show_status()
        if exc is not None:
            show_error(self, exc)

    def rerun(self, *_args) -> None:
        if self.text:
            self.run_query(self.text, typing=self.typing)

    def _show_hits(self, query: SearchQuery, hits, total: int, again: bool = False) -> None:
        if query != self.pending:
            return  # a newer search (typed on) replaced this one
        self.task = None
        self.total = max(total, len(hits))
        place = self.place.remember() if again and self.model.rowCount() else None
        self.model.show_first_page(query, hits)
        self._show_status()
        if place is not None:
            self.place.restore(place)
        elif hits:
            self.view.setCurrentIndex(self.model.index(0))

    def _changed_elsewhere(self, tables: frozenset) -> None:
        """A colleague's entries are found too: the search runs again (when none of ours is under way)."""
        if self.text and (not tables or tables & SEARCHED_TABLES) and self.task is None:
            self.run_query(self.text, again=True, typing=self.typing)

    @staticmethod
    def _hit_key(index):
        hit = index.data(SearchResultsModel.HitRole)
        return hit.interaction_id if hit is not None else None

    def _show_status(self) -> None:
        if not self.text:
            self.status.setText(self.tr("Type words into the search box: the journal is searched as you type, and "
                                        "the word you are still typing also finds the words that begin with it "
                                        "(рефин finds рефинансирование). Every form of a word is found (счёт finds "
                                        "счета); a \"quoted word\" finds that form only; \"several quoted words\" "
                                        "are a phrase; -word leaves a word out."))
        elif not self.model.rowCount():
            self.status.setText(self.tr("Nothing matches \"%1\".").replace("%1", self.text))
        elif self.total > COUNT_LIMIT:
            self.status.setText(self.tr("Entries matching \"%1\": more than %2; the best of the newest first.")
                                .replace("%1", self.text).replace("%2", labels.number_text(COUNT_LIMIT)))
        else:
            self.status.setText(self.tr("Entries matching \"%1\": %2, best first.")
                                .replace("%1", self.text)
                                .replace("%2", labels.number_text(max(self.total, self.model.rowCount()))))

    def prepare_screenshot(self) -> None:
        """The page at work for `python -m ui.shell.screenshots`: a word the sample firm writes, in the
        interface's language."""
        from PySide6.QtCore import QLocale

        self.run_query({"ru": "счет", "uk": "рахунок"}.get(QLocale().name()[:2], "invoice"))

    def open_hit(self, index) -> None:
        hit = index.data(SearchResultsModel.HitRole)
        if hit is not None:
            bus().open_interaction.emit(hit.client_id, hit.interaction_id)
