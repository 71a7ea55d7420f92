"""Add the Debian copyright files of the system libraries PyInstaller copied into a Linux bundle:
`python packaging/collect_system_licences.py dist/desktop-app`. They land in
`_internal/resources/licenses/system/<package>.txt` with an index, and Help > About counts them.

A library that came from a Python wheel (PySide6, Pillow, ...) is covered by that wheel's own
licence texts (resources/licenses/); only what dpkg says it installed is looked up here.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SEARCH = (Path("/lib/x86_64-linux-gnu"), Path("/usr/lib/x86_64-linux-gnu"), Path("/lib"), Path("/usr/lib"))


def owning_package(name: str) -> str | None:
    """The Debian package that installed the system library `name`, if one did."""
    for folder in SEARCH:
        candidate = folder / name
        if candidate.exists():
            answer = subprocess.run(["dpkg", "-S", str(candidate.resolve())], capture_output=True,
                                    text=True, check=False)
            if answer.returncode == 0:
                return answer.stdout.split(":", 1)[0].strip()
    return None


def main(bundle: Path) -> int:
    internal = bundle / "_internal"
    target = internal / "resources" / "licenses" / "system"
    target.mkdir(parents=True, exist_ok=True)
    index: dict[str, list[str]] = {}
    for library in sorted(internal.glob("*.so*")):
        package = owning_package(library.name)
        if package is None:
            continue
        index.setdefault(package, []).append(library.name)
    missing = []
    for package, libraries in sorted(index.items()):
        copyright_file = Path("/usr/share/doc") / package.split(":")[0] / "copyright"
        if not copyright_file.is_file():
            missing.append(package)
            continue
        text = copyright_file.read_text(encoding="utf-8", errors="replace")
        header = f"Debian package {package}, providing {', '.join(libraries)} in this bundle.\n\n"
        (target / f"{package.split(':')[0]}.txt").write_text(header + text, encoding="utf-8")
    lines = ["Debian system libraries in this bundle and the package each came from:", ""]
    lines += [f"{package}: {', '.join(libraries)}" for package, libraries in sorted(index.items())]
    (target / "INDEX").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"system licences: {len(index) - len(missing)} packages in {target}")
    if missing:
        print(f"no copyright file for: {', '.join(missing)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "dist/desktop-app")))
