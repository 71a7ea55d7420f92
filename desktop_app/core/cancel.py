"""A cancel token: set from any thread (the Cancel button), checked by whoever is working (the HTTP
client between its polls, the engine between pages, a background job). Its own module: every
background job of the window has one, made before the first paint; the HTTP client's module and
what it imports wait for the first request (issue 12). Qt-free."""

from __future__ import annotations

import threading

from .errors import Cancelled


class CancelToken:
    """Set from any thread (the Cancel button); checked by whoever is working."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`; True as soon as the token is cancelled."""
        return self._event.wait(max(0.0, seconds))
