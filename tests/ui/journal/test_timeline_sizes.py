"""The timeline keeps each entry's height: the heights still fit the rows after changes and a new font."""

import datetime as dt

import pytest
from PySide6.QtGui import QFont

from app.journal import records as journal
from tests.authors import firm_owner, signing_author
from ui.journal.timeline import TimelineModel, TimelineView
from ui.journal.timeline_delegate import DelegateFonts

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
    entry = journal.log_interaction(author=signing_author(), client=acme.id, occurred_at=dt.datetime(2026, 3, 2, 9), channel="call",
                                    kind="update", summary="newest")
    view.timeline.reload()
    assert [view.timeline.index(n).data() for n in range(3)] == ["newest", "long", "plain"]
    assert heights(view) == fitting_heights(view)

    journal.edit_interaction(entry.id, notes="now with\nnotes", by=firm_owner())
    view.timeline.reload()
    assert heights(view) == fitting_heights(view)

    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    assert heights(view) == fitting_heights(view)
    assert heights(view)[1] > before[0]  # the same entry, taller in the larger font


def test_pointing_at_a_tag_chip_explains_the_tag(qtbot, make_client, make_interaction):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    from ui.journal.timeline_delegate import PAD
    from ui.shell import labels

    acme = make_client()
    make_interaction(acme, occurred_at=dt.datetime(2026, 3, 1, 9), summary="tagged", tags=["hear", "vip"])
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    view.set_client(acme.id)
    qtbot.waitExposed(view)
    rect = view.visualRect(view.timeline.index(0))
    fonts = view.cards.fonts(view.font())
    y = rect.top() + fonts.header + PAD + fonts.small_line // 2
    right = rect.right() - PAD
    for x, tag in ((right - 5, "vip"), (right - fonts.small_metrics.horizontalAdvance(labels.label("tag", "vip")) - 25,
                                        "hear")):
        view.viewportEvent(QHelpEvent(QEvent.Type.ToolTip, QPoint(x, y), view.viewport().mapToGlobal(QPoint(x, y))))
        assert QToolTip.text() == labels.tag_tooltip(tag)
        QToolTip.hideText()
