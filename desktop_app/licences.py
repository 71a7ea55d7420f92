"""What the program ships and under which licence: the list shown in Help > About, read from
resources/licenses/components.json (written by scripts/collect_licences.py), whose texts travel
in every bundle. Qt-free, so the command line and the tests can read it too."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .resources import resources_dir

# Where a bundle carries Debian's copyright files of the system libraries it copied in.
SYSTEM_FOLDER = "system"
# Measured on the built bundle (packaging/glibc_needed.py, run in CI): Debian 12's libstdc++ and
# libexpat inside it ask for GLIBC_2.36. Building on an older base lowers it.
GLIBC_MINIMUM = "2.36"



@dataclass(frozen=True)
class Component:
    name: str
    licence: str
    purpose: str
    files: tuple[str, ...]  # relative to the resources folder
    purpose_th: str = ""

    def purpose_in(self, language: str) -> str:
        return self.purpose_th if language == "th" and self.purpose_th else self.purpose

    def paths(self) -> list[Path]:
        return [resources_dir() / name for name in self.files]


def licence_dir() -> Path:
    return resources_dir() / "licenses"


def components() -> list[Component]:
    """Every shipped component with its licence, in the order of components.json."""
    data = json.loads((licence_dir() / "components.json").read_text(encoding="utf-8"))
    return [Component(item["name"], item["licence"], item.get("purpose", ""), tuple(item["files"]),
                      item.get("purpose_th", "")) for item in data]


def system_libraries() -> list[Path]:
    """Debian copyright files of the system libraries inside a Linux bundle (none in a checkout)."""
    folder = licence_dir() / SYSTEM_FOLDER
    return sorted(folder.glob("*.txt")) if folder.is_dir() else []
