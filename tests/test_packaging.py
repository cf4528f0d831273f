"""The bundle's spec leaves out only Qt modules the app never imports, and ships what the app loads."""

import ast
from pathlib import Path

from tests.test_layout import LAYERS, imported_names, python_files

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "rapport.spec"


def spec_list(name: str) -> list[str]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not found in {SPEC}")


def test_no_qt_module_the_app_imports_is_left_out_of_the_bundle():
    used = {name.split(".")[1] for top in LAYERS for path in python_files(top)
            for name in imported_names(path) if name.startswith("PySide6.Qt")}
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    left_out = set(spec_list("UNUSED_QT"))
    assert not used & left_out, f"packaging/rapport.spec leaves out {sorted(used & left_out)}, which the app imports"


def test_the_bundle_has_the_icons_the_app_and_the_menu_entry_use():
    from ui.shell.icon import SIZES

    icons = ROOT / "resources" / "icons"
    for size in SIZES:
        assert (icons / f"rapport-{size}.png").stat().st_size > 0
    for name in ("rapport.svg", "rapport.ico", "rapport.icns"):
        assert (icons / name).stat().st_size > 0
    installer = (ROOT / "packaging" / "linux" / "install.sh").read_text(encoding="utf-8")
    assert f'sizes="{" ".join(str(s) for s in SIZES)}"' in installer
