"""Rapport's icon for windows, the task bar and the About box, from the PNGs in resources/icons/."""

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from resources import resource_path

# Rendered from resources/icons/rapport.svg by packaging/render_icons.py.
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
_icon: QIcon | None = None


def app_icon() -> QIcon:
    """The icon at every size it was drawn for (the files are read when a size is first painted)."""
    global _icon
    if _icon is None:
        _icon = QIcon()
        for size in SIZES:
            _icon.addFile(str(resource_path("icons", f"rapport-{size}.png")), QSize(size, size))
    return QIcon(_icon)
