"""How a command that asked for it leaves: without the interpreter's teardown (entry.py).

The teardown frees every object and module one by one only for the process to end: 45 M of
`desktop-app ocr`'s ~1,000 M instructions (issue 12). A command asks with `without_teardown` once
its work is done (one document's `ocr`: cli_ocr.py); the front door then calls `leave`, which does
first everything Python's own exit does that matters. Its own module: the front door and the
commands both use it, and neither imports the other's (no import cycle).
"""

from __future__ import annotations

import sys

_asked = False


def without_teardown() -> None:
    """The command's work is done once `main` returns: the process may end without the teardown."""
    global _asked
    _asked = True


def reset() -> None:
    """Forget an earlier request (a test may have run a command in this process before)."""
    global _asked
    _asked = False


def asked() -> bool:
    return _asked


def leave(status: int) -> None:
    """End the process as Python's exit would, less its teardown: the threads that are not
    daemons joined, the atexit handlers run (logging's flush, coverage...), stdout and stderr
    flushed. Returns when the exit must be Python's own: a flush failed (Python's exit then says
    so and ends with 120), a profiler or a debugger is on, a thread pool's hook is pending."""
    import atexit
    import os
    import threading

    if "concurrent.futures.thread" in sys.modules:  # its workers are joined by the teardown's hook
        return
    if sys.getprofile() is not None or sys.gettrace() is not None:  # a profiler or debugger writes
        return  # its results after the program returns (python -m cProfile)
    current = threading.current_thread()
    for thread in threading.enumerate():
        if thread is not current and not thread.daemon:
            thread.join()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            try:
                stream.flush()
            except Exception:  # noqa: BLE001 - Python's exit reports it, with its own status
                return
    os._exit(status)
