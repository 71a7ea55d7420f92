"""The window's dialogs (scripts/arrange_gui.py)."""
