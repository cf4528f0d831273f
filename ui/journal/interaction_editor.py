"""The interaction editor: log a call, email, meeting or complaint in seconds, keyboard first.

Fields come in the order they are typed; a routine call is Ctrl+N, one line, Ctrl+Enter: the
cursor starts in Summary and the rest has sensible defaults (now, a call, an update we made,
signed by the current user). Esc closes; what is typed is kept as a draft of that client and
that author, and offered back when the editor opens again for them.
"""

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.common import identity, rights
from app.common.errors import Problem, ValidationError
from app.journal import drafts
from app.journal import records as journal
from app.journal.editor_choices import contact_choices, interaction_values, user_choices, user_exists
from db import vocabulary as V
from ui.audit.acting import acting_user_id
from ui.journal.coding_proposal import ACCEPT_PROPOSAL_KEY, CodingProposal
from ui.journal.editor_captions import caption
from ui.journal.follow_up_row import FollowUpRow
from ui.journal.future_when import FutureQuestion
from ui.shell import labels
from ui.shell.events import bus
from ui.shell.who_are_you import ask_who_you_are
from ui.trash.notice import main_window_of, tell_moved_to_trash
from ui.widgets.chip_row import Chip, ChipRow
from ui.widgets.client_picker import ClientPicker
from ui.widgets.day_field import show_day
from ui.widgets.draft_banner import DraftBanner
from ui.widgets.field_errors import FieldErrors
from ui.widgets.form import (
    TypeAheadCombo,
    add_save_shortcuts,
    fit_height,
    form_grid,
    mnemonic_key,
    row_of,
    select_data,
    vocabulary_combo,
)
from ui.widgets.playbook_hint import PlaybookHint
from ui.widgets.read_only import lock_fields, read_only_note
from ui.widgets.saving import save_in_background
from ui.widgets.tag_line import TagLine
from ui.widgets.when_field import WhenField, show_moment

DRAFT_KIND = "interaction"
TAG_LINES = ("like", "hear", "negotiate", "staff_praise", "client_misconduct",
             "dismissive", "capitulating", "punishing")


class InteractionEditor(QDialog):
    """Log a new interaction with a client, or edit or delete one already in the journal."""

    def __init__(self, parent: QWidget | None = None, client_id: int | None = None,
                 interaction_id: int | None = None):
        super().__init__(parent)
        self.interaction_id = interaction_id
        self.saved_id: int | None = None
        self._loading = True
        self._dirty = False
        existing = interaction_values(interaction_id) if interaction_id else None
        self.original_client = existing["client"] if existing else client_id
        current = identity.acting_id()
        self.author_id = existing["author"] if existing else (current if user_exists(current) else None)
        self.draft_key = drafts.draft_key(interaction_id, client=self.original_client, author=self.author_id)
        self._stored_when = existing["occurred_at"] if existing else None
        self.future = FutureQuestion(self, self._stored_when)
        self.setWindowTitle(self.tr("Edit interaction") if existing else self.tr("Log an interaction"))
        self._build_fields()
        self._build_layout()
        self._apply(self._form_values(existing) if existing else {"client": client_id})
        self._connect_changes()
        self._offer_draft()
        self._loading = False
        self.resize(660, self.height())  # hints wrap at the width they will have, not at a new widget's 100 px
        self._update_playbook()
        self.refusal = self._refusal(existing)
        if self.refusal is not None:
            self._open_read_only(self.refusal)
        self.resize(max(660, self.sizeHint().width()), self.sizeHint().height())
        self.proposal_hint.update_proposal()  # at the editor's width: wrapped narrow, it would stretch it
        first = self.summary if self.client.client_id() else self.client
        first.setFocus()

    def _refusal(self, existing: dict | None) -> str | None:
        """Why the acting person may not change this entry (None: they may): an entry already in the
        journal is its author's, its client's account manager's and the owners' to edit (app rights)."""
        if existing is None:
            return None  # anyone may log; with nobody chosen, saving asks who you are
        said = rights.refusal(identity.acting(), "edit an entry", existing["client"], existing["author"])
        return said.shown() if said is not None else None

    def _open_read_only(self, refusal: str) -> None:
        """Someone who may not edit this entry reads it: the fields locked, Save and Delete off, and who may."""
        lock_fields(self, keep=(self.cancel_button, self.history_button),
                    disable=(self.client, self.sentiment, self.tags, self.own_tags, self.occurred_at,
                             self.follow_up, self.contact, self.effort, self.channel, self.kind, self.direction))
        self.save_button.hide()
        self.delete_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.note = read_only_note(self, refusal)
        self.layout().insertWidget(self.layout().count() - 1, self.note)

    # ---- building ------------------------------------------------------------------------

    def _build_fields(self) -> None:
        self.banner = DraftBanner(self)
        self.client = ClientPicker(self)
        self.contact = TypeAheadCombo(self)
        self.occurred_at = WhenField(self)
        self.occurred_at.set_moment(dt.datetime.now())
        self.channel = vocabulary_combo("channel")
        self.kind = vocabulary_combo("kind")
        self.direction = vocabulary_combo("direction", empty="—")
        self.sentiment = ChipRow([Chip(n, labels.sentiment_text(n), labels.sentiment_color(n))
                                  for n in range(V.SENTIMENT_RANGE[0], V.SENTIMENT_RANGE[1] + 1)],
                                 exclusive=True)
        self.sentiment.current = 2  # the arrows start from neutral
        self.effort = TypeAheadCombo(self)
        self.effort.addItem("—", None)
        for n, text in enumerate((self.tr("no effort"), self.tr("little"), self.tr("some"),
                                  self.tr("a lot"), self.tr("exhausting")), start=1):
            self.effort.addItem(f"{n} · {text}", n)
        self.summary = QLineEdit(self)
        self.summary.setPlaceholderText(self.tr("One line on what happened"))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.tags = ChipRow([Chip(name, labels.label("tag", name), labels.tag_color(name),
                                  labels.tag_tooltip(name)) for name in TAG_LINES],
                            exclusive=False, line_starts=(5,))
        self.tag_meaning = QLabel(self)
        self.tag_meaning.setWordWrap(True)
        self.tag_meaning.setEnabled(False)
        self.own_tags = TagLine(self)
        self.praised = TypeAheadCombo(self)  # shown only while staff_praise is ticked
        self.praised.addItem("—", None)
        for user_id, name in user_choices():
            self.praised.addItem(name, user_id)
        self.follow = FollowUpRow(self)
        self.follow_up, self.follow_up_channel = self.follow.day, self.follow.channel
        self.no_reply_needed = self.follow.no_reply_needed
        self.playbook = PlaybookHint(self)
        self.proposal_hint = CodingProposal(self, self.kind, self.direction, self.sentiment, self.summary,
                                            self.notes, self.tags)  # Ctrl+T accepts it

    def _build_layout(self) -> None:
        grid = form_grid()
        self.errors = FieldErrors()
        add = self.errors.add_row
        row = add(grid, 0, "client", caption("client"), self.client)
        row = add(grid, row, "contact", caption("contact"), self.contact)
        row = add(grid, row, "occurred_at", caption("occurred_at"), self.occurred_at)
        kinds = row_of(self.channel, caption("kind"), self.kind, caption("direction"), self.direction)
        row = add(grid, row, "channel", caption("channel"), kinds)
        self.errors.widgets.update(kind=self.kind, direction=self.direction)
        self.errors.labels.update(kind=self.errors.labels["channel"], direction=self.errors.labels["channel"])
        row = add(grid, row, "sentiment", caption("sentiment"), self.sentiment)
        row = add(grid, row, "effort", caption("effort"), row_of(self.effort))
        row = add(grid, row, "summary", caption("summary"), self.summary)
        row = add(grid, row, "notes", caption("notes"), self.notes)
        row = add(grid, row, "builtin_tags", caption("builtin_tags"), self.tags)
        grid.addWidget(self.tag_meaning, row - 1, 1)
        grid.addWidget(self.proposal_hint, row, 1)
        row += 1
        row = add(grid, row, "tags", caption("tags"), self.own_tags)
        self.praised_row = row_of(self.praised)
        row = add(grid, row, "praised", caption("praised"), self.praised_row)
        row = add(grid, row, "follow_up_due", caption("follow_up_due"), self.follow)
        self.errors.widgets.update(follow_up_channel=self.follow_up_channel, no_reply_needed=self.no_reply_needed)
        self.errors.labels.update(follow_up_channel=self.errors.labels["follow_up_due"],
                                  no_reply_needed=self.errors.labels["follow_up_due"])
        self.footer = QLabel(self)
        self.footer.setEnabled(False)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setVisible(bool(self.interaction_id))
        self.history_button = QPushButton(self.tr("History…"), self)  # who changed this entry, and how
        self.history_button.setObjectName("entry_history")
        self.history_button.setVisible(bool(self.interaction_id))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.save_button = QPushButton(self.tr("Save (Ctrl+Enter)"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.footer, 1)
        for button in (self.history_button, self.delete_button, self.cancel_button, self.save_button):
            button.setAutoDefault(False)  # Enter in a field must not save half an entry
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(grid)
        layout.addWidget(self.playbook)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._set_tab_order()
        self._show_author()

    def _set_tab_order(self) -> None:
        chain = [self.banner.restore_button, self.banner.discard_button, self.client, self.contact,
                 self.occurred_at.edit, self.channel, self.kind, self.direction, self.sentiment, self.effort,
                 self.summary, self.notes, self.tags, self.own_tags, self.praised, self.follow_up.edit,
                 self.follow_up_channel, self.no_reply_needed, self.save_button, self.cancel_button, self.delete_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _show_author(self) -> None:
        if self.author_id:
            self.footer.setText(self.tr("Logged by %1").replace("%1", journal.get_user(self.author_id).name))
        else:
            self.footer.setText(self.tr("No current user: choose who you are in Settings"))

    def _connect_changes(self) -> None:
        for signal in (self.client.textChanged, self.occurred_at.text_changed, self.summary.textChanged,
                       self.notes.textChanged, self.own_tags.textChanged, self.follow_up.text_changed,
                       self.sentiment.changed, self.tags.changed, self.no_reply_needed.toggled):
            signal.connect(self._changed)
        for combo in (self.contact, self.channel, self.kind, self.direction, self.effort, self.praised,
                      self.follow_up_channel):
            combo.currentIndexChanged.connect(self._changed)
        self.tags.changed.connect(self._show_praised)
        for field, combo in (("contact", self.contact), ("channel", self.channel), ("channel", self.kind),
                             ("channel", self.direction), ("effort", self.effort)):
            combo.say_misses = False  # said under the field instead
            combo.unmatched.connect(lambda typed, f=field, c=combo: self._unmatched(f, c, typed))
        self.client.client_changed.connect(self._load_contacts)
        for combo in (self.channel, self.kind, self.direction):
            combo.currentIndexChanged.connect(self._update_reply_box)
        self.kind.currentIndexChanged.connect(self._update_playbook)
        self.tags.changed.connect(self._update_playbook)
        self.tags.current_changed.connect(lambda i: self.tag_meaning.setText(self.tags.chips[i].tooltip))
        self.banner.restore.connect(self._restore_draft)
        self.banner.discard.connect(lambda: drafts.delete_draft(DRAFT_KIND, self.draft_key))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.history_button.clicked.connect(self.open_history)
        add_save_shortcuts(self, self.save)
        QShortcut(QKeySequence(ACCEPT_PROPOSAL_KEY), self, self.proposal_hint.accept_proposal)
        self.proposal_hint.follow_changes()
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(500)
        self.draft_timer.timeout.connect(self.save_draft)
        QCoreApplication.instance().aboutToQuit.connect(self.save_draft)
        self._quit_hooked = True

    # ---- values --------------------------------------------------------------------------

    def _load_contacts(self, client_id: int | None) -> None:
        chosen = self.contact.currentData()
        self.contact.clear()
        self.contact.addItem("—", None)
        for contact_id, text in contact_choices(client_id):
            self.contact.addItem(text, contact_id)
        select_data(self.contact, chosen)

    def values(self) -> dict:
        """The form as plain values (JSON-safe): what a draft keeps."""
        return {
            "client": self.client.client_id(), "client_text": self.client.text(),
            "contact": self.contact.currentData(),
            "when": self.occurred_at.text(),
            "channel": self.channel.currentData(), "kind": self.kind.currentData(),
            "direction": self.direction.currentData(), "sentiment": self.sentiment.value(),
            "effort": self.effort.currentData(), "summary": self.summary.text(),
            "notes": self.notes.toPlainText(), "tags": self.tags.checked_values(),
            "own_tags": self.own_tags.text(), "follow_up": self.follow_up.text(),
            "praised": self.praised.currentData(),
            "follow_up_channel": self.follow_up_channel.currentData(),
            "no_reply_needed": self.no_reply_needed.isChecked(),
        }

    def _form_values(self, stored: dict) -> dict:
        """A stored interaction as form values."""
        own = [t for t in stored["tags"] if t not in V.BUILTIN_TAGS]
        return {**stored, "occurred_at": stored["occurred_at"].isoformat(),
                "tags": [t for t in stored["tags"] if t in V.BUILTIN_TAGS], "own_tags": ", ".join(own),
                "follow_up": show_day(stored["follow_up_due"])}

    def _apply(self, values: dict) -> None:
        if values.get("client_text"):
            self.client.setText(values["client_text"])
        else:
            self.client.set_client(values.get("client"))
        self._load_contacts(self.client.client_id())
        select_data(self.contact, values.get("contact"))
        if "when" in values:
            self.occurred_at.setText(values["when"])
        elif values.get("occurred_at"):
            self.occurred_at.set_moment(dt.datetime.fromisoformat(values["occurred_at"]))
        select_data(self.channel, values.get("channel", "call"))
        select_data(self.kind, values.get("kind", "update"))
        select_data(self.direction, values.get("direction", "outbound"))  # a new entry: we called them
        self.sentiment.set_value(values.get("sentiment"))
        select_data(self.effort, values.get("effort"))
        self.summary.setText(values.get("summary", ""))
        self.notes.setPlainText(values.get("notes", ""))
        self.tags.set_checked_values(values.get("tags", []))
        self.own_tags.setText(values.get("own_tags", ""))
        self.follow_up.setText(values.get("follow_up", ""))
        select_data(self.praised, values.get("praised"))
        self._show_praised()
        select_data(self.follow_up_channel, values.get("follow_up_channel"))
        self.no_reply_needed.setChecked(bool(values.get("no_reply_needed")))
        self._update_reply_box()

    def _update_reply_box(self) -> None:
        self.follow.update_reply_box(self.direction.currentData(), self.channel.currentData(), self.kind.currentData())

    def _payload(self) -> dict:
        """The fields for the journal; what only the form can get wrong is checked here, translated."""
        problems = []
        client_id = self.client.client_id()
        if client_id is None:
            text = self.client.text().strip()
            problems.append(Problem("client", self.tr("No client is named “%1”: pick one from the list").replace("%1", text)
                                    if text else self.tr("Choose the client")))
        occurred_at = None
        if self.occurred_at.normalise():  # what is saved is what the field shows
            occurred_at = self.occurred_at.moment()
            if self._stored_when and self.occurred_at.text() == show_moment(self._stored_when):
                occurred_at = self._stored_when  # untouched: keep its seconds, as imported
        else:
            problems.append(Problem("occurred_at", self.occurred_at.problem()))
        follow_up = None
        if self.follow_up.normalise():
            follow_up = self.follow_up.day()
        else:
            problems.append(Problem("follow_up_due", self.follow_up.problem()))
        if not self.summary.text().strip() and not self.notes.toPlainText().strip():
            problems.append(Problem("summary", self.tr("Write one line on what happened")))
        if problems:
            raise ValidationError(problems)
        own = self.own_tags.tags()
        return {"client": client_id, "contact": self.contact.currentData(),
                "occurred_at": occurred_at, "channel": self.channel.currentData(),
                "kind": self.kind.currentData(), "direction": self.direction.currentData(),
                "sentiment": self.sentiment.value(), "effort": self.effort.currentData(),
                "summary": self.summary.text(), "notes": self.notes.toPlainText(),
                "tags": self.tags.checked_values() + own, "follow_up_due": follow_up,
                "praised": self.praised.currentData() if self._praising() else None,
                "follow_up_channel": self.follow_up_channel.currentData(),
                "no_reply_needed": self.no_reply_needed.isChecked()}

    def _praising(self) -> bool:
        return "staff_praise" in self.tags.checked_values()

    def _show_praised(self, *_args) -> None:
        """The praised colleague is asked for only on an entry tagged staff_praise."""
        praising = self._praising()
        self.praised_row.setVisible(praising)
        self.errors.captions["praised"].setVisible(praising)
        if not praising:
            self.errors.clear_field("praised")  # a message about a field no longer asked for goes with it

    # ---- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        if self.refusal is not None:
            return  # read only: the note says who may
        self.errors.clear()
        try:
            payload = self._payload()
        except ValidationError as exc:
            self.errors.show(exc.problems, fallback="summary")
            return
        if not self._future_agreed(payload["occurred_at"]) or not self._author_known():
            return
        if self.interaction_id:
            interaction_id, by = self.interaction_id, identity.acting_id()
            write = lambda: journal.edit_interaction(interaction_id, by=by, **payload)  # noqa: E731
        else:
            author = self.author_id
            write = lambda: journal.log_interaction(author=author, **payload)  # noqa: E731
        save_in_background(self, write, self._saved,
                           lambda exc: self.errors.show(exc.problems, fallback="summary"))

    def _saved(self, item) -> None:
        self.saved_id = item.id
        self._finish(item.client_id)

    def _future_agreed(self, moment: dt.datetime) -> bool:
        """A When ahead of now is asked about once ("this is in 4 weeks: log it as planned?")."""
        if self.future.agreed(moment):
            return True
        self.errors.note("occurred_at", self.tr("In the future: correct the date, or save again and say yes"))
        self.occurred_at.setFocus()
        return False

    def _author_known(self) -> bool:
        """Nothing is logged anonymously: with nobody chosen on this machine, ask who is logging."""
        if self.author_id is not None or self.interaction_id:
            return True  # an entry already in the journal keeps the author it has (imports may have none)
        self.author_id = ask_who_you_are(self)
        self._show_author()
        if self.author_id is None:
            self.footer.setStyleSheet("color: #c62828;")
            self.footer.setEnabled(True)
            self.footer.setText(self.tr("Nothing was saved: say who you are first, so the entry has an author"))
            return False
        return True

    def _unmatched(self, field: str, combo: TypeAheadCombo, typed: str) -> None:
        """Text typed into a drop-down that picks nothing is said at the field, never dropped in silence."""
        self.errors.note(field, self.tr("“%1” matches nothing in this list; it stays as “%2”. "
                                        "To write it down, use %3 (%4)")
                         .replace("%1", typed.strip()).replace("%2", combo.currentText())
                         .replace("%3", caption("summary").replace("&", "")).replace("%4", mnemonic_key(caption("summary")))
                         if typed.strip() else "")

    def open_history(self) -> None:
        from ui.audit.history_dialog import open_record_history  # the audit's dialog, loaded when needed

        open_record_history(self, "interaction", self.interaction_id, self.summary.text() or str(self.interaction_id))

    def delete(self) -> None:
        if self.refusal is not None:
            return
        answer = QMessageBox.question(self, self.tr("Delete interaction"),
                                      self.tr("Delete this interaction from the journal? It goes to the trash, "
                                              "where an owner can restore it."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        interaction_id, by = self.interaction_id, acting_user_id()
        # On a worker like every save: a lock another program holds offers Retry, and the entry stays open.
        save_in_background(self, lambda: journal.delete_interaction(interaction_id, by=by), self._deleted,
                           lambda exc: self.errors.show(exc.problems, fallback="summary"))

    def _deleted(self, item) -> None:
        tell_moved_to_trash(main_window_of(self), item.id, item.label, self.original_client)
        self._finish(self.original_client)

    def _finish(self, client_id: int) -> None:
        self._dirty = False
        self.draft_timer.stop()
        drafts.delete_draft(DRAFT_KIND, self.draft_key)
        for changed in {client_id, self.original_client} - {None}:
            bus().interactions_changed.emit(changed)
            bus().client_changed.emit(changed)
        self.accept()

    # ---- drafts and hints -----------------------------------------------------------------

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        self._dirty = True
        field = {self.summary: "summary", self.client: "client", self.own_tags: "tags"}.get(self.sender())
        if field:
            self.errors.clear_field(field)
        self.draft_timer.start()

    def save_draft(self) -> None:
        if getattr(self, "refusal", None) is not None:
            return  # nothing typed in a read-only entry
        if self._dirty:
            drafts.save_draft(DRAFT_KIND, self.draft_key, self.values())

    def _offer_draft(self) -> None:
        self.draft = drafts.load_draft(DRAFT_KIND, self.draft_key)
        if self.draft is not None and self.draft.values != self.values():
            self.banner.offer(self.draft.saved_at)

    def _restore_draft(self) -> None:
        self._loading = True
        self._apply(self.draft.values)
        self._loading = False
        self._dirty = True
        self._update_playbook()
        self.summary.setFocus()

    def reject(self) -> None:
        self.draft_timer.stop()
        self.save_draft()
        super().reject()

    def done(self, result: int) -> None:
        # The dialog may be deleted on close: it must not be called when the app quits later.
        if self._quit_hooked:
            QCoreApplication.instance().aboutToQuit.disconnect(self.save_draft)
            self._quit_hooked = False
        super().done(result)

    def _update_playbook(self, *_args) -> None:
        self.playbook.show_for(self.kind.currentData(), self.tags.checked_values())
        fit_height(self)  # a hint never squeezes the chips under Notes

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a hint, a banner or a message came or went
            fit_height(self)
        return handled
