"""The provider registry: one module per API, each exposing `PROVIDER`."""

from __future__ import annotations

from importlib import import_module

from ..errors import InputError
from .base import Provider

_MODULES: dict[str, str] = {
    "aigen-vehicle-book-v1": "aigen_vehicle_book_v1",
    "aigen-vehicle-book-v2": "aigen_vehicle_book_v2",
    "aigen-idcard-v3": "aigen_idcard_v3",
    "aigen-passport-v2": "aigen_passport_v2",
    "cvvn-vehicle-registration": "cvvn_vehicle_registration",
    "cvvn-vehicle-registrations": "cvvn_vehicle_registrations",
    "demo": "demo",
}

PROVIDER_IDS: tuple[str, ...] = tuple(_MODULES)


def get_provider(provider_id: str) -> Provider:
    module_name = _MODULES.get(provider_id)
    if module_name is None:
        raise InputError("input.provider", f"unknown provider {provider_id!r}; one of: "
                         + ", ".join(PROVIDER_IDS))
    return import_module(f"{__name__}.{module_name}").PROVIDER


def all_providers() -> list[Provider]:
    return [get_provider(pid) for pid in PROVIDER_IDS]
