"""Write the address check's compact copy of GeoThai's places from the installed `geothai` package.

    python scripts/make_thai_places.py

Writes desktop_app/core/checks/data/thai_places.csv, read by core/checks/thai_geo.py instead of
importing geothai and building its objects in every process (docs/adr/0019-thai-places-shipped-
compact.md). Run it after changing the geothai pin (constraints.txt); tests/test_checks_thai_address.py
fails until the file matches the installed package. The data is CC BY 4.0, "GeoThai" (see data/README.md).

Lines (comma-separated; the names hold no comma):
    #geothai,<package version>,<DATA_VERSION>
    P,<province code>,<Thai name>
    D,<district code>,<Thai name without its level word>
    S,<district code>,<Thai name>,<postcodes, space-separated>[,<compare form, when not the name>]
Districts follow their province, sub-districts their district, in geothai's order: a place's index
is its position among the S lines, as it was in the index built from geothai.
"""

from __future__ import annotations

import sys
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import geothai  # noqa: E402

from desktop_app.core.checks.thai_geo import DATA_FILE, bare, key  # noqa: E402


def lines() -> list[str]:
    out = [f"#geothai,{version('geothai')},{geothai.DATA_VERSION}"]
    for p in geothai.provinces():
        out.append(f"P,{p.code},{p.name_th}")
        for d in geothai.districts(p.code):
            out.append(f"D,{d.code},{bare(d.name_th)}")
            for s in geothai.subdistricts(d.code):
                row = f"S,{d.code},{s.name_th},{' '.join(s.postal_codes)}"
                out.append(row if key(s.name_th) == s.name_th else f"{row},{key(s.name_th)}")
    for line in out:
        assert "\n" not in line and '"' not in line, line
    for line in out[1:]:  # a comma in a name would shift the columns
        assert line.count(",") == 2 if line[0] in "PD" else line.count(",") in (3, 4), line
    return out


def main() -> None:
    DATA_FILE.write_text("\n".join(lines()) + "\n", encoding="utf-8")
    print(f"wrote {DATA_FILE}")


if __name__ == "__main__":
    main()
