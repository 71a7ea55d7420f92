"""What the four AIGEN APIs share, and the provider itself (one `AigenProvider` per endpoint).

Where the parts are: `aigen_request.py` the request and its options · `aigen_errors.py` error
codes and which one the clerk is told · `aigen_boxes.py` boxes to the displayed pixel space ·
`aigen_pages.py` the paged answer (v2, ID card v3, passport v2). v1 has its own parser
(aigen_vehicle_book_v1.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import AppError, ResponseError
from ..prepared import PreparedImage
from .aigen_pages import parse_paged
from .aigen_request import KEY_NAME, aigen_connection_test, build_aigen_request
from .base import Credentials, HttpRequest, HttpResponse, OptionSpec, ParseResult
from .connection import refused_by_status


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

    def build_connection_test(self, credentials: Credentials, endpoint: str) -> HttpRequest:
        return aigen_connection_test(credentials, endpoint)

    def parse_connection_test(self, response: HttpResponse) -> int:
        refused_by_status(response)
        return response.status

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
