"""The window: a thin Qt layer over the core (no parsing, HTTP or file-format logic here)."""
