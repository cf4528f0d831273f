"""The short forms of the negotiation ledger: open, change status (with its reason), positions..."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from app.journal.editor_choices import user_choices
from app.negotiate import negotiations as N
from app.negotiate.ledger import NegotiationDetail
from ui.hear.feedback_actions import current_user, interaction_combo
from ui.shell import labels
from ui.widgets.day_field import DayField
from ui.widgets.fields_dialog import FieldsDialog


def _text_box(text: str = "", height: int = 64) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def _side_combo() -> QComboBox:
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("Negotiations", "the client"), "client")
    combo.addItem(QCoreApplication.translate("Negotiations", "our side"), "ours")
    return combo


def _day_field(day=None) -> DayField:
    field = DayField(relative=True, preview=False)
    field.set_day(day)
    return field


def new_negotiation_dialog(parent: QWidget, client_id: int) -> FieldsDialog:
    """Take a hard question to the table."""
    def save(v: dict):
        return N.open_negotiation(client_id, v["topic"], by=current_user(), target_date=v["target_date"],
                                  client_position=v["client_position"], our_position=v["our_position"],
                                  contract_refs=v["contract_refs"], spec_refs=v["spec_refs"])

    dialog = FieldsDialog(parent, QCoreApplication.translate("Negotiations", "New negotiation"), save,
                          QCoreApplication.translate("Negotiations", "Be guided by the contract and the "
                                                     "specification; keep the relationship; look for a solution."))
    dialog.add_field("topic", QCoreApplication.translate("Negotiations", "&Topic"), QLineEdit(), required=True)
    dialog.add_field("target_date", QCoreApplication.translate("Negotiations", "Tar&get date"), _day_field())
    dialog.add_field("client_position", QCoreApplication.translate("Negotiations", "The &client's position"),
                     _text_box())
    dialog.add_field("our_position", QCoreApplication.translate("Negotiations", "&Our position"), _text_box())
    dialog.add_field("contract_refs", QCoreApplication.translate("Negotiations", "Contract &clauses"), QLineEdit())
    dialog.add_field("spec_refs", QCoreApplication.translate("Negotiations", "&Specification"), QLineEdit())
    return dialog


def status_dialog(parent: QWidget, detail: NegotiationDetail) -> FieldsDialog:
    """A status change: only the sensible next statuses are offered, and a reason is required."""
    dialog = FieldsDialog(parent, QCoreApplication.translate("Negotiations", "Change the status"),
                          lambda v: N.change_status(detail.id, v["status"], v["reason"], by=current_user()),
                          QCoreApplication.translate("Negotiations", "Now: %1").replace(
                              "%1", labels.label("negotiation_status", detail.status)))
    combo = QComboBox()
    for status in detail.next_statuses:
        combo.addItem(labels.label("negotiation_status", status), status)
    dialog.add_field("status", QCoreApplication.translate("Negotiations", "&New status"), combo)
    dialog.add_field("reason", QCoreApplication.translate("Negotiations", "&Reason"), _text_box(), required=True)
    return dialog


def _side_dialog(parent: QWidget, title: str, side_label: str, text_label: str, save) -> FieldsDialog:
    """A side (the client or ours) and what it said or gave."""
    dialog = FieldsDialog(parent, title, lambda v: save(v["side"], v["text"]))
    dialog.add_field("side", side_label, _side_combo())
    dialog.add_field("text", text_label, _text_box(), required=True)
    return dialog


def position_dialog(parent: QWidget, detail: NegotiationDetail) -> FieldsDialog:
    return _side_dialog(parent, QCoreApplication.translate("Negotiations", "A stated position"),
                        QCoreApplication.translate("Negotiations", "&Whose"),
                        QCoreApplication.translate("Negotiations", "&Position"),
                        lambda side, text: N.state_position(detail.id, side, text, by=current_user()))


def concession_dialog(parent: QWidget, detail: NegotiationDetail) -> FieldsDialog:
    return _side_dialog(parent, QCoreApplication.translate("Negotiations", "A concession"),
                        QCoreApplication.translate("Negotiations", "&Given by"),
                        QCoreApplication.translate("Negotiations", "&What"),
                        lambda side, text: N.add_concession(detail.id, side, text, by=current_user()))


def session_dialog(parent: QWidget, detail: NegotiationDetail) -> FieldsDialog:
    dialog = FieldsDialog(parent, QCoreApplication.translate("Negotiations", "A session of the negotiation"),
                          lambda v: N.link_session(detail.id, v["interaction"], by=current_user()))
    dialog.add_field("interaction", QCoreApplication.translate("Negotiations", "&Interaction"),
                     interaction_combo(detail.client_id, ""), required=True)
    return dialog


def action_dialog(parent: QWidget, detail: NegotiationDetail) -> FieldsDialog:
    """An action agreed at the table: a promise with an owner and a due date."""
    dialog = FieldsDialog(parent, QCoreApplication.translate("Negotiations", "An agreed action"),
                          lambda v: N.add_action(detail.id, v["description"], v["owner"], v["due"], by=current_user()))
    dialog.add_field("description", QCoreApplication.translate("Negotiations", "&Action"), QLineEdit(),
                     required=True)
    owner = QComboBox()
    owner.addItem(QCoreApplication.translate("Negotiations", "(the account manager)"), None)
    for user_id, name in user_choices():
        owner.addItem(name, user_id)
    owner.setCurrentIndex(max(owner.findData(current_user()), 0))
    dialog.add_field("owner", QCoreApplication.translate("Negotiations", "&Owner"), owner)
    dialog.add_field("due", QCoreApplication.translate("Negotiations", "&Due"), _day_field(), required=True)
    return dialog


def details_dialog(parent: QWidget, detail: NegotiationDetail) -> FieldsDialog:
    """The topic, target date, references, options considered and the outcome."""
    dialog = FieldsDialog(parent, QCoreApplication.translate("Negotiations", "Negotiation details"),
                          lambda v: N.update_negotiation(detail.id, **v, by=current_user()))
    dialog.add_field("topic", QCoreApplication.translate("Negotiations", "&Topic"), QLineEdit(detail.topic),
                     required=True)
    dialog.add_field("target_date", QCoreApplication.translate("Negotiations", "Tar&get date"),
                     _day_field(detail.target_date))
    dialog.add_field("contract_refs", QCoreApplication.translate("Negotiations", "Contract &clauses"),
                     QLineEdit(detail.contract_refs))
    dialog.add_field("spec_refs", QCoreApplication.translate("Negotiations", "&Specification"),
                     QLineEdit(detail.spec_refs))
    dialog.add_field("options", QCoreApplication.translate("Negotiations", "O&ptions considered"),
                     _text_box(detail.options))
    dialog.add_field("outcome", QCoreApplication.translate("Negotiations", "Out&come"), _text_box(detail.outcome))
    return dialog
