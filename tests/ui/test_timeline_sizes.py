"""The timeline keeps each entry's height: the heights still fit the rows after changes and a new font."""

import datetime as dt

import pytest
from PySide6.QtGui import QFont

from app import journal
from ui.timeline import TimelineModel, TimelineView
from ui.timeline_delegate import DelegateFonts

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def heights(view: TimelineView) -> list[int]:
    model = view.timeline
    return [view.visualRect(model.index(n)).height() for n in range(model.rowCount())]


def fitting_heights(view: TimelineView) -> list[int]:
    """What each row needs, worked out afresh from its content and the view's font."""
    fonts = DelegateFonts(view.font())
    model = view.timeline
    return [fonts.height(model.index(n).data(TimelineModel.RowRole), model.index(n).data(TimelineModel.FirstOfDayRole))
            for n in range(model.rowCount())]


def test_heights_follow_new_rows_and_the_font(qtbot, make_client, make_interaction):
    acme = make_client()
    make_interaction(acme, occurred_at=dt.datetime(2026, 3, 1, 9), summary="plain")
    make_interaction(acme, occurred_at=dt.datetime(2026, 3, 1, 12), summary="long", notes="one\ntwo\nthree",
                     follow_up_due=dt.date(2026, 3, 9))
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    view.set_client(acme.id)
    before = heights(view)
    assert before == fitting_heights(view) and before[0] > before[1]  # notes and a follow-up take lines

    # a plain entry on a new day goes on top: every row below moves and its height must move with it
    entry = journal.log_interaction(client=acme.id, occurred_at=dt.datetime(2026, 3, 2, 9), channel="call",
                                    kind="update", summary="newest")
    view.timeline.reload()
    assert [view.timeline.index(n).data() for n in range(3)] == ["newest", "long", "plain"]
    assert heights(view) == fitting_heights(view)

    journal.edit_interaction(entry.id, notes="now with\nnotes")
    view.timeline.reload()
    assert heights(view) == fitting_heights(view)

    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    assert heights(view) == fitting_heights(view)
    assert heights(view)[1] > before[0]  # the same entry, taller in the larger font
