"""Generate the synthetic demo samples in resources/samples/ (invented people and numbers only).

    .venv/bin/python scripts/make_samples.py [--out DIR] [--overlay DIR] [--only-pdf]

Each sample is an image plus `<name>.truth.json`: the true fields with their boxes (in the upright,
displayed pixel space, measured from the rendered ink) and the `ocr` block the stand-in answers
with (realistic misreads and confidences). The output is deterministic for a given Pillow build.

Thai needs a shaping engine: Pillow with libraqm when available, otherwise Qt (HarfBuzz) renders
the text offscreen. This is a build script, not part of the core.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont, features

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"
THAI_REGULAR = FONTS / "NotoSansThai-Regular.ttf"
THAI_BOLD = FONTS / "NotoSansThai-Bold.ttf"
LATIN_REGULAR = FONTS / "NotoSans-Regular.ttf"
LATIN_BOLD = FONTS / "NotoSans-Bold.ttf"
INK = (28, 32, 60)
LABEL = (70, 70, 90)
PAD = 4  # pixels of padding around each recorded box

Box = list[list[int]]


# --- check digits (VALIDATION.md) ---------------------------------------------------------------

def thai_id(first12: str) -> str:
    total = sum(int(d) * w for d, w in zip(first12, range(13, 1, -1), strict=True))
    return first12 + str((11 - total % 11) % 10)


def mrz_check(text: str) -> str:
    def value(ch: str) -> int:
        if ch.isdigit():
            return int(ch)
        if ch == "<":
            return 0
        return ord(ch) - ord("A") + 10
    return str(sum(value(c) * (7, 3, 1)[i % 3] for i, c in enumerate(text)) % 10)


_VIN_VALUES = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6,
                                                   7, 8, 9], strict=True))
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(without_check: str) -> str:
    """A 17-character VIN from 16 characters (position 9 left out), with its ISO 3779 check digit."""
    text = without_check[:8] + "0" + without_check[8:]
    values = [int(c) if c.isdigit() else _VIN_VALUES[c] for c in text]
    total = sum(v * w for v, w in zip(values, _VIN_WEIGHTS, strict=True))
    check = total % 11
    return text[:8] + ("X" if check == 10 else str(check)) + text[9:]


# --- text rendering -------------------------------------------------------------------------------

def _is_thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


def _runs(text: str) -> list[tuple[bool, str]]:
    runs: list[tuple[bool, str]] = []
    for ch in text:
        thai = _is_thai(ch) if ch != " " else (runs[-1][0] if runs else False)
        if runs and runs[-1][0] == thai:
            runs[-1] = (thai, runs[-1][1] + ch)
        else:
            runs.append((thai, ch))
    return runs


class PillowText:
    """Pillow + libraqm: Thai runs in Noto Sans Thai, everything else in Noto Sans."""

    def __init__(self) -> None:
        self._cache: dict[tuple[Path, int], ImageFont.FreeTypeFont] = {}

    def _font(self, path: Path, size: int) -> ImageFont.FreeTypeFont:
        key = (path, size)
        if key not in self._cache:
            self._cache[key] = ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.RAQM)
        return self._cache[key]

    def mask(self, text: str, size: int, bold: bool = False) -> tuple[Image.Image, int, int]:
        """(ink mask, x of the pen start in the mask, y of the baseline in the mask)."""
        fonts = [(self._font(THAI_BOLD if bold else THAI_REGULAR, size) if thai else
                  self._font(LATIN_BOLD if bold else LATIN_REGULAR, size), run) for thai, run in _runs(text)]
        width = int(sum(f.getlength(run) for f, run in fonts)) + 2 * size
        pen_x, baseline = size, 2 * size
        mask = Image.new("L", (width, 3 * size), 0)
        draw = ImageDraw.Draw(mask)
        x = float(pen_x)
        for font, run in fonts:
            draw.text((x, baseline), run, font=font, fill=255, anchor="ls")
            x += font.getlength(run)
        return mask, pen_x, baseline


class QtText:
    """Qt (HarfBuzz) shaping when Pillow has no libraqm: same fonts, loaded from resources/fonts."""

    def __init__(self) -> None:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QFontDatabase, QGuiApplication

        self._app = QGuiApplication.instance() or QGuiApplication([])
        self._families: dict[bool, list[str]] = {}
        for bold, paths in ((False, (THAI_REGULAR, LATIN_REGULAR)), (True, (THAI_BOLD, LATIN_BOLD))):
            names: list[str] = []
            for path in paths:
                font_id = QFontDatabase.addApplicationFont(str(path))
                names += QFontDatabase.applicationFontFamilies(font_id)
            self._families[bold] = names

    def mask(self, text: str, size: int, bold: bool = False) -> tuple[Image.Image, int, int]:
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QColor, QFont, QImage, QPainter

        font = QFont()
        font.setFamilies(self._families[bold])
        font.setPixelSize(size)
        font.setBold(bold)
        width, height = int(len(text) * size * 1.2) + 2 * size, 3 * size
        image = QImage(width, height, QImage.Format.Format_Grayscale8)
        image.fill(QColor(0, 0, 0))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(font)
        painter.setPen(QColor(255, 255, 255))
        painter.drawText(QPointF(size, 2 * size), text)
        painter.end()
        raw = bytes(image.constBits())[: image.bytesPerLine() * height]
        mask = Image.frombuffer("L", (width, height), raw, "raw", "L", image.bytesPerLine(), 1).copy()
        return mask, size, 2 * size


def text_engine() -> PillowText | QtText:
    return PillowText() if features.check("raqm") else QtText()


class Canvas:
    """An RGB page plus the fields drawn on it, each with the tight box of its ink."""

    def __init__(self, image: Image.Image, engine: PillowText | QtText) -> None:
        self.image = image
        self.engine = engine
        self.fields: list[dict] = []

    def text(self, x: float, baseline: float, text: str, size: int, *, bold: bool = False,
             color: tuple[int, int, int] = INK, center: bool = False) -> tuple[int, int, int, int]:
        """Draw `text` with its pen start (or, with `center`, its ink centre) at x; returns the ink box."""
        mask, pen_x, mask_baseline = self.engine.mask(text, size, bold)
        ink = mask.getbbox()
        if ink is None:
            raise ValueError(f"nothing rendered for {text!r}")
        left = round(x) - pen_x
        if center:
            left = round(x - (ink[0] + ink[2]) / 2)
        top = round(baseline) - mask_baseline
        self.image.paste(color, (left, top), mask)
        return left + ink[0], top + ink[1], left + ink[2], top + ink[3]

    def mono(self, x: float, baseline: float, text: str, size: int,
             pitch: float) -> tuple[int, int, int, int]:
        """Fixed-pitch text (MRZ), one character per cell."""
        boxes = [self.text(x + (i + 0.5) * pitch, baseline, ch, size, center=True)
                 for i, ch in enumerate(text) if ch != " "]
        return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
                max(b[3] for b in boxes))

    def field(self, key: str, value: str, x: float, baseline: float, size: int, *, shown: str | None = None,
              bold: bool = False, mono_pitch: float | None = None) -> tuple[int, int, int, int]:
        """Draw `shown` (default `value`) and record the field with the box of its ink."""
        drawn = shown if shown is not None else value
        if mono_pitch:
            ink = self.mono(x, baseline, drawn, size, mono_pitch)
        else:
            ink = self.text(x, baseline, drawn, size, bold=bold)
        self.fields.append({"key": key, "value": value, "box": rect_box(ink)})
        return ink

    def lines_field(self, key: str, value: str, inks: list[tuple[int, int, int, int]]) -> None:
        """A field printed over several lines: its box covers all of them."""
        self.fields.append({"key": key, "value": value, "box": rect_box((min(i[0] for i in inks),
                            min(i[1] for i in inks), max(i[2] for i in inks), max(i[3] for i in inks)))})

    def derived(self, key: str, value: str) -> None:
        """A field the API derives from others: it has no box of its own."""
        self.fields.append({"key": key, "value": value, "box": None})


def rect_box(ink: tuple[int, int, int, int]) -> Box:
    x0, y0, x1, y1 = ink[0] - PAD, ink[1] - PAD, ink[2] + PAD, ink[3] + PAD
    return [[x0, y0], [x1, y0], [x1, y1], [x0, y1]]


# --- backgrounds ---------------------------------------------------------------------------------

def paper(size: tuple[int, int], base: tuple[int, int, int], seed: int, amplitude: int = 10) -> Image.Image:
    """A light, softly mottled paper texture: low-frequency noise that compresses well."""
    rng = random.Random(seed)
    small = (max(2, size[0] // 40), max(2, size[1] // 40))
    noise = Image.frombytes("L", small, bytes(rng.randrange(256) for _ in range(small[0] * small[1])))
    noise = noise.resize(size, Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(6))
    layers = []
    for channel in base:
        layers.append(noise.point(lambda v, c=channel: max(0, min(255, c + (v - 128) * amplitude // 128))))
    image = Image.merge("RGB", layers)
    return image.quantize(colors=48, dither=Image.Dither.NONE).convert("RGB")


def guilloche(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], color: tuple[int, int, int],
              waves: int = 14) -> None:
    x0, y0, x1, y1 = box
    for k in range(waves):
        phase = k * 0.45
        points = [(x, y0 + (y1 - y0)
                   * (0.5 + 0.42 * math.sin(x / 57.0 + phase) * math.cos(x / 211.0 - phase)))
                  for x in range(x0, x1, 6)]
        draw.line(points, fill=color, width=1)


def face(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], fill: tuple[int, int, int],
         figure: tuple[int, int, int]) -> None:
    """A neutral silhouette: never anyone's likeness."""
    x0, y0, x1, y1 = box
    draw.rectangle(box, fill=fill, outline=(120, 120, 130), width=3)
    cx, w, h = (x0 + x1) / 2, x1 - x0, y1 - y0
    draw.ellipse((cx - w * 0.22, y0 + h * 0.14, cx + w * 0.22, y0 + h * 0.52), fill=figure)
    draw.pieslice((cx - w * 0.42, y0 + h * 0.56, cx + w * 0.42, y1 + h * 0.4), 180, 360, fill=figure)


# --- the documents -------------------------------------------------------------------------------

OWNER_PIN = thai_id("110170012345")
HOLDER_PIN = thai_id("370050009876")
CAR_VIN = vin("MRHFC163KP012345")  # WMI MRH (Thailand), model year K = 2019


def vehicle_book(engine: PillowText | QtText) -> tuple[Image.Image, list[dict]]:
    width, height = 1400, 2000
    canvas = Canvas(paper((width, height), (246, 242, 228), seed=11), engine)
    draw = ImageDraw.Draw(canvas.image)
    guilloche(draw, (60, 300, width - 60, 1150), (232, 224, 205), waves=10)
    draw.rectangle((50, 50, width - 50, height - 50), outline=(150, 130, 100), width=4)
    canvas.text(width / 2 - 190, 140, "รายการจดทะเบียน", 52, bold=True)
    canvas.text(width / 2 - 200, 200, "(ภาพถ่ายรายการจดทะเบียน — ตัวอย่างจำลอง)", 26, color=LABEL)
    draw.line((80, 240, width - 80, 240), fill=(150, 130, 100), width=3)

    size, label_size = 34, 26
    rows: list[list[tuple[str, str, str, int]]] = [
        [("วันจดทะเบียน", "registration_date", "15 มีนาคม 2562", 90),
         ("เลขทะเบียน", "registration_number_car", "3กข 4821", 560),
         ("จังหวัด", "province", "กรุงเทพมหานคร", 930)],
        [("ประเภท", "type", "รถยนต์นั่งส่วนบุคคลไม่เกิน 7 คน", 90), ("ลักษณะ", "characteristic", "เก๋งสองตอน", 930)],
        [("ยี่ห้อรถ", "brand_car", "HONDA", 90), ("แบบ", "model", "FC1-ABC7", 460),
         ("รุ่นปี ค.ศ.", "year_model", "2019", 930)],
        [("สี", "color", "เทา", 90), ("เลขตัวรถ", "car_number", CAR_VIN, 330)],
        [("อยู่ที่", "car_number_position", "ห้องเครื่องด้านขวา", 90),
         ("ยี่ห้อเครื่องยนต์", "brand_engine", "HONDA", 700)],
        [("เลขเครื่องยนต์", "engine_number", "L15B7-1234567", 90), ("เชื้อเพลิง", "type_fuel", "เบนซิน", 700)],
        [("จำนวนสูบ", "number_of_cylinders", "4", 90), ("ซีซี", "engine_size", "1498", 400),
         ("แรงม้า", "horsepower", "173", 700), ("จำนวนที่นั่ง", "number_of_seat", "5", 1000)],
        [("น้ำหนักรถ", "weight_car", "1310", 90), ("น้ำหนักรวม", "weight_all", "1720", 700)],
    ]
    y = 330
    for row in rows:
        for label, key, value, x in row:
            canvas.text(x, y - 44, label, label_size, color=LABEL)
            canvas.field(key, value, x + 10, y, size)
        draw.line((80, y + 22, width - 80, y + 22), fill=(215, 205, 185), width=2)
        y += 100

    y += 40
    canvas.text(90, y, "เจ้าของรถ / ผู้ถือกรรมสิทธิ์", 40, bold=True)
    draw.line((80, y + 20, width - 80, y + 20), fill=(150, 130, 100), width=3)
    y += 110
    canvas.text(90, y - 44, "ลำดับที่", label_size, color=LABEL)
    canvas.field("owner_order", "1", 100, y, size)
    canvas.text(330, y - 44, "วันที่ครอบครองรถ", label_size, color=LABEL)
    canvas.field("date_of_posession", "15 มีนาคม 2562", 340, y, size)
    y += 110
    canvas.text(90, y - 44, "ผู้ถือกรรมสิทธิ์", label_size, color=LABEL)
    canvas.field("ownership", "นายสมมุติ ใจดีเสมอ", 100, y, size)
    y += 110
    canvas.text(90, y - 44, "เลขที่บัตร", label_size, color=LABEL)
    canvas.field("ownership_number_of_card", OWNER_PIN, 100, y, size)
    canvas.text(560, y - 44, "วันเกิด", label_size, color=LABEL)
    canvas.field("ownership_birthday_date", "12 กรกฎาคม 2528", 570, y, size)
    canvas.text(1050, y - 44, "สัญชาติ", label_size, color=LABEL)
    canvas.field("ownership_nationality", "ไทย", 1060, y, size)
    y += 110
    canvas.text(90, y - 44, "ที่อยู่", label_size, color=LABEL)
    # Real place names (the address check knows them), an invented house and street.
    line1 = canvas.text(100, y, "123/45 ถนนทดสอบ แขวงคลองเตย", size)
    line2 = canvas.text(100, y + 55, "เขตคลองเตย กรุงเทพมหานคร 10110", size)
    canvas.lines_field("ownership_adress", OWNER_ADDRESS, [line1, line2])
    y += 170
    canvas.text(90, y, "นายทะเบียน ..................................................", 28, color=LABEL)
    canvas.text(90, height - 110, "SAMPLE — ข้อมูลสมมุติเพื่อการสาธิตเท่านั้น", 26, color=(170, 60, 60))
    return canvas.image, canvas.fields


OWNER_ADDRESS = "123/45 ถนนทดสอบ แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110"
VEHICLE_BOOK_OCR = {
    "province": {"value": "กรงเทพมหานคร", "confidence": 0.62},
    "color": {"value": "เกา", "confidence": 0.64},
    "car_number": {"value": CAR_VIN.replace("0", "O", 1), "confidence": 0.71},
    "date_of_posession": {"value": "15 มีนาคม 2582", "confidence": 0.66},
    "horsepower": {},
    # One digit of the postcode misread: 10170 is Taling Chan's, so the address check warns and
    # offers the consistent address (the demo's address warning with its suggestion).
    "ownership_adress": {"value": OWNER_ADDRESS.replace("10110", "10170"), "confidence": 0.9412},
    "type": {"confidence": 0.9733},
    "characteristic": {"confidence": 0.9581},
}


def id_card(engine: PillowText | QtText) -> tuple[Image.Image, list[dict]]:
    width, height = 1600, 1010
    canvas = Canvas(paper((width, height), (232, 240, 246), seed=23, amplitude=14), engine)
    draw = ImageDraw.Draw(canvas.image)
    guilloche(draw, (40, 160, width - 40, 900), (205, 222, 236), waves=16)
    draw.rounded_rectangle((12, 12, width - 12, height - 12), radius=40, outline=(120, 150, 180), width=5)
    canvas.text(320, 95, "บัตรประจำตัวประชาชน", 58, bold=True, color=(30, 60, 120))
    canvas.text(930, 90, "Thai National ID Card", 44, bold=True, color=(30, 60, 120))
    canvas.text(60, 195, "เลขประจำตัวประชาชน", 30, color=LABEL)
    canvas.text(60, 232, "Identification Number", 24, color=LABEL)
    spaced = f"{HOLDER_PIN[0]} {HOLDER_PIN[1:5]} {HOLDER_PIN[5:10]} {HOLDER_PIN[10:12]} {HOLDER_PIN[12]}"
    canvas.field("id_number", HOLDER_PIN, 420, 225, 56, shown=spaced, bold=True)
    canvas.text(60, 330, "ชื่อตัวและชื่อสกุล", 30, color=LABEL)
    canvas.field("title_name_surname_th", "นางสาว ทดลอง สาธิตงาม", 330, 333, 50, bold=True)
    canvas.text(330, 410, "Name", 28, color=LABEL)
    canvas.field("title_name_en", "Miss Thodlong", 430, 410, 42)
    canvas.text(330, 480, "Last name", 28, color=LABEL)
    canvas.field("surname_en", "Satitngam", 500, 480, 42)
    canvas.text(330, 560, "เกิดวันที่", 30, color=LABEL)
    canvas.field("dob_th", "3 พ.ย. 2535", 480, 560, 42)
    canvas.text(330, 625, "Date of Birth", 28, color=LABEL)
    canvas.field("dob_en", "3 Nov. 1992", 540, 625, 40)
    canvas.text(60, 730, "ที่อยู่", 32, color=LABEL)
    line1 = canvas.field("address_1", "88/8 หมู่ที่ 5 ต.บางกระสอ อ.เมืองนนทบุรี", 150, 730, 40)
    line2 = canvas.field("address_2", "จ.นนทบุรี", 150, 790, 40)
    full = "88/8 หมู่ที่ 5 ต.บางกระสอ อ.เมืองนนทบุรี จ.นนทบุรี"
    canvas.fields.append({"key": "address_full", "value": full, "box": rect_box(line1),
                          "boxes": [rect_box(line1), rect_box(line2)]})
    canvas.field("doi_th", "12 ม.ค. 2566", 60, 850, 36)
    canvas.text(60, 885, "วันออกบัตร", 24, color=LABEL)
    canvas.field("doi_en", "12 Jan. 2023", 60, 930, 32)
    canvas.text(60, 960, "Date of Issue", 22, color=LABEL)
    canvas.field("doe_th", "2 พ.ย. 2574", 620, 850, 36)
    canvas.text(620, 885, "วันบัตรหมดอายุ", 24, color=LABEL)
    canvas.field("doe_en", "2 Nov. 2031", 620, 930, 32)
    canvas.text(620, 960, "Date of Expiry", 22, color=LABEL)
    for key, value in (("address_house_building_number", "88/8"), ("address_street_address", "หมู่ที่ 5"),
                       ("address_sub_district", "ต.บางกระสอ"), ("address_district", "อ.เมืองนนทบุรี"),
                       ("address_province", "จ.นนทบุรี"), ("title_th", "นางสาว"), ("name_th", "ทดลอง"),
                       ("surname_th", "สาธิตงาม"), ("title_en", "Miss"), ("name_en", "Thodlong")):
        canvas.derived(key, value)
    face(draw, (1200, 520, 1530, 930), (214, 222, 232), (150, 160, 176))
    canvas.text(1200, 505, "SAMPLE / ตัวอย่าง", 26, color=(170, 60, 60))
    return canvas.image, canvas.fields


ID_CARD_OCR = {
    "surname_en": {"value": "Satitngan", "confidence": 0.74},
    "address_1": {"confidence": 0.9324},
    "religion": {},
    "address_postcode": {},
}
ID_CARD_FACE = (1200, 520, 1530, 930)

PASSPORT_NUMBER = "AC0012345"
PASSPORT_MRZ_1 = "P<THASATITNGAM<<THODLONG" + "<" * 20


def passport_mrz_2() -> str:
    number = PASSPORT_NUMBER + mrz_check(PASSPORT_NUMBER)
    birth = "921103" + mrz_check("921103")
    expiry = "330219" + mrz_check("330219")
    personal = HOLDER_PIN + "<"
    personal += mrz_check(personal)
    composite = number + birth + expiry + personal
    return number + "THA" + birth + "F" + expiry + personal + mrz_check(composite)


def passport(engine: PillowText | QtText) -> tuple[Image.Image, list[dict]]:
    width, height = 1800, 1270
    canvas = Canvas(paper((width, height), (240, 236, 246), seed=37, amplitude=12), engine)
    draw = ImageDraw.Draw(canvas.image)
    guilloche(draw, (40, 120, width - 40, 930), (222, 214, 236), waves=14)
    canvas.text(560, 80, "หนังสือเดินทาง / PASSPORT", 46, bold=True, color=(80, 40, 110))
    canvas.text(60, 80, "ราชอาณาจักรไทย KINGDOM OF THAILAND", 26, color=(80, 40, 110))
    face(draw, (70, 190, 480, 720), (222, 220, 232), (160, 156, 176))
    columns = (560, 960, 1360)

    def item(label: str, key: str, value: str, x: int, baseline: int, size: int = 36) -> None:
        canvas.text(x, baseline - 44, label, 22, color=LABEL)
        canvas.field(key, value, x, baseline, size)

    item("ประเภท / Type", "type", "P", columns[0], 200)
    item("รหัสประเทศ / Country code", "country_code", "THA", columns[1], 200)
    item("หนังสือเดินทางเลขที่ / Passport No.", "passport_number", PASSPORT_NUMBER, columns[2], 200)
    item("ชื่อสกุล / Surname", "surname_en", "SATITNGAM", columns[0], 290)
    item("ชื่อตัว / Name", "title_name_en", "MISS THODLONG", columns[0], 380)
    item("ชื่อภาษาไทย", "title_name_surname_th", "นางสาว ทดลอง สาธิตงาม", columns[0], 470)
    item("สัญชาติ / Nationality", "nationality", "THAI", columns[0], 560)
    item("วันเกิด / Date of birth", "date_of_birth", "03/11/1992", columns[1], 560)
    item("เลขประจำตัวประชาชน / Personal No.", "identification_number", HOLDER_PIN, columns[2], 560)
    item("เพศ / Sex", "sex", "F", columns[0], 650)
    item("ส่วนสูง / Height", "height", "1.62", columns[1] - 200, 650)
    item("สถานที่เกิด / Place of birth", "place_of_birth", "NONTHABURI", columns[1], 650)
    item("วันออกหนังสือ / Date of issue", "date_of_issue", "20/02/2023", columns[0], 740)
    item("วันหมดอายุ / Date of expiry", "date_of_expiry", "19/02/2033", columns[1], 740)
    item("ออกโดย / Authority", "issuing_authority", "MINISTRY OF FOREIGN AFFAIRS", columns[0], 830, 30)
    canvas.text(70, 800, "SAMPLE / ตัวอย่าง", 28, color=(170, 60, 60))
    draw.rectangle((0, 960, width, height), fill=(250, 250, 250))
    canvas.field("mrz_1", PASSPORT_MRZ_1, 70, 1080, 46, mono_pitch=37.5)
    canvas.field("mrz_2", passport_mrz_2(), 70, 1180, 46, mono_pitch=37.5)
    return canvas.image, canvas.fields


PASSPORT_OCR = {
    "type": {},
    "sex": {"confidence": 0.6543},
    "place_of_birth": {"value": "NONTHABUR1", "confidence": 0.70},
    "issuing_authority": {"value": "MINISTRYOFFOREIGNAFFAIRS", "confidence": 0.9946},
}
PASSPORT_FACE = (70, 190, 480, 720)


def vn_front(engine: PillowText | QtText) -> tuple[Image.Image, list[dict]]:
    width, height = 1500, 960
    canvas = Canvas(paper((width, height), (238, 244, 234), seed=41, amplitude=12), engine)
    draw = ImageDraw.Draw(canvas.image)
    guilloche(draw, (40, 200, width - 40, 900), (216, 230, 210), waves=12)
    draw.rectangle((20, 20, width - 20, height - 20), outline=(90, 130, 90), width=4)
    canvas.text(300, 90, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 40, bold=True)
    canvas.text(530, 140, "Độc lập - Tự do - Hạnh phúc", 30)
    canvas.text(380, 230, "GIẤY CHỨNG NHẬN ĐĂNG KÝ XE", 48, bold=True, color=(150, 30, 30))
    canvas.text(80, 340, "Số:", 32, color=LABEL)
    canvas.field("id", "012345", 160, 340, 40, bold=True)
    canvas.text(80, 440, "Tên chủ xe:", 32, color=LABEL)
    canvas.field("name", "NGUYỄN VĂN MẪU", 290, 440, 40)
    canvas.text(80, 540, "Địa chỉ:", 32, color=LABEL)
    canvas.field("address", "Số 12 Đường Thử Nghiệm, P. Mẫu, Q. 1, TP. Hồ Chí Minh", 230, 540, 36)
    canvas.text(80, 640, "Biển số đăng ký:", 32, color=LABEL)
    canvas.field("plate", "59X3-123.45", 360, 645, 52, bold=True)
    canvas.text(80, 750, "Nơi cấp:", 32, color=LABEL)
    canvas.field("issued_at", "Công an TP. Hồ Chí Minh", 230, 750, 36)
    canvas.text(80, 880, "MẪU / SAMPLE — dữ liệu giả lập", 28, color=(170, 60, 60))
    return canvas.image, canvas.fields


def vn_back(engine: PillowText | QtText) -> tuple[Image.Image, list[dict]]:
    width, height = 1500, 960
    canvas = Canvas(paper((width, height), (236, 240, 246), seed=43, amplitude=12), engine)
    draw = ImageDraw.Draw(canvas.image)
    guilloche(draw, (40, 120, width - 40, 900), (214, 222, 236), waves=12)
    draw.rectangle((20, 20, width - 20, height - 20), outline=(90, 110, 150), width=4)

    def item(label: str, key: str, value: str, x: int, baseline: int, label_width: int) -> None:
        canvas.text(x, baseline, label, 30, color=LABEL)
        canvas.field(key, value, x + label_width, baseline, 36)

    item("Nhãn hiệu:", "brand", "HONDA", 80, 110, 190)
    item("Số loại:", "model", "AIR BLADE", 760, 110, 150)
    item("Màu sơn:", "color", "Đỏ - Đen", 80, 200, 170)
    item("Năm sản xuất:", "year_of_manufacture", "2020", 760, 200, 230)
    item("Số máy:", "engine", "JF81E-1234567", 80, 290, 150)
    item("Số khung:", "chassis", "RLHJF8100LY123456", 760, 290, 170)
    item("Dung tích:", "capacity", "125", 80, 380, 180)
    item("Chỗ ngồi:", "sit", "2", 760, 380, 170)
    item("Đứng:", "stand", "0", 80, 470, 110)
    item("Nằm:", "lie", "0", 760, 470, 100)
    item("Biển số:", "plate", "59X3-123.45", 80, 560, 150)
    item("Nơi cấp:", "issued_at", "Công an TP. Hồ Chí Minh", 760, 560, 150)
    item("Đăng ký lần đầu:", "first_issue_date", "15/06/2020", 80, 650, 270)
    item("Đăng ký gần nhất:", "last_issue_date", "15/06/2020", 760, 650, 290)
    canvas.text(80, 880, "MẪU / SAMPLE — dữ liệu giả lập", 28, color=(170, 60, 60))
    return canvas.image, canvas.fields


VN_FRONT_OCR = {
    "name": {"confidence": 0.9712},
    "address": {"confidence": 0.9123},
    "id": {"confidence": 0.9845},
}
VN_BACK_OCR = {
    "color": {"value": "Đo - Đen", "confidence": 0.68},
    "chassis": {"confidence": 0.9534},
    "pay_load": {},
}


# --- truth files, the EXIF photo, overlays ---------------------------------------------------------

def ocr_block(fields: list[dict], overrides: dict[str, dict], seed: int) -> dict[str, dict]:
    """What the simulated OCR reads: the truth with a few mistakes, confidences 0.95-0.999 otherwise."""
    rng = random.Random(seed)
    block: dict[str, dict] = {}
    for item in fields:
        override = overrides.get(item["key"])
        if override == {}:
            block[item["key"]] = {}
            continue
        entry = {"value": item["value"], "confidence": round(rng.uniform(0.95, 0.999), 4)}
        entry.update(override or {})
        block[item["key"]] = entry
    for key, override in overrides.items():
        block.setdefault(key, override)
    return block


def truth(doc_type: str, image: Image.Image, fields: list[dict], ocr: dict[str, dict], **extra) -> dict:
    data = {"doc_type": doc_type, "simulated": True, "width": image.width, "height": image.height}
    data.update(extra)
    data["fields"] = fields
    data["ocr"] = ocr
    return data


def shifted(fields: list[dict], dx: int, dy: int) -> list[dict]:
    def move(box: Box) -> Box:
        return [[x + dx, y + dy] for x, y in box]
    out = []
    for item in fields:
        item = dict(item)
        if item.get("box"):
            item["box"] = move(item["box"])
        if item.get("boxes"):
            item["boxes"] = [move(b) for b in item["boxes"]]
        out.append(item)
    return out


def phone_photo(page: Image.Image, seed: int) -> tuple[Image.Image, int, int]:
    """The page lying on a desk, photographed: a darker border, uneven light. Returns upright image."""
    dx, dy = 110, 130
    desk = paper((page.width + 2 * dx, page.height + 2 * dy), (96, 78, 62), seed=seed, amplitude=30)
    shade = Image.linear_gradient("L").resize(page.size).point(lambda v: 255 - v // 10)
    lit = Image.composite(page, Image.new("RGB", page.size, (200, 196, 186)), shade)
    desk.paste(lit, (dx, dy))
    return desk, dx, dy


def overlay(image: Image.Image, fields: list[dict], path: Path) -> None:
    out = image.convert("RGB")
    draw = ImageDraw.Draw(out)
    for item in fields:
        for box in item.get("boxes") or ([item["box"]] if item.get("box") else []):
            draw.polygon([tuple(p) for p in box], outline=(230, 0, 0), width=2)
    out.save(path)


def save_png(image: Image.Image, path: Path) -> None:
    image.quantize(colors=128, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        path, optimize=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "samples")
    parser.add_argument("--overlay", type=Path, default=None,
                        help="also write box overlays (debug, not committed) into this folder")
    parser.add_argument("--only-pdf", action="store_true",
                        help=f"only (re)build {PAGES_PDF} from the images already in --out")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.only_pdf:
        print(pages_pdf(args.out))
        return 0
    engine = text_engine()
    print(f"text shaping: {'Pillow + raqm' if isinstance(engine, PillowText) else 'Qt (HarfBuzz)'}")

    jobs: list[tuple[str, str, Callable, dict, dict]] = [
        ("vehicle_book", "vehicle_book", vehicle_book, VEHICLE_BOOK_OCR, {}),
        ("thai_id_card", "thai_id_card", id_card, ID_CARD_OCR, {"face_box": list(ID_CARD_FACE)}),
        ("passport", "passport", passport, PASSPORT_OCR, {"face_box": list(PASSPORT_FACE)}),
        ("vn_registration_front", "vn_vehicle_registration", vn_front, VN_FRONT_OCR,
         {"page_type": "vehicle_registration_front"}),
        ("vn_registration_back", "vn_vehicle_registration", vn_back, VN_BACK_OCR,
         {"page_type": "vehicle_registration_back"}),
    ]
    for seed, (name, doc_type, render, overrides, extra) in enumerate(jobs, start=100):
        image, fields = render(engine)
        save_png(image, args.out / f"{name}.png")
        ocr = ocr_block(fields, overrides, seed)
        write_json(args.out / f"{name}.truth.json", truth(doc_type, image, fields, ocr, **extra))
        if args.overlay:
            args.overlay.mkdir(parents=True, exist_ok=True)
            overlay(image, fields, args.overlay / f"overlay_{name}.png")
        if name == "vehicle_book":
            photo, dx, dy = phone_photo(image, seed=7)
            stored = photo.transpose(Image.Transpose.ROTATE_90)  # sideways on disk ...
            exif = Image.Exif()
            exif[0x0112] = 6  # ... and EXIF says: rotate 90° clockwise to display
            stored.save(args.out / "vehicle_book_photo.jpg", "JPEG", quality=86, exif=exif.tobytes())
            moved = shifted(fields, dx, dy)
            photo_ocr = ocr_block(moved, overrides, seed)
            write_json(args.out / "vehicle_book_photo.truth.json",
                       truth(doc_type, photo, moved, photo_ocr, exif_orientation=6))
            if args.overlay:
                overlay(photo, moved, args.overlay / "overlay_vehicle_book_photo.png")
    pages_pdf(args.out)
    for path in sorted(args.out.iterdir()):
        print(f"{path.name:40s} {path.stat().st_size:>9,d} bytes")
    return 0


PAGES_PDF = "vehicle_book_pages.pdf"


def pages_pdf(folder: Path) -> Path:
    """A document of several pages the demo reads: the vehicle book page as scanned, then as
    photographed (upright), one PDF page each at 200 dpi. No truth file of its own: each page is
    recognised as the sample it shows. Made from the images already in `folder`."""
    import time

    from PIL import ImageOps

    with Image.open(folder / "vehicle_book.png") as scan, \
            Image.open(folder / "vehicle_book_photo.jpg") as photo:
        pages = [scan.convert("RGB"), ImageOps.exif_transpose(photo).convert("RGB")]
    target = folder / PAGES_PDF
    fixed = time.gmtime(0)  # deterministic: no "now" in the file
    # as core.pdf.from_images: rendering a page at 200 dpi gives back the image's size
    pages[0].save(target, "PDF", resolution=200.0, save_all=True, append_images=pages[1:], quality=65,
                  creationDate=fixed, modDate=fixed)
    return target


def write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
