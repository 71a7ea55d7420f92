"""How long the field checks take on big documents (issue 10): a measurement, not a test.

    .venv/bin/python scripts/measure_checks.py 8000 100000

For each size: one page of a Thai vehicle book with that many fields (a tenth of them the checked
keys with plausible values, the rest unknown keys, each its own, as a hostile answer may send),
the seconds for `run_checks` on the whole document, and for the
re-check after one edit (`recheck`, when this version has it).
"""

from __future__ import annotations

import sys
import time

from desktop_app.core import checks
from desktop_app.core.model import Document, Field, Page, Source

VALUES = {"registration_number_car": "1กข 1234", "province": "กรุงเทพมหานคร",
          "car_number": "MR0HA3CD100123456",
          "ownership_number_of_card": "1101700123456", "registration_date": "12 ม.ค. 2560",
          "engine_size": "1,496", "number_of_seat": "5", "year_model": "2017", "color": "ขาว",
          "ownership_birthday_date": "01/02/2530"}


def document(count: int) -> Document:
    keys = list(VALUES)

    def key(i: int) -> str:
        return keys[i // 10 % len(keys)] if i % 10 == 7 else f"unknown_{i}"

    fields = [Field(key=key(i), label_th="", label_en="", ocr_value=VALUES.get(key(i), f"v{i}"),
                    value=VALUES.get(key(i), f"v{i}"), confidence=0.95) for i in range(count)]
    page = Page(index=0, width=1000, height=1000, fields=fields)
    return Document(doc_type="vehicle_book", sources=[Source(path="x.png", sha256="0" * 64, width=1000,
                                                             height=1000, page_count=1)],
                    provider_id="aigen-vehicle-book-v2", endpoint="https://x", options={}, pages=[page])


def main(sizes: list[int]) -> None:
    for count in sizes:
        doc = document(count)
        started = time.perf_counter()
        checks.run_checks(doc)
        whole = time.perf_counter() - started
        line = f"{count:>7} fields: run_checks {whole:8.2f} s"
        recheck = getattr(checks, "recheck", None)
        if recheck is not None:
            for index, what in ((3, "a field of its own"), (7, "a key shared by a tenth of the fields")):
                doc.pages[0].fields[index].value = "31/02/2530"
                started = time.perf_counter()
                rechecked = recheck(doc, [(0, index)])
                line += (f"; edit of {what}: recheck {time.perf_counter() - started:6.3f} s "
                         f"({rechecked} fields)")
        print(line, flush=True)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [8000])
