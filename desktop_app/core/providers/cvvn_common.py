"""What the two Computer Vision Vietnam (CVVN) providers share: options, the request, reading
`errorCode`, and turning one `data` entry into fields.

Answer: `{"data": [{"type": "vehicle_registration_front", "info": {...}}], "errorCode": "0",
"errorMessage": ""}`. `errorCode` is a string ("0" = success) but an int is accepted; errors come
as HTTP 200 with a non-zero code and as non-2xx. `info` is a dict (or, as the doc's prose has it,
a list of dicts, merged). Keys are lowercased; `X_confidence` attaches to `X`; `image` is the
aligned document (`get_thumb=true`). CVVN returns no boxes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..errors import ApiError, AppError, InputError, ResponseError, describe
from ..model import Field, Page, PageError
from ..prepared import PreparedImage
from ..redact import register_secret
from .base import Base64Text, Credentials, HttpRequest, HttpResponse, OptionSpec
from .common import as_text, decode_json, http_status_code, make_field, sort_fields
from .connection import probe_request, refused_by_status

VENDOR = "cvvn"
DOC_TYPE = "vn_vehicle_registration"
CREDENTIAL_NAMES: tuple[str, ...] = ("cvvn_key", "cvvn_secret")
API_BASE = "https://cloud.computervision.com.vn/api/v2/ocr"
FRONT_TYPE = "vehicle_registration_front"
BACK_TYPE = "vehicle_registration_back"
FORMATS: tuple[str, ...] = ("base64", "file")  # `url` is not offered: we send local files

OPTIONS: tuple[OptionSpec, ...] = (
    OptionSpec("format_type", "choice", "base64", "Upload format (base64 JSON or file upload)",
               "รูปแบบการส่งภาพ (base64 ใน JSON หรือแนบไฟล์)", choices=FORMATS),
    OptionSpec("get_thumb", "bool", False, "Return the aligned document image",
               "ขอภาพเอกสารที่จัดแนวแล้วกลับมาด้วย"),
)

# Keys that only the back carries: used to tell the side when `type` says nothing useful.
_BACK_ONLY = frozenset({
    "engine", "chassis", "brand", "model", "color", "capacity", "pay_load", "year_of_manufacture",
    "lie", "sit", "stand", "issued_at_code", "first_issue_date", "last_issue_date", "address_town",
    "address_district", "address_ward", "address_town_code", "address_district_code",
    "address_ward_code",
})
_FRONT_ONLY = frozenset({"id"})
_EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/tiff": ".tif", "image/webp": ".webp"}


# --- request -------------------------------------------------------------------------------------

def read_options(options: dict[str, Any]) -> tuple[str, bool]:
    """(format_type, get_thumb) from typed or raw option values; bad values are an `InputError`."""
    format_type = str(options.get("format_type", "base64")).strip().lower()
    if format_type == "url":
        raise InputError("input.option", "format_type 'url' is not offered: this program sends the "
                         "local file; choose base64 or file")
    if format_type not in FORMATS:
        raise InputError("input.option", f"format_type takes one of {', '.join(FORMATS)}")
    thumb = options.get("get_thumb", False)
    if isinstance(thumb, str) and thumb.strip().lower() in {"true", "false"}:
        thumb = thumb.strip().lower() == "true"
    if not isinstance(thumb, bool):
        raise InputError("input.option", "get_thumb takes true or false")
    return format_type, thumb


def credentials_pair(credentials: Credentials) -> tuple[str, str]:
    """(api_key, api_secret); both are required for HTTP Basic auth."""
    key = (credentials.get("cvvn_key") or "").strip()
    secret = (credentials.get("cvvn_secret") or "").strip()
    missing = [name for name, value in zip(CREDENTIAL_NAMES, (key, secret), strict=True) if not value]
    if missing:
        raise InputError("key.missing", "not set: " + ", ".join(missing))
    register_secret(key)
    register_secret(secret)
    return key, secret


def build_request(images: list[PreparedImage], options: dict[str, Any], credentials: Credentials,
                  endpoint: str, image_fields: tuple[str, ...]) -> HttpRequest:
    """POST the images under `image_fields` (`img`, or `img1` front + `img2` back)."""
    if len(images) != len(image_fields):
        raise InputError("input.image_count", f"takes {len(image_fields)} image(s), got {len(images)}")
    for image in images:
        if image.mime == "application/pdf":
            raise InputError("input.unsupported", "Computer Vision Vietnam does not take PDF files")
    format_type, thumb = read_options(options)
    auth = credentials_pair(credentials)
    params = {"format_type": format_type, "get_thumb": "true" if thumb else "false"}
    headers = {"Accept": "application/json"}
    if format_type == "base64":
        body = {name: Base64Text.of(img.data)
                for name, img in zip(image_fields, images, strict=True)}
        return HttpRequest("POST", endpoint, headers=headers, params=params, json=body, auth=auth)
    # Neutral file names: the clerk's own file names (often a person's name) are not sent.
    files = {name: (name + _EXTENSIONS.get(img.mime, ".bin"), img.data, img.mime)
             for name, img in zip(image_fields, images, strict=True)}
    return HttpRequest("POST", endpoint, headers=headers, params=params, files=files, auth=auth)


# --- answer: errors ------------------------------------------------------------------------------

def _api_code(raw: Any) -> str | None:
    """Catalogue code for an `errorCode` value; None when absent or success."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    number: int | None = None
    if isinstance(raw, bool):
        number = None
    elif isinstance(raw, int):
        number = raw
    elif isinstance(raw, float) and raw.is_integer():
        number = int(raw)
    elif isinstance(raw, str) and raw.strip().lstrip("-").isdigit() and len(raw.strip()) <= 9:
        number = int(raw.strip())
    if number == 0:
        return None
    if number is not None and 1 <= number <= 6:
        return f"cvvn.{number}"
    return "cvvn.unknown"


def shape_error(response: HttpResponse, detail: str) -> ResponseError:
    return ResponseError("resp.shape", detail, http_status=response.status, response_text=response.text)


def read_payload(response: HttpResponse) -> dict[str, Any]:
    """The decoded answer, or the error it reports (`cvvn.N`, `http.*`, `resp.*`)."""
    ok = 200 <= response.status <= 299
    if not ok and not response.body.strip():
        raise ApiError(http_status_code(response.status), f"HTTP {response.status} with an empty body",
                       http_status=response.status, response_text=response.text)
    payload = decode_json(response)  # HTML or truncated: ResponseError
    if isinstance(payload, dict):
        raw = payload.get("errorCode")
        code = _api_code(raw)
        if code == "cvvn.unknown" and not ok:
            code = http_status_code(response.status)  # e.g. 500 with errorCode "500": server trouble
        if code is not None:
            message = as_text(payload.get("errorMessage"))[:300]
            raise ApiError(code, f"HTTP {response.status}, errorCode {raw!r}: {message}",
                           http_status=response.status, response_text=response.text)
    if not ok:
        raise ApiError(http_status_code(response.status), f"HTTP {response.status}",
                       http_status=response.status, response_text=response.text)
    if not isinstance(payload, dict):
        raise shape_error(response, f"the answer is a JSON {type(payload).__name__}, not an object")
    return payload


# --- answer: entries -----------------------------------------------------------------------------

@dataclass
class Entry:
    """One element of `data`: one side of the registration."""

    type: str | None
    side: str | None  # "front", "back", or None when neither `type` nor the keys tell
    fields: list[Field]
    thumb: str | None = None
    side_inferred: bool = False
    extras: dict[str, Any] = field(default_factory=dict)


def read_entries(response: HttpResponse, payload: dict[str, Any]) -> list[Entry]:
    """Every readable entry of `data`; malformed ones are dropped. An empty list means the
    service found nothing; a `data` with nothing readable in it is a `resp.shape` error."""
    data = payload.get("data")
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise shape_error(response, "'data' is missing or not a list")
    entries = [entry for item in data if (entry := _entry(item)) is not None]
    if data and not entries:
        raise shape_error(response, "no element of 'data' has a readable 'info'")
    return entries


def _merge_info(info: Any) -> dict[Any, Any] | None:
    if isinstance(info, dict):
        return info
    if isinstance(info, list):
        parts = [part for part in info if isinstance(part, dict)]
        if not parts:
            return None
        merged: dict[Any, Any] = {}
        for part in parts:
            for key, value in part.items():
                if merged.get(key) is None:
                    merged[key] = value
        return merged
    return None


def _side_of(type_name: str | None) -> str | None:
    if not type_name:
        return None
    name = type_name.strip().lower()
    if name == FRONT_TYPE or name.endswith("_front"):
        return "front"
    if name == BACK_TYPE or name.endswith("_back"):
        return "back"
    return None


def _entry(item: Any) -> Entry | None:
    if not isinstance(item, dict):
        return None
    info = _merge_info(item.get("info"))
    if info is None:
        return None
    type_name = item.get("type") if isinstance(item.get("type"), str) else None
    values: dict[str, Any] = {}
    for raw_key, value in info.items():
        if not isinstance(raw_key, str) or not raw_key.strip():
            continue
        key = raw_key.strip().lower()
        if values.get(key) is None:
            values[key] = value
    thumb = values.pop("image", None)
    fields: list[Field] = []
    orphans: dict[str, Any] = {}
    for key, value in values.items():
        if key.endswith("_confidence") and key != "_confidence":
            if key[: -len("_confidence")] not in values:
                orphans[key] = value
            continue
        text = None if value is None or value == {} or value == [] else as_text(value)
        fields.append(make_field(DOC_TYPE, key, text, values.get(f"{key}_confidence")))
    side = _side_of(type_name)
    inferred = False
    if side is None:
        present = {f.key for f in fields if not f.missing}
        side = "back" if present & _BACK_ONLY else "front" if present & _FRONT_ONLY else None
        inferred = side is not None
    entry = Entry(type=type_name, side=side, fields=sort_fields(DOC_TYPE, fields),
                  thumb=_thumb(thumb), side_inferred=inferred)
    if orphans:
        entry.extras["confidence_without_value"] = orphans
    return entry


def _thumb(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.startswith("data:") and "," in text:  # tolerate a data: URI
        text = text.split(",", 1)[1]
    return text


# --- pages ---------------------------------------------------------------------------------------

def geometry_check(images: list[PreparedImage], count: int) -> None:
    if len(images) < count or any(not image.pages for image in images[:count]):
        raise InputError("input.image_count", f"parse needs {count} prepared image(s)")


def make_page(index: int, source: int, image: PreparedImage, entry: Entry | None) -> Page:
    """A page in the source's displayed pixel space; empty when `entry` is None."""
    geometry = image.pages[0]
    page = Page(index=index, width=geometry.display_width, height=geometry.display_height,
                source=source, source_page=0)
    if entry is None:
        return page
    page.fields = entry.fields
    if entry.thumb:
        page.images["thumb"] = entry.thumb
    page.extras["side"] = entry.side
    page.extras["type"] = entry.type
    if entry.side_inferred:
        page.extras["side_inferred"] = True
    page.extras.update(entry.extras)
    return page


def page_error(code: str, page: int, detail: str) -> PageError:
    info = describe(code)
    return PageError(code=code, message_en=info.en, message_th=info.th, retryable=info.retry,
                     page=page, detail=detail, message_vi=info.vi)


class CvvnProvider:
    """Shared attributes and `build_request`; subclasses implement `parse`."""

    vendor = VENDOR
    doc_type = DOC_TYPE
    credential_names = CREDENTIAL_NAMES
    options = OPTIONS
    accepts_pdf = False
    simulated = False
    id: str
    title_en: str
    title_th: str
    default_endpoint: str
    image_fields: tuple[str, ...]
    image_count: int

    def build_request(self, images: list[PreparedImage], options: dict[str, Any],
                      credentials: Credentials, endpoint: str) -> HttpRequest:
        return build_request(images, options, credentials, endpoint, self.image_fields)

    def build_connection_test(self, credentials: Credentials, endpoint: str) -> HttpRequest:
        """HTTP Basic as always; an empty key or secret is sent empty (and refused)."""
        return probe_request(endpoint, auth=(credentials.get("cvvn_key") or "",
                                             credentials.get("cvvn_secret") or ""))

    def parse_connection_test(self, response: HttpResponse) -> int:
        """A refusal by status, or by `errorCode` at HTTP 200: 5 (wrong key or secret), 4 (used up)."""
        refused_by_status(response)
        try:
            code = str(json.loads(response.text).get("errorCode", ""))
        except (ValueError, AttributeError):
            code = ""
        if code in ("4", "5"):
            raise AppError(f"cvvn.{code}")
        return response.status

    def __repr__(self) -> str:
        return f"<provider {self.id}>"
