"""The shape of `desktop_app`: no import cycles; the core imports neither Qt nor the stand-in.

The import graph is read from the source with `ast` (nothing is imported to build it). What counts
as an import of module A by module B:
- `import x.y`, `from x import y` (an edge to the module `x.y` when it is one, else to `x`), absolute
  or relative, anywhere in the file: at module level, inside a function (a lazy import) or under
  `if TYPE_CHECKING:`.
- NOT the implicit import of a parent package (`import a.b.c` runs `a/b/__init__.py`): every
  module would otherwise form a cycle with its own package's `__init__` that re-exports it.

Lazy and TYPE_CHECKING imports count, for both rules:
- Qt / stand-in from the core: a lazy import still loads Qt (or the test double) into a headless
  core the moment that function runs; "Qt-free" means the code, not the import timing.
- Cycles: a lazy or type-only import that closes a loop is how a circle is hidden, not removed
  (`review_flow` imports `MainWindow` only for type hints, yet reaches into its attributes). The
  rule is "no module depends on one that depends on it", whatever the import's position.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop_app"
CORE = "desktop_app.core"
STANDIN = "desktop_app.standin"
QT_TOP_LEVEL = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}

def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES: dict[str, Path] = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imported_names(name: str, path: Path) -> set[str]:
    """Every module name `name` imports (absolute, resolved), at any depth of the file."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package
                for _ in range(node.level - 1):
                    anchor = anchor.rpartition(".")[0]
                base = f"{anchor}.{node.module}" if node.module else anchor
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.add(submodule if submodule in MODULES else base)
    return found


def import_graph() -> dict[str, set[str]]:
    """module -> the `desktop_app` modules it imports."""
    return {name: {n for n in imported_names(name, path) if n in MODULES and n != name}
            for name, path in MODULES.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
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


def _in(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


# --- the checker itself can fail ------------------------------------------------------------------

def test_the_checker_sees_relative_lazy_and_type_only_imports(tmp_path):
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}}
    assert cycles(graph) == [["a", "b", "c"]]
    source = tmp_path / "probe.py"
    source.write_text("from typing import TYPE_CHECKING\nfrom . import answers_cvvn\n"
                      "from ..core.errors import AppError\n"
                      "def f():\n    from .samples import load_samples\n"
                      "if TYPE_CHECKING:\n    from ..gui.main_window import MainWindow\n", encoding="utf-8")
    seen = imported_names("desktop_app.standin.probe", source)
    expected = {"desktop_app.standin.answers_cvvn", "desktop_app.core.errors", "desktop_app.standin.samples",
                "desktop_app.gui.main_window"}
    assert expected <= seen


# --- cycles -----------------------------------------------------------------------------------------

def test_no_import_cycle_at_all():
    assert cycles(import_graph()) == []


# --- the core: no Qt, no stand-in -------------------------------------------------------------------

def test_no_module_under_core_or_standin_imports_qt():
    offenders = sorted(name for name, path in MODULES.items()
                       if (_in(name, CORE) or _in(name, STANDIN))
                       and any(n.split(".")[0] in QT_TOP_LEVEL for n in imported_names(name, path)))
    assert offenders == []


def test_no_module_under_core_imports_the_standin():
    offenders = sorted(name for name, path in MODULES.items()
                       if _in(name, CORE) and any(_in(n, STANDIN) for n in imported_names(name, path)))
    assert offenders == []


def test_importing_every_core_module_loads_no_qt_and_no_standin():
    code = (
        "import sys, pkgutil, importlib, desktop_app.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'desktop_app.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "loaded = ('PySide6', 'shiboken6', 'desktop_app.standin')\n"
        "print(sorted(n for n in sys.modules if n.startswith(loaded)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_the_quicker_pyside_import_check_answers_as_pyside_s_own():
    """desktop_app/_pyside_hook.py replaces PySide's per-import source search (issue 12: the start): for
    every module loaded here it must say what PySide's own would."""
    import desktop_app.gui  # noqa: F401 - installs it
    from desktop_app import _pyside_hook

    feature = sys.modules["shibokensupport.feature"]
    quicker = feature._mod_uses_pyside
    assert getattr(quicker, "quicker", False)
    own = quicker.__closure__[0].cell_contents
    prefixes = ("desktop_app", "json", "PIL")
    modules = [m for name, m in sorted(sys.modules.items()) if name.startswith(prefixes)]
    assert len(modules) > 20
    assert [quicker(m) for m in modules] == [own(m) for m in modules]
    assert any(quicker(m) for m in modules) and not all(quicker(m) for m in modules)
    assert _pyside_hook.install() is False  # once


def test_the_quicker_check_is_installed_when_pyside_loads_before_desktop_app():
    """A process that loads PySide first (the start bench, a test, an embedder): the modules of ours
    imported before desktop_app.gui are asked about the quicker way too, and no Qt is loaded when
    PySide was not (the core's CLI)."""
    code = (
        "import sys{first}\n"
        "import desktop_app\n"
        "f = sys.modules.get('shibokensupport.feature')\n"
        "print(None if f is None else getattr(f._mod_uses_pyside, 'quicker', False))\n"
    )
    said = [subprocess.run([sys.executable, "-c", code.format(first=first)], capture_output=True,
                           text=True, check=True, cwd=ROOT).stdout.strip()
            for first in ("\nimport PySide6.QtCore", "")]
    assert said == ["True", "None"]
