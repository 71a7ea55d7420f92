"""OCR Review Desk: send a document image to a cloud OCR API, review every field, save the result."""

import sys

__version__ = "0.1.0"

if "shibokensupport.feature" in sys.modules:  # PySide came first (a test, the start bench, an embedder)
    from ._pyside_hook import install as _quicker_imports

    _quicker_imports()  # else every module of ours imported before desktop_app.gui reads its source
