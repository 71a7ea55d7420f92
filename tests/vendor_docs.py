"""The vendors' documented sample answers and key tables, kept as fixtures in tests/fixtures/vendor.

They were taken from the vendors' own API documents (the specification; see fixtures/vendor/README.md
for which document each came from and how the passport sample was repaired), so the tests need
nothing outside the repository.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "vendor"

V1, V2, IDCARD, PASSPORT = "000", "001", "003", "004"
_FILES = {V1: "aigen_vehicle_book_v1", V2: "aigen_vehicle_book_v2", IDCARD: "aigen_idcard_v3",
          PASSPORT: "aigen_passport_v2"}


@cache
def _fixture(prefix: str) -> dict[str, Any]:
    path = FIXTURES / f"{_FILES[prefix]}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def samples(prefix: str) -> list[dict[str, Any]]:
    """Every answer printed in the vendor's document, in order (fresh copies: tests may mutate them)."""
    return json.loads(json.dumps(_fixture(prefix)["answers"]))


def as_body(sample: dict[str, Any]) -> bytes:
    return json.dumps(sample, ensure_ascii=False).encode("utf-8")


def v1_key_table() -> list[tuple[str, str]]:
    """(key, key_thai) rows of the v1 "List of key" table."""
    return [(key, thai) for key, thai in _fixture(V1)["key_table"]]


def idcard_data_keys() -> list[str]:
    """The keys of the ID card's "Data fields" table, in order."""
    return list(_fixture(IDCARD)["data_keys"])


def passport_keys() -> list[str]:
    """The keys of the passport table, exactly as printed (`Identification_number`)."""
    return list(_fixture(PASSPORT)["table_keys"])


# --- small builders the AIGEN tests share ----------------------------------------------------

def prepared(width: int, height: int, sent: tuple[int, int] | None = None, pages: int = 1) -> Any:
    """A PreparedImage of `pages` pages displayed at width×height and sent at `sent`."""
    from desktop_app.core.prepared import PageGeometry, PreparedImage

    sent_w, sent_h = sent or (width, height)
    geometry = PageGeometry(display_width=width, display_height=height, sent_width=sent_w,
                            sent_height=sent_h)
    return PreparedImage(path=Path("scan.jpg"), sha256="0" * 64, data=b"\xff\xd8fake-jpeg\xff\xd9",
                         mime="image/jpeg", pages=[geometry] * pages, original_width=width,
                         original_height=height)


def response(body: dict[str, Any] | list[Any] | bytes | str, status: int = 200) -> Any:
    from desktop_app.core.providers.base import HttpResponse

    if isinstance(body, bytes):
        raw = body
    elif isinstance(body, str):
        raw = body.encode("utf-8")
    else:
        raw = json.dumps(body, ensure_ascii=False).encode("utf-8")
    return HttpResponse(status=status, body=raw)
