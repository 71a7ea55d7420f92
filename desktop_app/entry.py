"""The program's one front door: the `desktop-app` command, `python -m desktop_app` and the bundle's
launcher all start here, so each starts alike.

The imports below make objects that live as long as the process: the cyclic collector's passes
over them were ~4% of `desktop-app ocr` (issue 12). `cli.main` turns it back on for the commands
but one document's `ocr` (cli_ocr.run_ocr_command); the window turns it on once its first paint is
shown (core/heap.py `settle`): ~75 collections were ~13 ms of its start.

A command that asked for it (one document's `ocr`) ends without the interpreter's teardown, once
everything Python's own exit does that matters is done (leaving.py).
"""

from __future__ import annotations

import gc

from . import leaving


def run() -> int:
    gc.disable()
    from .cli import main

    leaving.reset()  # asked by this run's command only
    status = main()
    if leaving.asked():
        leaving.leave(status)  # returns only when the exit must be Python's own
    return status
