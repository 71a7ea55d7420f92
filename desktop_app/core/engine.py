"""One OCR run, start to finish, with no Qt: prepare -> send -> store verbatim -> parse -> document.

The window runs `run_ocr` on a worker thread; `desktop-app ocr` runs it directly. Both get the
same `Document`, or an `AppError` whose `exit_status` says what kind of failure it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import imageprep
from .errors import InputError
from .http import CancelToken, HttpClient, check_endpoint
from .model import Document, OcrRecord, Source
from .providers import get_provider
from .providers.base import Credentials, HttpResponse
from .secrets import load_credentials


@dataclass
class OcrJob:
    paths: list[Path]
    provider_id: str
    options: dict[str, Any] = field(default_factory=dict)
    endpoint: str | None = None  # None: the provider's default
    timeout: float = 60.0


def now_iso() -> str:
    return datetime.now(UTC).astimezone().isoformat(timespec="seconds")


def run_ocr(job: OcrJob, *, credentials: Credentials | None = None, cancel: CancelToken | None = None,
            client: HttpClient | None = None,
            on_response: Callable[[HttpResponse], None] | None = None) -> Document:
    """Run one document through one provider.

    `on_response` is called with the verbatim answer the moment it arrives, before parsing, so a
    caller can persist it (nothing the API said, and nothing paid for, is ever lost).
    Raises `InputError` (nothing sent), `NetworkError`, `ApiError`, `ResponseError`, `Cancelled`.
    A partly failed answer returns a document with `errors` set.
    """
    provider = get_provider(job.provider_id)
    if len(job.paths) != provider.image_count:
        raise InputError("input.image_count",
                         f"{provider.id} takes {provider.image_count} image(s), got {len(job.paths)}")
    endpoint = job.endpoint or provider.default_endpoint
    check_endpoint(endpoint)
    options = normalise_options(provider, job.options)
    if credentials is None:
        credentials = load_credentials(provider)
    images = [imageprep.prepare(Path(p), accepts_pdf=provider.accepts_pdf) for p in job.paths]
    if cancel is not None:
        cancel.raise_if_cancelled()
    request = provider.build_request(images, options, credentials, endpoint)
    own_client = client is None
    client = client or HttpClient(timeout=job.timeout)
    try:
        response = client.send(request, cancel=cancel)
    finally:
        if own_client:
            client.close()
    if on_response is not None:
        on_response(response)
    record = OcrRecord(at=now_iso(), http_status=response.status, response_text=response.text,
                       sent=[img.sent(i) for i, img in enumerate(images)],
                       elapsed_seconds=round(response.elapsed, 3))
    try:
        result = provider.parse(response, images)
    except Exception as exc:  # keep the verbatim answer on the error for the record
        if getattr(exc, "response_text", None) is None and hasattr(exc, "response_text"):
            exc.response_text = response.text
        raise
    sources = [Source(path=str(img.path), sha256=img.sha256, width=img.original_width,
                      height=img.original_height, page_count=len(img.pages)) for img in images]
    return Document(doc_type=result.doc_type or provider.doc_type, sources=sources, provider_id=provider.id,
                    endpoint=endpoint, options=options, pages=result.pages, errors=result.errors,
                    ocr=record, simulated=provider.simulated)


def normalise_options(provider, options: dict[str, Any]) -> dict[str, Any]:
    """Typed option values for `provider`; unknown names or bad values are an `InputError`."""
    specs = {spec.name: spec for spec in provider.options}
    typed: dict[str, Any] = {}
    for name, raw in options.items():
        spec = specs.get(name)
        if spec is None:
            raise InputError("input.option", f"{provider.id} has no option {name!r}; known: "
                             + (", ".join(specs) or "none"))
        typed[name] = _coerce(spec, raw)
    return typed


def _coerce(spec, raw: Any) -> Any:
    if spec.kind == "bool":
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in {"1", "true", "yes", "on"}:
            return True
        if text in {"0", "false", "no", "off"}:
            return False
        raise InputError("input.option", f"option {spec.name} takes true or false, not {raw!r}")
    if spec.kind == "list":
        if isinstance(raw, list | tuple):
            return [str(v) for v in raw]
        return [part.strip() for part in str(raw).split(",") if part.strip()]
    if spec.kind == "choice":
        if str(raw) not in spec.choices:
            raise InputError("input.option", f"option {spec.name} takes one of {', '.join(spec.choices)}")
        return str(raw)
    return str(raw)

