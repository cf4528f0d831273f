"""The coding proposed for an entry while it is typed (app.journal.coding): the tags, why, and Ctrl+T.

The rules propose at once; the firm's own coding is learned on a worker and sharpens the
proposal when it arrives. Nothing is chosen for the user: the link or Ctrl+T accepts.
"""

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.journal import coding
from ui.shell import labels
from ui.widgets.chip_row import ChipRow

ACCEPT_PROPOSAL_KEY = "Ctrl+T"


class CodingProposal(QLabel):
    """The line under an entry's tags that proposes its coding, with why; its link accepts it."""

    def __init__(self, parent: QWidget, kind: QComboBox, direction: QComboBox, sentiment: ChipRow,
                 summary: QLineEdit, notes: QPlainTextEdit, tags: ChipRow):
        super().__init__(parent)
        self.kind, self.direction, self.sentiment = kind, direction, sentiment
        self.summary, self.notes, self.tags = summary, notes, tags
        self.setObjectName("coding_proposal")
        self.setWordWrap(True)
        self.linkActivated.connect(lambda _link: self.accept_proposal())
        self.coding_model = coding.EMPTY_MODEL
        self.proposal: coding.Proposal | None = None

    def follow_changes(self) -> None:
        """Propose again as the entry changes (words once typing pauses), and learn the firm's coding."""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.update_proposal)
        for signal in (self.summary.textChanged, self.notes.textChanged):
            signal.connect(lambda *_: self.timer.start())
        for combo in (self.kind, self.direction):
            combo.currentIndexChanged.connect(lambda *_: self.update_proposal())
        self.sentiment.changed.connect(self.update_proposal)
        self.tags.changed.connect(self.update_proposal)
        learn_firm_coding(self)

    def update_proposal(self, *_args) -> None:
        """Show the tags proposed for the entry as it stands, with why."""
        self.proposal = coding.propose(self.kind.currentData(), self.direction.currentData(), self.sentiment.value(),
                                       self.summary.text(), self.notes.toPlainText(), self.coding_model)
        proposed = ", ".join(labels.label("tag", t) for t in self.proposal.tags)
        why = "; ".join(r.shown() for r in self.proposal.reasons)
        if set(self.proposal.tags) == {t for t in self.tags.checked_values() if t in coding.CODING_TAGS}:
            text = self.tr("Proposed: %1 — %2 (chosen)").replace("%1", proposed).replace("%2", why)
        else:
            text = (self.tr("Proposed: %1 — %2. <a href=\"accept\">Accept</a> (%3)")
                    .replace("%1", proposed.replace("<", "&lt;")).replace("%2", why.replace("<", "&lt;"))
                    .replace("%3", QKeySequence(ACCEPT_PROPOSAL_KEY).toString(QKeySequence.SequenceFormat.NativeText)))
        self.setText(text)

    def accept_proposal(self) -> None:
        """Code the entry as proposed: the proposed policy or drift tags replace those chosen; the
        other tags (praise of a colleague, the client's misconduct) stay."""
        if self.proposal is None:
            return
        kept = [t for t in self.tags.checked_values() if t not in coding.CODING_TAGS]
        self.tags.set_checked_values(kept + list(self.proposal.tags))
        self.tags.changed.emit()

    def learned(self, model) -> None:
        self.coding_model = model
        self.update_proposal()


def learn_firm_coding(proposal: CodingProposal) -> None:
    """Read the firm's own coding on a worker; until it arrives, the rules alone propose."""
    import shiboken6

    from ui.shell.tasks import run_task

    def arrived(model) -> None:
        if shiboken6.isValid(proposal):
            proposal.learned(model)

    run_task(None, "", lambda _progress: coding.firm_model(), arrived, lambda _exc: None, quiet=True)
