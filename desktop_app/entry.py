"""The program's one front door: the `desktop-app` command, `python -m desktop_app` and the bundle's
launcher all start here, so each starts alike.

The imports below make objects that live as long as the process: the cyclic collector's passes
over them were ~4% of `desktop-app ocr` (issue 12). `cli.main` turns it back on for anything but
one document's `ocr` (cli_ocr.run_ocr_command).

A command that asked for it (`leave_without_teardown`: one document's `ocr`) ends without the
interpreter's teardown, which frees every object and module one by one only for the process to
end: 45 M of its ~1,000 M instructions (issue 12). Everything Python's own exit does that matters
is done first (`_leave`).
"""

from __future__ import annotations

import gc
import sys

_leave_asked = False


def leave_without_teardown() -> None:
    """The command's work is done once `main` returns: the process may end without the teardown."""
    global _leave_asked
    _leave_asked = True


def run() -> int:
    global _leave_asked
    gc.disable()
    from .cli import main

    _leave_asked = False  # asked by this run's command only (a test may have run one before)
    status = main()
    if _leave_asked:
        _leave(status)  # returns only when the exit must be Python's own
    return status


def _leave(status: int) -> None:
    """End the process as Python's exit would, less its teardown: the threads that are not
    daemons joined, the atexit handlers run (logging's flush, coverage...), stdout and stderr
    flushed. A flush that fails returns: Python's exit then says so and ends with 120."""
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
