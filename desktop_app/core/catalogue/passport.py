"""Passport (AIGEN passport v2): the data page in reading order, then the MRZ.

The vendor's key table spells `Identification_number` but the API answers
`identification_number`: the catalogue lists the lowercase key, and the AIGEN parser matches
keys to the catalogue case-insensitively (the API's own spelling is kept in `Field.extra`).
"""

from __future__ import annotations

FIELDS: dict[str, tuple[str, str, str]] = {
    "type": ("ประเภท", "Type", "Loại"),
    "country_code": ("รหัสประเทศ", "Country code", "Mã quốc gia"),
    "passport_number": ("เลขที่หนังสือเดินทาง", "Passport number", "Số hộ chiếu"),
    "surname_en": ("ชื่อสกุล (อังกฤษ)", "Surname (English)", "Họ (tiếng Anh)"),
    "title_name_en": ("คำนำหน้าและชื่อ (อังกฤษ)", "Title and given name (English)",
        "Danh xưng và tên (tiếng Anh)"),
    "title_name_surname_th": ("ชื่อตัวและชื่อสกุล (ไทย)", "Full name (Thai)", "Họ và tên (tiếng Thái)"),
    "nationality": ("สัญชาติ", "Nationality", "Quốc tịch"),
    "date_of_birth": ("วันเกิด", "Date of birth", "Ngày sinh"),
    "identification_number": ("เลขประจำตัวประชาชน", "Personal ID number", "Số định danh cá nhân"),
    "sex": ("เพศ", "Sex", "Giới tính"),
    "height": ("ส่วนสูง", "Height", "Chiều cao"),
    "place_of_birth": ("สถานที่เกิด", "Place of birth", "Nơi sinh"),
    "date_of_issue": ("วันที่ออกหนังสือเดินทาง", "Date of issue", "Ngày cấp"),
    "date_of_expiry": ("วันหมดอายุ", "Date of expiry", "Ngày hết hạn"),
    "issuing_authority": ("ผู้ออกหนังสือเดินทาง", "Issuing authority", "Cơ quan cấp"),
    "holder_signature": ("ลายมือชื่อผู้ถือหนังสือเดินทาง", "Holder's signature",
        "Chữ ký của người mang hộ chiếu"),
    "mrz_1": ("MRZ บรรทัดที่ 1", "MRZ line 1", "MRZ dòng 1"),
    "mrz_2": ("MRZ บรรทัดที่ 2", "MRZ line 2", "MRZ dòng 2"),
}
