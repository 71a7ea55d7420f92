"""The loopback stand-in of the five OCR APIs (a SIMULATION; also used by the `demo` provider).

No Qt here: it runs in tests, in the CLI and inside the demo provider.
"""

from __future__ import annotations

from .samples import Sample, load_samples, recognise, recognise_bytes
from .server import PATHS, SCENARIOS, SIMULATION_HEADER, RecordedRequest, StandIn

__all__ = ["PATHS", "SCENARIOS", "SIMULATION_HEADER", "RecordedRequest", "Sample", "StandIn", "load_samples",
           "recognise", "recognise_bytes"]
