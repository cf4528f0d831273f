"""Search hits as a paged list model, and a delegate that draws their highlighted snippets."""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.search.engine import SearchHit, count_matches, search, to_html, to_plain
from ui.shell import labels


@dataclass(frozen=True)
class SearchQuery:
    """What to look for and the filters: the arguments of app.search.engine.search."""

    text: str = ""
    client_id: int | None = None
    tag: str | None = None
    kind: str | None = None
    author_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    # The text's last word is still being typed: it also finds the words that begin with it.
    typing: bool = False

    def hits(self, offset: int, limit: int) -> list[SearchHit]:
        return search(self.text, client_id=self.client_id, date_from=self.date_from, date_to=self.date_to,
                      tag=self.tag, kind=self.kind, author_id=self.author_id, limit=limit, offset=offset,
                      typing=self.typing)

    def count(self) -> int:
        """How many entries match, up to COUNT_LIMIT + 1 (more is "more than COUNT_LIMIT")."""
        return count_matches(self.text, client_id=self.client_id, date_from=self.date_from, date_to=self.date_to,
                             tag=self.tag, kind=self.kind, author_id=self.author_id, typing=self.typing)


class SearchResultsModel(QAbstractListModel):
    """Hits of one query, best first; later pages arrive through fetchMore as you scroll."""

    PAGE_SIZE = 100
    HitRole = Qt.ItemDataRole.UserRole + 1
    HtmlRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None):
        super().__init__(parent)
        self.query = SearchQuery()
        self.hits: list[SearchHit] = []
        self.exhausted = True
        self.loading = False
        # run_in_background(work, on_done): set by the page, so that a later page of a large
        # journal is found off the GUI thread; without it, pages are read at once.
        self.run_in_background: Callable[[Callable[[], list], Callable[[list], None]], None] | None = None

    def show_first_page(self, query: SearchQuery, hits: list[SearchHit]) -> None:
        """Show a query's first page, found beforehand (on a worker thread)."""
        self.beginResetModel()
        self.query = query
        self.hits = list(hits)
        self.exhausted = len(hits) < self.PAGE_SIZE
        self.loading = False  # a page still on its way belongs to the old query: it is dropped
        self.endResetModel()

    def clear(self) -> None:
        self.show_first_page(SearchQuery(), [])

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self.exhausted and not self.loading

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        query, offset = self.query, len(self.hits)

        def work() -> list[SearchHit]:
            return query.hits(offset, self.PAGE_SIZE)

        if self.run_in_background is None:
            return self._add_page(query, offset, work())
        self.loading = True
        self.run_in_background(work, lambda page: self._add_page(query, offset, page))

    def _add_page(self, query: SearchQuery, offset: int, page: list[SearchHit]) -> None:
        self.loading = False
        if query != self.query or offset != len(self.hits):
            return  # a new search replaced the one this page belongs to
        self.exhausted = len(page) < self.PAGE_SIZE
        if page:
            self.beginInsertRows(QModelIndex(), offset, offset + len(page) - 1)
            self.hits.extend(page)
            self.endInsertRows()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == self.HitRole:
            return hit
        if role == self.HtmlRole:
            return self.html(hit)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{hit.client} · {labels.date_text(hit.occurred_at)} · {to_plain(hit.summary_snippet, '', '')}"
        if role == Qt.ItemDataRole.ToolTipRole and hit.notes_snippet:
            return to_plain(hit.notes_snippet, "", "")
        return None

    @staticmethod
    def html(hit: SearchHit) -> str:
        heading = (f"<span style='font-weight:600'>{to_html(hit.client)}</span>"
                   f" &nbsp;·&nbsp; {to_html(labels.date_text(hit.occurred_at))}"
                   f" &nbsp;·&nbsp; {to_html(labels.label('kind', hit.kind))}")
        body = f"<div>{to_html(hit.summary_snippet)}</div>"
        if hit.notes_snippet:
            body += f"<div style='color:gray'>{to_html(hit.notes_snippet)}</div>"
        return f"<div>{heading}</div>{body}"


class SnippetDelegate(QStyledItemDelegate):
    """Draws a hit as rich text: client, date and kind, then the snippets with the words in bold."""

    PAD = 6

    def _document(self, option: QStyleOptionViewItem, index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(self.PAD)
        document.setHtml(index.data(SearchResultsModel.HtmlRole) or "")
        width = option.rect.width()
        if option.widget is not None and hasattr(option.widget, "viewport"):
            width = option.widget.viewport().width()  # sizeHint's rect has no width yet
        document.setTextWidth(max(200, width))
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 1)

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        view_option.text = ""
        style = view_option.widget.style() if view_option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, view_option.widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()
