"""The field checks' messages, part 2: addresses (Thai, Vietnamese), Thai spelling, VIN, invisible
characters. Data only, as core/words_checks.py.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str | dict[str, str]]] = {
    # --- Thai addresses (thai_address.py) ---------------------------------------------------------
    "check.address.unknown_sub_district": {
        "en": "No sub-district named {name} is in Thailand's list (GeoThai {version}); check it against "
              "the image.",
        "th": "ไม่พบตำบล/แขวงชื่อ {name} ในรายชื่อของประเทศไทย (GeoThai {version}) กรุณาตรวจกับภาพ",
        "vi": "Không có xã (tambon) nào tên {name} trong danh sách của Thái Lan (GeoThai {version}); "
              "hãy đối chiếu với ảnh.",
    },
    "check.address.mismatch": {
        "en": {"one": "The address parts do not belong together: {parts} does not fit the rest.",
               "other": "The address parts do not belong together: {parts} do not fit the rest."},
        "th": "ส่วนต่าง ๆ ของที่อยู่ไม่สอดคล้องกัน: {parts} ไม่ตรงกับส่วนอื่น",
        "vi": "Các phần của địa chỉ không khớp với nhau: {parts} không phù hợp với phần còn lại.",
    },
    "check.address.mismatch_part": {
        "en": {"one": "The address parts do not belong together: {parts} does not fit the rest.",
               "other": "The address parts do not belong together: {parts} do not fit the rest."},
        "th": "ส่วนของที่อยู่ไม่สอดคล้องกัน: {parts} ไม่ตรงกับส่วนอื่น",
        "vi": "Các phần của địa chỉ không khớp với nhau: {parts} không phù hợp với phần còn lại.",
    },
    "check.address.mismatch_closest": {
        "en": {"one": "The address parts do not belong together: {parts} does not fit the rest; the "
                      "closest consistent address is {closest}.",
               "other": "The address parts do not belong together: {parts} do not fit the rest; the "
                        "closest consistent address is {closest}."},
        "th": "ส่วนต่าง ๆ ของที่อยู่ไม่สอดคล้องกัน: {parts} ไม่ตรงกับส่วนอื่น ที่อยู่ที่ใกล้เคียงที่สุดที่ถูกต้องคือ "
              "{closest}",
        "vi": "Các phần của địa chỉ không khớp với nhau: {parts} không phù hợp với phần còn lại; địa chỉ "
              "hợp lệ gần nhất là {closest}.",
    },
    # one part of an address, named in a mismatch ({name} as it was read)
    "address.part.sub": {"en": "the sub-district {name}", "th": "ตำบล {name}",
                         "vi": "xã (tambon) {name}"},
    "address.part.sub_bangkok": {"en": "the sub-district {name}", "th": "แขวง {name}",
                                 "vi": "phường (khwaeng) {name}"},
    "address.part.district": {"en": "the district {name}", "th": "อำเภอ {name}",
                              "vi": "huyện (amphoe) {name}"},
    "address.part.district_bangkok": {"en": "the district {name}", "th": "เขต {name}",
                                      "vi": "quận (khet) {name}"},
    "address.part.province": {"en": "the province {name}", "th": "จังหวัด {name}", "vi": "tỉnh {name}"},
    "address.part.postcode": {"en": "the postcode {name}", "th": "รหัสไปรษณีย์ {name}",
                              "vi": "mã bưu chính {name}"},
    "address.parts.and": {"en": " and ", "th": " และ ", "vi": " và "},
    "address.parts.or": {"en": " or ", "th": " หรือ ", "vi": " hoặc "},
    # --- Vietnamese addresses (vn_address.py) -------------------------------------------------------
    "check.vn_address.unknown_province": {
        "en": "{name} is no Vietnamese province or city (before or after the 2025 reform).",
        "th": "{name} ไม่ใช่ชื่อจังหวัดหรือนครของเวียดนาม (ทั้งก่อนและหลังการปฏิรูปปี 2025)",
        "vi": "{name} không phải là tỉnh hoặc thành phố của Việt Nam (cả trước và sau đợt sắp xếp năm "
              "2025).",
    },
    "check.vn_address.unknown_province_suggest": {
        "en": "{name} is no Vietnamese province or city (before or after the 2025 reform); did you mean "
              "{suggestion}?",
        "th": "{name} ไม่ใช่ชื่อจังหวัดหรือนครของเวียดนาม (ทั้งก่อนและหลังการปฏิรูปปี 2025) หมายถึง {suggestion} "
              "หรือไม่",
        "vi": "{name} không phải là tỉnh hoặc thành phố của Việt Nam (cả trước và sau đợt sắp xếp năm "
              "2025); có phải ý bạn là {suggestion}?",
    },
    "check.vn_address.merged": {
        "en": "Since 1 July 2025 {old} is part of {new}.",
        "th": "ตั้งแต่ 1 ก.ค. 2025 {old} รวมเข้ากับ {new}",
        "vi": "Từ ngày 1 tháng 7 năm 2025, {old} được sáp nhập vào {new}.",
    },
    "check.vn_address.district_mismatch": {
        "en": "{district} is not a district of {province}.",
        "th": "{district} ไม่ใช่อำเภอ/เขตของ {province}",
        "vi": "{district} không phải là quận/huyện của {province}.",
    },
    "check.vn_address.district_mismatch_suggest": {
        "en": "{district} is not a district of {province}; did you mean {suggestion}?",
        "th": "{district} ไม่ใช่อำเภอ/เขตของ {province} หมายถึง {suggestion} หรือไม่",
        "vi": "{district} không phải là quận/huyện của {province}; có phải ý bạn là {suggestion}?",
    },
    "check.vn_address.ward_mismatch": {
        "en": "{ward} is not a ward or commune of {province} (after the 2025 reform).",
        "th": "{ward} ไม่ใช่ตำบล/แขวงของ {province} (หลังการปฏิรูปปี 2025)",
        "vi": "{ward} không phải là phường hoặc xã của {province} (sau đợt sắp xếp năm 2025).",
    },
    "check.vn_address.ward_mismatch_suggest": {
        "en": "{ward} is not a ward or commune of {province} (after the 2025 reform); did you mean "
              "{suggestion}?",
        "th": "{ward} ไม่ใช่ตำบล/แขวงของ {province} (หลังการปฏิรูปปี 2025) หมายถึง {suggestion} หรือไม่",
        "vi": "{ward} không phải là phường hoặc xã của {province} (sau đợt sắp xếp năm 2025); có phải ý "
              "bạn là {suggestion}?",
    },
    # --- Thai spelling (thai_text.py) ---------------------------------------------------------------
    "check.thai.spelling": {
        "en": "This Thai text looks right but is stored in a form that compares wrong: {rules}. The "
              "suggestion fixes it.",
        "th": "ข้อความไทยนี้ดูถูกต้องแต่เก็บในรูปที่เปรียบเทียบไม่ตรง: {rules} คำแนะนำจะแก้ให้",
        "vi": "Văn bản tiếng Thái này trông đúng nhưng được lưu ở dạng so sánh sai: {rules}. Giá trị gợi ý "
              "sẽ sửa lại.",
    },
    "thai.rules.separator": {"en": "; ", "th": " ", "vi": "; "},
    "thai.rule.zero_width": {"en": "a zero-width character inside Thai text",
                             "th": "อักขระความกว้างศูนย์ในข้อความไทย",
                             "vi": "một ký tự độ rộng bằng không nằm trong văn bản tiếng Thái"},
    "thai.rule.sara_am": {"en": "Sara Am written as Nikhahit + Sara Aa", "th": "สระอำเขียนเป็นนิคหิต + สระอา",
                          "vi": "nguyên âm Sara Am được viết thành Nikhahit + Sara Aa"},
    "thai.rule.tone_order": {"en": "a tone mark typed before its vowel", "th": "วรรณยุกต์อยู่ก่อนสระ",
                             "vi": "dấu thanh được gõ trước nguyên âm của nó"},
    "thai.rule.am_tone_order": {"en": "a tone mark typed after Sara Am", "th": "วรรณยุกต์อยู่หลังสระอำ",
                                "vi": "dấu thanh được gõ sau Sara Am"},
    "thai.rule.double_sara_e": {"en": "two Sara E for one Sara Ae", "th": "สระเอสองตัวแทนสระแอ",
                                "vi": "hai chữ Sara E thay cho một chữ Sara Ae"},
    # --- VIN (vin.py) -----------------------------------------------------------------------------------
    "check.vin.characters": {
        "en": "A VIN holds only letters A-Z (except I, O, Q) and digits.",
        "th": "เลขตัวรถ (VIN) มีได้เฉพาะตัวอักษร A-Z (ยกเว้น I, O, Q) และตัวเลข",
        "vi": "Số VIN chỉ gồm các chữ cái A-Z (trừ I, O, Q) và chữ số.",
    },
    "check.vin.confusable": {
        "en": "A VIN never contains I, O or Q: O is probably 0 and I is probably 1.",
        "th": "เลขตัวรถ (VIN) ไม่มีตัว I, O และ Q: ตัว O น่าจะเป็นเลข 0 และตัว I น่าจะเป็นเลข 1",
        "vi": "Số VIN không bao giờ có chữ I, O hoặc Q: O có lẽ là số 0 và I có lẽ là số 1.",
    },
    "check.vin.confusable_fixed": {
        "en": "A VIN never contains I, O or Q: O is probably 0 and I is probably 1. With that fixed the "
              "VIN is valid: {fixed}.",
        "th": "เลขตัวรถ (VIN) ไม่มีตัว I, O และ Q: ตัว O น่าจะเป็นเลข 0 และตัว I น่าจะเป็นเลข 1 "
              "เมื่อแก้แล้วได้เลขที่ถูกต้อง: {fixed}",
        "vi": "Số VIN không bao giờ có chữ I, O hoặc Q: O có lẽ là số 0 và I có lẽ là số 1. Sửa như vậy "
              "thì số VIN hợp lệ: {fixed}.",
    },
    "check.vin.length": {
        "en": "A VIN has 17 characters; this one has {count} (older or locally built vehicles may "
              "differ). Check for dropped characters and O/0, I/1 confusion.",
        "th": "เลขตัวรถ (VIN) มาตรฐานมี 17 ตัว แต่อ่านได้ {count} ตัว (รถเก่าหรือรถประกอบในประเทศอาจต่างไป) "
              "ตรวจสอบตัวที่ตกหล่น และความสับสนระหว่าง O/0, I/1",
        "vi": "Số VIN có 17 ký tự; số này có {count} ký tự (xe cũ hoặc xe lắp ráp trong nước có thể khác). "
              "Hãy kiểm tra ký tự bị sót và sự nhầm lẫn O/0, I/1.",
    },
    "check.vin.check_digit": {
        "en": "The VIN's check digit (9th character) does not match: a character may be misread (not "
              "every maker outside North America uses it).",
        "th": "เลขตรวจสอบของ VIN (ตัวที่ 9) ไม่ตรง อาจอ่านตัวอักษรผิด (ผู้ผลิตนอกอเมริกาเหนือบางรายไม่ใช้เลขตรวจสอบนี้)",
        "vi": "Chữ số kiểm tra của VIN (ký tự thứ 9) không khớp: có thể một ký tự đã bị đọc sai (không "
              "phải nhà sản xuất nào ngoài Bắc Mỹ cũng dùng chữ số này).",
    },
    # --- invisible characters (invisible.py) -----------------------------------------------------------
    "check.text.invisible": {
        "en": {"one": "This value holds {count} invisible character: {shown}. What is shown is not what "
                      "would be saved. Remove it, or accept the suggestion.",
               "other": "This value holds {count} invisible characters: {shown}. What is shown is not "
                        "what would be saved. Remove them, or accept the suggestion."},
        "th": "ค่านี้มีอักขระที่มองไม่เห็น {count} ตัว: {shown} สิ่งที่แสดงไม่ตรงกับสิ่งที่จะบันทึก "
              "กรุณาลบออก หรือยอมรับค่าที่แนะนำ",
        "vi": "Giá trị này chứa {count} ký tự vô hình: {shown}. Nội dung hiển thị không giống nội dung sẽ "
              "được lưu. Hãy xóa chúng đi, hoặc nhận giá trị gợi ý.",
    },
}
