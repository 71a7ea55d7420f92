"""The window's window (scripts/arrange_gui.py)."""
