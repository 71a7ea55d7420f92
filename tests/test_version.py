"""One source for the version: desktop_app.__version__. Review files carry it downstream, so a
missed bump would write a wrong value: everything else must read it, and the changelog must name it."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import version
from pathlib import Path

from desktop_app import __version__
from desktop_app.cli import main
from desktop_app.core.model import Document
from desktop_app.core.reviewfile import to_dict

ROOT = Path(__file__).resolve().parents[1]


def test_pyproject_reads_the_version_from_the_package():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "desktop_app.__version__"}
    assert version("desktop-app") == __version__, "reinstall (pip install -e .) after a version bump"


def test_the_command_line_prints_the_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"desktop-app {__version__}"


def test_a_review_file_records_the_version():
    document = Document(doc_type="vehicle_book", sources=[], provider_id="demo", endpoint="")
    assert to_dict(document)["generator"] == f"desktop-app {__version__}"


def test_the_changelog_and_the_metainfo_name_the_version():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## {re.escape(__version__)}\b", changelog, re.M), "add a CHANGELOG.md entry"
    metainfo = (ROOT / "packaging" / "linux" / "org.ocrreviewdesk.DesktopApp.metainfo.xml").read_text()
    assert f'<release version="{__version__}"' in metainfo, "add the release to the AppStream metainfo"
