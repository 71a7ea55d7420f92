"""The checks' warm-up (core/checks/warm_up.py): what `desktop-app ocr` loads on a thread while the
answer is awaited is everything the checks of that document load, and the Thai places are read
once however many threads ask."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop_app.core.checks import thai_geo
from desktop_app.core.checks.warm_up import modules_for, warm

ROOT = Path(__file__).resolve().parent.parent

# a fresh interpreter: warm up, then check a filled document of the type; print what the checks
# still imported (check modules and their libraries) and whether the places were read at warm-up
_AFTER_WARM_UP = """
import json, sys
from desktop_app.core.checks import run_checks, thai_geo
from desktop_app.core.checks.warm_up import warm
from desktop_app.core.model import Document, Field, Page

doc_type = sys.argv[1]
warm(doc_type)
read = bool(thai_geo._READ)
before = set(sys.modules)
keys = json.loads(sys.argv[2])
values = ["ตำบลพระบรมมหาราชวัง อำเภอพระนคร จังหวัดกรุงเทพมหานคร 10200", "1 ม.ค. 2530", "1234567890123",
          "กท 1234", "นาย สมชาย", "1HGCM82633A004352", "P<THASMITH<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<<<<", "2020"]
document = Document(doc_type=doc_type, sources=[], provider_id="demo", endpoint="test", pages=[
    Page(index=0, width=100, height=100, fields=[
        Field(key=k, label_th=k, label_en=k, ocr_value=values[i % len(values)], value=values[i % len(values)])
        for i, k in enumerate(keys)])])
run_checks(document)
later = sorted(n for n in set(sys.modules) - before
               if n.startswith(("desktop_app.core.checks", "stdnum", "vininfo")))
print(later, read)
"""


def _keys(doc_type: str) -> list[str]:
    """Every key a check of `doc_type` reads, so that every check runs."""
    from desktop_app.core.checks import rules, thai_address, vn_address

    return sorted({*rules.KINDS.get(doc_type, {}), *rules.DATES.get(doc_type, {}),
                   *rules.REQUIRED.get(doc_type, ()), *thai_address.PART_KEYS, *thai_address.FULL_KEYS,
                   *vn_address._PART_KEYS, "name_th", "title_th"})


def _doc_types() -> list[str]:
    from desktop_app.core.catalogue import DOC_TYPES

    return sorted(DOC_TYPES)


@pytest.mark.parametrize("doc_type", ["thai_id_card", "vn_vehicle_registration", "passport",
                                      "vehicle_book"])
def test_after_the_warm_up_checking_a_document_imports_nothing_more(doc_type):
    assert doc_type in _doc_types()
    out = subprocess.run([sys.executable, "-c", _AFTER_WARM_UP, doc_type, json.dumps(_keys(doc_type))],
                         capture_output=True,
                         text=True, check=True, cwd=ROOT)
    thai = doc_type in ("thai_id_card", "vehicle_book")
    assert out.stdout.strip() == f"[] {thai}"


def test_every_module_the_warm_up_names_exists_and_every_kind_has_one():
    import importlib

    from desktop_app.core.checks import rules
    from desktop_app.core.checks.warm_up import _KIND_MODULES

    for doc_type in [*_doc_types(), "no such type"]:
        for name in modules_for(doc_type):  # no try: a misspelt or moved module fails here
            importlib.import_module(f"desktop_app.core.checks.{name}")
        warm(doc_type)
    used = {kind for kinds in rules.KINDS.values() for kind in kinds.values()}
    assert used - set(_KIND_MODULES) == set()  # a new kind with no module would warm up nothing


def test_the_thai_places_are_read_once_when_threads_ask_together(monkeypatch):
    made = []
    real = thai_geo._Table

    def counted(data):
        made.append(threading.current_thread().name)
        return real(data)

    monkeypatch.setattr(thai_geo, "_READ", [])
    monkeypatch.setattr(thai_geo, "_Table", counted)
    start = threading.Barrier(4)

    def ask():
        start.wait()
        thai_geo._table()
        thai_geo.warm()

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(made) == 1
    assert len(thai_geo._READ) == 1
