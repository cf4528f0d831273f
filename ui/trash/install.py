"""What the trash adds to the main window: Edit > Trash... (owners; anyone else is told who may)."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


def install_trash(window) -> None:
    action = QAction(QCoreApplication.translate("TrashMenu", "&Trash..."), window)
    action.setObjectName("trash")
    action.setStatusTip(QCoreApplication.translate("TrashMenu", "What was deleted: an owner restores it or deletes it "
                                                                "for good"))
    action.triggered.connect(lambda _=False: open_trash_window(window))
    window.menus["edit"].addAction(action)


def open_trash_window(window):
    from ui.trash.dialog import open_trash  # loaded when first opened

    return open_trash(window)
