"""A `Document` from the review file's structure (reviewfile.py reads it; docs/review-file.md).

Strict about what the version requires, tolerant of keys it does not know. Every miss is a
`FileFormatError("file.unreadable")`; a version above this program's is `"file.newer"`.
"""

from __future__ import annotations

import os
from pathlib import PurePosixPath
from typing import Any

from . import signoff
from .catalogue import add_vietnamese_labels
from .errors import FileFormatError
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
from .reviewfile_encode import FORMAT, VERSION

READS = (1, 2)  # versions this reader opens


class _Bad(Exception):
    """Internal: where the file stops being a version 1 review file."""


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
