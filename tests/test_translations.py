"""The window's words in Thai and Vietnamese are complete, current and built (CI runs this file).

Fails on: a missing or unfinished translation in any translations/*.ts; a translation whose
{placeholders} or %n differ from its source; a source string in the code that the .ts lacks (or a
.ts message the code no longer has), found by running pyside6-lupdate into a temporary folder; a
.qm that is not what pyside6-lrelease builds from its .ts now (stale); a t("key") call left over.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "resources" / "translations"
TS_FILES = sorted(TS_DIR.glob("*.ts"))
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*[^{}]*\}")


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else (shutil.which(name) or name)


def messages(ts: Path) -> dict[tuple[str, str, str, bool], ET.Element]:
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "",
                   message.get("numerus") == "yes")
            found[key] = message
    return found


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def test_the_languages_are_there():
    names = {p.name for p in TS_FILES}
    assert {"desk_th.ts", "desk_vi.ts", "desk_en.ts", "qtbase_th.ts", "qtbase_vi.ts"} <= names


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated_with_the_same_placeholders(ts):
    problems = []
    for (context, source, _comment, numerus), message in messages(ts).items():
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            problems.append(f"unfinished: {context}: {source!r}")
            continue
        for text in texts(message):
            if not text.strip():
                problems.append(f"empty: {context}: {source!r}")
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ: {source!r} -> {text!r}")
            elif numerus and "%n" not in text:
                problems.append(f"no %n: {source!r} -> {text!r}")
            elif source.replace("&&", "").count("&") and not text.replace("&&", "").count("&"):
                problems.append(f"no accelerator: {source!r} -> {text!r}")
    assert problems == []


def test_the_ts_files_hold_exactly_the_code_s_strings(tmp_path):
    """lupdate run afresh: every source string in the code is in the committed .ts, and no more."""
    fresh = tmp_path / "desk_th.ts"
    subprocess.run([tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none", "-silent",
                    str(ROOT / "desktop_app"), "-ts", str(fresh)], check=True, cwd=ROOT)
    in_code = set(messages(fresh))
    for name in ("desk_th.ts", "desk_vi.ts"):
        committed = set(messages(TS_DIR / name))
        assert sorted(in_code - committed) == [], f"{name} lacks these (run scripts/codemod_tr.py)"
        assert sorted(committed - in_code) == [], f"{name} holds strings the code no longer has"
    english = {k for k in in_code if k[3]}
    assert set(messages(TS_DIR / "desk_en.ts")) == english  # the English plurals, and only them


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_the_qm_is_built_from_the_ts_as_it_is_now(ts, tmp_path):
    built = tmp_path / f"{ts.stem}.qm"
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(built)], check=True, cwd=ROOT)
    committed = QM_DIR / f"{ts.stem}.qm"
    assert committed.exists(), f"{committed} missing: run scripts/codemod_tr.py (or pyside6-lrelease)"
    assert committed.read_bytes() == built.read_bytes(), f"{committed.name} is stale: rebuild it"


def test_no_key_lookup_is_left_in_the_window():
    left = []
    for path in sorted((ROOT / "desktop_app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id == "i18n" and node.attr in ("t", "both", "pair", "_STRINGS")):
                left.append(f"{path.relative_to(ROOT)}:{node.lineno}: i18n.{node.attr}")
    assert left == [], "run scripts/codemod_tr.py"


def test_the_wheel_and_the_bundle_carry_the_qm_files():
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert '"translations/*"' in pyproject  # desktop_app._resources = resources/
    assert QM_DIR.parent.name == "resources"  # packaging/bundle_data.py ships resources/ whole


def test_no_words_hide_inside_an_f_string():
    """pyside6-lupdate reads an f-string as one string: a tr() call inside it is never extracted,
    so its words would stay English (scripts/codemod_tr.py splits such f-strings)."""
    hidden = []
    for path in sorted((ROOT / "desktop_app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.JoinedStr) and any(
                    isinstance(c, ast.Attribute) and isinstance(c.value, ast.Name) and c.value.id == "i18n"
                    and c.attr in ("tr", "tr_from", "every_language") for c in ast.walk(node)):
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert hidden == []
