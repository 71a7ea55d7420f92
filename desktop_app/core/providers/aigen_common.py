"""What the four AIGEN APIs share: the request, the error codes, and the paged answer.

Requests: POST JSON `{"image": b64[, "option": {...}]}` with the key in `x-aigen-key`.

Answers (v2, ID card v3, passport v2): `{status, error[], data: [page dict, ...]}` where a page
maps key -> `{value, bboxes, bboxes_norm, confidence}` plus an optional `option` dict (face,
gender, ...). `{}` as a field means "not found"; `{}` as a page means that page failed.
Errors: `error[].code` is a string or a number; the generic companions (`bad_request`,
`partial_content`, `206`) are less specific than the first error, so the most specific code wins.
A partly failed answer is a `ParseResult` with `errors`; an answer with no field at all raises.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NoReturn

from .. import catalogue
from ..errors import ApiError, AppError, InputError, ResponseError, describe
from ..model import Field, Page, PageError, Polygon
from ..prepared import PageGeometry, PreparedImage, rect_to_points
from ..redact import register_secret
from .base import Credentials, HttpRequest, HttpResponse, OptionSpec, ParseResult
from .common import as_confidence, as_text, decode_json, http_status_code, is_points, make_field, sort_fields

KEY_NAME = "aigen_key"
HEADER = "x-aigen-key"

# ---------------------------------------------------------------------------------------------
# Request
# ---------------------------------------------------------------------------------------------


def build_aigen_request(images: list[PreparedImage], options: dict[str, Any], credentials: Credentials,
                        endpoint: str, specs: Sequence[OptionSpec]) -> HttpRequest:
    """The POST for one image. Only the options the caller set are sent; none -> no `option`."""
    if len(images) != 1:
        raise InputError("input.image_count", f"AIGEN takes one image, got {len(images)}")
    key = (credentials.get(KEY_NAME) or "").strip()
    if not key:
        raise InputError("key.missing", "no aigen_key in the credentials")
    register_secret(key)
    body: dict[str, Any] = {"image": base64.b64encode(images[0].data).decode("ascii")}
    option = request_options(options, specs)
    if option:
        body["option"] = option
    return HttpRequest(method="POST", url=endpoint, headers={HEADER: key}, json=body)


def request_options(options: dict[str, Any], specs: Sequence[OptionSpec]) -> dict[str, Any]:
    by_name = {spec.name: spec for spec in specs}
    result: dict[str, Any] = {}
    for name, value in options.items():
        spec = by_name.get(name)
        if spec is None:
            raise InputError("input.option", f"no option {name!r}; known: {', '.join(by_name) or 'none'}")
        if value is None:
            continue
        if spec.kind == "bool":
            if not isinstance(value, bool):
                raise InputError("input.option", f"option {name} takes true or false")
        elif spec.kind == "choice":
            if str(value) not in spec.choices:
                raise InputError("input.option", f"option {name} takes one of {', '.join(spec.choices)}")
            value = str(value)
        elif spec.kind == "list":
            if isinstance(value, str):
                value = [part.strip() for part in value.split(",")]
            if not isinstance(value, list | tuple):
                raise InputError("input.option", f"option {name} takes a list")
            value = [str(v) for v in value if str(v).strip()]
            if not value:  # an empty censor list asks for nothing
                continue
        result[name] = value
    return result


# ---------------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------------

_NUMERIC = {"1001", "1002", "1003", "2001", "20000", "20001", "20002", "40000", "40001"}
_NAMED = {"can_not_find_vehicle_registration_on_image", "internal_server_error", "partial_content"}
_GENERIC = {"bad_request", "400", "partial_content", "206"}
_PAGE_PATTERNS = (re.compile(r"\bpage\s*:?\s*(\d+)", re.IGNORECASE),)
_TOKEN = re.compile(r"[^a-z0-9_]+")

# Lower rank = more specific for the clerk. Undocumented codes rank 2. `not_a_document` only comes
# from the passport's generic `bad_request`, so any named cause beats it.
_RANK = {
    "aigen.1001": 0, "aigen.1002": 0, "aigen.1003": 0, "aigen.20000": 0, "aigen.20001": 0,
    "aigen.20002": 0, "aigen.can_not_find_vehicle_registration_on_image": 0,
    "aigen.2001": 1, "aigen.40000": 1, "aigen.40001": 1, "aigen.internal_server_error": 1,
    "aigen.page_failed": 1,
    "aigen.not_a_document": 3, "http.400": 4, "aigen.partial_content": 5,
}


@dataclass(frozen=True)
class ApiErrorItem:
    code: str  # catalogue code
    page: int | None  # 0-based
    message: str  # what the API said

    @property
    def rank(self) -> int:
        return _RANK.get(self.code, 2)  # an undocumented code still says more than "bad request"

    def to_page_error(self, page: int | None = None) -> PageError:
        info = describe(self.code)
        return PageError(code=self.code, message_en=info.en, message_th=info.th, retryable=info.retry,
                         page=self.page if page is None else page, detail=self.message or None,
                         message_vi=info.vi)


def page_from_message(message: str) -> int | None:
    """`Page 2 : Internal Server Error`, `... extract image page: 2.` -> 1 (0-based)."""
    for pattern in _PAGE_PATTERNS:
        match = pattern.search(message)
        if match:
            number = int(match.group(1))
            return number - 1 if number >= 1 else None
    return None


def catalogue_code(raw: Any, message: str, bad_request_code: str) -> str | None:
    """A catalogue code for one `error[].code` (string or number); None when there is none."""
    if raw is None or isinstance(raw, bool):
        return None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = str(raw).strip().lower()
    if not text:
        return None
    if text in _NUMERIC or text in _NAMED:
        return f"aigen.{text}"
    if text == "206":
        return "aigen.partial_content"
    if text in ("bad_request", "400"):
        # "Internal process error during extract image page: 2." comes as code "400"
        return "aigen.page_failed" if page_from_message(message) is not None else bad_request_code
    if text.isdigit() and len(text) == 3:
        return http_status_code(int(text))
    token = _TOKEN.sub("_", text).strip("_")[:60]
    return f"aigen.{token}" if token else None


def collect_errors(body: dict[str, Any], bad_request_code: str) -> list[ApiErrorItem]:
    """Every error the answer names: `error[]` (v2/v3), or `error_code`/`code`/`message` (v1)."""
    raw_items: list[Any] = []
    for name in ("error", "errors"):
        value = body.get(name)
        if isinstance(value, list):
            raw_items.extend(value)
        elif isinstance(value, dict | str | int):
            raw_items.append(value)
    top_code = body.get("error_code", body.get("code"))
    if top_code is not None:
        raw_items.append({"code": top_code, "message": body.get("error_message", body.get("message"))})
    items: list[ApiErrorItem] = []
    for raw in raw_items:
        if isinstance(raw, dict):
            code_raw = raw.get("code", raw.get("error_code"))
            message = as_text(raw.get("message", raw.get("error_message")))
        else:
            code_raw, message = raw, ""
        code = catalogue_code(code_raw, message, bad_request_code)
        if code is None:
            continue
        page = page_from_message(message) if code in ("aigen.internal_server_error",
                                                         "aigen.page_failed") else None
        item = ApiErrorItem(code, page, message)
        if item not in items:
            items.append(item)
    return items


def most_specific(items: Sequence[ApiErrorItem]) -> ApiErrorItem | None:
    return min(items, key=lambda item: item.rank) if items else None  # min() keeps the first of equals


def http_error_code(status: int, items: Sequence[ApiErrorItem]) -> str:
    """401/403/429 say more than any body; otherwise the body's most specific code wins."""
    if status in (401, 403, 429):
        return f"http.{status}"
    best = most_specific(items)
    if best is not None and status == 400 and best.code == "aigen.page_failed":
        # the ID card's documented 400 ("Internal process error during extract image page: 1."):
        # the whole request failed on what was sent, so the same call again cannot help
        return "aigen.not_a_document"
    if best is not None:
        return best.code
    return http_status_code(status)


def error_detail(status: int, items: Sequence[ApiErrorItem]) -> str:
    said = "; ".join(f"{item.code}: {item.message}" if item.message else item.code for item in items)
    return f"HTTP {status}" + (f" ({said})" if said else "")


def decode_body(response: HttpResponse) -> Any:
    """JSON, or an error: an HTTP error status without a readable body is that status's code."""
    try:
        return decode_json(response)
    except ResponseError:
        if response.status >= 400:
            raise ApiError(http_status_code(response.status), f"HTTP {response.status}",
                           http_status=response.status, response_text=response.text) from None
        raise


def raise_api_error(response: HttpResponse, items: Sequence[ApiErrorItem],
                    fallback: str | None = None) -> NoReturn:
    code = http_error_code(response.status, items) if (items or response.status >= 400) else None
    raise ApiError(code or fallback or "aigen.page_failed", error_detail(response.status, items),
                   http_status=response.status, response_text=response.text)


# ---------------------------------------------------------------------------------------------
# Geometry and boxes
# ---------------------------------------------------------------------------------------------


def geometry_for(images: Sequence[PreparedImage], index: int) -> PageGeometry | None:
    if not images or not images[0].pages:
        return None
    pages = images[0].pages
    return pages[index] if index < len(pages) else pages[0]


def _unmapped(points: Sequence[Sequence[float]]) -> Polygon:
    return tuple((float(x), float(y)) for x, y in points)  # type: ignore[return-value]


def pixel_polygon(geometry: PageGeometry | None, points: Sequence[Sequence[float]]) -> Polygon:
    return geometry.pixel_to_display(points) if geometry else _unmapped(points)


def norm_polygon(geometry: PageGeometry | None, points: Sequence[Sequence[float]]) -> Polygon | None:
    if geometry is None:
        return None  # a normalised box needs the page size
    if any(not -0.01 <= c <= 1.01 for point in points for c in point):
        return None
    return geometry.norm_to_display(points)


def polygons(value: Any) -> list[list[list[float]]]:
    """The valid 4-point polygons of `bboxes`: a list of polygons, or (passport face) one polygon."""
    if is_points(value):
        return [value]
    if not isinstance(value, list):
        return []
    return [polygon for polygon in value if is_points(polygon)]


def boxes_from(entry: dict[str, Any], geometry: PageGeometry | None,
               pixel_key: str = "bboxes", norm_key: str = "bboxes_norm") -> list[Polygon]:
    """Pixel boxes mapped to display; the normalised ones only when no pixel box is usable."""
    pixel = polygons(entry.get(pixel_key))
    if pixel:
        return [pixel_polygon(geometry, polygon) for polygon in pixel]
    mapped = [norm_polygon(geometry, polygon) for polygon in polygons(entry.get(norm_key))]
    return [polygon for polygon in mapped if polygon is not None]


def rect_points(value: Any) -> list[tuple[float, float]] | None:
    """`[x, y, w, h]` of finite non-negative size as four points, else None."""
    if not is_points([value[:2], value[2:]] if isinstance(value, list) and len(value) == 4 else None, 2):
        return None
    x, y, w, h = (float(v) for v in value)
    if w <= 0 or h <= 0:
        return None
    return rect_to_points(x, y, w, h)


# ---------------------------------------------------------------------------------------------
# Fields and pages
# ---------------------------------------------------------------------------------------------


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


def _page_error(code: str, page: int | None, detail: str | None = None) -> PageError:
    info = describe(code)
    return PageError(code=code, message_en=info.en, message_th=info.th, retryable=info.retry, page=page,
                     detail=detail, message_vi=info.vi)


def assemble(response: HttpResponse, pages: list[Page], failed: list[int], items: list[ApiErrorItem],
             partial_hint: bool) -> ParseResult:
    """Pages plus errors; raises `ApiError` when no page has a field."""
    if not any(page.fields for page in pages):
        raise_api_error(response, items)
    specific = [item for item in items if item.rank < _RANK["http.400"]]
    generic = [item for item in items if item.rank >= _RANK["http.400"]]
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
            errors.append(_page_error("aigen.page_failed", index))
    errors.extend(item.to_page_error() for item in specific if item not in used)
    if not errors and (generic or partial_hint):
        best = most_specific(generic)
        errors.append(best.to_page_error() if best else _page_error("aigen.partial_content", None))
    errors.sort(key=lambda e: (e.page is None, e.page or 0))
    for error in errors:
        if error.page is not None and 0 <= error.page < len(pages) and pages[error.page].error is None:
            pages[error.page].error = error
    return ParseResult(pages=pages, errors=errors)


def decode_with_errors(response: HttpResponse,
                       bad_request_code: str) -> tuple[dict[str, Any], list[ApiErrorItem]]:
    """The answer object and its error items; raises at once for a non-object body and for the
    statuses whose meaning no body can change (401, 403, 429)."""
    body = decode_body(response)
    if not isinstance(body, dict):
        if response.status >= 400:
            raise_api_error(response, [])
        raise ResponseError("resp.shape", f"HTTP {response.status}: the answer is not an object",
                            http_status=response.status, response_text=response.text)
    items = collect_errors(body, bad_request_code)
    if response.status in (401, 403, 429):
        raise_api_error(response, items)
    return body, items


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


# ---------------------------------------------------------------------------------------------
# The provider
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AigenProvider:
    """One AIGEN endpoint. `parser` turns an answer into pages (v1 has its own)."""

    id: str
    title_en: str
    title_th: str
    doc_type: str
    default_endpoint: str
    options: tuple[OptionSpec, ...] = ()
    bad_request_code: str = "http.400"
    parser: Callable[[str, HttpResponse, Sequence[PreparedImage], str], ParseResult] | None = None
    vendor: str = "aigen"
    credential_names: tuple[str, ...] = (KEY_NAME,)
    image_count: int = 1
    accepts_pdf: bool = True
    simulated: bool = False

    def build_request(self, images: list[PreparedImage], options: dict[str, Any],
                      credentials: Credentials, endpoint: str) -> HttpRequest:
        return build_aigen_request(images, options, credentials, endpoint or self.default_endpoint,
                                   self.options)

    def parse(self, response: HttpResponse, images: list[PreparedImage]) -> ParseResult:
        parser = self.parser or parse_paged
        try:
            return parser(self.doc_type, response, images, self.bad_request_code)
        except AppError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, OverflowError) as exc:
            # a shape nobody documented slipped past the checks: never a traceback to the clerk
            raise ResponseError("resp.shape", f"HTTP {response.status}: {type(exc).__name__}",
                                http_status=response.status, response_text=response.text) from None
