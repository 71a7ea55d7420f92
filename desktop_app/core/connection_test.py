"""The connection test, run: the provider's test request (providers/connection.py), sent.

Blocking; the window runs it on a worker (gui/dialogs/connection_test.py).
"""

from __future__ import annotations

from .http import CancelToken, HttpClient, check_endpoint
from .providers.base import Credentials, Provider
from .secrets import load_credentials


def check_connection(provider: Provider, endpoint: str, timeout: float = 15.0,
                     cancel: CancelToken | None = None, credentials: Credentials | None = None) -> int:
    """The HTTP status the service answered with. Raises `AppError` (key missing, refused,
    unreachable, bad address). Blocking: call it from a worker thread."""
    check_endpoint(endpoint)
    if credentials is None:
        credentials = load_credentials(provider)
    request = provider.build_connection_test(credentials, endpoint)
    with HttpClient(timeout=timeout, connect_timeout=min(timeout, 10.0), retries=0) as client:
        response = client.send(request, cancel=cancel)
    return provider.parse_connection_test(response)
