"""AIGEN vehicle registration book v2: the paged AIGEN answer (see aigen_pages)."""

from __future__ import annotations

from . import TITLES
from .aigen_common import AigenProvider

PROVIDER = AigenProvider(
    id="aigen-vehicle-book-v2",
    title_en=TITLES["aigen-vehicle-book-v2"][0],
    title_th=TITLES["aigen-vehicle-book-v2"][1],
    doc_type="vehicle_book",
    default_endpoint="https://apis.aigen.online/aiscript/vehicle-registration-book/v2",
)
