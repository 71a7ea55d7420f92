"""The loopback stand-in of the five OCR APIs (a SIMULATION; also used by the `demo` provider).

No Qt here: it runs in tests, in the CLI and inside the demo provider.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .http_plumbing import SIMULATION_HEADER, RecordedRequest
    from .samples import Sample, load_samples, recognise, recognise_bytes
    from .scenarios import SCENARIOS
    from .server import PATHS, StandIn

# Each name is imported when first read: the window lists the demo (standin/demo_provider.py) at
# start without loading the HTTP server and the samples (issue 12: start to mapped window).
_EXPORTS = {"SIMULATION_HEADER": "http_plumbing", "RecordedRequest": "http_plumbing", "Sample": "samples",
            "load_samples": "samples", "recognise": "samples", "recognise_bytes": "samples",
            "SCENARIOS": "scenarios", "PATHS": "server", "StandIn": "server"}

__all__ = ["PATHS", "SCENARIOS", "SIMULATION_HEADER", "RecordedRequest", "Sample", "StandIn", "load_samples",
           "recognise", "recognise_bytes"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
