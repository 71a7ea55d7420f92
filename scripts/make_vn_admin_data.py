"""Convert vietnamadminunits' data into the compact CSV files the Vietnamese address check reads.

    pip download --no-deps vietnamadminunits==1.0.4 && unzip vietnamadminunits-1.0.4-*.whl -d /tmp/vau
    python scripts/make_vn_admin_data.py /tmp/vau/vietnamadminunits/data

Writes desktop_app/core/checks/data/vn_provinces.csv (the 63 provinces before 1 July 2025 and the
one of the 34 each became part of), vn_districts_legacy.csv (districts before the reform; the
reform abolished districts) and vn_wards_2025.csv (wards and communes of the 34 provinces).
The data is MIT-licensed, (c) 2025 Tran Ngoc Minh Hieu (see data/README.md).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "desktop_app" / "core" / "checks" / "data"


def main(source: Path) -> None:
    legacy = json.loads((source / "parser_legacy.json").read_text(encoding="utf-8"))
    new = json.loads((source / "parser_from_2025.json").read_text(encoding="utf-8"))
    converter = json.loads((source / "converter_2025.json").read_text(encoding="utf-8"))
    new_of_old = {old: new_key for new_key, olds in converter["DICT_PROVINCE"].items() for old in olds}
    with (OUT / "vn_provinces.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["old_code", "old_name", "new_code", "new_name"])
        for key, p in sorted(legacy["DICT_PROVINCE"].items(), key=lambda kv: kv[1]["provinceCode"]):
            n = new["DICT_PROVINCE"][new_of_old[key]]
            w.writerow([p["provinceCode"], p["province"], n["provinceCode"], n["province"]])
    with (OUT / "vn_districts_legacy.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["old_province_code", "district"])
        rows = {(legacy["DICT_PROVINCE"][pk]["provinceCode"], d["district"])
                for pk, districts in legacy["DICT_PROVINCE_DISTRICT"].items() for d in districts.values()}
        w.writerows(sorted(rows))
    with (OUT / "vn_wards_2025.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["new_province_code", "ward"])
        rows = {(new["DICT_PROVINCE"][pk]["provinceCode"], ward["ward"])
                for table in ("DICT_PROVINCE_WARD_NO_ACCENTED", "DICT_PROVINCE_WARD_ACCENTED")
                for pk, wards in new[table].items() for ward in wards.values()}
        w.writerows(sorted(rows))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
