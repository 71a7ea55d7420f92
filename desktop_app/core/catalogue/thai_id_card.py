"""Thai national ID card (AIGEN ID card v3): front side, in reading order, then the parts the
API derives from what it read (split names, address parts: these come without boxes)."""

from __future__ import annotations

FIELDS: dict[str, tuple[str, str]] = {
    "id_number": ("เลขประจำตัวประชาชน", "ID number"),
    "title_name_surname_th": ("ชื่อตัวและชื่อสกุล", "Full name (Thai)"),
    "title_name_en": ("คำนำหน้าและชื่อ (อังกฤษ)", "Title and first name (English)"),
    "surname_en": ("ชื่อสกุล (อังกฤษ)", "Surname (English)"),
    "dob_th": ("เกิดวันที่", "Date of birth (Thai)"),
    "dob_en": ("วันเกิด (อังกฤษ)", "Date of birth (English)"),
    "religion": ("ศาสนา", "Religion"),
    "address_1": ("ที่อยู่ บรรทัดที่ 1", "Address line 1"),
    "address_2": ("ที่อยู่ บรรทัดที่ 2", "Address line 2"),
    "address_full": ("ที่อยู่เต็ม", "Full address"),
    "address_house_building_number": ("บ้านเลขที่", "House number"),
    "address_street_address": ("หมู่ / ถนน", "Village no. / street"),
    "address_sub_district": ("ตำบล / แขวง", "Sub-district"),
    "address_district": ("อำเภอ / เขต", "District"),
    "address_province": ("จังหวัด", "Province"),
    "address_postcode": ("รหัสไปรษณีย์", "Postcode"),
    "doi_th": ("วันออกบัตร", "Date of issue (Thai)"),
    "doi_en": ("วันออกบัตร (อังกฤษ)", "Date of issue (English)"),
    "doe_th": ("วันบัตรหมดอายุ", "Date of expiry (Thai)"),
    "doe_en": ("วันบัตรหมดอายุ (อังกฤษ)", "Date of expiry (English)"),
    "title_th": ("คำนำหน้าชื่อ", "Title (Thai)"),
    "name_th": ("ชื่อ", "First name (Thai)"),
    "surname_th": ("ชื่อสกุล", "Surname (Thai)"),
    "title_en": ("คำนำหน้าชื่อ (อังกฤษ)", "Title (English)"),
    "name_en": ("ชื่อ (อังกฤษ)", "First name (English)"),
}
