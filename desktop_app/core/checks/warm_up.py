"""The checks' modules and tables loaded ahead of their first use.

`desktop-app ocr` starts this on a thread of its own while the answer is prepared, sent and awaited
(cli_ocr.py): a thread waiting on the network holds no lock, so the check modules' imports, the
libraries they use (python-stdnum, vininfo) and the Thai places (thai_geo) are ready when the
answer comes, and checking it costs only the checks' own work (issue 12). What is loaded is what
the checks of `doc_type` use; loading a module twice is a dictionary look-up.
"""

from __future__ import annotations

import importlib

from . import language_checks, rules

# a field kind (rules.KINDS) -> the check module that reads it
_KIND_MODULES = {"thai_id_personal": "thai_id", "thai_id_any": "thai_id", "th_plate": "plates",
                 "vn_plate": "plates", "province": "provinces", "vin": "vin", "mrz_1": "mrz",
                 "mrz_2": "mrz", "year": "numbers", "int": "numbers", "decimal": "numbers"}
# the libraries a check module imports at its first use
_LIBRARIES = {"thai_id": ("stdnum.th.pin", "stdnum.th.moa"), "vin": ("vininfo",)}


def modules_for(doc_type: str) -> list[str]:
    """The check modules (in this package) that the checks of a `doc_type` document import."""
    names = ["dates", "names", "thai_text"]
    names += sorted({_KIND_MODULES[kind] for kind in rules.KINDS.get(doc_type, {}).values()
                     if kind in _KIND_MODULES})
    if doc_type == "passport":
        names.append("mrz")
    if doc_type in language_checks.THAI_ADDRESS_DOC_TYPES:
        names.append("thai_address")
    if doc_type == "vn_vehicle_registration":
        names.append("vn_address")
    return names


def warm(doc_type: str) -> None:
    """Import what the checks of a `doc_type` document use and read the Thai places for a Thai
    address. Never raises: a failure here is met again, and said, where the check runs."""
    try:
        for name in modules_for(doc_type):
            importlib.import_module(f"{__package__}.{name}")
            for library in _LIBRARIES.get(name, ()):
                importlib.import_module(library)
        if doc_type in language_checks.THAI_ADDRESS_DOC_TYPES:
            from . import thai_geo

            thai_geo.warm()
    except Exception:  # noqa: BLE001, S110 - only a head start: the check itself raises or copes
        pass
