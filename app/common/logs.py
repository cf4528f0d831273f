"""One rotating log file in the platform's log folder, private to its owner (0600 in a 0700 folder)."""

import logging
import logging.handlers
import os

from app.common.paths import log_dir
from db.files import PRIVATE_FILE, make_private_folder
from db.redaction import RedactingFilter


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A RotatingFileHandler whose files (the first and every rotated one) only the owner can read."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0),
                     PRIVATE_FILE)
        return os.fdopen(fd, self.mode if "a" in self.mode else "a", encoding=self.encoding, errors=self.errors)


def setup_logging(verbose: bool = False) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_rapport", False) for h in root.handlers):
        return
    # A log that cannot be written (the disk full) must not print tracebacks over the real message.
    logging.raiseExceptions = False
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        folder = log_dir()
        make_private_folder(folder)
        handler = PrivateRotatingFileHandler(folder / "rapport.log", maxBytes=1_000_000,
                                             backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())  # no database password reaches the log, whoever logs it
    handler._rapport = True
    root.addHandler(handler)
