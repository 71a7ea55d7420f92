"""Arrange desktop_app/gui by role: move each module into its role's folder with `git mv` and
rewrite every import of it. Idempotent: a second run finds everything in place and changes nothing.

    python scripts/arrange_gui.py [--dry-run] [--map-extra NAME=ROLE ...]

The map (module -> role folder under desktop_app/gui/; ROOT stays in gui/ itself):

    window   the main window and what builds it: app, main_window, the action table and its builder,
             layout, questions, services, screen fit, toolbar fit, accessible names, start checks
    widgets  what the clerk sees: canvas (+ crops, labels, overlay), magnifier, field list and model,
             face, message bar, page strip, service bar, fonts, colours, buttons
    dialogs  windows of their own: about, restore, settings (+ thresholds, connection test),
             sign-off, team, shortcut sheet
    flows    what a command does from start to end: review keys and flow, pages, queue (panel and
             guard), team, export, open, save, OCR, the page shown, drafts, presentation, navigation,
             samples,
             hostile-input guards, yesterday's work, skipped files, the purge at start
    workers  work off the GUI thread: IO worker, OCR runner, image loader, queue runner, crops,
             autosave
    state    what the window remembers: the session (undo stack, signals) and the settings
    ROOT     gui/i18n.py and gui/i18n_trust.py (the words, used by every role)

What it rewrites, in desktop_app/, tests/, bench/, scripts/, packaging/: relative and absolute
imports (`from . import a, b` is split by folder; a moved module's own relative imports gain a
level), `import desktop_app.gui.x`, string literals naming a module ("desktop_app.gui.app",
"gui.app": monkeypatch targets and import hooks), and path mentions "gui/x.py" in comments and
documents (also CONTEXT.md, README.md, docs/). A module of gui/ the map does not know stops the run
with its name and a suggested role: add it with --map-extra NAME=ROLE. Afterwards `ruff check
--select I --fix` sorts the rewritten imports (when ruff is installed).
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT_ROLE = "ROOT"
ROLES: dict[str, tuple[str, ...]] = {
    "window": ("app", "main_window", "action_table", "window_actions", "window_layout", "window_questions",
               "window_services", "window_fit", "toolbar_fit", "accessible_names", "start_check",
               "display_check", "activity", "flow_services", "stall_watch"),
    "widgets": ("canvas", "canvas_crops", "canvas_labels", "magnifier", "overlay", "colors", "palette_colors",
                "fields_model", "fields_panel", "face_panel", "message_bar", "page_strip", "provider_bar",
                "proof_font", "fonts", "buttons", "fields_table", "field_editor", "pending_edit",
                "queue_model", "queue_panel"),
    "dialogs": ("about_dialog", "restore_dialog", "settings_dialog", "threshold_editor", "connection_test",
                "signoff_dialog", "team_dialog", "shortcut_sheet"),
    "flows": ("about_flow", "keyboard", "review_flow", "pages_flow", "batch_panel", "queue_guard",
              "team_flow", "export_flow", "open_flow", "save_flow", "ocr_flow", "draft_offer", "presentation",
              "navigation", "sample_menu", "hostile_guard", "yesterday", "skipped_note", "retention_start",
              "page_view"),
    "workers": ("background", "io_worker", "ocr_worker", "imageload", "batch_runner", "page_crops",
                "autosave"),
    "state": ("session", "settings"),
    ROOT_ROLE: ("i18n", "i18n_trust"),
}
# only suggestions for modules the map does not know (never applied without --map-extra)
SUGGEST = ((r"_dialog$|_sheet$", "dialogs"), (r"_flow$|_guard$", "flows"),
           (r"_worker$|_runner$|^background|^worker", "workers"),
           (r"^fields_|^canvas_|_panel$|_bar$", "widgets"),
           (r"^window_|^main_window", "window"), (r"^i18n|^translat|^words", ROOT_ROLE),
           (r"^session|^settings|^prefer", "state"))
SEARCHED = ("desktop_app", "tests", "bench", "scripts", "packaging")
DOCUMENTS = ("CONTEXT.md", "README.md", "docs")
PKG = "desktop_app.gui"
LINE = 110


def role_map(extra: list[str]) -> dict[str, str]:
    roles = {module: role for role, modules in ROLES.items() for module in modules}
    for item in extra:
        name, _, role = item.partition("=")
        if not role or (role not in ROLES):
            sys.exit(f"--map-extra {item!r}: write NAME=ROLE, ROLE one of {', '.join(ROLES)}")
        roles[name.removesuffix(".py")] = role
    clash = set(roles) & set(ROLES)
    if clash:
        sys.exit(f"a module has a role folder's name: {sorted(clash)}")
    return roles


def new_name(module: str, roles: dict[str, str]) -> str:
    role = roles[module]
    return f"{PKG}.{module}" if role == ROOT_ROLE else f"{PKG}.{role}.{module}"


def gui_modules(repo: Path, roles: dict[str, str]) -> tuple[dict[str, Path], list[str]]:
    """(module -> where it is now, unplaced modules). A module is found at gui/ or gui/<role>/."""
    found: dict[str, Path] = {}
    gui = repo / "desktop_app" / "gui"
    for path in sorted(gui.glob("*.py")) + sorted(gui.glob("*/*.py")):
        if path.name == "__init__.py":
            continue
        if path.parent != gui and path.parent.name not in ROLES:
            continue  # a folder that is not a role: not ours to arrange
        found[path.stem] = path
    return found, sorted(m for m in found if m not in roles)


def suggestion(module: str) -> str:
    return next((role for pattern, role in SUGGEST if re.search(pattern, module)), "?")


# --- import rewriting ---------------------------------------------------------------------------
class Names:
    """Old and new dotted names of every desktop_app module (gui modules at either place)."""

    def __init__(self, repo: Path, roles: dict[str, str], gui: dict[str, Path]) -> None:
        self.known: set[str] = set()
        for path in (repo / "desktop_app").rglob("*.py"):
            parts = path.relative_to(repo).with_suffix("").parts
            self.known.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
        self.moves: dict[str, str] = {}
        for module in gui:
            target = new_name(module, roles)
            for role in ROLES:
                self.moves[f"{PKG}.{module}" if role == ROOT_ROLE else f"{PKG}.{role}.{module}"] = target
        self.known |= set(self.moves) | set(self.moves.values())
        self.known |= {f"{PKG}.{role}" for role in ROLES if role != ROOT_ROLE}

    def new(self, name: str) -> str:
        for old, new in self.moves.items():
            if name == old or name.startswith(old + "."):
                return new + name[len(old):]
        return name


def module_name(repo: Path, path: Path) -> str | None:
    parts = path.relative_to(repo).with_suffix("").parts
    if parts[0] != "desktop_app":
        return None
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def package_of(name: str, is_package: bool) -> list[str]:
    return name.split(".") if is_package else name.split(".")[:-1]


def resolve(node: ast.ImportFrom, package: list[str]) -> str:
    base = package[: len(package) - node.level + 1] if node.level else []
    return ".".join(base + ([node.module] if node.module else []))


def relative(target: str, package: list[str]) -> str:
    parts = target.split(".")
    common = 0
    while common < min(len(parts), len(package)) and parts[common] == package[common]:
        common += 1
    return "." * (len(package) - common + 1) + ".".join(parts[common:])


def targets(node: ast.ImportFrom, source: str, names: Names) -> list[tuple[str, ast.alias]]:
    """(absolute from-module, alias) per imported name, with the new locations."""
    out = []
    for alias in node.names:
        as_module = f"{source}.{alias.name}"
        if as_module in names.known:
            moved = names.new(as_module)
            out.append((moved.rsplit(".", 1)[0], alias))
        else:
            out.append((names.new(source), alias))
    return out


def emit(froms: list[tuple[str, ast.alias]], indent: int, style_relative: bool,
         package: list[str] | None) -> str:
    grouped: dict[str, list[str]] = {}
    for module, alias in froms:
        text = alias.name + (f" as {alias.asname}" if alias.asname else "")
        shown = relative(module, package) if style_relative and package is not None else module
        grouped.setdefault(shown, []).append(text)
    lines = []
    pad = " " * indent
    for module, items in grouped.items():
        one = f"from {module} import {', '.join(items)}"
        if len(pad + one) <= LINE:
            lines.append(one)
        else:
            lines.append(f"from {module} import (\n" + "".join(f"{pad}    {i},\n" for i in items) + f"{pad})")
    return ("\n" + pad).join(lines)


def rewrite_imports(text: str, old_name: str | None, new_module: str | None, is_package: bool,
                    names: Names) -> str:
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return text
    old_package = package_of(old_name, is_package) if old_name else None
    new_package = package_of(new_module, is_package) if new_module else None
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    edits: list[tuple[int, int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level and old_package is None:
                continue
            source = resolve(node, old_package or [])
            froms = targets(node, source, names)
            # nothing moved under it, and (relative) the importing module stays where it was
            if all(m == source for m, _ in froms) and (not node.level or old_package == new_package):
                continue
            new_text = emit(froms, node.col_offset, bool(node.level), new_package)
        elif isinstance(node, ast.Import):
            renamed = [(names.new(a.name), a.asname) for a in node.names]
            if [n for n, _ in renamed] == [a.name for a in node.names]:
                continue
            new_text = "import " + ", ".join(n + (f" as {a}" if a else "") for n, a in renamed)
        else:
            continue
        start = offsets[node.lineno - 1] + node.col_offset
        end = offsets[node.end_lineno - 1] + node.end_col_offset  # type: ignore[operator]
        if text[start:end] != new_text:
            edits.append((start, end, new_text))
    for start, end, new_text in sorted(edits, reverse=True):
        text = text[:start] + new_text + text[end:]
    return text


def rewrite_mentions(text: str, gui: dict[str, Path], roles: dict[str, str], log: list[str],
                     where: str) -> str:
    """Quoted dotted names ("desktop_app.gui.app", "gui.app") and paths (gui/x.py) of moved modules."""

    def dotted(match: re.Match) -> str:
        quote, prefix, module, rest = match.groups()
        if module not in gui or roles.get(module, ROOT_ROLE) == ROOT_ROLE:
            return match.group(0)
        log.append(f"{where}: {match.group(0)} -> {prefix}{roles[module]}.{module}{rest}")
        return f"{quote}{prefix}{roles[module]}.{module}{rest}{quote}"

    def path(match: re.Match) -> str:
        module = match.group(2)
        if module not in gui or roles.get(module, ROOT_ROLE) == ROOT_ROLE:
            return match.group(0)
        return f"{match.group(1)}{roles[module]}/{module}.py"

    def anywhere(match: re.Match) -> str:  # code in a string ("from desktop_app.gui.x import y")
        module = match.group(1)
        if module not in gui or roles.get(module, ROOT_ROLE) == ROOT_ROLE:
            return match.group(0)
        log.append(f"{where}: {match.group(0)} -> {PKG}.{roles[module]}.{module}")
        return f"{PKG}.{roles[module]}.{module}"

    text = re.sub(r"""(["'])((?:desktop_app\.)?gui\.)(\w+)((?:\.\w+)*)\1""", dotted, text)
    text = re.sub(r"\bdesktop_app\.gui\.(\w+)\b", anywhere, text)
    return re.sub(r"(\bgui/)(\w+)\.py\b", path, text)


def declare_packages(repo: Path, folders: list[str]) -> None:
    """pyproject.toml lists its packages by hand (tests/test_packaging.py): the role folders join
    right after "desktop_app.gui"."""
    path = repo / "pyproject.toml"
    text = path.read_text(encoding="utf-8")
    missing = [f'"{PKG}.{folder}"' for folder in folders if f'"{PKG}.{folder}"' not in text]
    if not missing:
        return
    anchor = f'"{PKG}",'
    if anchor not in text:
        print(f"pyproject.toml: add to [tool.setuptools] packages: {', '.join(missing)}")
        return
    path.write_text(text.replace(anchor, anchor + "\n    " + ", ".join(missing) + ",", 1), encoding="utf-8")
    print(f"pyproject.toml: packages += {', '.join(missing)}")


# --- the run ------------------------------------------------------------------------------------
def git(repo: Path, *args: str, dry: bool) -> None:
    print("git", *args)
    if not dry:
        subprocess.run(["git", *args], cwd=repo, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--dry-run", action="store_true", help="say what would move; change nothing")
    parser.add_argument("--map-extra", action="append", default=[], metavar="NAME=ROLE",
                        help="place a module the map does not know (repeatable)")
    args = parser.parse_args(argv)
    repo: Path = args.repo.resolve()
    roles = role_map(args.map_extra)
    gui, unplaced = gui_modules(repo, roles)
    if unplaced:
        print("These gui modules are not in the map (nothing was changed):", file=sys.stderr)
        for module in unplaced:
            print(f"  {module}.py  suggested: --map-extra {module}={suggestion(module)}", file=sys.stderr)
        return 2
    missing = sorted(set(roles) - set(gui))
    if missing:
        print(f"in the map but not in the tree (skipped): {', '.join(missing)}")
    names = Names(repo, roles, gui)
    gui_dir = repo / "desktop_app" / "gui"
    # 1. the moves (old dotted names are remembered for the relative imports of moved modules)
    old_names: dict[Path, str] = {}
    for module, path in gui.items():
        target = gui_dir / (f"{module}.py" if roles[module] == ROOT_ROLE else f"{roles[module]}/{module}.py")
        old_names[target] = module_name(repo, path) or ""
        if path == target:
            continue
        if not args.dry_run:
            target.parent.mkdir(exist_ok=True)
            init = target.parent / "__init__.py"
            if not init.exists():
                init.write_text(f'"""The window\'s {target.parent.name} (scripts/arrange_gui.py)."""\n')
                git(repo, "add", str(init.relative_to(repo)), dry=False)
        git(repo, "mv", str(path.relative_to(repo)), str(target.relative_to(repo)), dry=args.dry_run)
    if args.dry_run:
        return 0
    declare_packages(repo, sorted({p.parent.name for p in old_names if p.parent != gui_dir}))
    # 2. the rewrites
    log: list[str] = []
    changed: list[Path] = []
    long_lines: list[str] = []
    files = [p for top in SEARCHED if (repo / top).exists() for p in (repo / top).rglob("*")
             if p.is_file() and p.suffix in (".py", ".spec", ".md", ".txt", ".sh", ".toml", ".cfg")
             and ".venv" not in p.parts and "__pycache__" not in p.parts]
    files += [p for doc in DOCUMENTS if (repo / doc).exists()
              for p in ([repo / doc] if (repo / doc).is_file() else (repo / doc).rglob("*.md"))]
    this = Path(__file__).resolve()
    for path in files:
        if path.resolve() == this:
            continue  # its own examples stay as they are
        text = path.read_text(encoding="utf-8")
        new = text
        if path.suffix in (".py", ".spec"):
            module = module_name(repo, path)
            is_package = path.name == "__init__.py"
            new = rewrite_imports(new, old_names.get(path, module), module, is_package, names)
        new = rewrite_mentions(new, gui, roles, log, str(path.relative_to(repo)))
        if new != text:
            path.write_text(new, encoding="utf-8")
            changed.append(path)
            before = set(text.splitlines())
            long_lines += [f"{path.relative_to(repo)}:{number}" for number, line in
                           enumerate(new.splitlines(), start=1) if len(line) > LINE and line not in before]
    for line in log:
        print("text:", line)
    print(f"{len(changed)} files rewritten")
    for where in long_lines:  # a longer path in a comment can pass the line limit: said, not rewrapped
        print(f"rewrap (over {LINE} characters now): {where}")
    ruff = shutil.which("ruff") or str(repo / ".venv" / "bin" / "ruff")
    py_changed = [str(p) for p in changed if p.suffix == ".py"]
    if py_changed and Path(ruff).exists():
        subprocess.run([ruff, "check", "--select", "I", "--fix", "--quiet", *py_changed], cwd=repo,
                       check=False)
    elif py_changed:
        print("ruff not found: sort the rewritten imports with `ruff check --select I --fix .`")
    return 0


if __name__ == "__main__":
    sys.exit(main())
