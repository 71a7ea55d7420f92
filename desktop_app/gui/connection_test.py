""""Test connection" in Settings, on a worker: what is sent and how the answer is read is each
provider's own (core/providers/connection.py, run by core/connection_test.py `check_connection`).
Runs on a pool thread; the relay QObject is created in the GUI thread (docs/adr/0012).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from ..core.connection_test import check_connection
from ..core.errors import AppError
from ..core.http import CancelToken
from ..core.providers.base import Credentials, Provider


class _Relay(QObject):
    done = Signal(int, int, object)  # generation, status (0 on failure), AppError or None


class ConnectionTester(QObject):
    """Create in the GUI thread. `finished(status, error)`: error is None when it worked."""

    finished = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._generation = 0
        self._token: CancelToken | None = None

    def start(self, provider: Provider, endpoint: str, timeout: float,
              credentials: Credentials | None = None) -> None:
        self.cancel()
        self._generation += 1
        generation, relay = self._generation, self._relay
        token = self._token = CancelToken()

        def task() -> None:
            try:
                status = check_connection(provider, endpoint, timeout, token, credentials)
            except AppError as exc:
                relay.done.emit(generation, 0, exc)
            except Exception as exc:  # noqa: BLE001 - reported as a sentence, never a traceback
                relay.done.emit(generation, 0, AppError("internal", type(exc).__name__))
            else:
                relay.done.emit(generation, status, None)

        self._pool.start(task)

    def cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self._token = None
        self._generation += 1

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    @Slot(int, int, object)
    def _on_done(self, generation: int, status: int, error: AppError | None) -> None:
        if generation == self._generation:
            self._token = None
            self.finished.emit(status, error)
