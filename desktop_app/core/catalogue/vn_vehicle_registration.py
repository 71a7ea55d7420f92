"""Vietnamese vehicle registration (Computer Vision Vietnam): front and back fields.

Keys are the API's own, lowercased (the vendor prints address parts with odd capitalisation).
Front: name, address, id, plate, issued_at. The back repeats name, address, plate and issued_at
and adds the address parts, the vehicle and the issue dates. `image` (the aligned document, with
`get_thumb=true`) is a page image, not a field. English labels carry the Vietnamese term.
"""

from __future__ import annotations

FIELDS: dict[str, tuple[str, str, str]] = {
    # --- both sides -------------------------------------------------------------------------
    "id": ("เลขที่ใบจดทะเบียนรถ", "Registration certificate number (Số)", "Số giấy đăng ký"),
    "plate": ("หมายเลขทะเบียนรถ", "Plate number (Biển số đăng ký)", "Biển số đăng ký"),
    "name": ("ชื่อเจ้าของรถ", "Owner name (Tên chủ xe)", "Tên chủ xe"),
    "address": ("ที่อยู่เจ้าของรถ", "Owner address (Địa chỉ)", "Địa chỉ"),
    # --- address parts (back) ----------------------------------------------------------------
    "address_ward": ("ตำบล/แขวง (ที่อยู่)", "Address ward/commune (Phường/Xã)", "Phường/Xã"),
    "address_ward_code": ("รหัสตำบล/แขวง (ที่อยู่)", "Address ward/commune code", "Mã phường/xã"),
    "address_district": ("อำเภอ/เขต (ที่อยู่)", "Address district (Quận/Huyện)", "Quận/Huyện"),
    "address_district_code": ("รหัสอำเภอ/เขต (ที่อยู่)", "Address district code", "Mã quận/huyện"),
    "address_town": ("จังหวัด/เมือง (ที่อยู่)", "Address province/city (Tỉnh/Thành phố)", "Tỉnh/Thành phố"),
    "address_town_code": ("รหัสจังหวัด/เมือง (ที่อยู่)", "Address province/city code", "Mã tỉnh/thành phố"),
    # --- vehicle (back) ----------------------------------------------------------------------
    "brand": ("ยี่ห้อรถ", "Brand (Nhãn hiệu)", "Nhãn hiệu"),
    "model": ("รุ่นรถ", "Model (Số loại)", "Số loại"),
    "color": ("สีรถ", "Colour (Màu sơn)", "Màu sơn"),
    "engine": ("หมายเลขเครื่องยนต์", "Engine number (Số máy)", "Số máy"),
    "chassis": ("หมายเลขตัวถัง", "Chassis number (Số khung)", "Số khung"),
    "capacity": ("ความจุกระบอกสูบ", "Engine capacity (Dung tích)", "Dung tích"),
    "pay_load": ("น้ำหนักบรรทุก", "Payload (Tải trọng)", "Tải trọng"),
    "year_of_manufacture": ("ปีที่ผลิต", "Year of manufacture (Năm sản xuất)", "Năm sản xuất"),
    "sit": ("จำนวนที่นั่ง", "Seating places (Chỗ ngồi)", "Chỗ ngồi"),
    "stand": ("จำนวนที่ยืน", "Standing places (Chỗ đứng)", "Chỗ đứng"),
    "lie": ("จำนวนที่นอน", "Lying places (Chỗ nằm)", "Chỗ nằm"),
    # --- issue -------------------------------------------------------------------------------
    "issued_at": ("สถานที่ออกใบจดทะเบียน", "Place of issue", "Nơi cấp"),
    "issued_at_code": ("รหัสสถานที่ออกใบจดทะเบียน", "Place of issue code", "Mã nơi cấp"),
    "first_issue_date": ("วันที่จดทะเบียนครั้งแรก", "First registration date (Đăng ký lần đầu)",
        "Đăng ký lần đầu"),
    "last_issue_date": ("วันที่ออกใบจดทะเบียน (ครั้งล่าสุด)", "Latest issue date", "Ngày cấp gần nhất"),
}
