"""The newest glibc symbol version any file of a Linux bundle asks for:
`python packaging/glibc_needed.py dist/desktop-app [--max 2.36]`. With --max, exit 1 if the
bundle needs more than the documented minimum (desktop_app.licences.GLIBC_MINIMUM), so a build on
a newer base cannot silently drop the systems the About dialog and the README name."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

VERSION = re.compile(rb"GLIBC_(\d+)\.(\d+)")


def needed(bundle: Path) -> tuple[tuple[int, int], Path | None]:
    newest, culprit = (0, 0), None
    for path in sorted(bundle.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        symbols = subprocess.run(["objdump", "-T", str(path)], capture_output=True, check=False).stdout
        for match in VERSION.finditer(symbols):
            version = (int(match[1]), int(match[2]))
            if version > newest:
                newest, culprit = version, path
    return newest, culprit


def main(argv: list[str]) -> int:
    bundle = Path(argv[0]) if argv else Path("dist/desktop-app")
    newest, culprit = needed(bundle)
    print(f"the bundle needs glibc {newest[0]}.{newest[1]} (first asked for by {culprit})")
    if "--max" in argv:
        limit = tuple(int(part) for part in argv[argv.index("--max") + 1].split("."))
        if newest > limit:
            print(f"more than the documented glibc {'.'.join(map(str, limit))}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
