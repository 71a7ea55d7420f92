"""The provider registry: one module per API, each exposing `PROVIDER`.

The core knows the real APIs only. A front end registers the others with `register` (the
simulated `demo`, which runs the stand-in: desktop_app/demo.py), so the core never imports the
project's test double.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
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
}
_registered: dict[str, Callable[[], Provider]] = {}
_registered_lock = threading.Lock()


def register(provider_id: str, factory: Callable[[], Provider]) -> None:
    """Make `provider_id` known; `factory` is called when it is asked for. Registering the same id
    again replaces the factory (so a front end may register at every start)."""
    if provider_id in _MODULES:
        raise ValueError(f"{provider_id!r} is a built-in provider")
    with _registered_lock:
        _registered[provider_id] = factory


def provider_ids() -> tuple[str, ...]:
    """The built-in providers, then the registered ones, in the order they were registered."""
    with _registered_lock:
        return (*_MODULES, *_registered)


def __getattr__(name: str) -> tuple[str, ...]:
    if name == "PROVIDER_IDS":  # kept for callers: the ids known at the time it is read
        return provider_ids()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def get_provider(provider_id: str) -> Provider:
    module_name = _MODULES.get(provider_id)
    if module_name is not None:
        return import_module(f"{__name__}.{module_name}").PROVIDER
    with _registered_lock:
        factory = _registered.get(provider_id)
    if factory is None:
        raise InputError("input.provider", f"unknown provider {provider_id!r}; one of: "
                         + ", ".join(provider_ids()))
    return factory()


def all_providers() -> list[Provider]:
    return [get_provider(pid) for pid in provider_ids()]
