"""Columns that share a table's width sensibly: text columns stretch, the others fit their content.

fit_columns(table, stretch) keeps it so as rows arrive and the table is resized: each column not
in `stretch` is as wide as its title and its widest cell in the first rows, but never more than a
share of the table (a long cell is then cut, its title never); the `stretch` columns share what is
left, each keeping at least STRETCH_MIN px while the others give up room down to their titles.
Where even the titles do not fit, the `give_way` columns are hidden, in that order (never cut),
and come back when the table is wide enough again.
"""

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

FIT_ROWS = 50  # rows a column's width is fitted to (Qt's default, 1000, is slow on thousands of rows)
STRETCH_MIN = 180  # the least a text column keeps while other columns can give up room
CONTENT_SHARE = 0.3  # the most of the table one content column takes


class ColumnFitter(QObject):
    """Keeps a table's column widths fitted (see the module's docstring); owned by the table."""

    def __init__(self, table: QTableView, stretch: tuple[int, ...], give_way: tuple[int, ...] = ()):
        super().__init__(table)
        self.table = table
        self.stretch = tuple(stretch)
        self.give_way = tuple(give_way)
        self.given_way: set[int] = set()  # hidden here for want of room (other hidden columns stay so)
        header = table.horizontalHeader()
        header.setResizeContentsPrecision(FIT_ROWS)  # columns fit the first rows, not all thousands
        header.setStretchLastSection(False)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.fit)
        model = table.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged,
                       model.dataChanged, model.headerDataChanged):
            signal.connect(self.fit_soon)
        self.viewport = table.viewport()
        self.viewport.installEventFilter(self)  # its new width is known when it is resized, the table's not yet
        self.fit()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.viewport and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
            self.fit_soon()  # again once the layout around has settled (a page shown after a resize)
        return False

    def fit_soon(self, *_args) -> None:
        self.timer.start()

    def fit(self) -> None:
        table, header = self.table, self.table.horizontalHeader()
        for column in self.given_way:  # measured shown (a hidden section's size hint is 0); hidden again below if need be
            header.setSectionHidden(column, False)
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        stretch = [c for c in columns if c in self.stretch]
        others = [c for c in columns if c not in self.stretch]
        room = table.viewport().width() if table.isVisible() else table.width() - 2 * table.frameWidth()
        cap = max(int(room * CONTENT_SHARE), 1)
        least = {c: header.sectionSizeHint(c) for c in others}
        self.given_way = set()
        stretch_least = sum(max(STRETCH_MIN, header.sectionSizeHint(c)) for c in stretch)
        for column in self.give_way:
            if sum(least[c] for c in others) + stretch_least <= room:
                break
            if column in others:
                others.remove(column)
                self.given_way.add(column)
        for column in columns:
            header.setSectionHidden(column, column in self.given_way)
        wanted = {c: max(least[c], min(table.sizeHintForColumn(c), cap)) for c in others}
        spare = room - stretch_least - sum(wanted.values())
        if spare < 0 and stretch:  # the content columns give up room, down to their titles
            give = {c: wanted[c] - least[c] for c in others}
            total = sum(give.values())
            if total:
                share = min(1.0, -spare / total)
                wanted = {c: wanted[c] - int(give[c] * share + 0.999) for c in others}
        for column in others:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, wanted[column])
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        if not stretch and others:  # nothing stretches: the last column takes what is left
            header.setStretchLastSection(True)


def fit_columns(table: QTableView, stretch: tuple[int, ...] = (0,), give_way: tuple[int, ...] = ()) -> ColumnFitter:
    """Keep the table's columns fitted from now on (the table owns what this returns)."""
    return ColumnFitter(table, stretch, give_way)
