"""The playbook: situation -> action, in English, Russian and Ukrainian; owners edit it, everyone reads it."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import playbook
from app.errors import RapportError
from app.journal import get_user
from db import vocabulary as V
from ui import labels
from ui.errors import show_error
from ui.feedback_actions import current_user
from ui.fields_dialog import FieldsDialog
from ui.record_views import open_dialog, record_table
from ui.widgets.form import select_data
from ui.widgets.table_model import FlatTableModel

LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "uk": "Українська"}  # each in its own language


class PlaybookModel(FlatTableModel):
    """Playbook entries: language, situation, action, and the kinds and tags they match."""

    CONTEXT = "Playbook"
    HEADERS = (QT_TRANSLATE_NOOP("Playbook", "Language"), QT_TRANSLATE_NOOP("Playbook", "Situation"),
               QT_TRANSLATE_NOOP("Playbook", "Action"), QT_TRANSLATE_NOOP("Playbook", "Shown for"))

    def reload(self, language: str | None) -> None:
        self.beginResetModel()
        self.rows = playbook.entries(language)
        self.endResetModel()

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not self.is_row(index):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (LANGUAGE_NAMES.get(row.language, row.language), row.situation, row.action,
                    shown_for(row))[index.column()]
        return None


def shown_for(row: playbook.PlaybookRow) -> str:
    words = [labels.label("kind", k) for k in row.kinds] + [labels.label("tag", t) for t in row.tags]
    return ", ".join(words)


def entry_dialog(parent: QWidget, by: int | None, row: playbook.PlaybookRow | None = None,
                 translate: bool = False) -> FieldsDialog:
    """Add an entry, edit one, or add a translation of one (same position, another language)."""
    def save(values: dict):
        fields = {k: values[k] for k in ("situation", "action", "language", "kinds", "tags")}
        if row is not None and not translate:
            return playbook.update_entry(by, row.id, **fields)
        return playbook.add_entry(by, position=row.position if row else None, **fields)

    title = (QCoreApplication.translate("Playbook", "Translate the entry") if translate else
             QCoreApplication.translate("Playbook", "Edit the entry") if row else
             QCoreApplication.translate("Playbook", "New playbook entry"))
    dialog = FieldsDialog(parent, title, save)
    language = QComboBox()
    for code, name in LANGUAGE_NAMES.items():
        language.addItem(name, code)
    select_data(language, row.language if row and not translate else "en")
    dialog.add_field("language", QCoreApplication.translate("Playbook", "&Language"), language)
    for name, caption in (("situation", QCoreApplication.translate("Playbook", "&Situation")), ("action", QCoreApplication.translate("Playbook", "&Action"))):
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(70)
        edit.setPlainText(getattr(row, name) if row and not translate else "")
        dialog.add_field(name, caption, edit, required=True)
    kinds, tags = QLineEdit(", ".join(row.kinds) if row else ""), QLineEdit(", ".join(row.tags) if row else "")
    kinds.setPlaceholderText(", ".join(V.KINDS[:4]) + ", ...")
    kinds.setToolTip(", ".join(V.KINDS))
    tags.setPlaceholderText(", ".join(V.BUILTIN_TAGS[:4]) + ", ...")
    tags.setToolTip(", ".join(V.BUILTIN_TAGS))
    dialog.add_field("kinds", QCoreApplication.translate("Playbook", "When the &kind is"), kinds)
    dialog.add_field("tags", QCoreApplication.translate("Playbook", "or a &tag is"), tags)
    return dialog


class PlaybookDialog(QDialog):
    """The firm's playbook; the editing buttons work for owners only."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Playbook"))
        self.user_id = current_user()
        user = get_user(self.user_id) if self.user_id else None
        self.can_edit = user is not None and user.role == "owner"
        self.language = QComboBox(self)
        self.language.addItem(self.tr("All languages"), None)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        # The interface's own language first: the translations are there to be read in it.
        self.language.setCurrentIndex(max(self.language.findData(playbook.language_code(QLocale().name())), 0))
        self.language.currentIndexChanged.connect(self.reload)
        self.model = PlaybookModel(self)
        self.table = record_table(self, self.model, (1, 2))
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        self.table.doubleClicked.connect(lambda _index: self.edit())
        # Wrapped rows take their height from the column widths, which settle only once shown.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.note = QLabel(self.tr("The playbook shows its action in the interaction editor when a logged "
                                   "interaction matches the kind or a tag.") + " " +
                           ("" if self.can_edit else self.tr("Only an owner may change it.")), self)
        self.note.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show:"), self))
        row.addWidget(self.language)
        row.addStretch(1)
        texts = {"add": self.tr("&Add..."), "edit": self.tr("&Edit..."), "translate": self.tr("&Translate..."),
                 "delete": self.tr("&Delete")}
        slots = {"add": self.add, "edit": self.edit, "translate": self.translate, "delete": self.delete}
        for key, text in texts.items():
            slot = slots[key]
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            button.setEnabled(self.can_edit)
            self.buttons[key] = button
            row.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.resize(1000, 620)
        self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def reload(self, *_args) -> None:
        self.model.reload(self.language.currentData())
        self.table.resizeRowsToContents()

    def current(self) -> playbook.PlaybookRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if self.model.is_row(index) else None

    def _run(self, dialog: FieldsDialog) -> None:
        open_dialog(dialog, self.reload)

    def add(self) -> None:
        if self.can_edit:
            self._run(entry_dialog(self, self.user_id))

    def edit(self) -> None:
        if self.can_edit and self.current():
            self._run(entry_dialog(self, self.user_id, self.current()))

    def translate(self) -> None:
        if self.can_edit and self.current():
            self._run(entry_dialog(self, self.user_id, self.current(), translate=True))

    def delete(self) -> None:
        row = self.current()
        if not (self.can_edit and row):
            return
        try:
            playbook.delete_entry(self.user_id, row.id)
        except RapportError as exc:
            show_error(self, exc)
        self.reload()


def install_playbook_actions(window) -> None:
    """Edit > Playbook... and Edit > Client portrait..., Client > Qualify the prospect..."""
    from ui.portrait_dialog import PortraitDialog, open_qualify_dialog

    for menu, name, text, slot in (
            ("edit", "playbook", QT_TRANSLATE_NOOP("Playbook", "&Playbook..."), lambda: open_dialog(PlaybookDialog(window))),
            ("edit", "portrait", QT_TRANSLATE_NOOP("Playbook", "Client &portrait..."),
             lambda: open_dialog(PortraitDialog(window))),
            ("client", "qualify", QT_TRANSLATE_NOOP("Playbook", "&Qualify the prospect..."),
             lambda: open_qualify_dialog(window, window.current_client_id()))):
        action = QAction(QCoreApplication.translate("Playbook", text), window)
        action.setObjectName(f"action_{name}")
        action.triggered.connect(slot)
        window.menus[menu].addAction(action)
