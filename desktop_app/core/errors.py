"""Every failure the clerk can meet, as one sentence in English and in Thai.

A code maps to an `ErrorInfo`: what happened, what to do, and whether trying again can help.
Exceptions carry a code; they never carry a traceback to the user, and never a secret.
Exit statuses of `desktop-app ocr`: 2 bad input (nothing sent), 3 API or network failure.
"""

from __future__ import annotations

from dataclasses import dataclass

from .redact import redact


@dataclass(frozen=True)
class ErrorInfo:
    code: str
    en: str
    th: str
    retry: bool = False  # True when trying the same request again may succeed

    def text(self, language: str = "en") -> str:
        return self.th if language == "th" else self.en


_RETRY_EN = " Trying again may help."
_RETRY_TH = " ลองอีกครั้งอาจสำเร็จ"
_NO_RETRY_EN = " Sending the same request again will not help."
_NO_RETRY_TH = " การส่งคำขอเดิมซ้ำจะไม่ช่วย"


def _e(code: str, en: str, th: str, retry: bool = False) -> ErrorInfo:
    return ErrorInfo(code, en, th, retry)


CATALOGUE: dict[str, ErrorInfo] = {
    e.code: e
    for e in [
        # --- input: nothing was sent --------------------------------------------------------
        _e("input.not_found", "The file was not found. Check the path and open it again.",
           "ไม่พบไฟล์ ตรวจสอบตำแหน่งไฟล์แล้วเปิดใหม่อีกครั้ง"),
        _e("input.unreadable", "The file is not an image this program can read (it may be damaged). "
           "Open a JPEG, PNG, TIFF or PDF file.",
           "ไม่สามารถอ่านไฟล์ภาพนี้ได้ (ไฟล์อาจเสียหาย) กรุณาเปิดไฟล์ JPEG, PNG, TIFF หรือ PDF"),
        _e("input.too_small", "The image is smaller than 500×500 pixels, which the API refuses. "
           "Scan or photograph the document at a higher resolution. Nothing was sent.",
           "ภาพมีขนาดเล็กกว่า 500×500 พิกเซล ซึ่ง API ไม่รับ กรุณาสแกนหรือถ่ายภาพเอกสารให้ละเอียดขึ้น "
           "(ยังไม่ได้ส่งข้อมูล)"),
        _e("input.too_large", "The image could not be made small enough for the API (10 MB, 10000×10000 "
           "pixels). Use a smaller scan. Nothing was sent.",
           "ไม่สามารถย่อภาพให้เล็กพอสำหรับ API ได้ (10 MB, 10000×10000 พิกเซล) กรุณาใช้ภาพสแกนที่เล็กลง "
           "(ยังไม่ได้ส่งข้อมูล)"),
        _e("input.unsupported", "This service does not accept this kind of file. Use an image (JPEG, PNG) "
           "or choose a service that accepts PDF.",
           "บริการนี้ไม่รับไฟล์ประเภทนี้ กรุณาใช้ไฟล์ภาพ (JPEG, PNG) หรือเลือกบริการที่รับ PDF"),
        _e("input.image_count", "This service needs a different number of images (front and back are "
           "sent together). Open the right number of images.",
           "บริการนี้ต้องการจำนวนภาพที่ต่างออกไป (ด้านหน้าและด้านหลังส่งพร้อมกัน) กรุณาเปิดภาพให้ครบ"),
        _e("input.too_many_pages", "The document has more pages than the service reads at once (20). "
           "Split it into smaller files. Nothing was sent.",
           "เอกสารมีจำนวนหน้ามากกว่าที่บริการอ่านได้ในครั้งเดียว (20 หน้า) กรุณาแบ่งเป็นไฟล์ย่อย "
           "(ยังไม่ได้ส่งข้อมูล)"),
        _e("input.changed", "The file changed on disk since this document was read, so its pages may not "
           "match. Open the file again. Nothing was sent.",
           "ไฟล์ถูกเปลี่ยนแปลงหลังจากอ่านเอกสารนี้ หน้าอาจไม่ตรงกัน กรุณาเปิดไฟล์ใหม่อีกครั้ง (ยังไม่ได้ส่งข้อมูล)"),
        _e("input.no_such_page", "The document has no such page. Nothing was sent.",
           "เอกสารไม่มีหน้านี้ (ยังไม่ได้ส่งข้อมูล)"),
        _e("input.option", "An option has a value the service does not accept. Check the option and try "
           "again.", "ค่าตัวเลือกไม่ถูกต้องสำหรับบริการนี้ กรุณาตรวจสอบตัวเลือกแล้วลองใหม่"),
        _e("input.provider", "Unknown OCR service. Choose one from the list.",
           "ไม่รู้จักบริการ OCR นี้ กรุณาเลือกจากรายการ"),
        _e("input.insecure_endpoint", "The service address must start with https:// (plain http is only "
           "allowed on this computer). Nothing was sent.",
           "ที่อยู่บริการต้องขึ้นต้นด้วย https:// (http ใช้ได้เฉพาะในเครื่องนี้เท่านั้น) ยังไม่ได้ส่งข้อมูล"),
        _e("input.bad_endpoint", "The service address is not a valid URL. Check it in Settings.",
           "ที่อยู่บริการไม่ถูกต้อง กรุณาตรวจสอบในหน้าตั้งค่า"),
        _e("key.missing", "No API key is set for this service. Add it in Settings (or run "
           "`desktop-app key set`). Nothing was sent.",
           "ยังไม่ได้ตั้งค่า API key สำหรับบริการนี้ กรุณาเพิ่มในหน้าตั้งค่า (ยังไม่ได้ส่งข้อมูล)"),
        _e("keyring.unavailable", "No system keyring is available on this computer, so the key cannot be "
           "stored. It can be used for this session only; nothing is written to disk.",
           "เครื่องนี้ไม่มีระบบเก็บรหัสลับ (keyring) จึงบันทึก key ไม่ได้ ใช้ได้เฉพาะรอบการทำงานนี้ "
           "และจะไม่เขียนลงดิสก์"),
        # --- network -------------------------------------------------------------------------
        _e("net.unreachable", "The OCR service could not be reached. Check the network connection and "
           "the service address.", "ติดต่อบริการ OCR ไม่ได้ กรุณาตรวจสอบการเชื่อมต่อเครือข่ายและที่อยู่บริการ",
           True),
        _e("net.timeout", "The OCR service did not answer in time. Try again, or raise the timeout in "
           "Settings.", "บริการ OCR ไม่ตอบกลับภายในเวลาที่กำหนด ลองใหม่ หรือเพิ่มเวลารอในหน้าตั้งค่า", True),
        _e("net.dropped", "The connection was cut before the answer was complete. Try again.",
           "การเชื่อมต่อถูกตัดก่อนได้รับคำตอบครบ กรุณาลองใหม่", True),
        _e("net.tls", "The service's security certificate could not be verified, so nothing was trusted. "
           "Check the address, or ask IT about the network.",
           "ไม่สามารถยืนยันใบรับรองความปลอดภัยของบริการได้ กรุณาตรวจสอบที่อยู่ หรือติดต่อฝ่ายไอที"),
        _e("cancelled", "Cancelled. Nothing was changed.", "ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลง"),
        # --- undocumented answers -------------------------------------------------------------
        _e("resp.not_json", "The service answered with something that is not OCR data (for example an "
           "error web page). Try again later; if it persists, check the service address.",
           "บริการตอบกลับด้วยข้อมูลที่ไม่ใช่ผล OCR (เช่น หน้าเว็บแจ้งข้อผิดพลาด) กรุณาลองใหม่ภายหลัง "
           "หากยังเกิดขึ้นให้ตรวจสอบที่อยู่บริการ", True),
        _e("resp.truncated", "The service's answer was cut off. Try again.",
           "คำตอบจากบริการไม่ครบ กรุณาลองใหม่", True),
        _e("resp.shape", "The service's answer was not in the expected form, so it could not be read. The "
           "answer was kept; report this to support.",
           "คำตอบจากบริการอยู่ในรูปแบบที่ไม่คาดไว้ จึงอ่านไม่ได้ ระบบเก็บคำตอบไว้แล้ว กรุณาแจ้งฝ่ายสนับสนุน"),
        # --- HTTP statuses (any service) ------------------------------------------------------
        _e("http.400", "The service refused the request as invalid. Check that the image is a clear "
           "picture of the right document.", "บริการปฏิเสธคำขอ กรุณาตรวจสอบว่าภาพเป็นเอกสารที่ถูกต้องและชัดเจน"),
        _e("http.401", "The API key was refused (missing or wrong). Check the key in Settings.",
           "API key ไม่ถูกต้องหรือไม่มี กรุณาตรวจสอบ key ในหน้าตั้งค่า"),
        _e("http.403", "This API key is not allowed to use this service. Ask your administrator to enable "
           "it, or use another key.", "API key นี้ไม่มีสิทธิ์ใช้บริการนี้ กรุณาติดต่อผู้ดูแลระบบหรือใช้ key อื่น"),
        _e("http.404", "The service address was not found. Check the endpoint in Settings.",
           "ไม่พบที่อยู่บริการ กรุณาตรวจสอบ endpoint ในหน้าตั้งค่า"),
        _e("http.413", "The image is too large for the service (over 10 MB or 10000×10000 pixels). Use a "
           "smaller image.", "ภาพใหญ่เกินกว่าที่บริการรับได้ (เกิน 10 MB หรือ 10000×10000 พิกเซล) "
           "กรุณาใช้ภาพที่เล็กลง"),
        _e("http.422", "The service could not decode the image. Save it again as JPEG or PNG and retry.",
           "บริการถอดรหัสภาพไม่ได้ กรุณาบันทึกภาพใหม่เป็น JPEG หรือ PNG แล้วลองอีกครั้ง"),
        _e("http.429", "The API credit for this key is used up. Top up the account.",
           "เครดิต API ของ key นี้หมดแล้ว กรุณาเติมเครดิต"),
        _e("http.5xx", "The OCR service had an internal problem. Try again in a few minutes.",
           "บริการ OCR ขัดข้องภายใน กรุณาลองใหม่ในอีกสักครู่", True),
        _e("http.other", "The service answered with an unexpected error. Try again; if it persists, "
           "report it to support.", "บริการตอบกลับด้วยข้อผิดพลาดที่ไม่คาดไว้ กรุณาลองใหม่ "
           "หากยังเกิดขึ้นให้แจ้งฝ่ายสนับสนุน", True),
        # --- AIGEN codes -----------------------------------------------------------------------
        _e("aigen.1001", "The image resolution is too low for the service (minimum 500×500). Scan the "
           "document at a higher resolution.", "ความละเอียดภาพต่ำเกินไป (ขั้นต่ำ 500×500) "
           "กรุณาสแกนเอกสารให้ละเอียดขึ้น"),
        _e("aigen.1002", "The service did not accept the image quality or size (maximum 10000×10000). "
           "Use a clearer, smaller scan.", "บริการไม่รับคุณภาพหรือขนาดภาพนี้ (สูงสุด 10000×10000) "
           "กรุณาใช้ภาพที่ชัดขึ้นและเล็กลง"),
        _e("aigen.1003", "The service could not convert the image. Save it again as JPEG or PNG and retry.",
           "บริการแปลงภาพไม่ได้ กรุณาบันทึกภาพใหม่เป็น JPEG หรือ PNG แล้วลองอีกครั้ง"),
        _e("aigen.2001", "The OCR service had an internal problem. Try again in a few minutes.",
           "บริการ OCR ขัดข้องภายใน กรุณาลองใหม่ในอีกสักครู่", True),
        _e("aigen.20000", "The image is too large for the service (over 10 MB or 10000×10000 pixels). Use "
           "a smaller image.", "ภาพใหญ่เกินกว่าที่บริการรับได้ (เกิน 10 MB หรือ 10000×10000 พิกเซล) "
           "กรุณาใช้ภาพที่เล็กลง"),
        _e("aigen.20001", "The service could not decode the image. Save it again as JPEG or PNG and retry.",
           "บริการถอดรหัสภาพไม่ได้ กรุณาบันทึกภาพใหม่เป็น JPEG หรือ PNG แล้วลองอีกครั้ง"),
        _e("aigen.20002", "The service could not decode the image data. Save it again as JPEG or PNG and "
           "retry.", "บริการอ่านข้อมูลภาพไม่ได้ กรุณาบันทึกภาพใหม่เป็น JPEG หรือ PNG แล้วลองอีกครั้ง"),
        _e("aigen.40000", "The OCR service is temporarily unavailable. Try again in a few minutes.",
           "บริการ OCR ไม่พร้อมใช้งานชั่วคราว กรุณาลองใหม่ในอีกสักครู่", True),
        _e("aigen.40001", "The OCR service had an internal problem. Try again in a few minutes.",
           "บริการ OCR ขัดข้องภายใน กรุณาลองใหม่ในอีกสักครู่", True),
        _e("aigen.can_not_find_vehicle_registration_on_image", "No vehicle registration book was found in "
           "the image. Check that this is the right document and that the page is fully in the picture.",
           "ไม่พบสมุดทะเบียนรถในภาพ กรุณาตรวจสอบว่าเป็นเอกสารที่ถูกต้องและอยู่ในภาพครบทั้งหน้า"),
        _e("aigen.not_a_document", "The service could not find the expected document in the image. Check "
           "that this is the right document type and that it is fully in the picture.",
           "บริการไม่พบเอกสารที่ต้องการในภาพ กรุณาตรวจสอบประเภทเอกสารและให้เอกสารอยู่ในภาพครบ"),
        _e("aigen.internal_server_error", "The service failed on this page. Try this page again.",
           "บริการขัดข้องขณะอ่านหน้านี้ กรุณาลองหน้านี้อีกครั้ง", True),
        _e("aigen.page_failed", "The service could not read this page. Check the page image and try it "
           "again.", "บริการอ่านหน้านี้ไม่ได้ กรุณาตรวจสอบภาพหน้านี้แล้วลองอีกครั้ง", True),
        _e("aigen.partial_content", "Some pages could not be read; the others are shown. Re-run the failed "
           "pages.", "บางหน้าอ่านไม่ได้ หน้าอื่นแสดงผลแล้ว กรุณาสั่งอ่านหน้าที่ล้มเหลวอีกครั้ง", True),
        # --- Computer Vision Vietnam codes (errorCode is a string) ----------------------------
        _e("cvvn.1", "The photo does not contain a readable registration. Check the image and that it "
           "shows the right side.", "ไม่พบเนื้อหาในภาพ กรุณาตรวจสอบภาพและด้านของเอกสาร"),
        _e("cvvn.2", "The image address (URL) could not be opened by the service. Send the file instead.",
           "บริการเปิดที่อยู่ภาพ (URL) ไม่ได้ กรุณาส่งเป็นไฟล์แทน", True),
        _e("cvvn.3", "The service did not accept the image format. Save it as JPEG or PNG and retry.",
           "บริการไม่รับรูปแบบภาพนี้ กรุณาบันทึกเป็น JPEG หรือ PNG แล้วลองใหม่"),
        _e("cvvn.4", "The account is out of requests. Top up the account.",
           "จำนวนคำขอของบัญชีหมดแล้ว กรุณาเติมโควตา"),
        _e("cvvn.5", "The API key or secret was refused. Check both in Settings.",
           "API key หรือ secret ไม่ถูกต้อง กรุณาตรวจสอบในหน้าตั้งค่า"),
        _e("cvvn.6", "The request used a format type the service does not know. Check the format option.",
           "รูปแบบการส่งข้อมูลไม่ถูกต้อง กรุณาตรวจสอบตัวเลือก format"),
        _e("cvvn.unknown", "The service reported an error it does not document. Try again; if it "
           "persists, report it to support.", "บริการแจ้งข้อผิดพลาดที่ไม่มีในเอกสาร กรุณาลองใหม่ "
           "หากยังเกิดขึ้นให้แจ้งฝ่ายสนับสนุน", True),
        # --- files ------------------------------------------------------------------------------
        _e("file.unreadable", "The review file could not be read (it is damaged or not a review file). "
           "It was left untouched.", "อ่านไฟล์ผลตรวจไม่ได้ (ไฟล์เสียหายหรือไม่ใช่ไฟล์ผลตรวจ) ไฟล์เดิมไม่ถูกแก้ไข"),
        _e("file.newer", "This review file was written by a newer version of the program. Update the "
           "program to open it; the file was left untouched.",
           "ไฟล์ผลตรวจนี้สร้างจากโปรแกรมรุ่นใหม่กว่า กรุณาอัปเดตโปรแกรม ไฟล์เดิมไม่ถูกแก้ไข"),
        _e("file.reviewed", "A review file with a clerk's work already exists there; a new OCR result "
           "would erase that work, so it was not written and nothing was sent. Choose another output "
           "file or folder, or move the old file away first.",
           "มีไฟล์ผลตรวจที่เจ้าหน้าที่ตรวจแล้วอยู่ที่นั่น ผล OCR ใหม่จะลบงานนั้น จึงไม่ได้เขียนทับและไม่ได้ส่งคำขอ "
           "กรุณาเลือกไฟล์หรือโฟลเดอร์ปลายทางอื่น หรือย้ายไฟล์เดิมออกก่อน"),
        _e("file.write", "The file could not be saved (disk full or no permission). Your work is still "
           "open; save it somewhere else.", "บันทึกไฟล์ไม่ได้ (ดิสก์เต็มหรือไม่มีสิทธิ์) งานยังเปิดอยู่ "
           "กรุณาบันทึกที่อื่น"),
        _e("internal", "Something went wrong inside the program. Your work is kept; save it, and report "
           "this to support.", "เกิดข้อผิดพลาดภายในโปรแกรม งานของคุณยังอยู่ กรุณาบันทึกและแจ้งฝ่ายสนับสนุน"),
        # --- exports, report, retention (issue 14) -------------------------------------------
        _e("export.no_input", "No review file was found in the given files or folders. Give review "
           "files (*.review.json) or the folders that hold them.",
           "ไม่พบไฟล์ผลตรวจในไฟล์หรือโฟลเดอร์ที่ระบุ กรุณาระบุไฟล์ผลตรวจ (*.review.json) หรือโฟลเดอร์ที่มีไฟล์เหล่านั้น"),
        _e("export.none_signed_off", "None of these documents is signed off, so nothing was exported. "
           "Sign them off first, or include the others on purpose (--all, or the export dialog's option).",
           "ยังไม่มีเอกสารใดที่ยืนยันผลแล้ว จึงไม่ได้ส่งออก กรุณายืนยันผลก่อน หรือเลือกรวมเอกสารที่เหลือ (--all)"),
        # --- team queue (issue 16: one PostgreSQL database, many clerks) -------------------------
        _e("team.driver", "The PostgreSQL driver (psycopg) is not installed. Reinstall the program.",
           "ไม่พบไดรเวอร์ PostgreSQL (psycopg) กรุณาติดตั้งโปรแกรมใหม่"),
        _e("team.connect", "The team database could not be reached. Check the address, the password and "
           "the network.", "เชื่อมต่อฐานข้อมูลของทีมไม่ได้ กรุณาตรวจสอบที่อยู่ รหัสผ่าน และเครือข่าย", True),
        _e("team.schema_missing", "This database has no team queue yet. Ask an administrator to run "
           "`desktop-app team init`.", "ฐานข้อมูลนี้ยังไม่มีคิวงานของทีม กรุณาให้ผู้ดูแลระบบสั่ง "
           "`desktop-app team init`"),
        _e("team.schema_old", "The team database is at an older version. Ask an administrator to run "
           "`desktop-app team init` to upgrade it.", "ฐานข้อมูลของทีมเป็นรุ่นเก่า กรุณาให้ผู้ดูแลระบบสั่ง "
           "`desktop-app team init` เพื่ออัปเกรด"),
        _e("team.schema_newer", "The team database was upgraded by a newer version of the program. Update "
           "the program.", "ฐานข้อมูลของทีมถูกอัปเกรดโดยโปรแกรมรุ่นใหม่กว่า กรุณาอัปเดตโปรแกรม"),
        _e("team.claim_lost", "This document is no longer yours: its lease ran out and another clerk took "
           "it. Your review file was kept; give it to a supervisor.",
           "เอกสารนี้ไม่ใช่ของคุณแล้ว เวลาจองหมดและเจ้าหน้าที่คนอื่นรับไปแล้ว ไฟล์ผลตรวจของคุณยังเก็บไว้ "
           "กรุณาส่งให้หัวหน้างาน"),
        _e("team.not_signed_off", "The review file is not signed off. Sign it off (or reject it) first, "
           "then submit it.", "ไฟล์ผลตรวจยังไม่ได้ลงนามรับรอง กรุณาลงนาม (หรือปฏิเสธ) ก่อนแล้วจึงส่ง"),
        _e("team.not_queued", "No document in the team queue matches this review file. Check that it is "
           "the file `team next` wrote.", "ไม่มีเอกสารในคิวของทีมที่ตรงกับไฟล์ผลตรวจนี้ กรุณาตรวจสอบว่าเป็น"
           "ไฟล์ที่ `team next` สร้าง"),
        _e("team.denied", "Your database account may not do this. Ask a supervisor for the right role.",
           "บัญชีฐานข้อมูลของคุณไม่มีสิทธิ์ทำสิ่งนี้ กรุณาขอสิทธิ์ที่ถูกต้องจากหัวหน้างาน"),
        _e("team.no_decision", "That document is not waiting for a supervisor's decision.",
           "เอกสารนั้นไม่ได้รอการตัดสินของหัวหน้างาน"),
        # --- hostile answers and files (issue 10) ------------------------------------------------
        _e("resp.too_large", "The service's answer was far larger than any real OCR answer, so it was "
           "not kept. Check the service address; if it persists, report it to support.",
           "คำตอบจากบริการใหญ่เกินกว่าผล OCR จริงใดๆ จึงไม่ได้เก็บไว้ กรุณาตรวจสอบที่อยู่บริการ "
           "หากยังเกิดขึ้นให้แจ้งฝ่ายสนับสนุน"),
        _e("input.endpoint_secret", "The service address holds a key, user name or password. Remove it "
           "from the address and store the key in Settings (the system keyring). Nothing was sent.",
           "ที่อยู่บริการมี key ชื่อผู้ใช้ หรือรหัสผ่านอยู่ด้วย กรุณาลบออกจากที่อยู่ แล้วเก็บ key ในหน้าตั้งค่า "
           "(keyring ของระบบ) ยังไม่ได้ส่งข้อมูล"),
        _e("file.reviewed_meanwhile", "A review with a clerk's work was saved there while the answer was on "
           "its way; it was kept, and the new result was not written. Choose another output file.",
           "มีการบันทึกผลตรวจของเจ้าหน้าที่ไว้ที่นั่นระหว่างรอคำตอบ ผลตรวจนั้นถูกเก็บไว้ และไม่ได้เขียนผลใหม่ทับ "
           "กรุณาเลือกไฟล์ปลายทางอื่น"),
        # --- trust (issue 9): each way a file fails gets its own sentence ({what}: core/file_kind.py)
        _e("input.empty", "The file is empty (0 bytes): it holds no image. Copy or scan it again.",
           "ไฟล์ว่างเปล่า (0 ไบต์) ไม่มีภาพอยู่ กรุณาคัดลอกหรือสแกนใหม่อีกครั้ง"),
        _e("input.format", "The file is {what}, which this program does not read. Open a JPEG, PNG, "
           "TIFF or PDF file.", "ไฟล์นี้เป็น {what} ซึ่งโปรแกรมนี้ไม่อ่าน กรุณาเปิดไฟล์ JPEG, PNG, TIFF หรือ PDF"),
        _e("input.damaged", "The file looks like {what} but is damaged (cut short or corrupted), so it "
           "cannot be read. Copy or scan it again.",
           "ไฟล์นี้ดูเหมือนเป็น {what} แต่เสียหาย (ไม่ครบหรือข้อมูลผิดพลาด) จึงอ่านไม่ได้ "
           "กรุณาคัดลอกหรือสแกนใหม่อีกครั้ง"),
        _e("output.unwritable", "The output folder cannot be written to (no permission, read-only, or it "
           "is a file). Choose another folder. Nothing was sent.",
           "เขียนลงโฟลเดอร์ปลายทางไม่ได้ (ไม่มีสิทธิ์ อ่านได้อย่างเดียว หรือเป็นไฟล์) "
           "กรุณาเลือกโฟลเดอร์อื่น (ยังไม่ได้ส่งข้อมูล)"),
        _e("demo.not_a_sample", "The demo reads only the bundled sample images (File › Open Sample); this "
           "is not one of them. Choose a real OCR service for your own documents. Nothing was sent.",
           "โหมดสาธิตอ่านได้เฉพาะภาพตัวอย่างที่มากับโปรแกรม (ไฟล์ › เปิดตัวอย่าง) ภาพนี้ไม่ใช่ภาพตัวอย่าง "
           "กรุณาเลือกบริการ OCR จริงสำหรับเอกสารของคุณ (ยังไม่ได้ส่งข้อมูล)"),
        _e("review.other_image", "The review file beside this image was made from a different file "
           "(another scan under the same name), so it was not opened: the image is shown on its own. "
           "That review is never saved over; keep your work with Save As.",
           "ไฟล์ผลตรวจที่อยู่ข้างภาพนี้สร้างจากไฟล์อื่น (ภาพสแกนอื่นที่ใช้ชื่อเดียวกัน) จึงไม่ได้เปิด "
           "แสดงเฉพาะภาพ โปรแกรมจะไม่บันทึกทับผลตรวจนั้น กรุณาใช้ บันทึกเป็น… เพื่อเก็บงานของคุณ"),
        _e("display.none", "No display is available, so the window cannot open. Run it on a desktop "
           "session, or use `desktop-app ocr` on the command line.",
           "ไม่มีหน้าจอให้แสดงผล จึงเปิดหน้าต่างไม่ได้ กรุณาเปิดในเดสก์ท็อป หรือใช้คำสั่ง `desktop-app ocr`"),
        _e("input.not_regular", "That is not a regular file (a pipe, a device or a socket), so it was not "
           "read. Open an image or PDF file.",
           "นั่นไม่ใช่ไฟล์ปกติ (เป็น pipe อุปกรณ์ หรือ socket) จึงไม่ได้อ่าน กรุณาเปิดไฟล์ภาพหรือ PDF"),
    ]
}


def describe(code: str) -> ErrorInfo:
    """The catalogue entry for `code`; unknown codes get a generic entry that still names them."""
    info = CATALOGUE.get(code)
    if info is not None:
        return info
    generic = CATALOGUE["http.other"]
    return ErrorInfo(code, f"{generic.en} (code {code})", f"{generic.th} (รหัส {code})", generic.retry)


def _fill(text: str, values: dict[str, str], language: str) -> str:
    """`text` with its placeholders filled; a value may be a pair "English|ไทย"."""
    picked = {k: (v.split("|", 1)[1] if language == "th" and "|" in v else v.split("|", 1)[0])
              for k, v in values.items()}
    try:
        return text.format(**picked)
    except (KeyError, IndexError, ValueError):
        return text.replace("{what}", picked.get("what", "?"))


class AppError(Exception):
    """A failure with a catalogue code. `str()` is the clerk's sentence, never a traceback."""

    exit_status = 3

    def __init__(self, code: str, detail: str | None = None, *, http_status: int | None = None,
                 response_text: str | None = None, values: dict[str, str] | None = None) -> None:
        self.code = code
        self.detail = redact(detail) if detail else None
        self.values = dict(values or {})  # fills the sentence's {placeholders} ("{what}")
        self.http_status = http_status
        self.response_text = response_text  # verbatim body when the API answered; kept for the record
        super().__init__(self.message())

    @property
    def info(self) -> ErrorInfo:
        return describe(self.code)

    @property
    def retry(self) -> bool:
        return self.info.retry

    # Whether a retry can help is said for answers of the service (a clerk's first thought is to
    # press Retry); input errors already say what to change, and nothing was sent.
    says_no_retry = False

    def message(self, language: str = "en") -> str:
        text = self.info.text(language)
        if "{" in text:
            text = _fill(text, self.values, language)
        if self.info.retry:
            text += _RETRY_TH if language == "th" else _RETRY_EN
        elif self.says_no_retry:
            text += _NO_RETRY_TH if language == "th" else _NO_RETRY_EN
        return redact(text)

    def __str__(self) -> str:
        return self.message("en")


class InputError(AppError):
    """Bad input or usage: nothing was sent, nothing was paid for."""

    exit_status = 2


class NetworkError(AppError):
    """The service could not be reached, or the connection broke."""


class ApiError(AppError):
    """The service answered with a documented error."""

    says_no_retry = True


class ResponseError(AppError):
    """The service answered with something undocumented (HTML, truncated JSON, wrong types)."""


class Cancelled(AppError):
    def __init__(self) -> None:
        super().__init__("cancelled")


class FileFormatError(AppError):
    exit_status = 2
