"""The provider contract: one module per API, the same lifecycle for each.

    request = provider.build_request(images, options, credentials, endpoint)   # prepare
    response = http_client.send(request, cancel)                               # send
    result = provider.parse(response, images)                                  # parse

The connection test has the same lifecycle (providers/connection.py): `build_connection_test`
-> `send` -> `parse_connection_test`, which returns the HTTP status or raises the refusal.

`parse` never raises anything but `AppError` subclasses: an HTML page, truncated JSON or a
wrong type becomes a `ResponseError`, a documented failure an `ApiError`. A partly failed
answer (AIGEN 206, `{}` pages) is not an exception: it is a `ParseResult` with `errors`.
"""

from __future__ import annotations

import binascii
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..model import Page, PageError
from ..prepared import PreparedImage


@dataclass(frozen=True)
class OptionSpec:
    """One option a provider takes: its name, kind, default and labels."""

    name: str
    kind: str  # "bool", "str", "list" (comma-separated on the command line), "choice"
    default: Any
    label_en: str
    label_th: str
    choices: tuple[str, ...] = ()


@dataclass
class Credentials:
    """API secrets. `repr()` never shows them."""

    values: dict[str, str] = field(default_factory=dict)  # e.g. {"aigen_key": ...}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def __repr__(self) -> str:
        return f"Credentials({sorted(self.values)})"


@dataclass
class HttpRequest:
    """An HTTP request a provider built, to be sent by the core's client."""

    method: str
    url: str
    headers: dict[str, str] = field(default_factory=dict)
    params: dict[str, str] = field(default_factory=dict)
    json: Any = None
    files: dict[str, tuple[str, bytes, str]] | None = None  # multipart: name -> (filename, data, mime)
    auth: tuple[str, str] | None = None  # HTTP Basic
    body: bytes | None = None  # `json` as requests would write it (`base64_json`), sent in its place

    def __repr__(self) -> str:  # never print the body (images) or the secrets
        return f"HttpRequest({self.method} {self.url})"


def base64_json(images: Mapping[str, bytes], rest: Mapping[str, Any]) -> tuple[dict[str, Any], bytes | None]:
    """The JSON object `{name: base64 of data, ...}` followed by `rest`, and the body `requests`
    would make of it for `json=` (`json.dumps(value, allow_nan=False)` in UTF-8), byte for byte,
    with the base64 copied in as it is: json.dumps escaping it character by character cost twice
    the encoding itself, and each of its copies of the image was a megabyte more (issue 12). The
    body is None when json.dumps refuses `rest` (requests then says so, as it always did)."""
    encoded = {name: binascii.b2a_base64(data, newline=False) for name, data in images.items()}
    value: dict[str, Any] = {name: text.decode("ascii") for name, text in encoded.items()}
    value.update(rest)
    if not all(isinstance(key, str) for key in value):
        return value, None
    parts: list[bytes] = []
    try:
        for key, item in value.items():
            parts += (b", " if parts else b"{", json.dumps(key).encode("utf-8"), b": ")
            if key in encoded and key not in rest:  # base64's alphabet (A-Z a-z 0-9 + / =): no escape
                parts += (b'"', encoded[key], b'"')
            else:
                parts.append(json.dumps(item, allow_nan=False).encode("utf-8"))
    except (TypeError, ValueError, RecursionError):
        return value, None
    parts.append(b"}" if parts else b"{}")
    return value, b"".join(parts)


@dataclass
class HttpResponse:
    """An HTTP answer as the core's client received it."""

    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    elapsed: float = 0.0

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


@dataclass
class ParseResult:
    """A provider's reading of an answer: the pages and their errors."""

    pages: list[Page]
    errors: list[PageError] = field(default_factory=list)
    doc_type: str | None = None  # set when the provider learns it from the answer (demo)

    @property
    def partial(self) -> bool:
        return bool(self.errors) and any(p.fields for p in self.pages)


class Provider(Protocol):
    id: str
    vendor: str  # "aigen" or "cvvn": whose credentials it uses
    title_en: str
    title_th: str
    doc_type: str  # catalogue key: "vehicle_book", "thai_id_card", "passport", "vn_vehicle_registration"
    credential_names: tuple[str, ...]  # ("aigen_key",) or ("cvvn_key", "cvvn_secret")
    options: tuple[OptionSpec, ...]
    image_count: int  # images per document: 1, or 2 for front + back
    accepts_pdf: bool
    simulated: bool  # True only for the demo provider

    @property
    def default_endpoint(self) -> str:  # read-only: the demo's is its stand-in's address, known late
        ...

    def build_request(self, images: list[PreparedImage], options: dict[str, Any],
                      credentials: Credentials, endpoint: str) -> HttpRequest: ...

    def parse(self, response: HttpResponse, images: list[PreparedImage]) -> ParseResult: ...

    def build_connection_test(self, credentials: Credentials, endpoint: str) -> HttpRequest: ...

    def parse_connection_test(self, response: HttpResponse) -> int: ...
