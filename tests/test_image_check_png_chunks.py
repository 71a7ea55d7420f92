"""A PNG's eXIf chunk is found by walking its chunks, not by searching its bytes (issue 12): an
orientation after the pixels still turns the image; the name inside other data decodes nothing."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image, PngImagePlugin

from desktop_app.core.errors import InputError
from desktop_app.core.image_check import png_has_chunk
from desktop_app.core.imageprep import prepare


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png(size=(800, 600), after_pixels: bytes = b"", text: str | None = None) -> bytes:
    """An RGB PNG (red left half), with `after_pixels` (whole chunks) put before its IEND."""
    image = Image.new("RGB", size, (0, 0, 255))
    image.paste((255, 0, 0), (0, 0, size[0] // 2, size[1]))
    info = None
    if text is not None:
        info = PngImagePlugin.PngInfo()
        info.add_text("Comment", text)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", pnginfo=info)
    data = buffer.getvalue()
    iend = data.rindex(b"IEND") - 4
    return data[:iend] + after_pixels + data[iend:]


def _exif(orientation: int) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = orientation
    return exif.tobytes()


def test_the_walk_finds_a_chunk_and_not_a_name_inside_data():
    plain = _png()
    assert not png_has_chunk(plain, b"eXIf") and png_has_chunk(plain, b"IDAT")
    assert png_has_chunk(_png(after_pixels=_chunk(b"eXIf", _exif(6))), b"eXIf")
    named = _png(text="a note that says eXIf")
    assert b"eXIf" in named and not png_has_chunk(named, b"eXIf")


def test_a_file_whose_chunks_do_not_reach_iend_is_searched_whole():
    named = _png(text="a note that says eXIf")
    cut = named[: named.index(b"IDAT") + 100]
    assert png_has_chunk(cut, b"eXIf") and not png_has_chunk(_png()[:5000], b"eXIf")
    after_end = _png() + b"eXIf trailer"
    assert png_has_chunk(after_end, b"eXIf")


def test_an_orientation_after_the_pixels_still_turns_the_image(tmp_path):
    path = tmp_path / "turned.png"
    path.write_bytes(_png(after_pixels=_chunk(b"eXIf", _exif(6))))
    prepared = prepare(path)
    assert prepared.rotation == 90 and prepared.mime == "image/jpeg"
    assert (prepared.original_width, prepared.original_height) == (600, 800)


def test_the_name_in_a_text_chunk_is_sent_as_is_without_a_decode(tmp_path, monkeypatch):
    path = tmp_path / "note.png"
    path.write_bytes(_png(text="a note that says eXIf"))
    loads: list[object] = []
    original = PngImagePlugin.PngImageFile.load

    def counting(self):
        loads.append(self)
        return original(self)

    monkeypatch.setattr(PngImagePlugin.PngImageFile, "load", counting)
    prepared = prepare(path)
    assert prepared.data == path.read_bytes() and prepared.mime == "image/png"
    assert loads == []  # checked chunk by chunk (verify), never decoded


@pytest.mark.parametrize("where", ["idat", "crc"])
def test_a_damaged_png_with_the_name_inside_is_still_damaged(tmp_path, where):
    data = bytearray(_png(text="a note that says eXIf"))
    idat = data.index(b"IDAT")
    length = int.from_bytes(data[idat - 4:idat], "big")
    data[idat + 40 if where == "idat" else idat + 4 + length + 3] ^= 0xFF  # pixels, or their CRC
    path = tmp_path / "damaged.png"
    path.write_bytes(bytes(data))
    with pytest.raises(InputError) as info:
        prepare(path)
    assert info.value.code == "input.damaged"
