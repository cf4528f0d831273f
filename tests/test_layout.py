"""The shape of the code: feature packages of at most 20 modules, no import cycles, layers one way.

These guard what a newcomer relies on to find their way (README, "Where things live"): a folder
per feature, each with a docstring; modules that never import each other in a circle, not even
inside a function; ui -> app -> db, with app/ and db/ free of Qt widgets.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ("app", "ui", "db")
MAX_MODULES = 20


def python_files(top: str) -> list[Path]:
    return sorted(p for p in (ROOT / top).rglob("*.py") if "__pycache__" not in p.parts)


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> list[tuple[str, list[str]]]:
    """Every import in the file, at any depth (inside functions too): (module, names taken from it)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            found.append((base, [alias.name for alias in node.names]))
    return found


def imported_names(path: Path) -> set[str]:
    """Every module name an import refers to; a name taken from a module may be a module itself."""
    names = set()
    for module, taken in imports_of(path):
        names.add(module)
        names.update(f"{module}.{name}" for name in taken)
    return names


def import_graph(modules: dict[str, Path]) -> dict[str, set[str]]:
    """Module -> the project modules it imports (a name imported from a module counts as that module)."""
    graph = {}
    for name, path in modules.items():
        targets = set()
        for imported in imported_names(path):
            while imported and imported not in modules:
                imported = imported.rpartition(".")[0]
            if imported and imported != name:
                targets.add(imported)
        graph[name] = targets
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    counter = 0
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def project_modules() -> dict[str, Path]:
    return {module_name(p): p for top in LAYERS for p in python_files(top)}


def test_no_folder_holds_more_than_twenty_modules():
    crowded = {}
    for top in (*LAYERS, "tests"):
        for folder in [ROOT / top, *(p for p in (ROOT / top).rglob("*") if p.is_dir())]:
            if "__pycache__" in folder.parts:
                continue
            modules = [p for p in folder.glob("*.py") if p.name != "__init__.py"]
            if len(modules) > MAX_MODULES:
                crowded[str(folder.relative_to(ROOT))] = len(modules)
    assert not crowded, f"split these folders by feature (at most {MAX_MODULES} modules each): {crowded}"


def test_every_package_says_what_it_is_for_in_a_thin_init():
    missing, heavy = [], []
    for top in LAYERS:
        for folder in [ROOT / top, *(p for p in (ROOT / top).rglob("*") if p.is_dir())]:
            if "__pycache__" in folder.parts or not any(folder.glob("*.py")):
                continue
            init = folder / "__init__.py"
            if not init.exists():
                missing.append(str(folder.relative_to(ROOT)))
                continue
            tree = ast.parse(init.read_text(encoding="utf-8"))
            if not ast.get_docstring(tree):
                missing.append(str(init.relative_to(ROOT)))
            if any(not isinstance(node, ast.Expr) for node in tree.body[1:]) and init.parent.name != "resources":
                heavy.append(str(init.relative_to(ROOT)))
    assert not missing, f"packages without a one-line docstring in __init__.py: {missing}"
    assert not heavy, f"__init__.py files should hold only their docstring (no re-exports): {heavy}"


def test_no_module_imports_another_in_a_circle():
    found = cycles(import_graph(project_modules()))
    assert not found, ("modules that import each other in a circle (break it at its seam: move a "
                       f"shared type down, pass a callback, make a hook an explicit call): {found}")


def test_every_import_of_the_project_names_a_module_that_exists():
    modules = {module_name(p): p for top in (*LAYERS, "tests", "resources") for p in python_files(top)}
    stale = [f"{path.relative_to(ROOT)}: {module}"
             for path in modules.values() for module, _taken in imports_of(path)
             if module.split(".")[0] in (*LAYERS, "tests", "resources") and module not in modules]
    assert not stale, f"imports of module paths that no longer exist: {stale}"


@pytest.mark.parametrize("top", ["app", "db"])
def test_app_and_db_never_import_qt_widgets(top):
    offenders = [str(path.relative_to(ROOT)) for path in python_files(top)
                 if any(name.startswith("PySide6.QtWidgets") for name in imported_names(path))]
    assert not offenders, f"{top}/ must run without a screen; these import QtWidgets: {offenders}"


def test_db_imports_nothing_of_app_or_ui_and_app_nothing_of_ui():
    wrong = []
    for path in python_files("db") + python_files("app"):
        below = path.relative_to(ROOT).parts[0]
        allowed_up = ("ui",) if below == "app" else ("ui", "app")
        wrong += [f"{path.relative_to(ROOT)}: {name}" for name in imported_names(path)
                  if name.split(".")[0] in allowed_up]
    assert not wrong, f"layers point one way (ui -> app -> db); these point back: {wrong}"


def test_the_cycle_finder_finds_a_circle_and_the_layout_checks_see_real_files():
    """The guards above would pass on nothing; make sure they look at the real tree and can fail."""
    assert len(project_modules()) > 100
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
