"""AIGEN vehicle registration book v2: the paged AIGEN answer (see aigen_pages)."""

from __future__ import annotations

from .aigen_common import AigenProvider

PROVIDER = AigenProvider(
    id="aigen-vehicle-book-v2",
    title_en="AIGEN vehicle registration book (v2)",
    title_th="AIGEN สมุดทะเบียนรถ (v2)",
    doc_type="vehicle_book",
    default_endpoint="https://apis.aigen.online/aiscript/vehicle-registration-book/v2",
)
