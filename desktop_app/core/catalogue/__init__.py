"""Field catalogues: Thai, English and Vietnamese labels for every key the vendor documents name.

One module per document type, each with `FIELDS`: key -> (label_th, label_en, label_vi), in the
order a clerk reads the document. Keys are the APIs' real keys, typos included (`ownership_adress`).
A key not in the catalogue is still shown, under its raw key. The Vietnamese registration's labels
in Vietnamese are the certificate's own printed terms (Tên chủ xe, Số khung, ...).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Document

DOC_TYPES: dict[str, tuple[str, str, str]] = {
    "vehicle_book": ("สมุดทะเบียนรถ", "Vehicle registration book", "Sổ đăng ký xe (Thái Lan)"),
    "thai_id_card": ("บัตรประจำตัวประชาชน", "Thai ID card", "Thẻ căn cước Thái Lan"),
    "passport": ("หนังสือเดินทาง", "Passport", "Hộ chiếu"),
    "vn_vehicle_registration": ("ใบจดทะเบียนรถเวียดนาม", "Vietnamese vehicle registration",
                                "Giấy chứng nhận đăng ký xe (Việt Nam)"),
}
_COLUMN = {"th": 0, "en": 1, "vi": 2}


_LOADED: dict[str, dict[str, tuple[str, str, str]]] = {}  # doc type -> its module's FIELDS
_POSITION: dict[str, dict[str, int]] = {}  # doc type -> key -> its place in FIELDS


def fields(doc_type: str) -> dict[str, tuple[str, str, str]]:
    # asked for each field of each answer: import_module's lookup was most of a parse (issue 12)
    found = _LOADED.get(doc_type)
    if found is None:
        if doc_type not in DOC_TYPES:
            return {}
        found = _LOADED[doc_type] = import_module(f"{__name__}.{doc_type}").FIELDS
    return found


def labels(doc_type: str, key: str) -> tuple[str, str]:
    """(label_th, label_en) for `key`; an unknown key is labelled with itself."""
    found = fields(doc_type).get(key)
    return (found[0], found[1]) if found is not None else (key, key)


def label(doc_type: str, key: str, language: str) -> str:
    """The label of `key` in `language` (en, th, vi; others: English); an unknown key is itself."""
    found = fields(doc_type).get(key)
    return found[_COLUMN.get(language, 1)] if found is not None else key


def doc_type_name(doc_type: str, language: str) -> str:
    """The document type's name in `language`; an unknown type is its own id."""
    found = DOC_TYPES.get(doc_type)
    return found[_COLUMN.get(language, 1)] if found is not None else doc_type


def add_vietnamese_labels(document: Document) -> Document:
    """Each catalogued field of `document` gets its Vietnamese label (a review file keeps Thai and
    English only; the catalogue gives the third). Returns the same document."""
    known = fields(document.doc_type)
    for page in document.pages:
        for f in page.fields:
            entry = known.get(f.key)
            f.label_vi = entry[2] if entry is not None and f.known else ""
    return document


def order(doc_type: str, key: str) -> int:
    """Sort position of `key` in the catalogue; unknown keys sort last, in arrival order."""
    positions = _POSITION.get(doc_type)
    if positions is None:
        positions = _POSITION[doc_type] = {name: place for place, name in enumerate(fields(doc_type))}
    return positions.get(key, len(positions))
