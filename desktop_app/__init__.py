"""OCR Review Desk: send a document image to a cloud OCR API, review every field, save the result."""

__version__ = "0.1.0"
