"""AIGEN's errors: `error[].code` (a string or a number; v1: `error_code`/`code` at the top) to
catalogue codes, the page an error names, and which of several errors the clerk is told.

The generic companions (`bad_request`, `partial_content`, `206`) are less specific than the first
error, so the most specific code wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NoReturn

from ..errors import ApiError, ResponseError, describe
from ..model import PageError
from .base import HttpResponse
from .common import as_text, decode_json, http_status_code

_NUMERIC = {"1001", "1002", "1003", "2001", "20000", "20001", "20002", "40000", "40001"}
_NAMED = {"can_not_find_vehicle_registration_on_image", "internal_server_error", "partial_content"}
_GENERIC = {"bad_request", "400", "partial_content", "206"}
_PAGE_PATTERNS = (re.compile(r"\bpage\s*:?\s*(\d+)", re.IGNORECASE),)
_TOKEN = re.compile(r"[^a-z0-9_]+")

# Lower rank = more specific for the clerk. Undocumented codes rank 2. `not_a_document` only comes
# from the passport's generic `bad_request`, so any named cause beats it.
RANK = {
    "aigen.1001": 0, "aigen.1002": 0, "aigen.1003": 0, "aigen.20000": 0, "aigen.20001": 0,
    "aigen.20002": 0, "aigen.can_not_find_vehicle_registration_on_image": 0,
    "aigen.2001": 1, "aigen.40000": 1, "aigen.40001": 1, "aigen.internal_server_error": 1,
    "aigen.page_failed": 1,
    "aigen.not_a_document": 3, "http.400": 4, "aigen.partial_content": 5,
}


@dataclass(frozen=True)
class ApiErrorItem:
    """One error the API reported, with the catalogue code it maps to."""

    code: str  # catalogue code
    page: int | None  # 0-based
    message: str  # what the API said

    @property
    def rank(self) -> int:
        return RANK.get(self.code, 2)  # an undocumented code still says more than "bad request"

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


def page_error(code: str, page: int | None, detail: str | None = None) -> PageError:
    info = describe(code)
    return PageError(code=code, message_en=info.en, message_th=info.th, retryable=info.retry, page=page,
                     detail=detail, message_vi=info.vi)


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
