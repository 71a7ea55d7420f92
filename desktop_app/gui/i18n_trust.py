"""The window's words for issue 9 ("a signed-off review can be trusted"), English and Thai.

Kept apart from i18n.py (which merges them into its table) so that the strings of the sign-off
question, the replace question, the queue questions, the Open Sample menu and the truthful
messages stay together. Same shape as `i18n._STRINGS`: key -> (English, Thai).
"""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    # --- sign-off with open problems ---
    "state.accepted": ("accepted at sign-off", "รับตามการยืนยันเอกสาร"),
    "signoff.title": ("Sign off with problems left?", "ยืนยันเอกสารทั้งที่ยังมีปัญหา?"),
    "signoff.text": (  # one count a sentence part: no plural to agree (scripts/codemod_tr.py)
        "This document still has open problems. Errors: {errors} · fields needing attention: "
        "{attention} · empty required fields: {empty}.",
        "เอกสารนี้ยังมีปัญหา ข้อผิดพลาด: {errors} · ช่องที่ต้องตรวจ: {attention} "
        "· ช่องที่จำเป็นแต่ยังว่าง: {empty}",
    ),
    "signoff.info": (
        "Signing off anyway records in the review file how many were left, and every field nobody "
        "looked at as accepted at sign-off (not as confirmed).",
        "หากยืนยันต่อ ไฟล์ผลตรวจจะบันทึกจำนวนปัญหาที่เหลือ และบันทึกช่องที่ยังไม่มีใครตรวจว่า "
        "“รับตามการยืนยันเอกสาร” (ไม่ใช่ “ยืนยันแล้ว”)",
    ),
    "signoff.first": ("&Go to the First One", "ไปยังรายการแรก"),
    "signoff.anyway": ("&Sign Off Anyway", "ยืนยันเอกสารต่อ"),
    "status.signoff_stopped": ("Not signed off: this field needs a look first",
                               "ยังไม่ได้ยืนยันเอกสาร: กรุณาตรวจช่องนี้ก่อน"),
    "status.signed_off_open": (
        "Marked reviewed with problems left ({errors} errors, {attention} needing attention): "
        "recorded in the review file",
        "ยืนยันเอกสารแล้วทั้งที่ยังมีปัญหา (ข้อผิดพลาด {errors} ต้องตรวจ {attention} ช่อง) "
        "บันทึกไว้ในไฟล์ผลตรวจแล้ว",
    ),
    "status.check_warning": (
        "The corrected value raises a warning (shown under it); Enter goes on as it is",
        "ค่าที่แก้มีคำเตือน (ดูข้อความด้านล่าง) กด Enter เพื่อไปต่อตามนี้",
    ),
    "status.nothing_to_save": (
        "Nothing saved: you have not worked on {name} yet (Ctrl+Enter signs it off)",
        "ไม่ได้บันทึก: ยังไม่ได้ตรวจ {name} (กด Ctrl+Enter เพื่อยืนยันเอกสาร)",
    ),
}
STRINGS.update({
    # --- the queue: paid folders, quitting with unsaved documents ---
    "queue.send.title": ("Send to a paid service?", "ส่งไปยังบริการที่มีค่าใช้จ่าย?"),
    "queue.send.text": (  # one count ({n}) for Qt's numerus form
        "{n} request(s) will be sent to {service} and may be charged. Documents with a stored "
        "answer (free): {stored} of {total}. Send?",
        "จะส่งคำขอ {n} รายการไปยัง {service} ซึ่งอาจมีค่าใช้จ่าย เอกสารที่มีคำตอบที่บันทึกไว้แล้ว "
        "(ไม่มีค่าใช้จ่าย): {stored} จาก {total} รายการ ต้องการส่งหรือไม่?",
    ),
    "queue.send.cancelled": ("Nothing was sent.", "ยังไม่ได้ส่งข้อมูล"),
    "queue.counting": ("Counting requests and stored answers…", "กำลังนับคำขอและคำตอบที่บันทึกไว้…"),
    "queue.quit.title": ("Documents not saved", "เอกสารที่ยังไม่ได้บันทึก"),
    "queue.quit.text": (
        "{n} document(s) in the queue were read but not saved. Each is kept as a draft and offered "
        "back at the next start.",
        "มีเอกสาร {n} รายการในคิวที่อ่านแล้วแต่ยังไม่ได้บันทึก แต่ละรายการจะเก็บเป็นฉบับร่าง "
        "และเสนอให้กู้คืนเมื่อเปิดโปรแกรมครั้งถัดไป",
    ),
    "queue.quit.keep": ("&Keep Drafts and Quit", "เก็บฉบับร่างแล้วออก"),
})
STRINGS.update({
    # --- yesterday's work ---
    "replace.title": ("Replace a signed-off review?", "แทนที่ผลตรวจที่ยืนยันแล้ว?"),
    "replace.text": ("“{name}” was signed off by {by} on {when}.",
                     "“{name}” ได้รับการยืนยันโดย {by} เมื่อ {when}"),
    "replace.info": ("Replacing it throws that review away. Cancel keeps it.",
                     "การแทนที่จะทิ้งผลตรวจนั้น กด ยกเลิก เพื่อเก็บไว้"),
    "replace.replace": ("&Replace It", "แทนที่"),
    "status.not_replaced": ("Not saved: the signed-off review was kept", "ไม่ได้บันทึก: เก็บผลตรวจที่ยืนยันแล้วไว้"),
    "status.opened_review": ("Opened the saved review of {name}", "เปิดผลตรวจที่บันทึกไว้ของ {name} แล้ว"),
})
STRINGS.update({
    # --- settings ---
    "set.discard.title": ("Discard the changes?", "ทิ้งการเปลี่ยนแปลง?"),
    "set.discard.text": ("Settings were changed (endpoints, keys or preferences) and not saved. "
                         "Throw the changes away?",
                         "มีการเปลี่ยนการตั้งค่า (ที่อยู่บริการ key หรือค่าอื่น) ที่ยังไม่ได้บันทึก ต้องการทิ้งการเปลี่ยนแปลงหรือไม่?"),
})
STRINGS.update({
    # --- messages tell the truth ---
    "status.not_shown": ("{name} could not be shown", "แสดง {name} ไม่ได้"),
})
STRINGS.update({
    # --- the demo a salesperson gives ---
    "menu.samples": ("Open Sa&mple", "เปิดตัวอย่าง"),
    "menu.samples.none": ("No samples are installed", "ไม่มีภาพตัวอย่าง"),
    "status.sample": ("Opened the sample {name} with the demo service (simulated results): Ctrl+R reads it",
                      "เปิดตัวอย่าง {name} ด้วยบริการสาธิต (ผลจำลอง) กด Ctrl+R เพื่ออ่าน"),
    "sample.vehicle_book": ("Vehicle book (scan)", "สมุดทะเบียนรถ (สแกน)"),
    "sample.vehicle_book_photo": ("Vehicle book (phone photo)", "สมุดทะเบียนรถ (ภาพถ่าย)"),
    "sample.thai_id_card": ("Thai ID card", "บัตรประชาชน"),
    "sample.passport": ("Passport", "หนังสือเดินทาง"),
    "sample.vn_registration_front": ("Vietnamese registration, front", "ทะเบียนรถเวียดนาม ด้านหน้า"),
    "sample.vn_registration_back": ("Vietnamese registration, back", "ทะเบียนรถเวียดนาม ด้านหลัง"),
})
