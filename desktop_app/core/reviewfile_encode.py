"""The review file's structure from a `Document` (reviewfile.py writes it; docs/review-file.md).

Source paths inside the review file's folder are stored relative to it; the endpoint is stored
without credentials; a number that JSON cannot hold (NaN, infinity) never reaches the file.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .. import __version__
from . import signoff
from .catalogue.canonical import canonical_name
from .http import SECRET_PARAMS
from .model import Document, Field, HistoryEntry, OcrRecord, Page, PageError, Polygon

FORMAT = "desktop-app/review"
VERSION = 2

_SECRET_PARAMS = SECRET_PARAMS  # stripped from the endpoint before it is stored


def clean_endpoint(url: str) -> str:
    """`url` without userinfo and without query parameters that may hold a key."""
    parts = urlsplit(url)
    netloc = parts.netloc.rpartition("@")[2]
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if k.lower() not in _SECRET_PARAMS]
    query = parts.query if len(kept) == len(pairs) else urlencode(kept)
    if netloc != parts.netloc or query != parts.query:
        url = urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    return url


def to_dict(document: Document, *, base_dir: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """The version 1 structure of `document`. With `base_dir` (the review file's folder), source
    paths inside it are stored relative to it."""
    return _structure(document, base_dir, None)


def to_json(document: Document, *, base_dir: str | os.PathLike[str] | None = None, indent: int | None = None,
            wrap: Callable[[dict[str, Any]], Any] = lambda structure: structure) -> str:
    """`json.dumps(wrap(to_dict(document, base_dir=base_dir)), ensure_ascii=False, indent=indent,
    allow_nan=False)`, the same text, with the fields encoded one at a time: the whole structure
    of a big review (ten thousand lists and dicts) lived while it was written, long enough for the
    garbage collector to go through every object of the program, holding the window (issue 12:
    saving 500 fields with 5,000 history entries stalled it for 150 ms)."""
    import secrets  # at first use: not at the window's start (issue 12)

    token = secrets.token_hex(8)  # each page's field list is a mark no value can hold by chance
    text = json.dumps(wrap(_structure(document, base_dir, token)), ensure_ascii=False, indent=indent,
                      allow_nan=False)
    doc_type = document.doc_type

    def fields(found: re.Match[str]) -> str:
        pad = found.group(1) or ""  # indented: the newline and the spaces before each field
        joint = "," + pad if indent is not None else ", "
        return pad + joint.join(
            json.dumps(_finite(_field_to_dict(f, doc_type)), ensure_ascii=False, indent=indent,
                       allow_nan=False).replace("\n", pad)
            for f in document.pages[int(found.group(2))].fields)

    return re.sub(r'(\n *)?"\\u0000fields-' + token + r'-(\d+)\\u0000"', fields, text)


def _structure(document: Document, base_dir: str | os.PathLike[str] | None,
               mark: str | None) -> dict[str, Any]:
    """`to_dict`; with `mark`, each page's non-empty field list is a one-string list (`to_json`)."""
    doc = document
    return _finite({
        "format": FORMAT,
        "version": VERSION,
        "generator": f"desktop-app {__version__}",
        "simulated": bool(doc.simulated),
        "document": {
            "type": doc.doc_type,
            "sources": [{"path": _store_path(s.path, base_dir), "sha256": s.sha256, "width": s.width,
                         "height": s.height, "page_count": s.page_count} for s in doc.sources],
        },
        "provider": {"id": doc.provider_id, "endpoint": clean_endpoint(doc.endpoint),
                     "options": dict(doc.options)},
        "ocr": _ocr_to_dict(doc.ocr),
        "pages": [_page_to_dict(p, doc.doc_type, f"\0fields-{mark}-{n}\0" if mark else None)
                  for n, p in enumerate(doc.pages)],
        "errors": [_error_to_dict(e) for e in doc.errors],
        "review": {
            "status": str(doc.review.status),
            "reviewer": doc.review.reviewer,
            "created": doc.review.created,
            "updated": doc.review.updated,
            "seconds_spent": doc.review.seconds_spent,
            "history": [_history_to_dict(h) for h in doc.review.history],
            "signoff": signoff.to_dict(doc.review.signoff),
        },
    })


def _store_path(path: str, base_dir: str | os.PathLike[str] | None) -> str:
    if base_dir is None:
        return path
    absolute = Path(os.path.abspath(path))
    base = Path(os.path.abspath(base_dir))
    if absolute.is_relative_to(base):
        return absolute.relative_to(base).as_posix()
    return str(absolute)


def _ocr_to_dict(ocr: OcrRecord | None) -> dict[str, Any] | None:
    if ocr is None:
        return None
    return {
        "at": ocr.at,
        "http_status": ocr.http_status,
        "elapsed_seconds": ocr.elapsed_seconds,
        "from_cache": bool(ocr.from_cache),
        "sent": [{"source": s.source, "width": s.width, "height": s.height, "scale_x": s.scale_x,
                  "scale_y": s.scale_y, "rotation": s.rotation, "bytes": s.bytes, "mime": s.mime}
                 for s in ocr.sent],
        "response": ocr.response_text,
    }


def _boxes(boxes: list[Polygon]) -> list[list[list[float]]]:
    return [[[x, y] for x, y in box] for box in boxes]


def _page_to_dict(page: Page, doc_type: str, mark: str | None = None) -> dict[str, Any]:
    data = {
        "index": page.index,
        "width": page.width,
        "height": page.height,
        "source": page.source,
        "source_page": page.source_page,
        "error": _error_to_dict(page.error) if page.error is not None else None,
        "images": dict(page.images),
        "image_boxes": {name: _boxes(boxes) for name, boxes in page.image_boxes.items()},
        "extras": dict(page.extras),
        "fields": (([mark] if page.fields else []) if mark is not None
                   else [_field_to_dict(f, doc_type) for f in page.fields]),
    }
    if page.ocr is not None:  # the answer of a page re-run alone: kept verbatim like the document's
        data["ocr"] = _ocr_to_dict(page.ocr)
    return data


def _field_to_dict(f: Field, doc_type: str) -> dict[str, Any]:
    return {
        "key": f.key,
        # optional, additive: the one name downstream systems use (docs/canonical-fields.md); a
        # reader recomputes it from the catalogue, so files without it read the same
        "canonical": canonical_name(doc_type, f.key),
        "label_th": f.label_th,
        "label_en": f.label_en,
        "ocr_value": f.ocr_value,
        "value": f.value,
        "confidence": f.confidence,
        "boxes": _boxes(f.boxes),
        "state": str(f.state),
        "checks": [{"id": c.id, "severity": str(c.severity), "message_en": c.message_en,
                    "message_th": c.message_th, "suggestion": c.suggestion} for c in f.checks],
        "history": [_history_to_dict(h) for h in f.history],
        "normalized": f.normalized,
        "extra": dict(f.extra),
    }


def _history_to_dict(h: HistoryEntry) -> dict[str, Any]:
    return {"action": h.action, "old": h.old, "new": h.new, "at": h.at, "by": h.by, "note": h.note}


def _error_to_dict(e: PageError) -> dict[str, Any]:
    return {"page": e.page, "code": e.code, "message_en": e.message_en, "message_th": e.message_th,
            "retryable": bool(e.retryable), "detail": e.detail}


def _finite(value: Any) -> Any:
    """JSON has no NaN or infinity: such numbers (only ever from an API's extras) become null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value
