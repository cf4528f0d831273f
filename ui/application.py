"""Starting the desktop app: the QApplication, the database, the main window."""

import sys

from PySide6.QtWidgets import QApplication, QMessageBox


def run_app(database_target: str) -> int:
    from app.errors import RapportError
    from db.connection import DatabaseOpenError, open_database
    from db.migrations import DatabaseTooNew, NotARapportDatabase

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Rapport")
    app.setOrganizationName("Rapport")
    try:
        open_database(database_target)
    except (DatabaseOpenError, DatabaseTooNew, NotARapportDatabase) as exc:
        QMessageBox.critical(None, QApplication.translate("Application", "Rapport"), str(exc))
        raise RapportError(str(exc)) from exc
    from ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    return app.exec()
