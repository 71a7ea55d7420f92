"""Thai national ID card (AIGEN ID card v3): front side, in reading order, then the parts the
API derives from what it read (split names, address parts: these come without boxes)."""

from __future__ import annotations

FIELDS: dict[str, tuple[str, str, str]] = {
    "id_number": ("เลขประจำตัวประชาชน", "ID number", "Số định danh"),
    "title_name_surname_th": ("ชื่อตัวและชื่อสกุล", "Full name (Thai)", "Họ và tên (tiếng Thái)"),
    "title_name_en": ("คำนำหน้าและชื่อ (อังกฤษ)", "Title and first name (English)",
        "Danh xưng và tên (tiếng Anh)"),
    "surname_en": ("ชื่อสกุล (อังกฤษ)", "Surname (English)", "Họ (tiếng Anh)"),
    "dob_th": ("เกิดวันที่", "Date of birth (Thai)", "Ngày sinh (tiếng Thái)"),
    "dob_en": ("วันเกิด (อังกฤษ)", "Date of birth (English)", "Ngày sinh (tiếng Anh)"),
    "religion": ("ศาสนา", "Religion", "Tôn giáo"),
    "address_1": ("ที่อยู่ บรรทัดที่ 1", "Address line 1", "Địa chỉ dòng 1"),
    "address_2": ("ที่อยู่ บรรทัดที่ 2", "Address line 2", "Địa chỉ dòng 2"),
    "address_full": ("ที่อยู่เต็ม", "Full address", "Địa chỉ đầy đủ"),
    "address_house_building_number": ("บ้านเลขที่", "House number", "Số nhà"),
    "address_street_address": ("หมู่ / ถนน", "Village no. / street", "Thôn / đường"),
    "address_sub_district": ("ตำบล / แขวง", "Sub-district", "Xã / phường (tambon / khwaeng)"),
    "address_district": ("อำเภอ / เขต", "District", "Huyện / quận (amphoe / khet)"),
    "address_province": ("จังหวัด", "Province", "Tỉnh"),
    "address_postcode": ("รหัสไปรษณีย์", "Postcode", "Mã bưu chính"),
    "doi_th": ("วันออกบัตร", "Date of issue (Thai)", "Ngày cấp (tiếng Thái)"),
    "doi_en": ("วันออกบัตร (อังกฤษ)", "Date of issue (English)", "Ngày cấp (tiếng Anh)"),
    "doe_th": ("วันบัตรหมดอายุ", "Date of expiry (Thai)", "Ngày hết hạn (tiếng Thái)"),
    "doe_en": ("วันบัตรหมดอายุ (อังกฤษ)", "Date of expiry (English)", "Ngày hết hạn (tiếng Anh)"),
    "title_th": ("คำนำหน้าชื่อ", "Title (Thai)", "Danh xưng (tiếng Thái)"),
    "name_th": ("ชื่อ", "First name (Thai)", "Tên (tiếng Thái)"),
    "surname_th": ("ชื่อสกุล", "Surname (Thai)", "Họ (tiếng Thái)"),
    "title_en": ("คำนำหน้าชื่อ (อังกฤษ)", "Title (English)", "Danh xưng (tiếng Anh)"),
    "name_en": ("ชื่อ (อังกฤษ)", "First name (English)", "Tên (tiếng Anh)"),
}
