"""Today: what needs the current user's hand, one section per source (app.today.agenda.items_for).

OPENERS maps an item's ref_kind to what activating it does; by default the client is shown.
Other features register theirs (e.g. "feedback" opening the feedback item).
"""

import datetime as dt
import functools
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget

from app.common import identity
from app.journal.records import get_user
from app.today import agenda as today
from ui.live.keep_place import PlaceKeeper
from ui.shell import labels
from ui.shell.events import bus
from ui.shell.tasks import run_task, workers_wait_while_scrolled
from ui.today.model import HEADING_ID, ITEM_ROLE, TodayModel, TodaySection, prepare_sections

SAMPLE_ROWS = 50  # rows per section measured to size a column
CELL_PADDING = 24
EXPAND_AT_MOST = 300  # rows of a section shown unfolded

HEADINGS = {
    "follow_ups": QT_TRANSLATE_NOOP("Today", "Follow-ups due or overdue"),
    "replies": QT_TRANSLATE_NOOP("Today", "Clients awaiting our reply"),
    "silence": QT_TRANSLATE_NOOP("Today", "Clients not contacted for longer than their rhythm"),
    "feedback": QT_TRANSLATE_NOOP("Today", "Feedback to acknowledge or resolve"),
    "negotiation_actions": QT_TRANSLATE_NOOP("Today", "Negotiation actions due"),
    "warnings": QT_TRANSLATE_NOOP("Today", "Early warnings"),
}


def _tr(text: str) -> str:
    """For texts marked with QT_TRANSLATE_NOOP("Today", ...) above."""
    return QCoreApplication.translate("Today", text)


def _open_client(window: QWidget, item: today.TodayItem) -> None:
    bus().open_client.emit(item.client_id)


def _open_interaction(window: QWidget, item: today.TodayItem) -> None:
    bus().open_interaction.emit(item.client_id, item.ref_id)


OPENERS: dict[str, Callable[[QWidget, today.TodayItem], None]] = {
    "client": _open_client,
    "interaction": _open_interaction,
}


def _sources() -> list:
    """Today's sources, the early warnings and quiet clients taken from the window's health cache.

    Recomputing the firm's health here would take seconds on a large journal, and the cache has it;
    until it has, quiet clients are those past an agreed rhythm (the page reloads when it has)."""
    from app.today.warnings import early_warnings
    from ui.health.cache import cached_firm_health

    figures = cached_firm_health()
    if figures is None:
        return [functools.partial(source, figures=[]) if source is today.silent_clients else source
                for source in today.SOURCES]
    with_figures = (early_warnings, today.silent_clients)
    return [functools.partial(source, figures=figures) if source in with_figures else source
            for source in today.SOURCES]


def read_today(user_id: int | None, day: dt.date, sources: list) -> tuple[list[TodaySection], str]:
    """On a worker: today's items, worded and grouped by section, and the promise-kept suffix."""
    from ui.negotiate.promise_text import manager_promise_suffix  # D: the user's own promise-kept rate

    items = today.items_for(user_id, day, sources)
    return (prepare_sections(items, day, lambda key: _tr(HEADINGS.get(key, key)), _cells),
            manager_promise_suffix(user_id, day))


def _cells(item: today.TodayItem, day: dt.date) -> tuple[str, str, str]:
    return item.client_name, what_text(item), due_text(item, day)


def what_text(item: today.TodayItem) -> str:
    """The middle column, worded here from the item's facts where the screen must translate it."""
    if item.section == "warnings":
        from ui.health.text import warning_text  # E: an early warning, worded from its numbers

        return warning_text(item.facts)
    if item.section == "replies":
        count = item.facts.get("messages", 1)  # a plain name, so lupdate sees the plural
        waiting = QCoreApplication.translate("Today", "%n message(s) waiting %1 working hours", "", count).replace(
            "%1", labels.number_text(item.facts.get("hours_waiting", 0), 1))
        text = f"{item.title} ({waiting})"
        if item.facts.get("assignee"):
            text += " · " + QCoreApplication.translate("Today", "routed to %1").replace("%1", item.facts["assignee"])
        return text
    if item.section == "silence":
        count = item.facts.get("rhythm", 0)  # a plain name, so lupdate sees the plural
        rhythm = QCoreApplication.translate("Today", "every %n day(s)", "", count)
        if item.facts.get("never"):
            return QCoreApplication.translate("Today", "No contact logged yet (%1)").replace("%1", rhythm)
        count = item.facts.get("days_silent", 0)  # a plain name, so lupdate sees the plural
        return QCoreApplication.translate("Today", "No contact for %n day(s) (%1)", "",
                                          count).replace("%1", rhythm)
    return item.title


def due_text(item: today.TodayItem, day: dt.date) -> str:
    if item.due is None:
        return ""
    if item.overdue and item.due < day:
        count = (day - item.due).days  # a plain name, so lupdate sees the plural
        return QCoreApplication.translate("Today", "%1, %n day(s) late", "",
                                          count).replace("%1", labels.date_text(item.due))
    return labels.date_text(item.due)


class TodayPage(QWidget):
    """The current user's list for today, grouped by section; Enter or double-click opens the item."""

    COLUMNS = (QT_TRANSLATE_NOOP("Today", "Client"), QT_TRANSLATE_NOOP("Today", "What"),
               QT_TRANSLATE_NOOP("Today", "Due"))

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("today_page")
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.model = TodayModel(lambda: [_tr(title) for title in self.COLUMNS], self)
        self.tree = QTreeView(self)
        workers_wait_while_scrolled(self.tree)
        self.tree.setObjectName("today_tree")
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAlternatingRowColors(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        self.tree.activated.connect(self.open_index)
        self.tree.setUniformRowHeights(True)  # one line per row: lets thousands of rows lay out at once
        self.place = PlaceKeeper(self.tree, self._item_key)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.empty = QLabel(self.tr("Nothing needs your hand today."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        self.day = dt.date.today()
        self.user_id: int | None = None
        self.for_whom = ""
        self.promise_suffix = ""  # D's promise-kept rate, read with the items
        self.loading = False
        self.task = None
        self.read_again = False
        self.read_timer = QTimer(self)
        self.read_timer.setSingleShot(True)
        self.read_timer.setInterval(0)
        self.read_timer.timeout.connect(self._read_items)
        events = bus()
        for signal in (events.clients_changed, events.client_changed, events.interactions_changed,
                       events.database_replaced):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        """The heading now; the items read on a worker, a moment later (see read_today)."""
        self.day = dt.date.today()
        user_id = identity.acting_id()
        try:
            user_name = get_user(user_id).name if user_id else ""
        except Exception:  # noqa: BLE001 - a stale id from another database: treat as nobody
            user_id, user_name = None, ""
        self.user_id = user_id
        self.title.setText(self.tr("Today, %1").replace("%1", labels.date_text(self.day, long=True)))
        self.for_whom = (self.tr("For %1").replace("%1", user_name) if user_name else
                         self.tr("For the whole firm: choose who you are in Settings (Ctrl+,)"))
        self.subtitle.setText(self.for_whom + self.promise_suffix)
        self.loading = True
        if not self.model.rowCount():
            self.tree.hide()
            self.empty.setText(self.tr("Loading…"))
            self.empty.show()
        self.read_timer.start()  # a burst of changes reads once, and the window's health cache is there by then

    def show_health(self) -> None:
        """New health figures arrived: the early warnings follow them."""
        self.refresh()

    def _read_items(self) -> None:
        if self.task is not None and not self.task.done:
            self.read_again = True  # this read may have started before the change: read once more
            return
        user_id, day, sources = self.user_id, self.day, _sources()
        self.task = run_task(self, "", lambda _progress: read_today(user_id, day, sources),
                             self._items_arrived, self._read_failed, quiet=True)

    def _items_arrived(self, result: tuple[list[TodaySection], str]) -> None:
        if self.read_again:
            self.read_again = False
            self.task = None
            self._read_items()
            return
        self.loading = False
        sections, self.promise_suffix = result
        self.subtitle.setText(self.for_whom + self.promise_suffix)
        self.fill(sections)

    def _read_failed(self, exc: Exception) -> None:
        self.loading = False
        self.empty.setText(self.tr("Today's list could not be read: %1").replace("%1", str(exc)))

    def _item_key(self, index: QModelIndex):
        """What a row is, to find it again after the list is read again: its section, or the item's record."""
        if not index.isValid():
            return None
        if index.internalId() == HEADING_ID:
            return ("section", self.model.sections[index.row()].key)
        item = index.data(ITEM_ROLE)
        return ("item", item.section, item.ref_kind, item.ref_id, item.client_id)

    def fill(self, sections: list[TodaySection]) -> None:
        """Show the sections read_today prepared: one model reset, a few calls per section; the selected
        item and the scroll stay where they were (a colleague's change reads the list again)."""
        place = self.place.remember() if self.model.rowCount() else None
        folded = {section.key for row, section in enumerate(self.model.sections)
                  if not self.tree.isExpanded(self.model.index(row, 0))}
        known = {section.key for section in self.model.sections}
        self.model.set_sections(sections)
        for row, section in enumerate(sections):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
            # Laying out a section's rows costs a few model calls each: a huge one (a whole firm's
            # follow-ups) stays folded under its count until the user opens it.
            # A section the person folded or opened stays so.
            expanded = section.key not in folded if section.key in known else len(section.rows) <= EXPAND_AT_MOST
            self.tree.setExpanded(self.model.index(row, 0), expanded)
        self.tree.setColumnWidth(0, self._width(0, 220))
        self.tree.setColumnWidth(2, self._width(2, 0))
        self.tree.setVisible(bool(sections))
        self.empty.setText(self.tr("Nothing needs your hand today."))
        self.empty.setVisible(not sections)
        if place is not None:
            self.place.restore(place)

    def _width(self, column: int, least: int) -> int:
        """A column's width from the first rows of each section: measuring every row costs as much as a reset."""
        metrics = self.tree.fontMetrics()
        widest = max((metrics.horizontalAdvance(text) for text in self.model.texts(column, SAMPLE_ROWS)), default=0)
        title = self.tree.header().fontMetrics().horizontalAdvance(_tr(self.COLUMNS[column]))
        return max(least, widest + self.tree.indentation() + CELL_PADDING, title + CELL_PADDING)

    def open_index(self, index: QModelIndex) -> None:
        item = index.data(ITEM_ROLE)
        if item is None:
            return
        OPENERS.get(item.ref_kind, _open_client)(self.window(), item)

    def showEvent(self, event) -> None:
        if dt.date.today() != self.day:
            self.refresh()
        super().showEvent(event)
