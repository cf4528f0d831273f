"""Help > About names the app, its version and licence, and where the journal, its backups, the
settings and the log live; every window carries Rapport's icon."""

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from app.cli.main import version
from app.common.paths import config_dir, log_dir
from ui.shell.about import AboutDialog
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def open_about(qtbot) -> AboutDialog:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.findChild(type(window.menus["help"].actions()[0]), "about").trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AboutDialog)
                    or window.findChild(AboutDialog) is not None)
    dialog = window.findChild(AboutDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_help_about_names_the_version_the_licence_and_where_the_files_are(qtbot, db_path):
    dialog = open_about(qtbot)
    text = dialog.text()
    assert dialog.windowTitle() == "About Rapport"
    assert "Rapport" in text and f"Version {version()}" in text
    assert "MIT licence" in text and "LGPL" in text
    assert f"Journal: <a href='{db_path.parent.resolve().as_uri()}'>{db_path.resolve()}</a>" in text
    from app.backup.snapshots import backup_folder

    assert f"Backups: Checked backups, made every half hour while the journal changes, in " \
           f"<a href='{backup_folder().as_uri()}'>{backup_folder()}</a>" in text
    assert f"Settings: <a href='{config_dir().as_uri()}'>{config_dir()}</a>" in text
    assert f"{log_dir() / 'rapport.log'}</a>" in text


def test_about_is_translated(qtbot):
    from ui.shell.i18n import load_translators

    app = QApplication.instance()
    try:
        load_translators(app, "uk")
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Про Rapport"
        assert "Журнал:" in dialog.text() and "Файл журналу подій:" in dialog.text()
    finally:
        load_translators(app, "en")


def test_the_window_and_the_about_box_carry_rapports_icon(qtbot):
    dialog = open_about(qtbot)
    window = dialog.parent()
    icon = window.windowIcon()
    assert not icon.isNull()
    assert {QSize(s, s) for s in (16, 32, 48, 256)} <= set(icon.availableSizes())
    # The drawn icon, not a blank square: the corner is transparent, the middle is painted.
    image: QImage = icon.pixmap(64, 64).toImage()
    assert image.pixelColor(1, 1).alpha() == 0
    assert image.pixelColor(32, 40).alpha() == 255
    assert not dialog.windowIcon().isNull()
