"""One image decoded at a time in this process, however many requests are in flight.

Decoding is where the memory goes: a 196-megapixel scan is about 600 MB as RGB pixels while it
is checked, turned and shrunk; what is kept afterwards (the upload) is at most ~10 MB. A batch
with `--jobs 8` used to decode eight such scans at once (7 GB). Requests still overlap (the
network is the slow part); only the decoding waits its turn, so a batch's memory stays that of
one decode whatever the scans' size and the number of jobs.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

_GATE = threading.Lock()


@contextmanager
def decoding() -> Iterator[None]:
    """Hold while decoding and preparing one source (core/imageprep.py)."""
    with _GATE:
        yield
