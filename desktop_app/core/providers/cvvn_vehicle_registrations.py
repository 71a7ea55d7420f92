"""Computer Vision Vietnam, both sides of a vehicle registration (`img1` front, `img2` back).

Page 0 is always the front (source 0), page 1 the back (source 1), matched on each entry's
`type`, never on its position in `data` (the order is not guaranteed). A side missing from the
answer leaves its page empty with a `PageError`; both missing is `cvvn.1`.
"""

from __future__ import annotations

from ..errors import ApiError
from ..prepared import PreparedImage
from . import TITLES
from .base import HttpResponse, ParseResult
from .cvvn_common import (
    API_BASE,
    CvvnProvider,
    Entry,
    geometry_check,
    make_page,
    page_error,
    read_entries,
    read_payload,
)

SIDES: tuple[str, ...] = ("front", "back")


def match_sides(entries: list[Entry]) -> tuple[dict[str, Entry], list[Entry]]:
    """{side: entry} by type (first of each side wins), and the entries left over. A single
    entry of unknown side fills the single missing side."""
    matched: dict[str, Entry] = {}
    leftover: list[Entry] = []
    for entry in entries:
        if entry.side in SIDES and entry.side not in matched:
            matched[entry.side] = entry
        else:
            leftover.append(entry)
    unknown = [entry for entry in leftover if entry.side is None]
    open_sides = [side for side in SIDES if side not in matched]
    if len(unknown) == 1 and len(open_sides) == 1:
        entry = unknown[0]
        entry.side, entry.side_inferred = open_sides[0], True
        matched[entry.side] = entry
        leftover.remove(entry)
    return matched, leftover


class CvvnVehicleRegistrations(CvvnProvider):
    id = "cvvn-vehicle-registrations"
    title_en, title_th = TITLES["cvvn-vehicle-registrations"]
    default_endpoint = f"{API_BASE}/vehicle_registrations"
    image_fields = ("img1", "img2")
    image_count = 2

    def parse(self, response: HttpResponse, images: list[PreparedImage]) -> ParseResult:
        geometry_check(images, 2)
        matched, leftover = match_sides(read_entries(response, read_payload(response)))
        if not matched:
            raise ApiError("cvvn.1", "the answer has neither a front nor a back",
                           http_status=response.status, response_text=response.text)
        pages, errors = [], []
        for index, side in enumerate(SIDES):
            page = make_page(index, index, images[index], matched.get(side))
            page.extras["side"] = side
            if side not in matched:
                page.error = page_error("cvvn.1", index, f"the answer has no vehicle_registration_{side}")
                errors.append(page.error)
            pages.append(page)
        if leftover:
            pages[0].extras["ignored_entries"] = [entry.type for entry in leftover]
        return ParseResult(pages=pages, errors=errors)


PROVIDER = CvvnVehicleRegistrations()
