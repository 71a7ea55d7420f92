"""The demo provider: simulated results on the bundled samples, offline, with no key.

It starts the loopback stand-in in this process (once, lazily) and sends the image through the
normal HTTP path to the route of the API that reads that kind of document, which it picks by
recognising the sample itself: vehicle book -> AIGEN v2, ID card -> AIGEN ID card v3 (with the
face), passport -> AIGEN passport v2 (with the face), a Vietnamese registration side -> CVVN one
side. Any other image is refused before anything is sent (`demo.not_a_sample`): the demo reads
only the bundled samples (File › Open Sample), and says so instead of pretending to look for a
vehicle book. Parsing is the delegate provider's own. Results are SIMULATED.

It lives beside the stand-in, not in the core: the core never imports its test double. The front
ends make it known to the core's registry (`desktop_app.demo.register_demo`).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ..core.errors import InputError
from ..core.prepared import PreparedImage
from ..core.providers import get_provider
from ..core.providers.base import Credentials, HttpRequest, HttpResponse, OptionSpec, ParseResult, Provider
from ..core.providers.connection import probe_request, refused_by_status

if TYPE_CHECKING:
    from .server import StandIn
# The stand-in itself (an HTTP server, the samples and their answers) is imported when the demo is
# first used, not when the window lists its services at start (issue 12: start to mapped window).

FALLBACK = "aigen-vehicle-book-v2"
DELEGATES: dict[str, str] = {
    "vehicle_book": "aigen-vehicle-book-v2",
    "thai_id_card": "aigen-idcard-v3",
    "passport": "aigen-passport-v2",
    "vn_vehicle_registration": "cvvn-vehicle-registration",
}
DELEGATE_OPTIONS: dict[str, dict[str, Any]] = {
    "aigen-idcard-v3": {"return_face": True},
    "aigen-passport-v2": {"return_face": True},
}
# Placeholder credentials for the stand-in (it checks presence only). Not secrets.
DEMO_CREDENTIALS = {"aigen_key": "simulated-demo-key", "cvvn_key": "simulated-demo-key",
                     "cvvn_secret": "simulated-demo-secret"}

_lock = threading.Lock()
_standin: StandIn | None = None


def standin() -> StandIn:
    """The process-wide stand-in, started on first use (daemon thread, thread-safe)."""
    global _standin
    with _lock:
        if _standin is None:
            from .server import StandIn

            _standin = StandIn().start()
        return _standin


def delegate_id(images: list[PreparedImage]) -> str:
    """Which API's route answers this upload, from the sample it shows."""
    if not images:
        return FALLBACK
    from .samples import recognise_bytes

    sample = recognise_bytes(images[0].data)
    if sample is None:
        return FALLBACK
    return DELEGATES.get(sample.doc_type, FALLBACK)


def route_url(endpoint: str, provider_id: str) -> str:
    from .server import PATHS

    parts = urlsplit(endpoint.strip())
    return f"{parts.scheme}://{parts.netloc}{PATHS[provider_id]}"


class DemoProvider:
    id = "demo"
    vendor = "demo"
    title_en = "Demo (simulated results)"
    title_th = "สาธิต (ผลจำลอง)"
    doc_type = "vehicle_book"  # until the answer says otherwise (ParseResult.doc_type)
    credential_names: tuple[str, ...] = ()
    options: tuple[OptionSpec, ...] = ()
    image_count = 1
    accepts_pdf = False
    simulated = True

    def __init__(self) -> None:
        self._picked: dict[tuple[str, int], str] = {}
        self._picked_lock = threading.Lock()

    @property
    def default_endpoint(self) -> str:  # type: ignore[override]
        return standin().url

    def _delegate(self, images: list[PreparedImage]) -> Provider:
        key = (images[0].sha256, len(images[0].data)) if images else ("", 0)
        with self._picked_lock:
            picked = self._picked.get(key)
        if picked is None:
            picked = delegate_id(images)
            with self._picked_lock:
                if len(self._picked) > 64:
                    self._picked.clear()
                self._picked[key] = picked
        return get_provider(picked)

    def build_request(self, images: list[PreparedImage], options: dict[str, Any], credentials: Credentials,
                      endpoint: str) -> HttpRequest:
        from .samples import recognise_bytes

        if images and recognise_bytes(images[0].data) is None:
            raise InputError("demo.not_a_sample", images[0].path.name)
        delegate = self._delegate(images)
        names = {spec.name for spec in delegate.options}
        delegate_options = {k: v for k, v in DELEGATE_OPTIONS.get(delegate.id, {}).items() if k in names}
        return delegate.build_request(images, delegate_options, Credentials(dict(DEMO_CREDENTIALS)),
                                      route_url(endpoint, delegate.id))

    def parse(self, response: HttpResponse, images: list[PreparedImage]) -> ParseResult:
        delegate = self._delegate(images)
        result = delegate.parse(response, images)
        result.doc_type = delegate.doc_type
        return result

    def build_connection_test(self, credentials: Credentials, endpoint: str) -> HttpRequest:
        """The demo needs no key: the test only shows the in-process stand-in answers."""
        return probe_request(endpoint)

    def parse_connection_test(self, response: HttpResponse) -> int:
        refused_by_status(response)
        return response.status

    def __repr__(self) -> str:
        return "DemoProvider()"


PROVIDER = DemoProvider()
