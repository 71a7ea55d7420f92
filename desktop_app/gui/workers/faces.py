"""The face photos of an answer decoded on a worker, for the face panel (gui/widgets/face_panel.py).

The OCR worker and the review loader call `prepare_faces` with the document before the GUI thread
gets it; the panel then only looks the image up (a PNG or JPEG decode is milliseconds, and the
window asks for the face of every page it shows). Kept by the encoded text they come from, a few
at a time: the documents a clerk goes back and forth between. Plain dict operations under the GIL:
safe from any thread; a QImage (not a QPixmap) is made, which is safe off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QImage

from ...core.model import Document, Page
from ...core.providers.face_image import FacePhoto, decode_face_bytes, face_bytes

_decoded: dict[str, QImage] = {}
KEPT = 8


def face_qimage(photo: FacePhoto | None) -> QImage:
    """The core's decoded face as a QImage that owns its pixels (a null image for None)."""
    if photo is None:
        return QImage()
    return QImage(photo.rgba, photo.width, photo.height, 4 * photo.width,
                  QImage.Format.Format_RGBA8888).copy()  # copy: the QImage must not borrow the bytes


def prepare_faces(document: Document | None) -> None:
    """Decode the face photo of every page of `document` now (on a worker)."""
    for page in document.pages if document is not None else []:
        data = page.images.get("face")
        if data and data not in _decoded:
            raw = face_bytes(page)
            image = face_qimage(decode_face_bytes(raw) if raw else None)
            while len(_decoded) >= KEPT:
                _decoded.pop(next(iter(_decoded)), None)
            _decoded[data] = image


def decoded_face(pages: Sequence[Page]) -> QImage | None:
    """The first face of `pages` that decoded, from what `prepare_faces` decoded (a null image when
    none of them has one); None when a page's face was not prepared (decode it then)."""
    faces = [data for page in pages if (data := page.images.get("face"))]
    found = [_decoded.get(data) for data in faces]
    if any(image is None for image in found):
        return None
    return next((image for image in found if image is not None and not image.isNull()), QImage())
