"""Long-lived objects kept out of the cyclic garbage collector's scans (`gc.freeze`).

Every full collection walks every container object alive; in the window that is its modules,
classes, widgets' wrappers and the open document (tens of thousands), walked again in each full
collection while the collector holds the GIL the GUI thread waits for (issue 12: stalls). Objects
made at start live as long as the process, so once the window has started (`settle`, after its
first paint) and once the command line's imports are done (`freeze`), they are moved to the
collector's permanent generation, as the Python documentation suggests for long-lived objects:
later collections only walk what was made since.

Python has one permanent generation: `gc.unfreeze` gives back everything, the start's objects
too. `thaw` (the queue let go of its documents) therefore collects and freezes again at once, so
the start's objects stay out of later scans. Qt-free; any thread.
"""

from __future__ import annotations

import gc


def freeze() -> None:
    """Everything alive now is long-lived: later collections do not walk it (no collection: the
    command line's short process does not pay for one)."""
    gc.freeze()


def settle() -> None:
    """The garbage of the start collected, then what is left frozen (`freeze`); the collector runs
    from now on (the front door paused it: entry.py; the window's start keeps it paused until its
    first paint has been shown)."""
    gc.collect()
    gc.freeze()
    gc.enable()


def thaw() -> None:
    """Cyclic garbage frozen earlier may be collected now: everything goes back to the collector,
    what is garbage is collected, and what is still alive (the window's own objects) is frozen
    again: one full collection now instead of one in every later full collection."""
    gc.unfreeze()
    settle()
