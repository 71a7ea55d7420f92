"""Image preparation: decode before sending, EXIF, refuse, shrink, re-encode, never touch the file."""

from __future__ import annotations

import base64
import hashlib
import io
import os
import random

import pytest
from PIL import Image

from desktop_app.core import imageprep
from desktop_app.core.errors import InputError
from desktop_app.core.imageprep import MAX_BASE64_BYTES, load_for_display, prepare


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sent(prepared) -> Image.Image:
    image = Image.open(io.BytesIO(prepared.data))
    image.load()
    return image


def _marked(width: int, height: int) -> Image.Image:
    """Grey image with a red block in the stored top-left corner."""
    image = Image.new("RGB", (width, height), (128, 128, 128))
    image.paste((255, 0, 0), (0, 0, 200, 100))
    return image


def _with_orientation(tmp_path, orientation: int) -> tuple:
    path = tmp_path / f"photo-o{orientation}.jpg"
    image = _marked(1200, 800)
    exif = Image.Exif()
    exif[0x0112] = orientation
    image.save(path, "JPEG", quality=95, exif=exif)
    return path


def _is_red(pixel) -> bool:
    r, g, b = pixel[:3]
    return r > 200 and g < 60 and b < 60


# --- EXIF ---------------------------------------------------------------------------------

def test_orientation_6_turns_clockwise(tmp_path):
    path = _with_orientation(tmp_path, 6)
    prepared = prepare(path)
    assert prepared.rotation == 90
    assert (prepared.original_width, prepared.original_height) == (800, 1200)
    geometry = prepared.pages[0]
    assert (geometry.display_width, geometry.display_height) == (800, 1200)
    assert (geometry.sent_width, geometry.sent_height) == (800, 1200)
    sent = _sent(prepared)
    assert sent.size == (800, 1200)
    # Stored top-left goes to the top-right when turned 90° clockwise.
    assert _is_red(sent.getpixel((800 - 50, 100)))
    assert not _is_red(sent.getpixel((50, 100)))
    assert sent.getexif().get(0x0112, 1) == 1  # no orientation tag left to apply twice
    assert load_for_display(path).size == (800, 1200)
    assert _is_red(load_for_display(path).getpixel((750, 100)))


def test_orientation_8_turns_counter_clockwise(tmp_path):
    path = _with_orientation(tmp_path, 8)
    prepared = prepare(path)
    assert prepared.rotation == 270
    assert (prepared.original_width, prepared.original_height) == (800, 1200)
    sent = _sent(prepared)
    # Stored top-left goes to the bottom-left when turned 90° counter-clockwise.
    assert _is_red(sent.getpixel((50, 1200 - 100)))
    assert not _is_red(sent.getpixel((800 - 50, 100)))


def test_orientation_1_jpeg_is_sent_byte_for_byte(tmp_path):
    path = _with_orientation(tmp_path, 1)
    prepared = prepare(path)
    assert prepared.data == path.read_bytes()
    assert prepared.mime == "image/jpeg" and prepared.rotation == 0
    assert prepared.sha256 == _sha(path)
    geometry = prepared.pages[0]
    assert (geometry.scale_x, geometry.scale_y) == (1.0, 1.0)


def test_rgb_png_is_sent_as_is(tmp_path):
    path = tmp_path / "scan.png"
    _marked(900, 700).save(path)
    prepared = prepare(path)
    assert prepared.mime == "image/png" and prepared.data == path.read_bytes()


# --- refuse and shrink --------------------------------------------------------------------

@pytest.mark.parametrize("size", [(400, 600), (600, 499), (100, 100)])
def test_too_small_is_refused(tmp_path, size):
    path = tmp_path / "small.jpg"
    Image.new("RGB", size, "white").save(path)
    with pytest.raises(InputError) as info:
        prepare(path)
    assert info.value.code == "input.too_small" and info.value.exit_status == 2
    assert f"{size[0]}x{size[1]}" in info.value.detail


def test_too_small_counts_after_exif(tmp_path):
    path = tmp_path / "ok.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6
    Image.new("RGB", (1000, 600), "white").save(path, exif=exif)
    assert prepare(path).original_width == 600


def test_wide_image_is_shrunk_under_10000(tmp_path):
    path = tmp_path / "wide.png"
    image = Image.new("L", (12000, 3000), 255)
    image.paste(0, (11000, 2000, 12000, 3000))  # dark block at the bottom right
    image.save(path)
    prepared = prepare(path)
    geometry = prepared.pages[0]
    assert (geometry.display_width, geometry.display_height) == (12000, 3000)
    assert (geometry.sent_width, geometry.sent_height) == (10000, 2500)
    assert geometry.scale_x == pytest.approx(10000 / 12000)
    assert geometry.scale_y == pytest.approx(2500 / 3000)
    sent = _sent(prepared)
    assert sent.size == (10000, 2500) and prepared.mime == "image/jpeg"
    # A box around the block in sent pixels maps back to where the clerk sees it.
    box = geometry.pixel_to_display([(9167, 1667), (10000, 1667), (10000, 2500), (9167, 2500)])
    assert box[0][0] == pytest.approx(11000, abs=2) and box[0][1] == pytest.approx(2000, abs=2)
    assert sent.getpixel((9600, 2100)) < 40 and sent.getpixel((5000, 1000)) > 215
    assert any("shrunk from 12000x3000" in note for note in prepared.notes)


def test_huge_noise_png_is_brought_under_the_payload_limit(tmp_path):
    path = tmp_path / "noise.png"
    rng = random.Random(7)
    Image.frombytes("RGB", (4000, 3000), rng.randbytes(4000 * 3000 * 3)).save(path, compress_level=1)
    assert os.path.getsize(path) > 10_000_000  # even as JPEG quality 90 it stays over the limit
    prepared = prepare(path)
    assert len(base64.b64encode(prepared.data)) <= MAX_BASE64_BYTES < 10 * 1024 * 1024
    sent = _sent(prepared)
    geometry = prepared.pages[0]
    assert sent.size == (geometry.sent_width, geometry.sent_height)
    assert 500 <= geometry.sent_width < 4000
    assert geometry.sent_width / geometry.sent_height == pytest.approx(4000 / 3000, rel=0.01)
    assert (geometry.display_width, geometry.display_height) == (4000, 3000)
    assert any(note.startswith("shrunk from 4000x3000") for note in prepared.notes)


def test_oversize_jpeg_that_fits_by_side_but_not_bytes(tmp_path, monkeypatch):
    path = tmp_path / "noisy.jpg"
    Image.frombytes("RGB", (2000, 1500), random.Random(3).randbytes(2000 * 1500 * 3)).save(path, quality=95)
    limit = imageprep.base64_size(path.stat().st_size) // 2
    monkeypatch.setattr(imageprep, "MAX_BASE64_BYTES", limit)
    prepared = prepare(path)
    assert prepared.data != path.read_bytes()
    assert len(base64.b64encode(prepared.data)) <= limit
    geometry = prepared.pages[0]
    assert 500 <= geometry.sent_width < 2000
    assert (geometry.display_width, geometry.display_height) == (2000, 1500)
    assert _sent(prepared).size == (geometry.sent_width, geometry.sent_height)


def test_cannot_shrink_enough_is_too_large(tmp_path):
    path = tmp_path / "strip.png"
    Image.new("L", (30000, 600), 255).save(path)  # 10000 px wide would leave 200 px high
    with pytest.raises(InputError) as info:
        prepare(path)
    assert info.value.code == "input.too_large"


def test_over_the_pixel_cap_is_too_large(tmp_path, monkeypatch):
    path = tmp_path / "big.png"
    Image.new("L", (2000, 2000), 255).save(path)
    monkeypatch.setattr(imageprep, "MAX_PIXELS", 3_000_000)
    with pytest.raises(InputError) as info:
        prepare(path)
    assert info.value.code == "input.too_large"


# --- unreadable -----------------------------------------------------------------------------

def test_missing_file(tmp_path):
    with pytest.raises(InputError) as info:
        prepare(tmp_path / "nope.jpg")
    assert info.value.code == "input.not_found"


def test_corrupt_bytes(tmp_path):
    path = tmp_path / "garbage.jpg"
    path.write_bytes(random.Random(1).randbytes(5000))
    with pytest.raises(InputError) as info:
        prepare(path)
    assert info.value.code == "input.damaged"  # called .jpg: a damaged JPEG, said so
    assert "JPEG image (.jpg)" in str(info.value) and "damaged" in str(info.value)


def test_truncated_jpeg(tmp_path):
    whole = tmp_path / "whole.jpg"
    _marked(1000, 800).save(whole, quality=90)
    data = whole.read_bytes()
    path = tmp_path / "cut.jpg"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError) as info:
        prepare(path)
    assert info.value.code == "input.damaged"


def test_text_file_renamed_jpg(tmp_path):
    path = tmp_path / "notes.jpg"
    path.write_text("This is not a picture.\n" * 100)
    with pytest.raises(InputError) as info:
        prepare(path)
    assert info.value.code == "input.format"
    assert "a text file (.jpg)" in info.value.message("en")
    assert "ไฟล์ข้อความ (.jpg)" in info.value.message("th")


def test_empty_file_and_folder(tmp_path):
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(InputError) as info:
        prepare(empty)
    assert info.value.code == "input.empty" and "empty" in str(info.value)
    with pytest.raises(InputError) as info:
        prepare(tmp_path)
    assert info.value.code == "input.unreadable"


def test_damaged_pdf_is_unreadable(tmp_path):
    path = tmp_path / "doc.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
    for accepts_pdf in (False, True):
        with pytest.raises(InputError) as info:
            prepare(path, accepts_pdf=accepts_pdf)
        assert info.value.code == "input.damaged"
        assert "PDF" in info.value.detail and "PDF document" in str(info.value)


# --- colour modes and the user's file ---------------------------------------------------------

def test_users_file_is_never_changed(tmp_path):
    path = _with_orientation(tmp_path, 6)
    before, stat = _sha(path), path.stat()
    prepared = prepare(path)
    assert _sha(path) == before == prepared.sha256
    assert path.stat().st_mtime_ns == stat.st_mtime_ns
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_cmyk_jpeg_becomes_rgb(tmp_path):
    path = tmp_path / "cmyk.jpg"
    Image.new("CMYK", (800, 600), (0, 255, 255, 0)).save(path)  # red in CMYK
    prepared = prepare(path)
    sent = _sent(prepared)
    assert prepared.mime == "image/jpeg" and sent.mode == "RGB"
    assert _is_red(sent.getpixel((400, 300)))
    assert any("CMYK" in note for note in prepared.notes)


def test_rgba_is_flattened_on_white(tmp_path):
    path = tmp_path / "alpha.png"
    image = Image.new("RGBA", (800, 600), (0, 0, 0, 0))  # fully transparent black...
    image.paste((255, 0, 0, 255), (0, 0, 100, 100))  # ...with an opaque red corner
    image.save(path)
    prepared = prepare(path)
    sent = _sent(prepared)
    assert prepared.mime == "image/jpeg" and sent.mode == "RGB"
    assert min(sent.getpixel((400, 300))) > 245  # white, not black
    assert _is_red(sent.getpixel((50, 50)))


def test_16_bit_grayscale_keeps_its_brightness(tmp_path):
    path = tmp_path / "deep.png"
    Image.new("I;16", (700, 700), 32768).save(path)
    sent = _sent(prepare(path))
    assert sent.mode == "L" and 118 <= sent.getpixel((10, 10)) <= 138


def test_palette_and_bilevel(tmp_path):
    palette = tmp_path / "pal.gif"
    Image.new("RGB", (600, 600), (0, 0, 255)).convert("P").save(palette)
    sent = _sent(prepare(palette))
    assert sent.mode == "RGB" and sent.getpixel((5, 5))[2] > 200
    bilevel = tmp_path / "fax.tif"
    Image.new("1", (1700, 2200), 1).save(bilevel, compression="group4")
    sent = _sent(prepare(bilevel))
    assert sent.mode == "L" and sent.getpixel((5, 5)) > 245


def test_multipage_tiff_is_never_cut_to_its_first_page(tmp_path):
    """To a one-image service a TIFF of several pages goes a page at a time (core/pagewise.py);
    asked for the whole file, preparing it refuses instead of dropping pages 2.. unsaid."""
    path = tmp_path / "pages.tif"
    first = Image.new("RGB", (800, 600), (255, 0, 0))
    second = Image.new("RGB", (800, 600), (0, 0, 255))
    first.save(path, save_all=True, append_images=[second])
    with pytest.raises(InputError) as info:
        prepare(path)
    assert info.value.code == "input.unsupported" and "2-page TIFF" in info.value.detail
    prepared = prepare(path, page=0)
    assert _is_red(_sent(prepared).getpixel((400, 300)))
    assert len(prepared.pages) == 1
    assert any("page 1 of 2 sent alone" in note for note in prepared.notes)


def test_sent_image_record(tmp_path):
    path = _with_orientation(tmp_path, 6)
    record = prepare(path).sent(0)
    assert (record.width, record.height, record.rotation, record.mime) == (800, 1200, 90, "image/jpeg")
    assert record.bytes > 0


def test_a_word_document_is_named(tmp_path):
    path = tmp_path / "letter.docx"
    path.write_bytes(b"PK\x03\x04" + bytes(200))
    with pytest.raises(InputError) as info:
        prepare(path)
    assert info.value.code == "input.format"
    assert "a Word document (.docx), which this program does not read" in str(info.value)
    assert "เอกสาร Word (.docx)" in info.value.message("th")


# --- a file sent as it is is still checked whole (core/image_check.py) ------------------------

def test_truncated_png_sent_as_is_is_damaged(tmp_path):
    whole = tmp_path / "whole.png"
    _marked(1000, 800).save(whole)
    data = whole.read_bytes()
    path = tmp_path / "cut.png"
    path.write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises(InputError) as info:
        prepare(path)
    assert info.value.code == "input.damaged"


def test_png_with_a_damaged_chunk_is_damaged(tmp_path):
    whole = tmp_path / "whole.png"
    _marked(1000, 800).save(whole)
    data = bytearray(whole.read_bytes())
    data[len(data) // 2] ^= 0xFF  # inside the image data: its CRC no longer matches
    path = tmp_path / "flipped.png"
    path.write_bytes(bytes(data))
    with pytest.raises(InputError) as info:
        prepare(path)
    assert info.value.code == "input.damaged"


def test_a_jpeg_with_a_trailer_after_its_end_is_still_sent_as_is(tmp_path):
    path = tmp_path / "trailer.jpg"
    _marked(1000, 800).save(path, quality=90)
    path.write_bytes(path.read_bytes() + b"camera trailer")  # no FF D9 at the end: decoded to check
    prepared = prepare(path)
    assert prepared.data == path.read_bytes() and prepared.mime == "image/jpeg"


def test_a_jpeg_cut_before_its_end_marker_is_damaged_even_with_padding(tmp_path):
    whole = tmp_path / "whole.jpg"
    _marked(1000, 800).save(whole, quality=90)
    data = whole.read_bytes()
    path = tmp_path / "cut.jpg"
    path.write_bytes(data[: len(data) - 200] + b"\x00" * 64)
    with pytest.raises(InputError) as info:
        prepare(path)
    assert info.value.code == "input.damaged"


def test_pi_heif_is_loaded_for_a_heic_only(tmp_path):
    """A PNG or a JPEG is read without importing pi-heif (and starting libheif); an iPhone photo
    still opens (issue 12: `desktop-app ocr`'s start)."""
    import subprocess
    import sys
    from pathlib import Path

    png = tmp_path / "card.png"
    _marked(800, 600).save(png)
    heic = Path(__file__).parent / "fixtures" / "images" / "thai_id_card.heic"
    code = ("import sys\nfrom desktop_app.core.imageprep import prepare\n"
            "prepare(sys.argv[1])\nprint('pi_heif' in sys.modules)\n"
            "print(prepare(sys.argv[2]).mime, 'pi_heif' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code, str(png), str(heic)], capture_output=True,
                         text=True, check=True, cwd=Path(__file__).parent.parent)
    assert out.stdout.split("\n")[:2] == ["False", "image/jpeg True"]


def test_a_png_or_a_jpeg_is_read_with_preinit_s_readers_only_and_a_tiff_still_opens(tmp_path):
    """MPO, TIFF (with ImageOps) and WebP's readers are imported for a file that is neither a PNG
    nor a JPEG by its first bytes (issue 12: `desktop-app ocr`'s start); then every format opens."""
    import subprocess
    import sys
    from pathlib import Path

    png, jpeg, tiff, webp = (tmp_path / name for name in ("a.png", "b.jpg", "c.tif", "d.webp"))
    for path in (png, jpeg, tiff, webp):
        _marked(800, 600).save(path)
    code = ("import sys\nfrom desktop_app.core.imageprep import prepare\n"
            "later = ('PIL.TiffImagePlugin', 'PIL.MpoImagePlugin', 'PIL.WebPImagePlugin')\n"
            "for path in sys.argv[1:]:\n"
            "    image = prepare(path)\n"
            "    print(image.mime, image.original_width, [m in sys.modules for m in later])\n")
    out = subprocess.run([sys.executable, "-c", code, str(png), str(jpeg), str(tiff), str(webp)],
                         capture_output=True, text=True, check=True, cwd=Path(__file__).parent.parent)
    assert out.stdout.splitlines() == ["image/png 800 [False, False, False]",
                                       "image/jpeg 800 [False, False, False]",
                                       "image/jpeg 800 [True, True, True]",
                                       "image/jpeg 800 [True, True, True]"]


def test_a_png_is_opened_by_the_png_reader_alone_and_a_jpeg_by_the_jpeg_reader(tmp_path):
    """Pillow's Image.open of a file object first imports all five of preinit()'s readers (BMP,
    GIF, JPEG, PPM, PNG; a thirtieth of `desktop-app ocr` on a PNG, issue 12): a PNG needs only
    the PNG reader, a JPEG the JPEG reader; a BMP still opens after them."""
    import subprocess
    import sys
    from pathlib import Path

    png, jpeg, bmp = (tmp_path / name for name in ("a.png", "b.jpg", "c.bmp"))
    for path in (png, jpeg, bmp):
        _marked(800, 600).save(path)
    code = ("import sys\nfrom desktop_app.core.imageprep import prepare\n"
            "readers = ('PIL.PngImagePlugin', 'PIL.JpegImagePlugin', 'PIL.BmpImagePlugin',"
            " 'PIL.GifImagePlugin')\n"
            "for path in sys.argv[1:]:\n"
            "    image = prepare(path)\n"
            "    print(image.mime, [m in sys.modules for m in readers])\n")
    out = subprocess.run([sys.executable, "-c", code, str(png), str(jpeg), str(bmp)],
                         capture_output=True, text=True, check=True, cwd=Path(__file__).parent.parent)
    assert out.stdout.splitlines() == ["image/png [True, False, False, False]",
                                       "image/jpeg [True, True, False, False]",
                                       "image/jpeg [True, True, True, True]"]
