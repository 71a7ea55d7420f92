"""The review file, version 2: the JSON a clerk saves and downstream systems trust.

Format: docs/review-file.md; JSON Schema: desktop_app/schemas/review-v2.schema.json. Version 2
adds the field state `accepted` (taken as it was by the sign-off) and `review.signoff` (what the
sign-off left open); version 1 files are still read (they have neither).
Images are referenced by path and sha256, never embedded. The API's answer is kept verbatim as a
string. Source paths are stored relative to the review file's folder when the image is in that
folder or below it, so a folder can be moved as a whole.

Reading is strict about what version 1 requires and tolerant of keys it does not know (a later
1.x writer may add some; this reader ignores them). A damaged file, a wrong `format` or a missing
part is `FileFormatError("file.unreadable")`; a `version` above 1 is `FileFormatError("file.newer")`.
Loading never writes to the file.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .. import __version__
from . import signoff
from .atomic import write_text_atomic
from .catalogue import add_vietnamese_labels
from .catalogue.canonical import canonical_name
from .errors import FileFormatError, InputError
from .files import NotRegularFile, read_regular
from .http import SECRET_PARAMS
from .model import (
    Check,
    Document,
    Field,
    FieldState,
    HistoryEntry,
    OcrRecord,
    Page,
    PageError,
    Polygon,
    ReviewInfo,
    ReviewStatus,
    SentImage,
    Severity,
    Source,
)
from .strict_json import strict_json

FORMAT = "desktop-app/review"
VERSION = 2
READS = (1, 2)  # versions this reader opens
SUFFIX = ".review.json"
SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "review-v2.schema.json"

_SECRET_PARAMS = SECRET_PARAMS  # stripped from the endpoint before it is stored


def review_path_for(image: str | os.PathLike[str]) -> Path:
    """Where the review file of `image` goes by default: `<image name>.review.json` beside it."""
    path = Path(image)
    return path.with_name(path.name + SUFFIX)


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


# --- writing ----------------------------------------------------------------------------------

def to_dict(document: Document, *, base_dir: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """The version 1 structure of `document`. With `base_dir` (the review file's folder), source
    paths inside it are stored relative to it."""
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
        "pages": [_page_to_dict(p, doc.doc_type) for p in doc.pages],
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


def dumps(document: Document, *, base_dir: str | os.PathLike[str] | None = None) -> str:
    """The review file's text: UTF-8 friendly (Thai stays Thai), indented, ending in a newline."""
    text = json.dumps(to_dict(document, base_dir=base_dir), ensure_ascii=False, indent=2,
                      allow_nan=False)
    return text + "\n"  # never masked: a data file holds no secret and is never rewritten by masking


def save(document: Document, path: str | os.PathLike[str], *, keep_clerk_work: bool = False) -> None:
    """Write the review file atomically, readable by its owner only (it holds personal data).
    With `keep_clerk_work` (a fresh OCR result), `ensure_replaceable` is checked again the
    moment before the rename: a review a clerk saved there meanwhile is never replaced."""
    target = Path(path)
    base = Path(os.path.abspath(target)).parent
    def check() -> None:
        try:
            ensure_replaceable(target, keep_clerk_work=True)
        except FileFormatError as exc:
            if exc.code != "file.reviewed":
                raise
            raise FileFormatError("file.reviewed_meanwhile", str(target)) from None

    write_text_atomic(target, dumps(document, base_dir=base), private=True,
                      before_replace=check if keep_clerk_work else None)


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


def _page_to_dict(page: Page, doc_type: str) -> dict[str, Any]:
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
        "fields": [_field_to_dict(f, doc_type) for f in page.fields],
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


# --- reading ----------------------------------------------------------------------------------

class _Bad(Exception):
    """Internal: where the file stops being a version 1 review file."""


def has_clerk_work(document: Document) -> bool:
    """True once a person has touched the review: a field changed or confirmed, or a status set."""
    return document.review.status != ReviewStatus.UNREVIEWED or any(
        page.has_review_work() for page in document.pages)


def ensure_replaceable(path: str | os.PathLike[str], *, keep_clerk_work: bool) -> None:
    """Raise `FileFormatError` unless a review file may be written at `path`: a newer or damaged
    file is never written over; with `keep_clerk_work` (a fresh OCR result, `desktop-app ocr`),
    neither is one that holds a clerk's work. Call it before anything is sent."""
    target = Path(path)
    if not target.exists() or (target.is_file() and target.stat().st_size == 0):
        return  # nothing there yet (an empty file: `--out "$(mktemp)"`)
    existing = load(target)  # FileFormatError("file.newer" / "file.unreadable"): never written over
    if keep_clerk_work and has_clerk_work(existing):
        raise FileFormatError("file.reviewed", str(target))


def load(path: str | os.PathLike[str]) -> Document:
    """Read a review file; relative source paths are resolved against its folder."""
    target = Path(path)
    try:
        raw = read_regular(target)
    except FileNotFoundError as exc:
        raise InputError("input.not_found", str(target)) from exc
    except NotRegularFile:
        raise FileFormatError("file.unreadable", f"{target} is not a regular file") from None
    except OSError as exc:
        raise FileFormatError("file.unreadable", f"{target}: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileFormatError("file.unreadable", f"{target}: not UTF-8 text") from exc
    return loads(text, base_dir=Path(os.path.abspath(target)).parent)


def loads(text: str, *, base_dir: str | os.PathLike[str] | None = None) -> Document:
    return from_dict(strict_json(text), base_dir=base_dir)  # no NaN, lone surrogate, deep nesting


def from_dict(data: Any, *, base_dir: str | os.PathLike[str] | None = None) -> Document:
    """The `Document` in a version 1 structure. With `base_dir`, relative source paths are
    resolved against it."""
    try:
        return _document(data, base_dir)
    except _Bad as exc:
        raise FileFormatError("file.unreadable", str(exc)) from None


def _document(data: Any, base_dir: str | os.PathLike[str] | None) -> Document:
    if not isinstance(data, dict):
        raise _Bad("the file is not a JSON object")
    if data.get("format") != FORMAT:
        raise _Bad(f"format is not {FORMAT!r}")
    version = _int(data, "version")
    if version > VERSION:
        raise FileFormatError("file.newer", f"version {version}; this program reads version {VERSION}")
    if version not in READS:
        raise _Bad(f"unknown version {version}")
    _str(data, "generator")
    document = _obj(data, "document")
    provider = _obj(data, "provider")
    review = _obj(data, "review")
    ocr = _opt_obj(data, "ocr")
    sources = [_source(s, base_dir) for s in _items(document, "sources", dict)]
    if not sources:
        raise _Bad("document.sources is empty")
    return add_vietnamese_labels(Document(
        doc_type=_str(document, "type"),
        sources=sources,
        provider_id=_str(provider, "id"),
        endpoint=_str(provider, "endpoint"),
        options=_obj(provider, "options"),
        pages=[_page(p) for p in _items(data, "pages", dict)],
        errors=[_error(e) for e in _items(data, "errors", dict)],
        ocr=_ocr(ocr) if ocr is not None else None,
        review=ReviewInfo(
            status=_enum(ReviewStatus, review, "status"),
            reviewer=_opt_str(review, "reviewer"),
            created=_opt_str(review, "created"),
            updated=_opt_str(review, "updated"),
            seconds_spent=_num(review, "seconds_spent"),
            history=[_history(h) for h in _items(review, "history", dict)],
            signoff=_signoff(review, version),
        ),
        simulated=_bool(data, "simulated"),
    ))


def _signoff(review: dict[str, Any], version: int):
    if version < 2:
        return None  # version 1 did not record what a sign-off left open
    try:
        return signoff.from_dict(_get(review, "signoff"))
    except ValueError as exc:
        raise _Bad(str(exc)) from None


def _source(s: dict[str, Any], base_dir: str | os.PathLike[str] | None) -> Source:
    stored = _str(s, "path")
    path = stored
    if base_dir is not None and not os.path.isabs(stored) and not PurePosixPath(stored).is_absolute():
        path = os.path.normpath(os.path.join(base_dir, *PurePosixPath(stored).parts))
    return Source(path=path, sha256=_str(s, "sha256"), width=_int(s, "width"), height=_int(s, "height"),
                  page_count=_int(s, "page_count"))


def _ocr(o: dict[str, Any]) -> OcrRecord:
    sent = [SentImage(source=_int(s, "source"), width=_int(s, "width"), height=_int(s, "height"),
                      scale_x=_num(s, "scale_x"), scale_y=_num(s, "scale_y"),
                      rotation=_int(s, "rotation"), bytes=_int(s, "bytes"), mime=_str(s, "mime"))
            for s in _items(o, "sent", dict)]
    status = _get(o, "http_status")
    if status is not None and not _is_int(status):
        raise _Bad("ocr.http_status is not a whole number")
    return OcrRecord(at=_str(o, "at"), http_status=status, response_text=_str(o, "response"), sent=sent,
                     elapsed_seconds=_opt_num(o, "elapsed_seconds"), from_cache=_bool(o, "from_cache"))


def _page(p: dict[str, Any]) -> Page:
    images = _obj(p, "images")
    if not all(isinstance(v, str) for v in images.values()):
        raise _Bad("page images must be base64 strings")
    image_boxes = {name: _polygons(boxes, f"image_boxes.{name}")
                   for name, boxes in _obj(p, "image_boxes").items()}
    error = _opt_obj(p, "error")
    ocr = p.get("ocr")  # optional: only pages re-run alone carry their own answer
    if ocr is not None and not isinstance(ocr, dict):
        raise _Bad("page ocr must be an object")
    return Page(index=_int(p, "index"), width=_int(p, "width"), height=_int(p, "height"),
                fields=[_field(f) for f in _items(p, "fields", dict)],
                error=_error(error) if error is not None else None,
                images=images, image_boxes=image_boxes, extras=_obj(p, "extras"),
                source=_int(p, "source"), source_page=_int(p, "source_page"),
                ocr=_ocr(ocr) if ocr is not None else None)


def _field(f: dict[str, Any]) -> Field:
    checks = [Check(id=_str(c, "id"), severity=_enum(Severity, c, "severity"),
                    message_en=_str(c, "message_en"), message_th=_str(c, "message_th"),
                    suggestion=_opt_str(c, "suggestion")) for c in _items(f, "checks", dict)]
    return Field(key=_str(f, "key"), label_th=_str(f, "label_th"), label_en=_str(f, "label_en"),
                 ocr_value=_opt_str(f, "ocr_value"), value=_opt_str(f, "value"),
                 confidence=_opt_num(f, "confidence"), boxes=_polygons(_get(f, "boxes"), "boxes"),
                 state=_enum(FieldState, f, "state"), checks=checks,
                 history=[_history(h) for h in _items(f, "history", dict)],
                 normalized=_opt_str(f, "normalized"), extra=_obj(f, "extra"))


def _history(h: dict[str, Any]) -> HistoryEntry:
    return HistoryEntry(action=_str(h, "action"), old=_get(h, "old"), new=_get(h, "new"), at=_str(h, "at"),
                        by=_str(h, "by"), note=_opt_str(h, "note"))


def _error(e: dict[str, Any]) -> PageError:
    page = _get(e, "page")
    if page is not None and not _is_int(page):
        raise _Bad("error.page is not a whole number")
    return PageError(code=_str(e, "code"), message_en=_str(e, "message_en"),
                     message_th=_str(e, "message_th"), retryable=_bool(e, "retryable"), page=page,
                     detail=_opt_str(e, "detail"))


def _polygons(value: Any, where: str) -> list[Polygon]:
    if not isinstance(value, list):
        raise _Bad(f"{where} is not a list")
    boxes: list[Polygon] = []
    for box in value:
        if not (isinstance(box, list) and len(box) == 4):
            raise _Bad(f"{where}: a box is not four points")
        points = []
        for point in box:
            if not (isinstance(point, list) and len(point) == 2 and all(_is_num(v) for v in point)):
                raise _Bad(f"{where}: a point is not [x, y]")
            points.append((float(point[0]), float(point[1])))
        boxes.append(tuple(points))  # type: ignore[arg-type]
    return boxes


# --- typed access: every miss is "not a version 1 review file" --------------------------------

_MISSING = object()


def _get(obj: dict[str, Any], key: str) -> Any:
    value = obj.get(key, _MISSING)
    if value is _MISSING:
        raise _Bad(f"{key!r} is missing")
    return value


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_num(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _str(obj: dict[str, Any], key: str) -> str:
    value = _get(obj, key)
    if not isinstance(value, str):
        raise _Bad(f"{key!r} is not text")
    return value


def _opt_str(obj: dict[str, Any], key: str) -> str | None:
    value = _get(obj, key)
    if value is not None and not isinstance(value, str):
        raise _Bad(f"{key!r} is not text or null")
    return value


def _int(obj: dict[str, Any], key: str) -> int:
    value = _get(obj, key)
    if not _is_int(value):
        raise _Bad(f"{key!r} is not a whole number")
    return value


def _num(obj: dict[str, Any], key: str) -> float:
    value = _get(obj, key)
    if not _is_num(value):
        raise _Bad(f"{key!r} is not a number")
    return value


def _opt_num(obj: dict[str, Any], key: str) -> float | None:
    value = _get(obj, key)
    if value is not None and not _is_num(value):
        raise _Bad(f"{key!r} is not a number or null")
    return value


def _bool(obj: dict[str, Any], key: str) -> bool:
    value = _get(obj, key)
    if not isinstance(value, bool):
        raise _Bad(f"{key!r} is not true or false")
    return value


def _obj(obj: dict[str, Any], key: str) -> dict[str, Any]:
    value = _get(obj, key)
    if not isinstance(value, dict):
        raise _Bad(f"{key!r} is not an object")
    return value


def _opt_obj(obj: dict[str, Any], key: str) -> dict[str, Any] | None:
    value = _get(obj, key)
    if value is not None and not isinstance(value, dict):
        raise _Bad(f"{key!r} is not an object or null")
    return value


def _items(obj: dict[str, Any], key: str, kind: type) -> list[Any]:
    value = _get(obj, key)
    if not isinstance(value, list) or not all(isinstance(v, kind) for v in value):
        raise _Bad(f"{key!r} is not a list of {kind.__name__}")
    return value


def _enum(kind: type, obj: dict[str, Any], key: str) -> Any:
    value = _str(obj, key)
    try:
        return kind(value)
    except ValueError:
        raise _Bad(f"{key!r} has unknown value {value!r}") from None
