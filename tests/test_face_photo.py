"""The face photo of an ID card or passport answer: decoded by the core, only shown by the window."""

from __future__ import annotations

import base64
import io

import pytest
from PIL import Image

from desktop_app.core.engine import OcrJob, run_ocr
from desktop_app.core.model import Document, Page
from desktop_app.core.providers.base import Credentials
from desktop_app.core.providers.face_image import face_bytes, face_photo
from desktop_app.resources import samples_dir


def _png(width: int, height: int, color: tuple[int, int, int]) -> str:
    buffer = io.BytesIO()
    image = Image.new("RGB", (width, height), color)
    image.putpixel((0, 0), (1, 2, 3))
    image.save(buffer, "PNG")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _document(*faces: str | None) -> Document:
    pages = [Page(index=i, width=100, height=100, images={"face": face} if face is not None else {})
             for i, face in enumerate(faces)]
    return Document(doc_type="passport", sources=[], provider_id="aigen-passport-v2", endpoint="",
                    pages=pages)


def test_the_face_is_decoded_to_pixels():
    photo = face_photo(_document(_png(30, 40, (200, 10, 20))))
    assert photo is not None and (photo.width, photo.height) == (30, 40)
    assert len(photo.rgba) == 30 * 40 * 4
    assert photo.rgba[:4] == bytes((1, 2, 3, 255)) and photo.rgba[4:8] == bytes((200, 10, 20, 255))


def test_a_data_url_is_read_like_plain_base64():
    plain = _png(8, 8, (0, 0, 0))
    assert face_bytes(_document("data:image/png;base64," + plain).pages[0]) == base64.b64decode(plain)


def test_the_page_shown_comes_first_then_any_other_page():
    document = _document(_png(10, 10, (0, 0, 0)), _png(20, 20, (0, 0, 0)), None)
    assert face_photo(document, 1).width == 20
    assert face_photo(document, 0).width == 10
    assert face_photo(document, 2).width == 10  # no face on the page shown: the first one found


@pytest.mark.parametrize("face", ["", "!!!not base64!!!", base64.b64encode(b"<html>no image</html>").decode(),
                                  _png(40, 40, (0, 0, 0))[:30]])
def test_no_face_or_a_damaged_one_is_none_not_an_error(face):
    assert face_photo(_document(face)) is None
    assert face_photo(None) is None and face_photo(_document(None)) is None


def test_a_face_too_large_is_not_decoded():
    document = _document(_png(60, 50, (0, 0, 0)))
    assert face_photo(document, max_pixels=60 * 50) is not None
    assert face_photo(document, max_pixels=60 * 50 - 1) is None


def test_the_window_shows_what_the_core_decoded():
    from desktop_app.gui.widgets.face_panel import face_image

    image = face_image(_document(_png(30, 40, (200, 10, 20))))
    assert (image.width(), image.height()) == (30, 40)
    assert image.pixelColor(0, 0).getRgb() == (1, 2, 3, 255)
    assert image.pixelColor(1, 0).getRgb() == (200, 10, 20, 255)
    assert face_image(_document("garbage")).isNull()


def test_the_demo_passport_face_decodes():
    document = run_ocr(OcrJob([samples_dir() / "passport.png"], "demo"), credentials=Credentials({}))
    photo = face_photo(document)
    assert photo is not None and photo.width > 50
