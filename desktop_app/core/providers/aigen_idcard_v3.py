"""AIGEN Thai ID card v3: the paged AIGEN answer plus request options.

Note the host: `api.aigen.online`, not `apis.`. `do_field_validation` adds `valid` and
`error_message` to `id_number` and `return_datetime_iso` adds `datetime_iso` to date fields;
both land in `Field.extra`. Option results (face, gender, signed, processed_image) land on the page.
"""

from __future__ import annotations

from . import TITLES
from .aigen_common import AigenProvider
from .base import OptionSpec

OPTIONS: tuple[OptionSpec, ...] = (
    OptionSpec("censor_field", "list", None, "Censor these fields in the returned image",
               "ปิดทับข้อมูลช่องเหล่านี้ในภาพที่ส่งกลับ"),
    OptionSpec("image_file_conversion", "choice", None, "Convert the returned image to",
               "แปลงภาพที่ส่งกลับเป็นรูปแบบ", ("jpeg", "origin", "pdf", "png", "tiff")),
    OptionSpec("return_face", "bool", False, "Return the face photo", "ส่งภาพใบหน้ากลับมา"),
    OptionSpec("return_gender", "bool", False, "Return the gender (from the title)",
               "ส่งเพศกลับมา (จากคำนำหน้าชื่อ)"),
    OptionSpec("return_signed", "bool", False, "Detect a signature over a copied card",
               "ตรวจหาลายมือชื่อรับรองสำเนาบนบัตร"),
    OptionSpec("do_field_validation", "bool", False, "Validate the fields (ID number check digit)",
               "ตรวจสอบความถูกต้องของข้อมูล (เลขตรวจสอบของเลขประจำตัว)"),
    OptionSpec("return_datetime_iso", "bool", False, "Also return dates in ISO format",
               "ส่งวันที่ในรูปแบบ ISO มาด้วย"),
)

PROVIDER = AigenProvider(
    id="aigen-idcard-v3",
    title_en=TITLES["aigen-idcard-v3"][0],
    title_th=TITLES["aigen-idcard-v3"][1],
    doc_type="thai_id_card",
    default_endpoint="https://api.aigen.online/aiscript/idcard/v3",
    options=OPTIONS,
)
