"""Thai vehicle registration book (AIGEN v1/v2): the registration page, then the owners.

Keys are the API's real keys, typos included (`ownership_adress`, `owner_adress`,
`gas_tank_positio`, `date_of_posession`). Thai labels follow the vendor's key table with its
label typos fixed (วัดเกิด -> วันเกิด); the keys are never changed.
"""

from __future__ import annotations

FIELDS: dict[str, tuple[str, str]] = {
    # --- registration (รายการจดทะเบียน) ---------------------------------------------------
    "registration_date": ("วันที่จดทะเบียน", "Registration date"),
    "registration_number_car": ("เลขทะเบียน", "Registration number"),
    "province": ("จังหวัด", "Province"),
    "type": ("ประเภท", "Vehicle type"),
    "characteristic": ("ลักษณะ", "Body style"),
    "brand_car": ("ยี่ห้อรถ", "Vehicle make"),
    "model": ("แบบ", "Model"),
    "year_model": ("รุ่นปี ค.ศ.", "Model year (AD)"),
    "color": ("สี", "Colour"),
    "car_number": ("เลขตัวรถ", "Chassis number"),
    "car_number_position": ("ตำแหน่งเลขตัวรถ", "Chassis number location"),
    "brand_engine": ("ยี่ห้อเครื่องยนต์", "Engine make"),
    "engine_number": ("เลขเครื่องยนต์", "Engine number"),
    "engine_number_position": ("ตำแหน่งเลขเครื่องยนต์", "Engine number location"),
    "type_fuel": ("เชื้อเพลิง", "Fuel"),
    "gas_tank_positio": ("เลขถังแก๊ส", "Gas tank number"),
    "number_of_cylinders": ("จำนวนสูบ", "Number of cylinders"),
    "engine_size": ("ขนาดเครื่องยนต์ (ซีซี)", "Engine size (cc)"),
    "horsepower": ("จำนวนแรงม้า", "Horsepower"),
    "characteristic_drive": ("ลักษณะการขับเคลื่อน (เพลาและล้อ)", "Axles and wheels"),
    "weight_car": ("น้ำหนักรถ", "Vehicle weight (kg)"),
    "weight_loading": ("น้ำหนักบรรทุก", "Load weight (kg)"),
    "weight_all": ("น้ำหนักรวม", "Gross weight (kg)"),
    "number_of_seat": ("จำนวนที่นั่ง", "Number of seats"),
    # --- owner (เจ้าของรถ) --------------------------------------------------------------
    "owner_order": ("ลำดับที่", "Owner sequence number"),
    "date_of_posession": ("วันที่ครอบครองรถ", "Date of possession"),
    "ownership": ("ผู้ถือกรรมสิทธิ์", "Legal owner"),
    "ownership_number_of_card": ("เลขที่บัตรผู้ถือกรรมสิทธิ์", "Legal owner's ID number"),
    "ownership_birthday_date": ("วันเกิดผู้ถือกรรมสิทธิ์", "Legal owner's date of birth"),
    "ownership_nationality": ("สัญชาติผู้ถือกรรมสิทธิ์", "Legal owner's nationality"),
    "ownership_adress": ("ที่อยู่ผู้ถือกรรมสิทธิ์", "Legal owner's address"),
    "owner": ("ผู้ครอบครอง", "Possessor"),
    "owner_number_of_card": ("เลขที่บัตรผู้ครอบครอง", "Possessor's ID number"),
    "owner_birthday_date": ("วันเกิดผู้ครอบครอง", "Possessor's date of birth"),
    "owner_nationality": ("สัญชาติผู้ครอบครอง", "Possessor's nationality"),
    "owner_adress": ("ที่อยู่ผู้ครอบครอง", "Possessor's address"),
    "hire_purchase_contract_number": ("สัญญาเช่าซื้อเลขที่", "Hire-purchase contract number"),
    "hire_purchase_contract_date": ("ลงวันที่ (สัญญาเช่าซื้อ)", "Hire-purchase contract date"),
}
