"""The window: a thin Qt layer over the core (no parsing, HTTP or file-format logic here)."""

from ..demo import register_demo  # noqa: E402 - the window offers the simulated demo (desktop_app/demo.py)

register_demo()
