"""The window: a thin Qt layer over the core (no parsing, HTTP or file-format logic here)."""

from ..demo import register_demo

register_demo()  # the window offers the simulated demo: registered by the front end, not the core
