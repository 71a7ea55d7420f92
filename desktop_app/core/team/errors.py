"""Database failures as the project's errors: one sentence each (core/errors.py, `team.*` codes).

`translated()` wraps every call into the database: the SQLSTATEs the team functions raise
(sql_functions.py) and the driver's connection failures become a `TeamError` with a catalogue
code; nothing from the server reaches the clerk as a traceback.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from ..errors import AppError

# Exit statuses of `desktop-app team ...`: 2 for what the clerk must change (claim lost, file not
# signed off, wrong file, rights), 3 for the database or the network.
EXIT_STATUS = {"team.claim_lost": 2, "team.not_signed_off": 2, "team.not_queued": 2, "team.denied": 2,
               "team.no_decision": 2, "team.schema_missing": 2, "team.schema_old": 2,
               "team.schema_newer": 2}
SQLSTATE_CODES = {"TQ001": "team.claim_lost", "TQ002": "team.not_signed_off", "TQ003": "team.not_queued",
                  "TQ004": "team.denied", "TQ005": "team.no_decision", "42501": "team.denied",
                  "22P02": "team.not_signed_off", "3F000": "team.schema_missing",
                  "42883": "team.schema_old"}


class TeamError(AppError):
    def __init__(self, code: str, detail: str | None = None) -> None:
        super().__init__(code, detail)
        self.exit_status = EXIT_STATUS.get(code, 3)


def _detail(exc: BaseException) -> str:
    diag = getattr(exc, "diag", None)
    primary = getattr(diag, "message_primary", None) if diag is not None else None
    return (primary or str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__)[:300]


@contextlib.contextmanager
def translated() -> Iterator[None]:
    import psycopg

    try:
        yield
    except psycopg.Error as exc:
        state = getattr(exc, "sqlstate", None)
        if state in SQLSTATE_CODES:
            raise TeamError(SQLSTATE_CODES[state], _detail(exc)) from None
        if isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError):
            raise TeamError("team.connect", _detail(exc)) from None
        raise TeamError("internal", f"{type(exc).__name__}: {_detail(exc)}") from None
