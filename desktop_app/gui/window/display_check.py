"""Before the window starts: is there a display at all?

Without one, Qt tries its xcb plugin first and dies with "xcb-cursor0 or libxcb-cursor0 is needed
to load the Qt xcb platform plugin" (or aborts), which sends the clerk to install a library that
would not help. On Linux and the BSDs, with neither DISPLAY nor WAYLAND_DISPLAY set and no
platform chosen (QT_QPA_PLATFORM: offscreen, vnc... are fine), we say "no display is available"
instead, in English and Thai. Windows and macOS always have one.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from ...core.errors import describe

_NEEDS_A_DISPLAY = {"", "xcb", "wayland", "wayland-egl"}


def display_missing(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin", "cygwin")):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").split(":", 1)[0].strip().lower()
    if chosen not in _NEEDS_A_DISPLAY:
        return False  # offscreen, minimal, vnc, eglfs, linuxfb...: no display server needed
    return not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY")


def no_display_message() -> str:
    info = describe("display.none")
    return f"{info.en}\n{info.th}"
