""""Test connection" in Settings: can the service be reached, and does it accept the key?

It POSTs an empty JSON object (no image: there is nothing to read, so no OCR is done) to the
endpoint with the vendor's credentials attached the way its real requests carry them, and reads
only whether the key was refused: HTTP 401/403 (AIGEN) or errorCode 5/4 (Computer Vision Vietnam,
which answers 200 with an error code), or 429 (credit used up). Any other answer, typically "bad
request: no image", means the service is there and let the key through. Runs on a worker
(gui/background.py, docs/adr/0015).

This is Qt-free apart from `ConnectionTester`; `check_connection` could move into the core.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QObject, Signal

from ..core.errors import AppError
from ..core.http import CancelToken, HttpClient, check_endpoint
from ..core.providers.base import Credentials, HttpRequest, Provider
from ..core.secrets import load_credentials
from .background import Background


def check_connection(provider: Provider, endpoint: str, timeout: float = 15.0,
                     cancel: CancelToken | None = None, credentials: Credentials | None = None) -> int:
    """The HTTP status the service answered with. Raises `AppError` (key missing, refused,
    unreachable, bad address)."""
    check_endpoint(endpoint)
    if credentials is None:
        credentials = load_credentials(provider)
    headers: dict[str, str] = {}
    auth: tuple[str, str] | None = None
    if provider.vendor == "aigen" and credentials.get("aigen_key"):
        headers["x-aigen-key"] = credentials.get("aigen_key") or ""
    elif provider.vendor == "cvvn":
        auth = (credentials.get("cvvn_key") or "", credentials.get("cvvn_secret") or "")
    request = HttpRequest("POST", endpoint, headers=headers, auth=auth, json={})
    with HttpClient(timeout=timeout, connect_timeout=min(timeout, 10.0), retries=0) as client:
        response = client.send(request, cancel=cancel)
    if response.status in (401, 403, 429):
        raise AppError(f"http.{response.status}")
    if provider.vendor == "cvvn":
        try:
            code = str(json.loads(response.text).get("errorCode", ""))
        except (ValueError, AttributeError):
            code = ""
        if code in ("4", "5"):
            raise AppError(f"cvvn.{code}")
    return response.status


class ConnectionTester(QObject):
    """Create in the GUI thread. `finished(status, error)`: error is None when it worked. Runs on
    the window's background helper (gui/background.py): a newer test or `cancel()` drops the older."""

    finished = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = Background(self, threads=1, supersede=True)

    def start(self, provider: Provider, endpoint: str, timeout: float,
              credentials: Credentials | None = None) -> None:
        self._work.start(lambda job: check_connection(provider, endpoint, timeout, job.token, credentials),
                         lambda status, error: self.finished.emit(0 if error else status, error))

    def cancel(self) -> None:
        self._work.cancel()

    def wait(self, msecs: int = -1) -> bool:
        return self._work.wait(msecs)
