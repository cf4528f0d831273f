"""Help: the keyboard shortcuts, and the firm's policy - like, hear, negotiate - in plain words."""

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from db import vocabulary as V
from ui.shell import labels
from ui.widgets.form import mnemonic_key


def key_text(keys: str) -> str:
    """A shortcut as this platform writes it (Ctrl+N, or ⌘N on a Mac)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) or keys


class HelpDialog(QDialog):
    """The keyboard shortcuts and the policy the journal is built on."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rapport help"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(self.shortcuts_html() + self.policy_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(680, 620)

    def shortcuts(self) -> list[tuple[str, str]]:
        return [
            (key_text("Ctrl+N"), self.tr("Log an interaction with the client shown (or pick one)")),
            (key_text("Ctrl+Shift+N"), self.tr("New client")),
            (key_text("Ctrl+E"), self.tr("Edit the client shown")),
            (key_text("Ctrl+Return"), self.tr("Save the entry being edited")),
            (key_text("Esc"), self.tr("Close the editor; what you typed is kept as a draft")),
            (key_text("Ctrl+F"), self.tr("Filter the client list")),
            (key_text("Ctrl+K"), self.tr("Search the whole journal")),
            (self.tr("%1, %2, %3…").replace("%1", key_text("Ctrl+1")).replace("%2", key_text("Ctrl+2"))
             .replace("%3", key_text("Ctrl+3")), self.tr("Switch pages: Journal, Today, and the others")),
            (key_text("F1"), self.tr("This help")),
            (key_text("Ctrl+,"), self.tr("Settings: who you are, language, database, working time")),
            (key_text("Ctrl+Q"), self.tr("Quit")),
        ]

    def editor_keys(self) -> list[tuple[str, str]]:
        return [
            (key_text("Ctrl+N"), self.tr("Opens the editor with the cursor in Summary: type one line, "
                                         "then Ctrl+Enter (a call, an update, now, signed by you)")),
            (key_text("Tab"), self.tr("Next field, in the order you type them")),
            (self.tr("First letters"), self.tr("Pick a contact, channel, kind, direction or effort; "
                                               "text that matches nothing is said under the field")),
            (key_text("Alt+Down"), self.tr("Open a drop-down's list (Space does not)")),
            (self.tr("← →"), self.tr("Move the sentiment from neutral down or up")),
            (self.tr("Letter, then Space"), self.tr("Jump to a tag and switch it on or off")),
            (self.tr("yesterday 9:30, -2d"), self.tr("When: your locale's date and time, ISO, or counted from today")),
            (self.tr("+1d, +2w, +1m"), self.tr("A follow-up date counted from today")),
            (key_text("Ctrl+T"), self.tr("Accept the tags proposed under Tags (like, hear, negotiate or a drift)")),
            (key_text("Ctrl+Return"), self.tr("Save")),
            (key_text("Esc"), self.tr("Close; what you typed is kept as a draft for this client")),
        ] + self.editor_mnemonics()

    def editor_mnemonics(self) -> list[tuple[str, str]]:
        """Alt+letter for every field and button of the interaction editor, in the language shown."""
        from ui.journal.editor_captions import MNEMONICS  # the editor's own captions, one source

        rows = []
        for context, source in MNEMONICS:
            text = QCoreApplication.translate(context, source)
            if mnemonic_key(text):
                rows.append((mnemonic_key(text), self.tr("Go to %1").replace("%1", text.replace("&", ""))))
        return rows

    def shortcuts_html(self) -> str:
        keyboard, in_editor = self.tr("Keyboard"), self.tr("In the interaction editor")
        return (f"<h2>{keyboard}</h2>{_table(self.shortcuts())}"
                f"<h3>{in_editor}</h3>{_table(self.editor_keys())}")

    def policy_html(self) -> str:
        stages = [
            self.tr("<b>“The client? Who is that?”</b> Arrogance: dismissive, “we know better”."),
            self.tr("<b>“The client is always right.”</b> Capitulation: swallowed resentment, and promises "
                    "the firm cannot keep."),
            self.tr("<b>“The client is usually wrong.”</b> Lecturing and punishing: rudeness back, a disliked "
                    "client's order moved to the end of the queue."),
            self.tr("<b>“With a client we have chosen to work with, we choose to like, to hear and, in hard "
                    "questions, to negotiate.”</b> Soft in form, firm in principle."),
        ]
        tags = "".join(f"<dt><b>{html.escape(labels.label('tag', name))}</b></dt>"
                       f"<dd>{html.escape(labels.tag_tooltip(name))}</dd>" for name in V.BUILTIN_TAGS)
        blocks = [
            ("h2", self.tr("Like, hear, negotiate")),
            ("p", self.tr("A firm’s attitude to its clients passes through four stages. The first three "
                          "are failures; the fourth is the policy this journal keeps.")),
            ("ol", "".join(f"<li>{stage}</li>" for stage in stages)),
            ("p", self.tr("<b>Like</b>: leave every contracted client with a positive impression. "
                          "<b>Hear</b>: capture feedback and complaints, acknowledge them within one working "
                          "day and route them — bad news must fly. <b>Negotiate</b>: take hard questions to "
                          "the table with the specification and the contract in hand, to keep the "
                          "relationship and find a solution, not to drive it into a deadlock.")),
            ("h3", self.tr("Stance drift")),
            ("p", self.tr("When an interaction shows stage 1, 2 or 3 behaviour, tag it dismissive, "
                          "capitulating or punishing. It is an early sign that a relationship is going sour "
                          "and that someone needs coaching — a signal, not a reprimand.")),
            ("h3", self.tr("Respect both ways")),
            ("p", self.tr("Good stories are worth recording, not only bad ones. Tag client misconduct when "
                          "a client abuses our people, and staff praise when a client praises one of them. "
                          "Record the client’s effort too (1 = none, 5 = exhausting): loyalty grows from "
                          "how little effort a problem costs the client, not from red carpets.")),
            ("h3", self.tr("The tags")),
            ("dl", tags),
        ]
        return "".join(f"<{tag}>{text}</{tag}>" for tag, text in blocks)


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td style='padding-right:16px'><b>{html.escape(keys)}</b></td>"
                    f"<td>{html.escape(text)}</td></tr>" for keys, text in rows)
    return f"<table cellspacing='2'>{cells}</table>"
