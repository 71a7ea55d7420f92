""""Test connection" in Settings, on a worker: what is sent and how the answer is read is each
provider's own (core/providers/connection.py, run by core/connection_test.py `check_connection`).
Runs on the window's background helper (gui/workers/background.py, docs/adr/0015).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...core.connection_test import check_connection
from ...core.providers.base import Credentials, Provider
from ..workers.background import Background


class ConnectionTester(QObject):
    """Create in the GUI thread. `finished(status, error)`: error is None when it worked. Runs on
    the window's background helper (gui/workers/background.py): a newer test or `cancel()` drops the older."""

    finished = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = Background(self, threads=1, supersede=True)

    def start(self, provider: Provider, endpoint: str, timeout: float,
              credentials: Credentials | None = None) -> None:
        self._work.start(lambda job: check_connection(provider, endpoint, timeout, job.token, credentials),
                         lambda status, error: self.finished.emit(0 if error else status, error))

    def cancel(self) -> None:
        self._work.cancel()

    def wait(self, msecs: int = -1) -> bool:
        return self._work.wait(msecs)
