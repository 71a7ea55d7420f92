"""pyproject.toml declares every package and the resources for the wheel, so that a non-editable
install shows Thai and runs the demo. It lists its packages by hand because resources/ is mapped
in, so a new subpackage must be added there: this test says so."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_and_the_resources_are_declared_for_the_wheel():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    inits = (ROOT / "desktop_app").rglob("__init__.py")
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in inits}
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"
    assert config["package-dir"]["desktop_app._resources"] == "resources"
    patterns = config["package-data"]["desktop_app._resources"]
    for folder in ("fonts", "samples"):
        assert f"{folder}/*" in patterns and any((ROOT / "resources" / folder).iterdir())
