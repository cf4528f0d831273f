"""A SQLite journal on a network drive is refused, with the way to share one (db.network_drive)."""

import pytest

from db import network_drive
from db.connection import DatabaseOpenError, make_database

MOUNTINFO = r"""22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 254:0 / / rw,relatime - ext4 /dev/vda rw,discard
40 27 0:50 / /mnt/firm rw,relatime shared:30 - nfs4 files.firm.local:/export/firm rw,vers=4.2
41 40 0:51 / /mnt/firm/local\040copy rw,relatime - ext4 /dev/sdb1 rw
42 27 0:52 / /media/share rw,nosuid - cifs //nas/share rw,vers=3.0
43 27 0:53 / /home/olena/remote rw - fuse.sshfs olena@server:/home/olena rw
44 27 0:54 / /srv/fast rw - tmpfs tmpfs rw
"""


@pytest.mark.parametrize(("path", "expected"), [
    ("/mnt/firm/rapport.db", "nfs4"),
    ("/mnt/firm/sub/new-journal.db", "nfs4"),
    ("/mnt/firm/local copy/rapport.db", "ext4"),
    ("/mnt/firmware/rapport.db", "ext4"),
    ("/media/share/team/rapport.db", "cifs"),
    ("/home/olena/remote/rapport.db", "fuse.sshfs"),
    ("/srv/fast/rapport.db", "tmpfs"),
    ("/home/olena/rapport.db", "ext4"),
])
def test_the_mount_holding_a_file_is_found_in_the_mount_table(path, expected):
    assert network_drive.linux_file_system(path, MOUNTINFO)[0] == expected


def test_a_later_mount_on_the_same_point_is_the_one_on_top():
    table = MOUNTINFO + "45 40 0:60 / /mnt/firm rw - ext4 /dev/sdc1 rw\n"
    assert network_drive.linux_file_system("/mnt/firm/rapport.db", table)[0] == "ext4"


@pytest.fixture
def nfs_at(tmp_path, monkeypatch):
    """The test's folder mounted over NFS, as far as Rapport can tell."""
    share = tmp_path / "share"
    share.mkdir()
    table = tmp_path / "mountinfo"
    table.write_text(f"27 1 254:0 / / rw - ext4 /dev/vda rw\n"
                     f"40 27 0:50 / {share.resolve()} rw - nfs4 files.firm.local:/export rw\n", encoding="utf-8")
    monkeypatch.setattr(network_drive, "MOUNTINFO", table)
    monkeypatch.setattr(network_drive.sys, "platform", "linux")
    return share


def test_a_new_journal_on_a_network_drive_is_refused_and_not_created(nfs_at):
    with pytest.raises(DatabaseOpenError) as caught:
        make_database(nfs_at / "rapport.db")
    assert caught.value.kind == "network"
    assert "nfs4 (files.firm.local:/export)" in str(caught.value) and "PostgreSQL" in str(caught.value)
    assert list(nfs_at.iterdir()) == []


def test_an_existing_journal_on_a_network_drive_is_refused_untouched(nfs_at, db_path):
    journal = nfs_at / "rapport.db"
    journal.write_bytes(db_path.read_bytes())
    before = journal.stat()
    with pytest.raises(DatabaseOpenError, match="network drive"):
        make_database(journal)
    assert journal.stat().st_mtime_ns == before.st_mtime_ns and sorted(nfs_at.iterdir()) == [journal]


def test_a_journal_reached_through_a_symlink_is_judged_by_where_it_lives(nfs_at, tmp_path):
    link = tmp_path / "journal-link.db"
    link.symlink_to(nfs_at / "rapport.db")
    with pytest.raises(DatabaseOpenError, match="network drive"):
        make_database(link)


def test_the_command_line_refuses_it_with_exit_2_and_the_way_to_share(nfs_at, capsys):
    from app.cli.main import main

    assert main(["--db", str(nfs_at / "rapport.db"), "health"]) == 2
    err = capsys.readouterr().err
    assert "network drive" in err and "postgresql://" in err and err.count("\n") == 1


def test_a_local_disk_is_not_refused(tmp_path, monkeypatch):
    table = tmp_path / "mountinfo"
    table.write_text("27 1 254:0 / / rw - ext4 /dev/vda rw\n", encoding="utf-8")
    monkeypatch.setattr(network_drive, "MOUNTINFO", table)
    monkeypatch.setattr(network_drive.sys, "platform", "linux")
    assert network_drive.network_file_system(tmp_path / "rapport.db") is None
    make_database(tmp_path / "rapport.db").close()


@pytest.mark.parametrize(("path", "remote", "expected"), [
    (r"\\nas\share\rapport.db", False, True),
    (r"\\?\UNC\nas\share\rapport.db", False, True),
    (r"Z:\team\rapport.db", True, True),
    (r"C:\Users\olena\rapport.db", False, False),
    (r"\\?\C:\Users\olena\rapport.db", False, False),
])
def test_windows_tells_a_share_by_its_path_or_its_drive_type(path, remote, expected):
    asked = []

    def drive_type(root):
        asked.append(root)
        return 4 if remote else 3  # DRIVE_REMOTE, DRIVE_FIXED

    assert bool(network_drive._windows(path, drive_type)) is expected


def test_macos_statfs_is_read_with_the_systems_layout_and_names_network_types():
    import ctypes

    assert ctypes.sizeof(network_drive.StatFs) == 2168  # sizeof(struct statfs) on 64-bit macOS
    assert network_drive.StatFs.f_fstypename.offset == 72
    info = network_drive.StatFs()
    info.f_fstypename, info.f_mntfromname = b"smbfs", b"//olena@nas/team"
    assert network_drive.macos_network_type(info) == "smbfs (//olena@nas/team)"
    info.f_fstypename = b"apfs"
    assert network_drive.macos_network_type(info) is None
