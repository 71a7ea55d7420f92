"""Write the address check's compact copy of GeoThai's places from the installed `geothai` package.

    python scripts/make_thai_places.py

Writes desktop_app/core/checks/thai_places_data.py, read by core/checks/thai_geo.py instead of
importing geothai and building its objects in every process (docs/adr/0019-thai-places-shipped-
compact.md). Run it after changing the geothai pin (constraints.txt); tests/test_checks_thai_address.py
fails until the file matches the installed package. The data is CC BY 4.0, "GeoThai" (see data/README.md).

The file holds the check's tables themselves, as Python literals: its compiled form is loaded by
the import system (one unmarshal, cached as .pyc), where reading a text copy into them made ~70 M
instructions of Python objects one by one in every `desktop-app ocr` (issue 12). Sub-districts are
in geothai's order (provinces, then their districts, then theirs): a place's index is its position
there, as it was in the index built from geothai.
"""

from __future__ import annotations

import sys
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import geothai  # noqa: E402

from desktop_app.core.checks.thai_geo import DATA_MODULE, bare, key  # noqa: E402

_WIDTH = 100


def _wrapped(items: list[str]) -> list[str]:
    """Literal items packed into lines of about _WIDTH characters, indented."""
    lines, line = [], ""
    for item in items:
        if line and len(line) + len(item) + 2 > _WIDTH:
            lines.append(line)
            line = ""
        line = f"{line} {item}," if line else f"    {item},"
    return lines + [line] if line else lines


def tables() -> dict[str, object]:
    province_names: dict[str, str] = {}
    district_names: dict[str, str] = {}
    sub_names: list[str] = []
    district_codes: list[str] = []
    postcodes: list[str] = []
    sub_keys: dict[str, list[int]] = {}
    district_keys: dict[str, list[int]] = {}
    for p in geothai.provinces():
        province_names[p.code] = p.name_th
        for d in geothai.districts(p.code):
            district_names[d.code] = bare(d.name_th)
            for s in geothai.subdistricts(d.code):
                index = len(sub_names)
                sub_names.append(s.name_th)
                district_codes.append(d.code)
                postcodes.append(" ".join(s.postal_codes))
                sub_keys.setdefault(key(s.name_th), []).append(index)
                district_keys.setdefault(key(district_names[d.code]), []).append(index)
    return {"PROVINCE_NAMES": province_names, "DISTRICT_NAMES": district_names,
            "SUB_NAMES": tuple(sub_names), "DISTRICT_CODES": tuple(district_codes),
            "POSTCODES": tuple(postcodes), "SUB_KEYS": sub_keys, "DISTRICT_KEYS": district_keys}


_TYPES = {dict: "dict[str, str]", tuple: "tuple[str, ...]"}


def source() -> str:
    out = ['"""GeoThai\'s places (CC BY 4.0, "GeoThai"; core/checks/data/README.md) for thai_geo.py.',
           "",
           "Written by scripts/make_thai_places.py from the installed geothai package: do not edit.",
           '"""',
           "# ruff: noqa: E501",
           "",
           f"GEOTHAI_VERSION = {version('geothai')!r}",
           f"DATA_VERSION = {geothai.DATA_VERSION!r}"]
    for name, table in tables().items():
        if isinstance(table, dict):
            kind = "dict[str, list[int]]" if name.endswith("_KEYS") else "dict[str, str]"
            items = [f"{k!r}: {v!r}" for k, v in table.items()]
            out += ["", f"{name}: {kind} = {{", *_wrapped(items), "}"]
        else:
            assert isinstance(table, tuple)
            out += ["", f"{name}: tuple[str, ...] = (", *_wrapped([repr(v) for v in table]), ")"]
    return "\n".join(out) + "\n"


def main() -> None:
    DATA_MODULE.write_text(source(), encoding="utf-8")
    print(f"wrote {DATA_MODULE}")


if __name__ == "__main__":
    main()
