"""Parsing helpers every provider shares: JSON decoding that never crashes, HTTP status codes,
tolerant number and text conversion, and building a catalogued `Field`."""

from __future__ import annotations

import json
import math
import re
from typing import Any

from .. import catalogue
from ..errors import ApiError, ResponseError
from ..model import IGNORED_CONFIDENCE, Field, Polygon
from .base import HttpResponse

# No vendor answer is nested more than a dozen levels; a deeper one is refused before anything
# (checks, the review file's writer) has to walk it.
MAX_DEPTH = 64
# Whole numbers beyond this many digits are kept as their text: no float() or str() of them can fail.
MAX_INT_DIGITS = 18
_SURROGATE = re.compile("[\ud800-\udfff]")


def _number_text(text: str) -> int | str:
    return int(text) if len(text.lstrip("-")) <= MAX_INT_DIGITS else text


def _finite_float(text: str) -> float | None:
    number = float(text)
    return number if math.isfinite(number) else None  # 1e999 is no number an answer can mean


_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
_CONTAINERS = (dict, list)  # (a tuple: `dict | list` would make a union object at every call)


def _may_hold_surrogate(text: str) -> bool:
    """Can JSON `text` hold a surrogate: escaped (\\ud800-\\udfff) or raw?"""
    escaped = ("\\ud" in text or "\\uD" in text) and _ESCAPED_SURROGATE.search(text) is not None
    return escaped or (not text.isascii() and _SURROGATE.search(text) is not None)


def valid_values(data: Any, response: HttpResponse, text: str | None = None) -> Any:
    """`data` made into values that always round-trip: a lone surrogate ("\\ud800" is valid JSON,
    but no UTF-8 file can hold it) becomes U+FFFD, in keys and values; nesting deeper than
    `MAX_DEPTH` is a `ResponseError`. The verbatim answer (`response.text`) is not touched.
    `text`: the JSON `data` was read from; when it can hold no surrogate (none escaped, none
    raw), `data` is only checked for depth and returned as it is (issue 12: no copy of it)."""
    if text is not None and not _may_hold_surrogate(text):
        if isinstance(data, _CONTAINERS):
            _check_depth(data, 0, response)
        return data

    def fix(text: str) -> str:
        if text.isascii() or not _SURROGATE.search(text):  # isascii: a flag, free on any length
            return text
        return _SURROGATE.sub("\ufffd", text)

    def walk(node: Any, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise _too_deep(response)
        if isinstance(node, str):
            return fix(node)
        if isinstance(node, list):
            return [walk(item, depth + 1) for item in node]
        if isinstance(node, dict):
            return {fix(key): walk(value, depth + 1) for key, value in node.items()}
        return node

    return walk(data, 0)


def _check_depth(node: dict | list, depth: int, response: HttpResponse) -> None:
    """Raise as `valid_values`' walk does for any value deeper than `MAX_DEPTH` below `node`
    (a list or dict at `depth`)."""
    for child in node.values() if isinstance(node, dict) else node:
        if depth >= MAX_DEPTH:  # the child is at depth + 1
            raise _too_deep(response)
        if isinstance(child, _CONTAINERS):
            _check_depth(child, depth + 1, response)


def _too_deep(response: HttpResponse) -> ResponseError:
    return ResponseError("resp.not_json", f"HTTP {response.status}: JSON nested too deeply",
                         http_status=response.status, response_text=response.text)


def decode_json(response: HttpResponse) -> Any:
    """The body as JSON, or a `ResponseError` that says why not (HTML page, cut off, garbage).

    This is where an answer enters the program: what it returns always round-trips through a
    review file (`valid_values`; NaN, Infinity and 1e999 become null, huge integers their text)."""
    text = response.text
    stripped = text.strip()
    if not stripped:
        raise ResponseError("resp.truncated", f"HTTP {response.status} with an empty body",
                            http_status=response.status, response_text=text)
    try:
        data = json.loads(stripped, parse_constant=lambda _name: None, parse_float=_finite_float,
                          parse_int=_number_text)
        return valid_values(data, response, stripped)
    except RecursionError:  # nested beyond Python's limit: no API answers like that
        raise ResponseError("resp.not_json", f"HTTP {response.status}: JSON nested too deeply",
                            http_status=response.status, response_text=text) from None
    except json.JSONDecodeError as exc:
        looks_html = stripped[:1] == "<" or "<html" in stripped[:500].lower()
        if looks_html or stripped[:1] not in "{[":
            code = "resp.not_json"
        elif exc.pos >= len(stripped) - 1 or "Unterminated" in exc.msg or "Expecting" in exc.msg:
            code = "resp.truncated"
        else:
            code = "resp.not_json"
        raise ResponseError(code, f"HTTP {response.status}: {exc.msg} at byte {exc.pos}",
                            http_status=response.status, response_text=text) from None


def http_status_code(status: int) -> str:
    """Catalogue code for an HTTP error status with no more specific code in the body."""
    if status in (400, 401, 403, 404, 413, 422, 429):
        return f"http.{status}"
    if 500 <= status <= 599:
        return "http.5xx"
    return "http.other"


def raise_for_status(response: HttpResponse, code: str | None = None, detail: str | None = None) -> None:
    raise ApiError(code or http_status_code(response.status), detail or f"HTTP {response.status}",
                   http_status=response.status, response_text=response.text)


def as_confidence(value: Any) -> float | None:
    """A confidence as the API gave it (0..1, or -1.0 for a failed validation); None if absent, not
    a finite number, or out of that range. (Nothing is guessed: a 97 is not taken for 0.97; the
    field keeps what was sent, see `make_field`, and is checked by a person.)"""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    if not math.isfinite(number):
        return None
    if number == -1.0:
        return -1.0
    if number < 0.0 or number > 1.0:
        return None
    return number


def as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool | int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def is_points(value: Any, count: int | None = 4) -> bool:
    """True for a list of [x, y] pairs of finite numbers (of `count` points when given)."""
    if not isinstance(value, list) or (count is not None and len(value) != count) or not value:
        return False
    for point in value:
        if not isinstance(point, list | tuple) or len(point) != 2:
            return False
        for coordinate in point:
            if isinstance(coordinate, bool) or not isinstance(coordinate, int | float):
                return False
            if not math.isfinite(coordinate):
                return False
    return True


def make_field(doc_type: str, key: str, value: str | None, raw_confidence: Any,
               boxes: list[Polygon] | None = None, extra: dict[str, Any] | None = None) -> Field:
    """A catalogued field. `raw_confidence` is the API's own value: an unusable one (text, 97,
    NaN) gives no confidence and is kept in `extra` so that a check can say so (checks/)."""
    label_th, label_en = catalogue.labels(doc_type, key)
    label_vi = catalogue.label(doc_type, key, "vi") if label_en != key else ""
    confidence = as_confidence(raw_confidence)
    extra = dict(extra or {})
    if confidence is None and raw_confidence is not None:
        extra[IGNORED_CONFIDENCE] = as_text(raw_confidence)
    return Field(key=key, label_th=label_th, label_en=label_en, ocr_value=value, value=value,
                 confidence=confidence, boxes=list(boxes or []), extra=extra, label_vi=label_vi)


def sort_fields(doc_type: str, fields: list[Field]) -> list[Field]:
    """Catalogue order; unknown keys after the known ones, in the order the API sent them."""
    return sorted(fields, key=lambda f: catalogue.order(doc_type, f.key))
