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

import base64
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..model import Page, PageError
from ..prepared import PreparedImage


class Base64Text(str):
    """A request's base64 text (an image): only base64's letters, so JSON writes it between quotes
    as it is; the HTTP client skips the JSON encoder's scan of it (core/http.py `json_body`)."""

    __slots__ = ()

    @classmethod
    def of(cls, data: bytes) -> Base64Text:
        return cls(base64.b64encode(data).decode("ascii"))


@dataclass(frozen=True)
class OptionSpec:
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
    method: str
    url: str
    headers: dict[str, str] = field(default_factory=dict)
    params: dict[str, str] = field(default_factory=dict)
    json: Any = None
    files: dict[str, tuple[str, bytes, str]] | None = None  # multipart: name -> (filename, data, mime)
    auth: tuple[str, str] | None = None  # HTTP Basic

    def __repr__(self) -> str:  # never print the body (images) or the secrets
        return f"HttpRequest({self.method} {self.url})"


@dataclass
class HttpResponse:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    elapsed: float = 0.0

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


@dataclass
class ParseResult:
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
