"""The window's workers (scripts/arrange_gui.py)."""
