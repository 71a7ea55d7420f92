"""AIGEN vehicle registration book v1: `data` is a flat list of
`{key, key_thai, text, rect[x,y,w,h], rect_norm, bbox[4 points], confidence}`, all on one page.
It is sent one image per request (its answer has no pages).

Boxes: `bbox` first, then `rect`, and `rect_norm` only when neither pixel box is usable (the
vendor's own sample has a `rect_norm` that disagrees with the image). The error body of v1 is
undocumented: `error_code`/`code`/`message` at the top level or in an `error` list, else the
HTTP status.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..errors import ResponseError
from ..model import Field, Polygon
from ..prepared import PageGeometry, PreparedImage
from . import TITLES
from .aigen_boxes import geometry_for, norm_polygon, pixel_polygon, polygons, rect_points
from .aigen_common import AigenProvider
from .aigen_errors import decode_with_errors, raise_api_error
from .aigen_pages import build_field, empty_page
from .base import HttpResponse, ParseResult
from .common import as_text, sort_fields

_PARTS = {"key", "key_thai", "text", "rect", "rect_norm", "bbox", "confidence"}


def item_boxes(item: dict[str, Any], geometry: PageGeometry | None) -> list[Polygon]:
    pixel = polygons(item.get("bbox"))
    if pixel:
        return [pixel_polygon(geometry, polygon) for polygon in pixel]
    rect = rect_points(item.get("rect"))
    if rect is not None:
        return [pixel_polygon(geometry, rect)]
    norm = rect_points(item.get("rect_norm"))
    mapped = norm_polygon(geometry, norm) if norm is not None else None
    return [mapped] if mapped is not None else []


def parse_item(doc_type: str, item: dict[str, Any], geometry: PageGeometry | None) -> Field | None:
    key = item.get("key")
    if not isinstance(key, str) or not key.strip():
        return None
    text = item.get("text")
    extra = {name: part for name, part in item.items() if name not in _PARTS}
    field = build_field(doc_type, key, None if text is None else as_text(text),
                        item.get("confidence"), item_boxes(item, geometry), extra)
    key_thai = item.get("key_thai")
    if isinstance(key_thai, str) and key_thai.strip() and key_thai != field.label_th:
        field.extra["key_thai"] = key_thai
        if not field.known:
            field.label_th = key_thai  # an unknown key: the API's Thai name beats the raw key
    return field


def parse_v1(doc_type: str, response: HttpResponse, images: Sequence[PreparedImage],
             bad_request_code: str) -> ParseResult:
    body, items = decode_with_errors(response, bad_request_code)
    data = body.get("data")
    geometry = geometry_for(images, 0)
    page = empty_page(0, geometry)
    if isinstance(data, list):
        fields = [parse_item(doc_type, item, geometry) for item in data if isinstance(item, dict)]
        page.fields = sort_fields(doc_type, [f for f in fields if f is not None])
    if not page.fields:
        if items or response.status >= 400:
            raise_api_error(response, items)
        if isinstance(data, list):  # "success" with nothing read: no vehicle book in the image
            raise_api_error(response, items, "aigen.not_a_document")
        raise ResponseError("resp.shape", f"HTTP {response.status}: no `data` list",
                            http_status=response.status, response_text=response.text)
    errors = [item.to_page_error() for item in items]
    if errors:
        page.error = errors[0]
    return ParseResult(pages=[page], errors=errors)


PROVIDER = AigenProvider(
    id="aigen-vehicle-book-v1",
    title_en=TITLES["aigen-vehicle-book-v1"][0],
    title_th=TITLES["aigen-vehicle-book-v1"][1],
    doc_type="vehicle_book",
    default_endpoint="https://apis.aigen.online/aiscript/vehicle-registration-book/v1",
    bad_request_code="http.400",
    parser=parse_v1,
    # v1 answers one flat list of fields, no pages: a PDF or TIFF of several pages is sent a page
    # per request (core/pagewise.py), never as one PDF whose later pages would vanish
    accepts_pdf=False,
)
