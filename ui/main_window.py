"""The main window: for now, a plain list of the clients."""

from PySide6.QtWidgets import QListWidget, QMainWindow

from db.models import Client


class MainWindow(QMainWindow):
    """Rapport's main window."""

    def __init__(self):
        super().__init__()
        self.setWindowTitle(self.tr("Rapport"))
        self.clients = QListWidget()
        self.clients.addItems([c.name for c in Client.select().order_by(Client.name)])
        self.setCentralWidget(self.clients)
        self.resize(1000, 700)
