"""Is a file on a network drive? Asked of the platform, so a shared SQLite journal can be refused.

SQLite's write-ahead log keeps its index in shared memory, which only processes on one computer
can share; its own documentation says WAL does not work over a network file system, and file
locks over NFS and SMB are known to be unreliable. Two people opening one journal on a shared
drive can therefore damage it. A team shares a PostgreSQL server instead.

Where each platform tells:
- Linux: the file system type of the mount holding the file, from /proc/self/mountinfo;
- macOS: statfs()'s f_fstypename (read through ctypes);
- Windows: a UNC path (\\\\server\\share), or GetDriveTypeW() == DRIVE_REMOTE for a mapped letter.
Elsewhere, or when the platform cannot be asked, nothing is refused.
"""

import ctypes
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)

MOUNTINFO = Path("/proc/self/mountinfo")

# Linux file system types that live on another computer (FUSE ones as "fuse.<helper>").
LINUX_NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "smb2", "ncpfs", "9p", "afs", "openafs", "coda", "ceph",
    "glusterfs", "lustre", "gpfs", "beegfs", "orangefs", "pvfs2", "ocfs2", "gfs2", "davfs",
    "fuse.sshfs", "fuse.glusterfs", "fuse.cephfs", "fuse.ceph-fuse", "fuse.rclone", "fuse.s3fs",
    "fuse.davfs2", "fuse.gvfsd-fuse", "fuse.kio-fuse", "fuse.smbnetfs", "fuse.curlftpfs", "fuse.juicefs",
    "fuse.gcsfuse", "fuse.goofys", "fuse.mountpoint-s3", "fuse.onedriver",
})
# macOS f_fstypename values of network file systems.
MACOS_NETWORK_TYPES = frozenset({"nfs", "smbfs", "afpfs", "webdav", "cifs", "ftp"})


def _existing(path: Path) -> Path:
    """path with its symbolic links resolved, as far as it exists (a journal about to be created)."""
    return Path(os.path.abspath(Path(path).expanduser())).resolve()


def _unescape(field: str) -> str:
    """mountinfo writes a space, tab, newline and backslash in a path as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def linux_mounts(text: str) -> list[tuple[str, str, str]]:
    """(mount point, file system type, source) of each line of a mountinfo file."""
    mounts = []
    for line in text.splitlines():
        before, sep, after = line.partition(" - ")
        fields, tail = before.split(), after.split()
        if not sep or len(fields) < 5 or not tail:
            continue
        mounts.append((_unescape(fields[4]), tail[0], _unescape(tail[1]) if len(tail) > 1 else ""))
    return mounts


def linux_file_system(path: Path, mountinfo: str) -> tuple[str, str]:
    """(type, source) of the mount that holds path: the last mounted of the longest matching points."""
    target = str(_existing(path))
    best, best_length = ("", ""), -1
    for point, fs_type, source in linux_mounts(mountinfo):
        inside = target == point or target.startswith(point.rstrip("/") + "/") or point == "/"
        # ">=": of two mounts on one point, the later line is the one on top.
        if inside and len(point) >= best_length:
            best, best_length = (fs_type, source), len(point)
    return best


def _linux(path: Path) -> str | None:
    try:
        mountinfo = MOUNTINFO.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    fs_type, source = linux_file_system(path, mountinfo)
    if fs_type in LINUX_NETWORK_TYPES:
        return f"{fs_type} ({source})" if source else fs_type
    return None


class StatFs(ctypes.Structure):
    """struct statfs of 64-bit macOS (<sys/mount.h>, 64-bit inodes): 2168 bytes."""

    _fields_ = [("f_bsize", ctypes.c_uint32), ("f_iosize", ctypes.c_int32),
                ("f_blocks", ctypes.c_uint64), ("f_bfree", ctypes.c_uint64), ("f_bavail", ctypes.c_uint64),
                ("f_files", ctypes.c_uint64), ("f_ffree", ctypes.c_uint64), ("f_fsid", ctypes.c_int32 * 2),
                ("f_owner", ctypes.c_uint32), ("f_type", ctypes.c_uint32), ("f_flags", ctypes.c_uint32),
                ("f_fssubtype", ctypes.c_uint32), ("f_fstypename", ctypes.c_char * 16),
                ("f_mntonname", ctypes.c_char * 1024), ("f_mntfromname", ctypes.c_char * 1024),
                ("f_flags_ext", ctypes.c_uint32), ("f_reserved", ctypes.c_uint32 * 7)]


def macos_network_type(info: StatFs) -> str | None:
    """The network file system a filled-in statfs names, or None for a local one."""
    name = info.f_fstypename.decode("ascii", "replace")
    if name in MACOS_NETWORK_TYPES:
        source = info.f_mntfromname.decode("utf-8", "replace")
        return f"{name} ({source})" if source else name
    return None


def _macos(path: Path) -> str | None:
    import ctypes.util

    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    try:
        statfs = libc["statfs$INODE64"]  # x86_64: the 64-bit-inode layout above
    except AttributeError:
        statfs = libc["statfs"]  # arm64 has only that layout
    statfs.argtypes = [ctypes.c_char_p, ctypes.POINTER(StatFs)]
    target = _existing(path)
    while not target.exists() and target.parent != target:
        target = target.parent  # statfs() needs a path that exists: a new journal's folder
    info = StatFs()
    if statfs(os.fsencode(str(target)), ctypes.byref(info)) != 0:
        return None
    return macos_network_type(info)


def _windows(path, drive_type=None) -> str | None:
    import ntpath

    full = ntpath.abspath(os.path.expanduser(str(path)))
    if full.startswith("\\\\?\\UNC\\") or (full.startswith("\\\\") and not full.startswith(("\\\\?\\", "\\\\.\\"))):
        return "a network share (UNC path)"
    drive = ntpath.splitdrive(full)[0]
    if not drive:
        return None
    if drive_type is None:
        drive_type = ctypes.windll.kernel32.GetDriveTypeW
    drive_remote = 4
    return "a network drive" if drive_type(drive.rstrip("\\") + "\\") == drive_remote else None


def network_file_system(path: Path) -> str | None:
    """What network file system holds path (e.g. "nfs4 (server:/export)"), or None when it is local
    or the platform cannot tell."""
    try:
        if sys.platform.startswith("linux"):
            return _linux(Path(path))
        if sys.platform == "darwin":
            return _macos(Path(path))
        if sys.platform == "win32":
            return _windows(path)
    except Exception:  # noqa: BLE001 - a platform that cannot be asked refuses nothing
        log.debug("could not tell whether %s is on a network drive", path, exc_info=True)
    return None
