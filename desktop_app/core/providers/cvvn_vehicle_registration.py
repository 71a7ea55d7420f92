"""Computer Vision Vietnam, one side of a vehicle registration (`img`), either side.

One image, one page: whichever side the service recognised, noted in `page.extras["side"]`
("front"/"back") and `page.extras["type"]` (the API's own `type`).
"""

from __future__ import annotations

from ..errors import ApiError
from ..prepared import PreparedImage
from . import TITLES
from .base import HttpResponse, ParseResult
from .cvvn_common import API_BASE, CvvnProvider, geometry_check, make_page, read_entries, read_payload


class CvvnVehicleRegistration(CvvnProvider):
    id = "cvvn-vehicle-registration"
    title_en, title_th = TITLES["cvvn-vehicle-registration"]
    default_endpoint = f"{API_BASE}/vehicle_registration"
    image_fields = ("img",)
    image_count = 1

    def parse(self, response: HttpResponse, images: list[PreparedImage]) -> ParseResult:
        geometry_check(images, 1)
        entries = read_entries(response, read_payload(response))
        if not entries:
            raise ApiError("cvvn.1", "the answer has no entry in 'data'", http_status=response.status,
                           response_text=response.text)
        # One image is one page. Should the service ever answer with more than one entry, the
        # first is shown and the others are named; the verbatim answer is kept in the record.
        page = make_page(0, 0, images[0], entries[0])
        if len(entries) > 1:
            page.extras["ignored_entries"] = [entry.type for entry in entries[1:]]
        return ParseResult(pages=[page])


PROVIDER = CvvnVehicleRegistration()
