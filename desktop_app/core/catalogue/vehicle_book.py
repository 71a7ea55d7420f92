"""Thai vehicle registration book (AIGEN v1/v2): the registration page, then the owners.

Keys are the API's real keys, typos included (`ownership_adress`, `owner_adress`,
`gas_tank_positio`, `date_of_posession`). Thai labels follow the vendor's key table with its
label typos fixed (วัดเกิด -> วันเกิด); the keys are never changed.
"""

from __future__ import annotations

FIELDS: dict[str, tuple[str, str, str]] = {
    # --- registration (รายการจดทะเบียน) ---------------------------------------------------
    "registration_date": ("วันที่จดทะเบียน", "Registration date", "Ngày đăng ký"),
    "registration_number_car": ("เลขทะเบียน", "Registration number", "Biển số đăng ký"),
    "province": ("จังหวัด", "Province", "Tỉnh"),
    "type": ("ประเภท", "Vehicle type", "Loại xe"),
    "characteristic": ("ลักษณะ", "Body style", "Kiểu thân xe"),
    "brand_car": ("ยี่ห้อรถ", "Vehicle make", "Nhãn hiệu xe"),
    "model": ("แบบ", "Model", "Mẫu xe"),
    "year_model": ("รุ่นปี ค.ศ.", "Model year (AD)", "Năm mẫu xe (Công lịch)"),
    "color": ("สี", "Colour", "Màu sơn"),
    "car_number": ("เลขตัวรถ", "Chassis number", "Số khung"),
    "car_number_position": ("ตำแหน่งเลขตัวรถ", "Chassis number location", "Vị trí số khung"),
    "brand_engine": ("ยี่ห้อเครื่องยนต์", "Engine make", "Nhãn hiệu động cơ"),
    "engine_number": ("เลขเครื่องยนต์", "Engine number", "Số máy"),
    "engine_number_position": ("ตำแหน่งเลขเครื่องยนต์", "Engine number location", "Vị trí số máy"),
    "type_fuel": ("เชื้อเพลิง", "Fuel", "Nhiên liệu"),
    "gas_tank_positio": ("เลขถังแก๊ส", "Gas tank number", "Số bình khí"),
    "number_of_cylinders": ("จำนวนสูบ", "Number of cylinders", "Số xi-lanh"),
    "engine_size": ("ขนาดเครื่องยนต์ (ซีซี)", "Engine size (cc)", "Dung tích động cơ (cc)"),
    "horsepower": ("จำนวนแรงม้า", "Horsepower", "Công suất (mã lực)"),
    "characteristic_drive": ("ลักษณะการขับเคลื่อน (เพลาและล้อ)", "Axles and wheels", "Số trục và bánh xe"),
    "weight_car": ("น้ำหนักรถ", "Vehicle weight (kg)", "Khối lượng xe (kg)"),
    "weight_loading": ("น้ำหนักบรรทุก", "Load weight (kg)", "Tải trọng (kg)"),
    "weight_all": ("น้ำหนักรวม", "Gross weight (kg)", "Tổng khối lượng (kg)"),
    "number_of_seat": ("จำนวนที่นั่ง", "Number of seats", "Số chỗ ngồi"),
    # --- owner (เจ้าของรถ) --------------------------------------------------------------
    "owner_order": ("ลำดับที่", "Owner sequence number", "Thứ tự chủ xe"),
    "date_of_posession": ("วันที่ครอบครองรถ", "Date of possession", "Ngày chiếm hữu xe"),
    "ownership": ("ผู้ถือกรรมสิทธิ์", "Legal owner", "Chủ sở hữu hợp pháp"),
    "ownership_number_of_card": ("เลขที่บัตรผู้ถือกรรมสิทธิ์", "Legal owner's ID number",
        "Số giấy tờ tùy thân của chủ sở hữu"),
    "ownership_birthday_date": ("วันเกิดผู้ถือกรรมสิทธิ์", "Legal owner's date of birth",
        "Ngày sinh của chủ sở hữu"),
    "ownership_nationality": ("สัญชาติผู้ถือกรรมสิทธิ์", "Legal owner's nationality",
        "Quốc tịch của chủ sở hữu"),
    "ownership_adress": ("ที่อยู่ผู้ถือกรรมสิทธิ์", "Legal owner's address", "Địa chỉ của chủ sở hữu"),
    "owner": ("ผู้ครอบครอง", "Possessor", "Người chiếm hữu"),
    "owner_number_of_card": ("เลขที่บัตรผู้ครอบครอง", "Possessor's ID number",
        "Số giấy tờ tùy thân của người chiếm hữu"),
    "owner_birthday_date": ("วันเกิดผู้ครอบครอง", "Possessor's date of birth",
        "Ngày sinh của người chiếm hữu"),
    "owner_nationality": ("สัญชาติผู้ครอบครอง", "Possessor's nationality", "Quốc tịch của người chiếm hữu"),
    "owner_adress": ("ที่อยู่ผู้ครอบครอง", "Possessor's address", "Địa chỉ của người chiếm hữu"),
    "hire_purchase_contract_number": ("สัญญาเช่าซื้อเลขที่", "Hire-purchase contract number",
        "Số hợp đồng thuê mua"),
    "hire_purchase_contract_date": ("ลงวันที่ (สัญญาเช่าซื้อ)", "Hire-purchase contract date",
        "Ngày hợp đồng thuê mua"),
}
