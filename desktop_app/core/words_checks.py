"""The field checks' messages, part 1: dates, MRZ, titles, numbers, plates, provinces, Thai ID.

Data only (core/words.py reads it): key -> {"en", "th", "vi"}. A template with a count is a dict
of CLDR plural forms in English ("one", "other"); Thai and Vietnamese have one form. Names and
codes from the document (`{value}`, `{suggestion}`) are filled in as they were read.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str | dict[str, str]]] = {
    # --- required fields (checks/__init__.py) and the API's confidence ---------------------------
    "check.required.missing": {
        "en": "This field is required but empty.",
        "th": "ช่องนี้จำเป็นต้องกรอก แต่ยังว่างอยู่",
        "vi": "Trường này bắt buộc nhưng đang để trống.",
    },
    "check.confidence.ignored": {
        "en": "The service sent an unusable confidence ({raw}) for this field; check the value against "
              "the image.",
        "th": "บริการส่งค่าความมั่นใจที่ใช้ไม่ได้ ({raw}) มาสำหรับช่องนี้ กรุณาตรวจค่ากับภาพ",
        "vi": "Dịch vụ gửi về độ tin cậy không dùng được ({raw}) cho trường này; hãy đối chiếu giá trị với "
              "ảnh.",
    },
    # --- dates (dates.py, rules.py, short_year.py) ---------------------------------------------
    "check.date.unparseable": {
        "en": "Not a date this app can read (e.g. 14 ก.พ. 2531, 14 Feb. 1988, 14/02/1988).",
        "th": "อ่านเป็นวันที่ไม่ได้ (ตัวอย่างรูปแบบ: 14 ก.พ. 2531, 14 Feb. 1988, 14/02/1988)",
        "vi": "Không đọc được thành ngày (ví dụ: 14 ก.พ. 2531, 14 Feb. 1988, 14/02/1988).",
    },
    "check.date.invalid": {
        "en": "This date does not exist in the calendar (e.g. 31 February, or 29 February in a non-leap "
              "year).",
        "th": "ไม่มีวันที่นี้ในปฏิทิน (เช่น 31 กุมภาพันธ์ หรือ 29 กุมภาพันธ์ในปีที่ไม่ใช่ปีอธิกสุรทิน)",
        "vi": "Ngày này không có trong lịch (ví dụ 31 tháng 2, hoặc 29 tháng 2 của năm không nhuận).",
    },
    "check.date.implausible_year": {
        "en": "The year {year} (CE) is implausible: check the year and its era (BE/CE).",
        "th": "ปี ค.ศ. {year} ไม่น่าจะถูกต้อง ตรวจสอบปีและศักราช (พ.ศ./ค.ศ.)",
        "vi": "Năm {year} (Công lịch) khó có thể đúng: hãy kiểm tra năm và kỷ nguyên (Phật lịch/Công lịch).",
    },
    "check.date.birth_after_issue": {
        "en": "The birth date is after the issue date ({issued}).",
        "th": "วันเกิดอยู่หลังวันออกบัตร/เอกสาร ({issued})",
        "vi": "Ngày sinh ở sau ngày cấp ({issued}).",
    },
    "check.date.expiry_before_issue": {
        "en": "The expiry date is before the issue date ({issued}).",
        "th": "วันหมดอายุอยู่ก่อนวันออกบัตร/เอกสาร ({issued})",
        "vi": "Ngày hết hạn ở trước ngày cấp ({issued}).",
    },
    "check.date.expired": {
        "en": "This document has expired.",
        "th": "เอกสารนี้หมดอายุแล้ว",
        "vi": "Giấy tờ này đã hết hạn.",
    },
    "check.date.in_future": {
        "en": "This date is in the future.",
        "th": "วันที่นี้ยังมาไม่ถึง (เป็นวันในอนาคต)",
        "vi": "Ngày này nằm ở tương lai.",
    },
    "check.date.before_first_issue": {
        "en": "The last issue date is before the first issue date ({earlier}).",
        "th": "วันที่ออกครั้งล่าสุดอยู่ก่อนวันที่ออกครั้งแรก ({earlier})",
        "vi": "Ngày cấp gần nhất ở trước ngày đăng ký lần đầu ({earlier}).",
    },
    "check.date.th_en_mismatch": {
        "en": "The Thai and English dates disagree ({twin} reads {other}).",
        "th": "วันที่ภาษาไทยและภาษาอังกฤษไม่ตรงกัน ({twin} อ่านได้ {other})",
        "vi": "Ngày tiếng Thái và ngày tiếng Anh không khớp nhau ({twin} đọc được {other}).",
    },
    "check.date.twin_lifelong": {
        "en": "The other language side ({twin}) says lifelong.",
        "th": "อีกด้านภาษา ({twin}) ระบุว่าตลอดชีพ",
        "vi": "Bản ngôn ngữ còn lại ({twin}) ghi là trọn đời.",
    },
    "check.date.lifelong_twin_date": {
        "en": "This side says lifelong but {twin} holds a date.",
        "th": "ด้านนี้ระบุว่าตลอดชีพ แต่ {twin} เป็นวันที่",
        "vi": "Bản này ghi là trọn đời nhưng {twin} lại là một ngày cụ thể.",
    },
    "check.date.two_digit_year": {
        "en": "A two-digit year: {short} is read as the Buddhist-era year {year} ({ce} CE). Rule: 25{short}, "
              "unless that is more than {ahead} years ahead, then 24{short}. Take the suggestion to write "
              "it in full, or type the year.",
        "th": "ปีสองหลัก: {short} อ่านเป็น พ.ศ. {year} (ค.ศ. {ce}) หลักการ: 25{short} เว้นแต่จะเกินปีปัจจุบันไป "
              "{ahead} ปี จึงเป็น 24{short} กดรับค่าที่แนะนำเพื่อเขียนปีเต็ม หรือพิมพ์ปีเอง",
        "vi": "Năm hai chữ số: {short} được đọc là năm Phật lịch {year} (năm {ce} Công lịch). Quy tắc: "
              "25{short}, trừ khi vượt quá năm hiện tại hơn {ahead} năm thì là 24{short}. Hãy nhận giá "
              "trị gợi ý để ghi đủ năm, hoặc tự gõ năm.",
    },
    # --- passport MRZ (mrz.py, rules.py) -----------------------------------------------------------
    "check.mrz.characters": {
        "en": "MRZ line {line} may only hold A-Z, 0-9 and <.",
        "th": "MRZ บรรทัดที่ {line} มีได้เฉพาะ A-Z, 0-9 และ <",
        "vi": "Dòng MRZ {line} chỉ được chứa A-Z, 0-9 và <.",
    },
    "check.mrz.length": {
        "en": {"one": "MRZ line {line} has {count} character; a passport MRZ line has 44.",
               "other": "MRZ line {line} has {count} characters; a passport MRZ line has 44."},
        "th": "MRZ บรรทัดที่ {line} มี {count} ตัวอักษร แต่ต้องมี 44 ตัว",
        "vi": "Dòng MRZ {line} có {count} ký tự; một dòng MRZ của hộ chiếu có 44 ký tự.",
    },
    "check.mrz.not_passport": {
        "en": "MRZ line 1 of a passport starts with P.",
        "th": "MRZ บรรทัดที่ 1 ของหนังสือเดินทางต้องขึ้นต้นด้วย P",
        "vi": "Dòng MRZ thứ 1 của hộ chiếu phải bắt đầu bằng P.",
    },
    "check.mrz.check_digit": {
        "en": "MRZ check digit of the {part} is wrong: a character was probably misread.",
        "th": "เลขตรวจสอบ MRZ ของ{part}ไม่ถูกต้อง อาจอ่านตัวอักษรผิด",
        "vi": "Chữ số kiểm tra MRZ của {part} không đúng: có lẽ một ký tự đã bị đọc sai.",
    },
    "check.mrz.date": {
        "en": "The {part} in the MRZ is not a valid YYMMDD date.",
        "th": "{part}ใน MRZ ไม่ใช่วันที่ที่ถูกต้อง (รูปแบบ YYMMDD)",
        "vi": "Phần {part} trong MRZ không phải là ngày hợp lệ (dạng YYMMDD).",
    },
    "check.mrz.mismatch": {
        "en": "The {part} differs from the MRZ.",
        "th": "{part}ไม่ตรงกับ MRZ",
        "vi": "Phần {part} không khớp với MRZ.",
    },
    "check.mrz.mismatch_reads": {
        "en": "The {part} differs from the MRZ (MRZ reads {suggestion}).",
        "th": "{part}ไม่ตรงกับ MRZ (MRZ อ่านได้ {suggestion})",
        "vi": "Phần {part} không khớp với MRZ (MRZ đọc được {suggestion}).",
    },
    # the parts of the MRZ a message names ({part})
    "mrz.part.number": {"en": "passport number", "th": "เลขที่หนังสือเดินทาง", "vi": "số hộ chiếu"},
    "mrz.part.birth": {"en": "date of birth", "th": "วันเกิด", "vi": "ngày sinh"},
    "mrz.part.expiry": {"en": "date of expiry", "th": "วันหมดอายุ", "vi": "ngày hết hạn"},
    "mrz.part.personal": {"en": "personal number", "th": "เลขประจำตัว", "vi": "số định danh cá nhân"},
    "mrz.part.composite": {"en": "whole line (composite)", "th": "ทั้งบรรทัด (composite)",
                           "vi": "cả dòng (tổng hợp)"},
    "mrz.part.sex": {"en": "sex", "th": "เพศ", "vi": "giới tính"},
    "mrz.part.surname": {"en": "surname", "th": "นามสกุล", "vi": "họ"},
    "mrz.part.identification": {"en": "identification number", "th": "เลขประจำตัว",
                                "vi": "số định danh"},
    # --- title words (names.py) -----------------------------------------------------------------
    "check.name.title_mismatch": {
        "en": "The title {title} does not go with {others}.",
        "th": "คำนำหน้า {title} ไม่เข้ากับ {others}",
        "vi": "Danh xưng {title} không phù hợp với {others}.",
    },
    "check.name.title_sex_mismatch": {
        "en": "The title {title} does not go with the sex {sex}.",
        "th": "คำนำหน้า {title} ไม่ตรงกับเพศ {sex}",
        "vi": "Danh xưng {title} không phù hợp với giới tính {sex}.",
    },
    # --- numbers (numbers.py) -----------------------------------------------------------------------
    "check.number.not_numeric": {
        "en": "Expected a number here (a unit after it is fine).",
        "th": "ช่องนี้ควรเป็นตัวเลข (มีหน่วยต่อท้ายได้)",
        "vi": "Ở đây cần một con số (có đơn vị phía sau cũng được).",
    },
    "check.number.not_integer": {
        "en": "Expected a whole number here.",
        "th": "ช่องนี้ควรเป็นจำนวนเต็ม",
        "vi": "Ở đây cần một số nguyên.",
    },
    "check.number.year_range": {
        "en": "Expected a year (CE) between 1900 and {latest}.",
        "th": "ควรเป็นปี ค.ศ. ระหว่าง 1900 ถึง {latest}",
        "vi": "Cần một năm (Công lịch) từ 1900 đến {latest}.",
    },
    "check.number.year_range_be": {
        "en": "Expected a year (CE) between 1900 and {latest}; {year} looks like a Buddhist Era year, i.e. "
              "{ce}.",
        "th": "ควรเป็นปี ค.ศ. ระหว่าง 1900 ถึง {latest} ({year} น่าจะเป็นปี พ.ศ. ตรงกับ ค.ศ. {ce})",
        "vi": "Cần một năm (Công lịch) từ 1900 đến {latest}; {year} có vẻ là năm Phật lịch, tức là năm "
              "{ce}.",
    },
    # --- plates (plates.py) -----------------------------------------------------------------------
    "check.plate.thai_pattern": {
        "en": "Not a Thai registration number: expected an optional digit, 1-3 Thai consonants, a space "
              "and 1-4 digits (e.g. 2กด 6465, กข 1234).",
        "th": "รูปแบบเลขทะเบียนไม่ถูกต้อง: ควรเป็นตัวเลขนำหน้า (ถ้ามี) พยัญชนะไทย 1-3 ตัว เว้นวรรค "
              "และตัวเลข 1-4 หลัก เช่น 2กด 6465, กข 1234",
        "vi": "Không phải biển số Thái Lan: cần một chữ số (nếu có), 1-3 phụ âm tiếng Thái, một dấu cách "
              "và 1-4 chữ số (ví dụ 2กด 6465, กข 1234).",
    },
    "check.plate.vn_pattern": {
        "en": "Not the usual Vietnamese plate form (e.g. 59X3-123.45, 30A-123.45, 30A-1234).",
        "th": "รูปแบบป้ายทะเบียนเวียดนามไม่ตรงกับที่พบทั่วไป (เช่น 59X3-123.45, 30A-123.45, 30A-1234)",
        "vi": "Không đúng dạng biển số Việt Nam thường gặp (ví dụ 59X3-123.45, 30A-123.45, 30A-1234).",
    },
    "check.plate.vn_series_letter": {
        "en": "Vietnamese plate series do not use the letter {letters}; check it against the image (O for "
              "0 or D, I for 1?).",
        "th": "ป้ายทะเบียนเวียดนามไม่ใช้ตัวอักษร {letters} ในชุดตัวอักษร กรุณาตรวจกับภาพ (O กับ 0 หรือ D, I กับ 1)",
        "vi": "Sê-ri biển số Việt Nam không dùng chữ {letters}; hãy đối chiếu với ảnh (O nhầm với 0 hoặc D, "
              "I nhầm với 1?).",
    },
    # --- provinces (provinces.py) --------------------------------------------------------------------
    "check.province.unknown": {
        "en": "Not the name of a Thai province.",
        "th": "ไม่ใช่ชื่อจังหวัดของไทย",
        "vi": "Không phải tên một tỉnh của Thái Lan.",
    },
    "check.province.unknown_suggest": {
        "en": "Not the name of a Thai province; did you mean {suggestion}?",
        "th": "ไม่ใช่ชื่อจังหวัดของไทย หมายถึง {suggestion} หรือไม่",
        "vi": "Không phải tên một tỉnh của Thái Lan; có phải ý bạn là {suggestion}?",
    },
    # --- Thai ID numbers (thai_id.py) -----------------------------------------------------------------
    "check.thai_id.not_numeric": {
        "en": "A Thai ID number has 13 digits and nothing else.",
        "th": "เลขประจำตัว 13 หลักต้องเป็นตัวเลขเท่านั้น",
        "vi": "Số định danh Thái Lan gồm 13 chữ số và không có gì khác.",
    },
    "check.thai_id.length": {
        "en": "A Thai ID number has 13 digits; this one has {count}.",
        "th": "เลขประจำตัวต้องมี 13 หลัก แต่อ่านได้ {count} หลัก",
        "vi": "Số định danh Thái Lan có 13 chữ số; số này có {count} chữ số.",
    },
    "check.thai_id.first_digit": {
        "en": "A personal ID number never starts with {digit}.",
        "th": "เลขประจำตัวประชาชนไม่ขึ้นต้นด้วย {digit}",
        "vi": "Số định danh cá nhân không bao giờ bắt đầu bằng {digit}.",
    },
    "check.thai_id.first_digit_zero": {
        "en": "A personal ID number never starts with 0 (0 starts a juristic-person number).",
        "th": "เลขประจำตัวประชาชนไม่ขึ้นต้นด้วย 0 (เลขที่ขึ้นต้นด้วย 0 เป็นเลขทะเบียนนิติบุคคล)",
        "vi": "Số định danh cá nhân không bao giờ bắt đầu bằng 0 (số bắt đầu bằng 0 là mã số pháp nhân).",
    },
    "check.thai_id.checksum": {
        "en": "The check digit (last digit) of this {kind} is wrong: a digit was probably misread.",
        "th": "เลขตรวจสอบ (หลักสุดท้าย) ของ{kind}ไม่ถูกต้อง อาจอ่านตัวเลขผิดไปหนึ่งหลัก",
        "vi": "Chữ số kiểm tra (chữ số cuối) của {kind} này không đúng: có lẽ một chữ số đã bị đọc sai.",
    },
    "thai_id.kind.juristic": {
        "en": "juristic-person number", "th": "เลขทะเบียนนิติบุคคล", "vi": "mã số pháp nhân",
    },
    "thai_id.kind.personal": {
        "en": "personal ID number", "th": "เลขประจำตัวประชาชน", "vi": "số định danh cá nhân",
    },
    "check.thai_id.kind_juristic": {
        "en": "Juristic-person (company) registration number.",
        "th": "เลขทะเบียนนิติบุคคล",
        "vi": "Mã số đăng ký pháp nhân (doanh nghiệp).",
    },
    "check.thai_id.kind_personal": {
        "en": "Personal ID number.",
        "th": "เลขประจำตัวประชาชน (บุคคลธรรมดา)",
        "vi": "Số định danh cá nhân.",
    },
}
