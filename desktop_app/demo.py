"""The demo provider, made known to the core by the front ends (the command line, the window).

The demo is a SIMULATION: it runs the loopback stand-in in this process (standin/demo_provider.py).
The core's provider registry knows only the real APIs; registering the demo from out here keeps
the product core free of its test double (tests/test_architecture.py). Registering costs nothing:
the stand-in is imported the first time the demo is asked for.
"""

from __future__ import annotations

from .core import providers
from .core.providers.base import Provider

DEMO = "demo"


def _demo_provider() -> Provider:
    from .standin.demo_provider import PROVIDER

    return PROVIDER


def register_demo() -> None:
    """Make `demo` a provider id (idempotent)."""
    providers.register(DEMO, _demo_provider)
