"""The desktop refuses a journal on a network drive, in the user's language, and keeps the one open."""

import pytest
from PySide6.QtWidgets import QMessageBox

from db import network_drive
from db.connection import sqlite_path

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def smb_share(tmp_path, monkeypatch):
    share = tmp_path / "team-share"
    share.mkdir()
    table = tmp_path / "mountinfo"
    table.write_text(f"27 1 254:0 / / rw - ext4 /dev/vda rw\n"
                     f"40 27 0:50 / {share.resolve()} rw - cifs //nas/team rw,vers=3.0\n", encoding="utf-8")
    monkeypatch.setattr(network_drive, "MOUNTINFO", table)
    monkeypatch.setattr(network_drive.sys, "platform", "linux")
    return share


@pytest.mark.parametrize("language", ["en", "uk"])
def test_opening_a_journal_on_a_share_is_refused_with_the_way_to_share(qtbot, qapp, smb_share, db_path,
                                                                       monkeypatch, language):
    from ui.shell.database_switch import switch_database
    from ui.shell.i18n import load_translators

    load_translators(qapp, language)
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: told.append(text))
    try:
        assert not switch_database(None, str(smb_share / "firm.db"))
    finally:
        load_translators(qapp, "en")
    assert sqlite_path() == db_path and not (smb_share / "firm.db").exists()
    assert "cifs (//nas/team)" in told[0] and str(smb_share / "firm.db") in told[0]
    expected = {"en": "File > Connect to a server", "uk": "Файл > Під’єднатися до сервера"}[language]
    assert expected in told[0]
