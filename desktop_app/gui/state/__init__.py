"""The window's state (scripts/arrange_gui.py)."""
