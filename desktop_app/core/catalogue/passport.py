"""Passport (AIGEN passport v2): the data page in reading order, then the MRZ.

The vendor's key table spells `Identification_number` but the API answers
`identification_number`: the catalogue lists the lowercase key, and the AIGEN parser matches
keys to the catalogue case-insensitively (the API's own spelling is kept in `Field.extra`).
"""

from __future__ import annotations

FIELDS: dict[str, tuple[str, str]] = {
    "type": ("ประเภท", "Type"),
    "country_code": ("รหัสประเทศ", "Country code"),
    "passport_number": ("เลขที่หนังสือเดินทาง", "Passport number"),
    "surname_en": ("ชื่อสกุล (อังกฤษ)", "Surname (English)"),
    "title_name_en": ("คำนำหน้าและชื่อ (อังกฤษ)", "Title and given name (English)"),
    "title_name_surname_th": ("ชื่อตัวและชื่อสกุล (ไทย)", "Full name (Thai)"),
    "nationality": ("สัญชาติ", "Nationality"),
    "date_of_birth": ("วันเกิด", "Date of birth"),
    "identification_number": ("เลขประจำตัวประชาชน", "Personal ID number"),
    "sex": ("เพศ", "Sex"),
    "height": ("ส่วนสูง", "Height"),
    "place_of_birth": ("สถานที่เกิด", "Place of birth"),
    "date_of_issue": ("วันที่ออกหนังสือเดินทาง", "Date of issue"),
    "date_of_expiry": ("วันหมดอายุ", "Date of expiry"),
    "issuing_authority": ("ผู้ออกหนังสือเดินทาง", "Issuing authority"),
    "holder_signature": ("ลายมือชื่อผู้ถือหนังสือเดินทาง", "Holder's signature"),
    "mrz_1": ("MRZ บรรทัดที่ 1", "MRZ line 1"),
    "mrz_2": ("MRZ บรรทัดที่ 2", "MRZ line 2"),
}
