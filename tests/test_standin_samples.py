"""The synthetic samples: valid invented numbers, boxes on the ink, truth consistent with the images."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageOps, features

from desktop_app.resources import samples_dir
from desktop_app.standin.card_rules import thai_id_valid

SAMPLES = samples_dir()
NAMES = ["vehicle_book", "vehicle_book_photo", "thai_id_card", "passport", "vn_registration_front",
         "vn_registration_back"]


def truth(name: str) -> dict:
    return json.loads((SAMPLES / f"{name}.truth.json").read_text(encoding="utf-8"))


def image_path(name: str) -> Path:
    return next(p for p in (SAMPLES / f"{name}.png", SAMPLES / f"{name}.jpg") if p.exists())


def upright(name: str) -> Image.Image:
    with Image.open(image_path(name)) as raw:
        return ImageOps.exif_transpose(raw).convert("L")


def field(name: str, key: str) -> dict:
    return next(f for f in truth(name)["fields"] if f["key"] == key)


def mrz_check(text: str) -> int:
    def value(ch: str) -> int:
        return int(ch) if ch.isdigit() else 0 if ch == "<" else ord(ch) - 55
    return sum(value(c) * (7, 3, 1)[i % 3] for i, c in enumerate(text)) % 10


def vin_check(vin: str) -> str:
    letters = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6,
                                                   7, 8, 9], strict=True))
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    total = sum((int(c) if c.isdigit() else letters[c]) * w for c, w in zip(vin, weights, strict=True)) % 11
    return "X" if total == 10 else str(total)


@pytest.mark.parametrize("name", NAMES)
def test_every_sample_has_image_and_truth_of_the_same_size(name):
    data = truth(name)
    assert data["simulated"] is True
    image = upright(name)
    assert (image.width, image.height) == (data["width"], data["height"])
    assert image_path(name).stat().st_size < 1_500_000
    assert min(image.size) >= 500
    for item in data["fields"]:
        for box in item.get("boxes") or ([item["box"]] if item["box"] else []):
            assert len(box) == 4
            assert all(0 <= x <= data["width"] and 0 <= y <= data["height"] for x, y in box)


@pytest.mark.parametrize("name", NAMES)
def test_boxes_sit_tightly_on_the_ink(name):
    """Inside every box there is text ink, and the ink reaches within a few pixels of each edge."""
    data = truth(name)
    image = upright(name)
    checked = 0
    for item in data["fields"]:
        if not item["box"] or item.get("boxes"):
            continue
        (x0, y0), _, (x1, y1), _ = item["box"]
        crop = image.crop((x0, y0, x1, y1))
        ink = crop.point(lambda v: 255 if v < 110 else 0).getbbox()
        assert ink is not None, f"{name}.{item['key']}: no ink inside its box"
        left, top, right, bottom = ink
        margins = (left, top, crop.width - right, crop.height - bottom)
        assert all(0 <= m <= 9 for m in margins), f"{name}.{item['key']}: box not tight, margins {margins}"
        checked += 1
    assert checked >= 5


def test_photo_is_stored_sideways_with_exif_orientation_6():
    with Image.open(SAMPLES / "vehicle_book_photo.jpg") as raw:
        assert raw.getexif().get(0x0112) == 6
        stored = raw.size
    data = truth("vehicle_book_photo")
    assert stored == (data["height"], data["width"])  # on disk sideways, upright in the truth


def test_thai_id_numbers_have_valid_check_digits():
    assert thai_id_valid(field("vehicle_book", "ownership_number_of_card")["value"])
    assert thai_id_valid(field("thai_id_card", "id_number")["value"])
    assert thai_id_valid(field("passport", "identification_number")["value"])
    assert not thai_id_valid("3100600445634")  # the checker itself can say no


def test_vin_is_thai_with_valid_check_digit_and_the_ocr_misreads_it():
    vin = field("vehicle_book", "car_number")["value"]
    assert re.fullmatch(r"MR[A-HJ-NPR-Z0-9]{15}", vin)
    assert vin[8] == vin_check(vin)
    assert vin_check("MR0ZZ69G503129240") == "5"  # the vendor sample's VIN, per VALIDATION.md
    read = truth("vehicle_book")["ocr"]["car_number"]
    assert "O" in read["value"] and read["confidence"] == 0.71


def test_passport_mrz_is_valid_td3_and_matches_the_visual_fields():
    line1, line2 = field("passport", "mrz_1")["value"], field("passport", "mrz_2")["value"]
    assert len(line1) == len(line2) == 44
    assert mrz_check(line2[0:9]) == int(line2[9])
    assert mrz_check(line2[13:19]) == int(line2[19])
    assert mrz_check(line2[21:27]) == int(line2[27])
    assert mrz_check(line2[28:42]) == int(line2[42])
    assert mrz_check(line2[0:10] + line2[13:20] + line2[21:43]) == int(line2[43])
    assert line2[0:9] == field("passport", "passport_number")["value"]
    birth = field("passport", "date_of_birth")["value"]  # dd/mm/yyyy
    assert line2[13:19] == birth[8:10] + birth[3:5] + birth[0:2]
    expiry = field("passport", "date_of_expiry")["value"]
    assert line2[21:27] == expiry[8:10] + expiry[3:5] + expiry[0:2]
    assert line2[20] == field("passport", "sex")["value"]
    assert line2[28:41] == field("passport", "identification_number")["value"]
    surname, given = line1[5:].split("<<", 1)
    assert surname == field("passport", "surname_en")["value"]
    assert field("passport", "title_name_en")["value"].endswith(given.strip("<"))


def test_the_ocr_block_carries_realistic_mistakes():
    book = truth("vehicle_book")["ocr"]
    assert book["province"] == {"value": "กรงเทพมหานคร", "confidence": 0.62}
    assert book["color"]["value"] != field("vehicle_book", "color")["value"]
    assert book["date_of_posession"]["value"] != field("vehicle_book", "date_of_posession")["value"]
    assert {} in book.values()
    good = [v["confidence"] for k, v in book.items() if v and "value" in v and
            v["value"] == field("vehicle_book", k)["value"]]
    assert sum(0.95 <= c <= 0.999 for c in good) >= len(good) - 3
    card = truth("thai_id_card")
    assert any(f["box"] is None for f in card["fields"])  # derived fields have no box
    assert {} in card["ocr"].values()


def test_readme_says_synthetic_and_how_to_regenerate():
    text = (SAMPLES / "README.md").read_text(encoding="utf-8").lower()
    assert "synthetic" in text and "invented" in text and "make_samples.py" in text


@pytest.mark.skipif(not features.check("raqm"), reason="the committed samples were rendered with raqm")
def test_generator_reproduces_the_committed_truth(tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    try:
        import make_samples
    finally:
        sys.path.pop(0)
    assert make_samples.main(["--out", str(tmp_path)]) == 0
    for name in NAMES:
        produced = json.loads((tmp_path / f"{name}.truth.json").read_text(encoding="utf-8"))
        assert produced == truth(name), name
