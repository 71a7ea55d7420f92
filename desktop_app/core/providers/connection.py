"""The connection test ("Test connection" in Settings): can the service be reached, and does it
accept the key? A provider operation with the same lifecycle as an OCR call:

    request = provider.build_connection_test(credentials, endpoint)   # prepare
    response = http_client.send(request, cancel)                      # send
    status = provider.parse_connection_test(response)                 # read: AppError if refused

The request POSTs an empty JSON object (no image: there is nothing to read, so no OCR is done) with
the vendor's credentials attached the way its real requests carry them. Only a refusal is read:
HTTP 401/403, or 429 (credit used up), plus what a vendor says in its body (Computer Vision
Vietnam answers 200 with an error code). Any other answer, typically "bad request: no image",
means the service is there and let the key through.

The whole operation (credentials, send, read) is `core/connection_test.py` `check_connection`.
"""

from __future__ import annotations

from ..errors import AppError
from .base import HttpRequest, HttpResponse

REFUSED_STATUSES = (401, 403, 429)


def probe_request(endpoint: str, headers: dict[str, str] | None = None,
                  auth: tuple[str, str] | None = None) -> HttpRequest:
    """The connection test's POST: an empty JSON object, the credentials as given."""
    return HttpRequest("POST", endpoint, headers=dict(headers or {}), auth=auth, json={})


def refused_by_status(response: HttpResponse) -> None:
    """Raise `http.401` / `http.403` / `http.429` when the status alone says the key was refused."""
    if response.status in REFUSED_STATUSES:
        raise AppError(f"http.{response.status}")
