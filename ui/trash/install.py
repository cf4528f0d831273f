"""What the trash adds to the main window: Edit > Trash... and Client > Delete client... (owners; anyone else
is told who may)."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


def install_trash(window) -> None:
    action = QAction(QCoreApplication.translate("TrashMenu", "&Trash..."), window)
    action.setObjectName("trash")
    action.setStatusTip(QCoreApplication.translate("TrashMenu", "What was deleted: an owner restores it or deletes it "
                                                                "for good"))
    action.triggered.connect(lambda _=False: open_trash_window(window))
    window.menus["edit"].addAction(action)
    delete = QAction(QCoreApplication.translate("TrashMenu", "&Delete client..."), window)
    delete.setObjectName("delete_client")
    delete.setStatusTip(QCoreApplication.translate("TrashMenu", "Move the client and its journal to the trash (owners)"))
    delete.triggered.connect(lambda _=False: delete_client(window))
    window.menus["client"].addAction(delete)


def delete_client(window) -> None:
    from ui.trash.client_delete import delete_current_client  # loaded when first used

    delete_current_client(window)


def open_trash_window(window):
    from ui.trash.dialog import open_trash  # loaded when first opened

    return open_trash(window)
