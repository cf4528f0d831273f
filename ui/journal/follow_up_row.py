"""The follow-up line of the interaction editor: on which day, by which channel, or no reply needed."""

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from app.hear.replies import opens_reply_clock
from ui.journal.editor_captions import caption
from ui.widgets.day_field import DayField
from ui.widgets.form import vocabulary_combo


class FollowUpRow(QWidget):
    """The day to follow an entry up, the channel to do it by, and "no reply needed" for a message."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.day = DayField(self)
        self.channel = vocabulary_combo("channel", empty="—")
        self.channel.setObjectName("follow_up_channel")
        self.no_reply_needed = QCheckBox(caption("no_reply_needed"), self)
        self.no_reply_needed.setObjectName("no_reply_needed")
        self.no_reply_needed.setToolTip(self.tr("The client's message asks for no answer: no reply is awaited"))
        by = QLabel(caption("follow_up_channel"))
        by.setBuddy(self.channel.focusProxy() or self.channel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.day, 1)
        layout.addSpacing(8)
        layout.addWidget(by)
        layout.addWidget(self.channel)  # the day keeps the room
        layout.addSpacing(12)
        layout.addWidget(self.no_reply_needed)
        self.setFocusProxy(self.day)

    def update_reply_box(self, direction: str | None, channel: str | None, kind: str | None) -> None:
        """"No reply needed" is offered only for a message that waits for one (app.hear.replies)."""
        waits = opens_reply_clock(direction, channel, kind)
        self.no_reply_needed.setEnabled(waits)
        if not waits:
            self.no_reply_needed.setChecked(False)
