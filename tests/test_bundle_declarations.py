"""What every bundle carries is declared once (packaging/bundle_data.py) and is complete: the data
the program reads at run time, the licence text of every shipped library, one application id
across the Linux desktop files, the installers and the macOS bundle. (CI builds and starts the real
bundle: packaging/check_bundle.sh.)"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop_app.licences import components, licence_dir
from desktop_app.resources import fonts_dir, icons_dir, resources_dir, samples_dir

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))
import bundle_data  # noqa: E402


def _collect_licences():
    script = ROOT / "scripts" / "collect_licences.py"
    spec = importlib.util.spec_from_file_location("collect_licences", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_declared_source_exists_and_covers_what_the_program_reads():
    targets = {}
    for source, target in bundle_data.DATA_FILES:
        assert (ROOT / source).exists(), source
        targets[target] = ROOT / source
    assert targets["resources"] == resources_dir()
    for folder in (samples_dir(), fonts_dir(), icons_dir(), licence_dir()):
        assert folder.is_relative_to(resources_dir()) and any(folder.iterdir()), folder
    assert "desktop_app/schemas" in targets and "desktop_app/core/checks/data" in targets


def test_every_shipped_python_library_has_its_licence_text_and_a_purpose():
    listed = {item.name.lower().replace("_", "-"): item for item in components()}
    runtime = _collect_licences().runtime_distributions()
    missing = sorted(set(runtime) - set(listed))
    assert not missing, f"run scripts/collect_licences.py (and give each a PURPOSE): {missing}"
    for item in components():
        assert item.licence and item.purpose and item.purpose_th, item.name
        assert all(path.is_file() for path in item.paths()), item.paths()
        assert sum(path.stat().st_size for path in item.paths()) > 100, item.name


def test_the_lgpl_and_ofl_components_are_named_with_their_texts():
    by_name = {item.name: item for item in components()}
    assert "LGPL-3.0" in by_name["Qt 6"].licence
    assert "LGPL" in by_name["PySide6_Essentials"].licence
    assert "LGPL-2.1" in by_name["python-stdnum"].licence
    assert "OFL-1.1" in next(i.licence for i in components() if "Noto" in i.name)
    lgpl = (licence_dir() / "qt" / "LGPL-3.txt").read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in lgpl and "Version 3" in lgpl
    assert "stdnum" in bundle_data.REPLACEABLE_SOURCE_PACKAGES
    spec = (PACKAGING / "desktop-app.spec").read_text(encoding="utf-8")
    assert 'module_collection_mode={package: "py"' in spec


def test_one_application_id_and_file_type_everywhere():
    app_id = bundle_data.APP_ID
    linux = PACKAGING / "linux"
    desktop = (linux / f"{app_id}.desktop").read_text(encoding="utf-8")
    mime = ET.parse(linux / f"{app_id}.mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime_type = mime.find("m:mime-type", ns)
    assert mime_type.find("m:glob", ns).get("pattern") == "*.review.json"
    assert mime_type.get("type") in re.search(r"^MimeType=(.*)$", desktop, re.M)[1].split(";")
    assert f"Icon={app_id}" in desktop
    metainfo = ET.parse(linux / f"{app_id}.metainfo.xml").getroot()
    assert metainfo.findtext("id") == app_id
    assert metainfo.find("launchable").text == f"{app_id}.desktop"
    assert app_id in (linux / "install.sh").read_text(encoding="utf-8")
    inno = (PACKAGING / "windows" / "desktop-app.iss").read_text(encoding="utf-8")
    assert ".review.json" in inno and bundle_data.CONSOLE_NAME in inno


def test_the_icon_comes_in_every_size_the_menus_ask_for():
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (icons_dir() / f"desktop-app-{size}.png").is_file()
    assert (icons_dir() / "desktop-app.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_the_licence_index_lists_what_components_json_lists():
    data = json.loads((licence_dir() / "components.json").read_text(encoding="utf-8"))
    readme = (licence_dir() / "README.md").read_text(encoding="utf-8")
    assert all(f"| {item['name']} |" in readme for item in data)
