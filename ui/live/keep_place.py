"""Keeping a person's place in a list while its rows are read again: the selected record and the record
at the top of the view stay where they were, found again by what they are (a record id), not by row."""

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QAbstractProxyModel, QItemSelectionModel, QModelIndex, QPoint
from PySide6.QtWidgets import QAbstractItemView, QWidget

Key = Callable[[QModelIndex], Hashable | None]


@dataclass
class Place:
    """Where the person was: what was selected, what was at the top and how far it was scrolled past."""

    selected: Hashable | None
    top: Hashable | None
    top_offset: int  # pixels of the top row above the view's edge (0 or less)
    vertical: int
    horizontal: int
    at_top: bool


class PlaceKeeper:
    """Remembers a view's place before its model resets and returns to it after.

    key(index) names the record a row shows (None for a row that names none); find(key) gives the
    view's index of a record, or an invalid one (by default, the rows are searched, two levels deep).
    select=False leaves the selection to the view's owner (it restores it its own way)."""

    def __init__(self, view: QAbstractItemView, key: Key, find: Callable[[Hashable], QModelIndex] | None = None,
                 select: bool = True):
        self.view = view
        self.key = key
        self.find = find or self._search
        self.select = select

    @contextmanager
    def kept(self) -> Iterator[None]:
        """Around a reload: `with keeper.kept(): model.reload()`."""
        place = self.remember()
        yield
        self.restore(place)

    def remember(self) -> Place:
        view = self.view
        current = view.currentIndex()
        selected = None
        if current.isValid() and view.selectionModel() is not None and \
                view.selectionModel().isSelected(current.siblingAtColumn(0) if current.column() else current):
            selected = self.key(current.siblingAtColumn(0))
        top_index = view.indexAt(QPoint(1, 1))
        top = self.key(top_index.siblingAtColumn(0)) if top_index.isValid() else None
        offset = view.visualRect(top_index).top() if top_index.isValid() else 0
        bar = view.verticalScrollBar()
        return Place(selected, top, offset, bar.value(), view.horizontalScrollBar().value(),
                     bar.value() <= bar.minimum())

    def restore(self, place: Place) -> None:
        view = self.view
        view.executeDelayedItemsLayout()  # the rows' sizes and the scroll bars' ranges, now
        if self.select and place.selected is not None:
            index = self.find(place.selected)
            if index.isValid():
                view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        bar = view.verticalScrollBar()
        top = self.find(place.top) if place.top is not None and not place.at_top else QModelIndex()
        if place.at_top:
            bar.setValue(bar.minimum())  # a new record at the top comes into sight
        elif top.isValid():
            view.scrollTo(top, QAbstractItemView.ScrollHint.PositionAtTop)
            if view.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerPixel:
                bar.setValue(bar.value() - place.top_offset)
        else:
            bar.setValue(place.vertical)
        view.horizontalScrollBar().setValue(place.horizontal)

    def _search(self, wanted: Hashable) -> QModelIndex:
        model = self.view.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if self.key(index) == wanted:
                return index
            for child_row in range(model.rowCount(index)):
                child = model.index(child_row, 0, index)
                if self.key(child) == wanted:
                    return child
        return QModelIndex()


def record_key(index: QModelIndex) -> Hashable | None:
    """The id of the record a row shows, for models that keep their records in `rows` (behind any proxies)."""
    model = index.model()
    while isinstance(model, QAbstractProxyModel):
        index, model = model.mapToSource(index), model.sourceModel()
    rows = getattr(model, "rows", None)
    if not index.isValid() or not isinstance(rows, list) or not 0 <= index.row() < len(rows):
        return None
    return getattr(rows[index.row()], "id", None)


@contextmanager
def kept_places(widget: QWidget) -> Iterator[None]:
    """Every list in widget keeps its place (by record_key) across what the block reloads."""
    keepers = [PlaceKeeper(view, record_key) for view in widget.findChildren(QAbstractItemView)
               if view.model() is not None]
    places = [keeper.remember() for keeper in keepers]
    yield
    for keeper, place in zip(keepers, places, strict=True):
        keeper.restore(place)
