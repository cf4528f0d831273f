"""What a person does with a feedback item from the inbox or the client's tab: acknowledge, resolve..."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.common import identity
from app.common.errors import RapportError
from app.hear import feedback
from app.hear.feedback_clock import InboxRow
from app.journal import queries
from app.journal import records as journal
from ui.shell import labels
from ui.shell.errors import show_error
from ui.shell.events import bus
from ui.widgets.fields_dialog import FieldsDialog
from ui.widgets.form import select_data, vocabulary_combo

RECENT_INTERACTIONS = 60  # the choice of a resolving or repeat contact: the client's latest entries


def current_user() -> int | None:
    """The acting person's id (app.common.identity): the desktop acts as who this account is."""
    return identity.acting_id()


def _done(row: InboxRow) -> None:
    bus().client_changed.emit(row.client_id)


def _change(parent: QWidget, row: InboxRow, change) -> bool:
    """Apply a status change as the current user; a refusal (somebody was quicker) is shown, not raised."""
    try:
        change(row.id, by=current_user())
    except RapportError as exc:
        show_error(parent, exc)
        return False
    _done(row)
    return True


def acknowledge(parent: QWidget, row: InboxRow) -> bool:
    return _change(parent, row, feedback.acknowledge_feedback)


def reopen(parent: QWidget, row: InboxRow) -> bool:
    return _change(parent, row, feedback.reopen_feedback)


def interaction_combo(client_id: int, empty: str, after=None) -> QComboBox:
    """The client's latest interactions (newest first), after a moment if given, with an empty choice."""
    combo = QComboBox()
    combo.addItem(empty, None)
    for entry in queries.timeline_page(client_id, 0, RECENT_INTERACTIONS):
        if after is not None and entry.occurred_at < after:
            continue
        text = f"{labels.date_text(entry.occurred_at)} \u00b7 {labels.label('kind', entry.kind)} \u00b7 {entry.summary}"
        combo.addItem(text[:120], entry.id)
    return combo


def resolve_dialog(parent: QWidget, row: InboxRow) -> FieldsDialog:
    """Resolve the item, naming the interaction that resolved it if there was one."""
    def save(values: dict):
        return feedback.resolve_feedback(row.id, by=current_user(),
                                         resolved_by_interaction=values["resolved_by"])

    dialog = FieldsDialog(parent, QCoreApplication.translate("Feedback", "Resolve feedback"), save,
                          QCoreApplication.translate("Feedback", "Resolved: \u201c%1\u201d").replace("%1", row.summary))
    dialog.add_field("resolved_by", QCoreApplication.translate("Feedback", "Resolved by"),
                     interaction_combo(row.client_id, QCoreApplication.translate("Feedback", "(no interaction)"), row.raised_at))
    dialog.accepted.connect(lambda: _done(row))
    return dialog


def repeat_contact_dialog(parent: QWidget, row: InboxRow) -> FieldsDialog:
    """Count a later interaction as the client coming back about this item."""
    dialog = FieldsDialog(parent, QCoreApplication.translate("Feedback", "Repeat contact"),
                          lambda values: feedback.link_repeat_contact(row.id, values["interaction"], by=current_user()),
                          QCoreApplication.translate("Feedback", "The client came back about \u201c%1\u201d in:").replace("%1", row.summary))
    dialog.add_field("interaction", QCoreApplication.translate("Feedback", "Interaction"),
                     interaction_combo(row.client_id, "", row.raised_at), required=True)
    dialog.accepted.connect(lambda: _done(row))
    return dialog


def people_combo(chosen: int | None, empty: str) -> QComboBox:
    """The firm's active people, with an empty choice first."""
    combo = QComboBox()
    combo.addItem(empty, None)
    for user in journal.list_users(active_only=True):
        combo.addItem(user.name, user.id)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    return combo


def assign_dialog(parent: QWidget, row: InboxRow) -> FieldsDialog:
    """Route the item to a colleague, who then sees it in Today (nobody: the account manager does)."""
    def save(values: dict):
        return feedback.assign_feedback(row.id, values["owner"], by=current_user())

    dialog = FieldsDialog(parent, QCoreApplication.translate("Feedback", "Route feedback"), save,
                          QCoreApplication.translate("Feedback", "Who takes \u201c%1\u201d? They see it in their Today.")
                          .replace("%1", row.summary))
    dialog.add_field("owner", QCoreApplication.translate("Feedback", "&Colleague"),
                     people_combo(row.owner_id, QCoreApplication.translate("Feedback", "(the account manager)")))
    dialog.accepted.connect(lambda: _done(row))
    return dialog


def open_feedback_dialog(parent: QWidget, client_id: int) -> FieldsDialog:
    """Open a feedback item by hand (any interaction can raise one)."""
    def save(values: dict):
        return feedback.open_feedback(client_id, values["summary"], values["severity"],
                                      interaction_id=values["interaction"], by=current_user())

    dialog = FieldsDialog(parent, QCoreApplication.translate("Feedback", "New feedback"), save)
    dialog.add_field("summary", QCoreApplication.translate("Feedback", "&What"), QLineEdit(), required=True)
    severity = vocabulary_combo("severity")
    select_data(severity, "medium")
    dialog.add_field("severity", QCoreApplication.translate("Feedback", "&Severity"), severity)
    dialog.add_field("interaction", QCoreApplication.translate("Feedback", "Raised &in"), interaction_combo(client_id, QCoreApplication.translate("Feedback", "(no interaction)")))
    dialog.accepted.connect(lambda: bus().client_changed.emit(client_id))
    return dialog
