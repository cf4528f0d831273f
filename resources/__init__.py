"""Icons, translations, style sheets and fonts, found through one resolver."""

from importlib.resources import files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """The file (or folder) at resources/<parts...>, as installed with the package."""
    return Path(str(files(__name__).joinpath(*parts)))
