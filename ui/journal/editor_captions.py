"""The interaction editor's captions: one source for the form's Alt+letters and for the help (F1)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Every caption with a mnemonic (Alt+letter) in the editor, as (translation context, source):
# the form uses them and the help (F1) lists them, in the language shown.
CAPTIONS = {
    "client": QT_TRANSLATE_NOOP("InteractionEditor", "&Client"),
    "contact": QT_TRANSLATE_NOOP("InteractionEditor", "C&ontact"),
    "occurred_at": QT_TRANSLATE_NOOP("InteractionEditor", "&When"),
    "channel": QT_TRANSLATE_NOOP("InteractionEditor", "C&hannel"),
    "kind": QT_TRANSLATE_NOOP("InteractionEditor", "&Kind"),
    "direction": QT_TRANSLATE_NOOP("InteractionEditor", "&Direction"),
    "sentiment": QT_TRANSLATE_NOOP("InteractionEditor", "&Sentiment"),
    "effort": QT_TRANSLATE_NOOP("InteractionEditor", "Client's &effort"),
    "summary": QT_TRANSLATE_NOOP("InteractionEditor", "S&ummary"),
    "notes": QT_TRANSLATE_NOOP("InteractionEditor", "&Notes"),
    "builtin_tags": QT_TRANSLATE_NOOP("InteractionEditor", "&Tags"),
    "tags": QT_TRANSLATE_NOOP("InteractionEditor", "Own ta&gs"),
    "praised": QT_TRANSLATE_NOOP("InteractionEditor", "&Praised colleague"),
    "follow_up_due": QT_TRANSLATE_NOOP("InteractionEditor", "&Follow up on"),
    "follow_up_channel": QT_TRANSLATE_NOOP("InteractionEditor", "b&y"),
    "no_reply_needed": QT_TRANSLATE_NOOP("InteractionEditor", "No re&ply needed"),
}
MNEMONICS = [("InteractionEditor", source) for source in CAPTIONS.values()] + [
    ("DraftBanner", QT_TRANSLATE_NOOP("DraftBanner", "&Restore")),
    ("DraftBanner", QT_TRANSLATE_NOOP("DraftBanner", "Disc&ard")),
]


def caption(name: str) -> str:
    """A caption of the editor in the language shown, "&" and all."""
    return QCoreApplication.translate("InteractionEditor", CAPTIONS[name])
