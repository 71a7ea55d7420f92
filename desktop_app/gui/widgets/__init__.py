"""The window's widgets (scripts/arrange_gui.py)."""
