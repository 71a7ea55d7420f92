"""The loopback stand-in of the five OCR APIs (a SIMULATION; also used by the `demo` provider).

No Qt here: it runs in tests, in the CLI and inside the demo provider.
"""

from __future__ import annotations

from .http_plumbing import SIMULATION_HEADER, RecordedRequest
from .samples import Sample, load_samples, recognise, recognise_bytes
from .scenarios import SCENARIOS
from .server import PATHS, StandIn

__all__ = ["PATHS", "SCENARIOS", "SIMULATION_HEADER", "RecordedRequest", "Sample", "StandIn", "load_samples",
           "recognise", "recognise_bytes"]
