"""The window's flows (scripts/arrange_gui.py)."""
