"""The paged AIGEN answer (v2, ID card v3, passport v2): `{status, error[], data: [page dict, ...]}`
where a page maps key -> `{value, bboxes, bboxes_norm, confidence}` plus an optional `option` dict
(face, gender, ...). `{}` as a field means "not found"; `{}` as a page means that page failed.
A partly failed answer is a `ParseResult` with `errors`; an answer with no field at all raises.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .. import catalogue
from ..errors import ResponseError
from ..model import Field, Page, PageError, Polygon
from ..prepared import PageGeometry, PreparedImage
from .aigen_boxes import boxes_from, geometry_for
from .aigen_errors import RANK, ApiErrorItem, decode_with_errors, most_specific, page_error, raise_api_error
from .base import HttpResponse, ParseResult
from .common import as_confidence, as_text, make_field, sort_fields


def canonical_key(doc_type: str, key: str) -> str:
    """The catalogue's key for `key`, matched case-insensitively (`Identification_number`)."""
    known = catalogue.fields(doc_type)
    if key in known:
        return key
    lowered = key.lower()
    return lowered if lowered in known else key


def build_field(doc_type: str, raw_key: str, value: str | None, raw_confidence: Any,
                boxes: list[Polygon], extra: dict[str, Any]) -> Field:
    key = canonical_key(doc_type, raw_key)
    if key != raw_key:
        extra = {**extra, "api_key": raw_key}
    return make_field(doc_type, key, value, raw_confidence, boxes, extra)


_FIELD_PARTS = {"value", "bboxes", "bboxes_norm", "confidence"}


def parse_field(doc_type: str, key: str, entry: Any, geometry: PageGeometry | None) -> Field:
    """One `key: {value, bboxes, bboxes_norm, confidence, ...}`; `{}` is a missing field."""
    if not isinstance(entry, dict):
        value = None if entry is None else as_text(entry)
        return build_field(doc_type, key, value, None, [], {})
    raw_value = entry.get("value")
    value = None if raw_value is None else as_text(raw_value)
    extra = {name: part for name, part in entry.items() if name not in _FIELD_PARTS}
    return build_field(doc_type, key, value, entry.get("confidence"), boxes_from(entry, geometry), extra)


def _image_of(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value
    if isinstance(value, dict):
        for name in ("image_b64", "image", "value"):
            if isinstance(value.get(name), str) and value[name].strip():
                return value[name]
    return None


def apply_option(page: Page, option: Any, geometry: PageGeometry | None) -> None:
    """`option` results: face / processed_image -> images (+ face box); the rest -> extras."""
    if not isinstance(option, dict):
        return
    for name, value in option.items():
        if value is None or value == {} or value == "":
            continue  # the option was not asked for, or found nothing
        if name in ("face", "processed_image"):
            image = _image_of(value)
            if image is not None:
                page.images[name] = image
            if isinstance(value, dict):
                boxes = boxes_from(value, geometry)
                if boxes:
                    page.image_boxes[name] = boxes
            continue
        if isinstance(value, dict) and "value" in value:
            page.extras[name] = value["value"]
            if "confidence" in value:
                page.extras[f"{name}_confidence"] = as_confidence(value.get("confidence"))
        else:
            page.extras[name] = value


def empty_page(index: int, geometry: PageGeometry | None) -> Page:
    width, height = (geometry.display_width, geometry.display_height) if geometry else (0, 0)
    return Page(index=index, width=width, height=height, source=0, source_page=index)


def parse_page(doc_type: str, index: int, entry: dict[str, Any], geometry: PageGeometry | None) -> Page:
    page = empty_page(index, geometry)
    fields: list[Field] = []
    for key, value in entry.items():
        if not isinstance(key, str) or not key:
            continue
        if key == "option":
            apply_option(page, value, geometry)
            continue
        fields.append(parse_field(doc_type, key, value, geometry))
    page.fields = sort_fields(doc_type, fields)
    return page


def assemble(response: HttpResponse, pages: list[Page], failed: list[int], items: list[ApiErrorItem],
             partial_hint: bool) -> ParseResult:
    """Pages plus errors; raises `ApiError` when no page has a field."""
    if not any(page.fields for page in pages):
        raise_api_error(response, items)
    specific = [item for item in items if item.rank < RANK["http.400"]]
    generic = [item for item in items if item.rank >= RANK["http.400"]]
    named = {item.page for item in specific if item.page is not None}
    unattributed = [item for item in specific if item.page is None]
    best_unattributed = most_specific(unattributed)
    errors: list[PageError] = []
    used: set[ApiErrorItem] = set()
    for index in failed:
        if index in named:
            continue  # listed below with the API's own words
        if best_unattributed is not None:
            errors.append(best_unattributed.to_page_error(index))
            used.add(best_unattributed)
        else:
            errors.append(page_error("aigen.page_failed", index))
    errors.extend(item.to_page_error() for item in specific if item not in used)
    if not errors and (generic or partial_hint):
        best = most_specific(generic)
        errors.append(best.to_page_error() if best else page_error("aigen.partial_content", None))
    errors.sort(key=lambda e: (e.page is None, e.page or 0))
    for error in errors:
        if error.page is not None and 0 <= error.page < len(pages) and pages[error.page].error is None:
            pages[error.page].error = error
    return ParseResult(pages=pages, errors=errors)


def parse_paged(doc_type: str, response: HttpResponse, images: Sequence[PreparedImage],
                bad_request_code: str = "http.400") -> ParseResult:
    """Parse a v2 / ID card v3 / passport v2 answer."""
    body, items = decode_with_errors(response, bad_request_code)
    data = body.get("data")
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        if items or response.status >= 400:
            raise_api_error(response, items)
        raise ResponseError("resp.shape", f"HTTP {response.status}: no `data` list",
                            http_status=response.status, response_text=response.text)
    # The passport document prints its `option` outside the page it belongs to (INDEX.md): when the
    # answer has more items than pages were sent, an item holding nothing but `option` is the
    # option of the page before it, not a page of its own.
    sent_pages = sum(len(image.pages) for image in images) or 1
    extra_items = len(data) > sent_pages
    entries: list[tuple[Any, Any]] = []  # (page entry, option found after it)
    for entry in data:
        if extra_items and entries and isinstance(entry, dict) and set(entry) == {"option"}:
            entries[-1] = (entries[-1][0], entry["option"])
        else:
            entries.append((entry, None))
    pages: list[Page] = []
    failed: list[int] = []
    for index, (entry, option) in enumerate(entries):
        geometry = geometry_for(images, index)
        if isinstance(entry, dict) and entry:
            page = parse_page(doc_type, index, entry, geometry)
        else:
            page = empty_page(index, geometry)
        if option is not None:
            apply_option(page, option, geometry)
        if not page.fields:
            failed.append(index)
        pages.append(page)
    if "option" in body and pages:
        apply_option(pages[0], body["option"], geometry_for(images, 0))
    if not pages and not items and response.status < 400:
        raise ResponseError("resp.shape", f"HTTP {response.status}: `data` is empty",
                            http_status=response.status, response_text=response.text)
    status_word = str(body.get("status", "")).lower()
    return assemble(response, pages, failed, items, response.status == 206 or status_word == "error")
