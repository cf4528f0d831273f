"""The playbook: situation -> action, in English, Russian and Ukrainian; owners edit it, everyone reads it."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.portrait import playbook
from db import vocabulary as V
from ui.shell import labels
from ui.widgets.fields_dialog import FieldsDialog
from ui.widgets.form import select_data
from ui.widgets.owner_list_dialog import OwnerListDialog
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


class PlaybookDialog(OwnerListDialog):
    """The firm's playbook; the editing buttons work for owners only."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, QCoreApplication.translate("PlaybookDialog", "Playbook"),
                         QCoreApplication.translate("PlaybookDialog", "The playbook shows its action in the "
                                                    "interaction editor when a logged interaction matches the "
                                                    "kind or a tag."), PlaybookModel(), (1, 2))
        self.model.setParent(self)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("All languages"), None)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        # The interface's own language first: the translations are there to be read in it.
        self.language.setCurrentIndex(max(self.language.findData(playbook.language_code(QLocale().name())), 0))
        self.language.currentIndexChanged.connect(self.reload)
        self.tools.insertWidget(0, QLabel(self.tr("Show:"), self))
        self.tools.insertWidget(1, self.language)
        self.add_button("translate", self.tr("&Translate..."), self.translate, self.tools.count() - 1)
        self.table.setWordWrap(True)
        # Wrapped rows take their height from the column widths, which settle only once shown.
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.resize(1000, 620)
        self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def reload(self, *_args) -> None:
        self.model.reload(self.language.currentData())
        self.table.resizeRowsToContents()

    def entry_dialog(self, row) -> FieldsDialog:
        return entry_dialog(self, self.user_id, row)

    def translate(self) -> None:
        if self.can_edit and self.current():
            self.run(entry_dialog(self, self.user_id, self.current(), translate=True))

    def delete_row(self, row) -> None:
        playbook.delete_entry(self.user_id, row.id)
