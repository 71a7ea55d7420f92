"""The Qt-free core. Nothing under this package may import PySide6 (tests/test_core_is_qt_free.py)."""
