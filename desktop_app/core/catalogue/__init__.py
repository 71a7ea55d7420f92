"""Field catalogues: Thai and English labels for every key the vendor documents name.

One module per document type, each with `FIELDS`: key -> (label_th, label_en), in the order a
clerk reads the document. Keys are the APIs' real keys, typos included (`ownership_adress`).
A key not in the catalogue is still shown, under its raw key.
"""

from __future__ import annotations

from importlib import import_module

DOC_TYPES: dict[str, tuple[str, str]] = {
    "vehicle_book": ("สมุดทะเบียนรถ", "Vehicle registration book"),
    "thai_id_card": ("บัตรประจำตัวประชาชน", "Thai ID card"),
    "passport": ("หนังสือเดินทาง", "Passport"),
    "vn_vehicle_registration": ("ใบจดทะเบียนรถเวียดนาม", "Vietnamese vehicle registration"),
}


def fields(doc_type: str) -> dict[str, tuple[str, str]]:
    if doc_type not in DOC_TYPES:
        return {}
    return import_module(f"{__name__}.{doc_type}").FIELDS


def labels(doc_type: str, key: str) -> tuple[str, str]:
    """(label_th, label_en) for `key`; an unknown key is labelled with itself."""
    return fields(doc_type).get(key, (key, key))


def order(doc_type: str, key: str) -> int:
    """Sort position of `key` in the catalogue; unknown keys sort last, in arrival order."""
    keys = list(fields(doc_type))
    return keys.index(key) if key in keys else len(keys)
