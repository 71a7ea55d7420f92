"""The window's own words, in English and Thai.

Error sentences come from the core's catalogue (`AppError.message(language)`); this module holds
only the labels of menus, buttons, columns and prompts. `t(key)` answers in the current language
(set from the settings at start and when the clerk changes it); `both(key)` gives "English / ไทย"
for places that are read before anyone chose a language (the crash dialog, the simulated badge).
"""

from __future__ import annotations

LANGUAGES: dict[str, str] = {"en": "English", "th": "ไทย"}

_STRINGS: dict[str, tuple[str, str]] = {
    # application
    "app.title": ("OCR Review Desk", "OCR Review Desk"),
    "app.untitled": ("No document", "ยังไม่มีเอกสาร"),
    # menus
    "menu.file": ("&File", "ไฟล์ (&F)"),
    "menu.view": ("&View", "มุมมอง (&V)"),
    "menu.ocr": ("&OCR", "OCR (&O)"),
    "menu.recent": ("Open &Recent", "เปิดล่าสุด (&R)"),
    "menu.recent.empty": ("No recent files", "ยังไม่มีไฟล์ล่าสุด"),
    "menu.recent.clear": ("Clear list", "ล้างรายการ"),
    "menu.edit": ("&Edit", "แก้ไข (&E)"),
    "menu.review": ("&Review", "ตรวจทาน (&R)"),
    "menu.help": ("&Help", "ช่วยเหลือ (&H)"),
    # actions
    "act.open": ("&Open…", "เปิด…"),
    "act.save": ("&Save", "บันทึก"),
    "act.save_as": ("Save &As…", "บันทึกเป็น…"),
    "act.settings": ("Se&ttings…", "ตั้งค่า…"),
    "act.quit": ("&Quit", "ออก"),
    "act.run": ("&Run OCR", "อ่าน OCR"),
    "act.cancel": ("&Cancel", "ยกเลิก"),
    "act.options": ("Options", "ตัวเลือก"),
    "act.zoom_in": ("Zoom &In", "ขยาย"),
    "act.zoom_out": ("Zoom &Out", "ย่อ"),
    "act.fit_page": ("Fit &Page", "พอดีหน้า"),
    "act.fit_width": ("Fit &Width", "พอดีความกว้าง"),
    "act.actual_size": ("&100 %", "100 %"),
    "act.zoom_field": ("&Zoom to Field", "ซูมไปที่ช่อง"),
    "act.labels": ("Show &Labels on Image", "แสดงป้ายบนภาพ"),
    "act.low_first": ("Low confidence first", "ความมั่นใจต่ำก่อน"),
    "act.confirm": ("Confirm", "ยืนยัน"),
    "act.confirm_next": ("Confirm and Next", "ยืนยันแล้วไปช่องถัดไป"),
    "act.confirm_stay": ("Confirm Field", "ยืนยันช่องนี้"),
    "act.suggestion": ("Accept &Suggestion", "รับค่าที่แนะนำ"),
    "act.confirm_all": ("Confirm All &High-Confidence Fields", "ยืนยันทุกช่องที่ความมั่นใจสูง"),
    "act.signoff": ("&Mark Document Reviewed", "ยืนยันว่าตรวจเอกสารเสร็จแล้ว"),
    "act.reject": ("&Reject Document…", "ปฏิเสธเอกสาร…"),
    "act.undo": ("&Undo", "เลิกทำ"),
    "act.redo": ("&Redo", "ทำซ้ำ"),
    "act.sheet": ("&Keyboard Shortcuts", "แป้นลัด"),
    "undo.edit": ("edit value", "แก้ไขค่า"),
    "undo.confirm": ("confirm field", "ยืนยันช่อง"),
    "undo.state": ("field state", "สถานะช่อง"),
    "undo.suggestion": ("accept suggestion", "รับค่าที่แนะนำ"),
    "undo.confirm_all": ("confirm all high-confidence", "ยืนยันทุกช่องที่ความมั่นใจสูง"),
    "undo.signoff": ("mark reviewed", "ยืนยันว่าตรวจเสร็จ"),
    "undo.reject": ("reject document", "ปฏิเสธเอกสาร"),
    "field.suggestion": ("Suggestion: <b>{value}</b> — {keys} accepts it",
                         "ค่าที่แนะนำ: <b>{value}</b> — กด {keys} เพื่อรับค่า"),
    "field.normalized": ("Read as (normalized)", "ค่าที่อ่านได้ในรูปแบบมาตรฐาน"),
    "review.unreviewed": ("Not reviewed", "ยังไม่ตรวจ"),
    "review.in_review": ("In review", "กำลังตรวจ"),
    "review.reviewed": ("Reviewed", "ตรวจแล้ว"),
    "review.rejected": ("Rejected", "ปฏิเสธแล้ว"),
    "sum.errors": ("Errors: {n}", "ข้อผิดพลาด: {n}"),
    "sum.warnings": ("Warnings: {n}", "คำเตือน: {n}"),
    "sum.attention": ("Need attention: {n}", "ต้องตรวจ: {n} ช่อง"),
    "sum.tip": ("Checks never block saving.", "ผลการตรวจไม่ขัดขวางการบันทึก"),
    "sum.reason": ("Reason: {reason}", "เหตุผล: {reason}"),
    "reject.prompt": ("Why is this document rejected?", "เหตุผลที่ปฏิเสธเอกสารนี้"),
    "status.check_failed": ("The corrected value fails a check (shown under it); Enter goes on as it is",
                            "ค่าที่แก้ไม่ผ่านการตรวจ (ดูข้อความด้านล่าง) กด Enter เพื่อไปต่อตามนี้"),
    "btn.save": ("Save", "บันทึก"),
    "btn.discard": ("Discard", "ไม่บันทึก"),
    "btn.cancel": ("Cancel", "ยกเลิก"),
    "btn.yes": ("Yes", "ใช่"),
    "btn.no": ("No", "ไม่"),
    "btn.ok": ("OK", "ตกลง"),
    "btn.close": ("Close", "ปิด"),
    "keys.title": ("Keyboard shortcuts", "แป้นลัด"),
    "keys.col.keys": ("Keys", "แป้น"),
    "keys.enter": ("Confirm the field (or commit the edit), go to the next field needing attention",
                   "ยืนยันช่อง (หรือบันทึกค่าที่แก้) แล้วไปยังช่องถัดไปที่ต้องตรวจ"),
    "keys.shift_enter": ("Confirm the field (or commit the edit) and stay",
                         "ยืนยันช่อง (หรือบันทึกค่าที่แก้) โดยไม่เลื่อน"),
    "keys.tab": ("Next / previous field", "ช่องถัดไป / ก่อนหน้า"),
    "keys.f2": ("Edit the value (or just start typing)", "แก้ไขค่า (หรือเริ่มพิมพ์ได้เลย)"),
    "keys.escape": ("Cancel the edit", "ยกเลิกการแก้ไข"),
    "keys.suggestion": ("Accept the suggested value", "รับค่าที่แนะนำ"),
    "keys.confirm_all": ("Confirm every high-confidence field", "ยืนยันทุกช่องที่ความมั่นใจสูง"),
    "keys.signoff": ("Mark the document reviewed (asks first when problems are left; untouched fields "
                     "are recorded as accepted at sign-off)",
                     "ยืนยันว่าตรวจเอกสารเสร็จ (ถามก่อนหากยังมีปัญหา ช่องที่ยังไม่ได้ตรวจบันทึกว่ารับตามการยืนยันเอกสาร)"),
    "keys.reject": ("Reject the document, with a reason", "ปฏิเสธเอกสาร พร้อมเหตุผล"),
    "keys.fresh": ("Ask the service again (a new, possibly charged, call)",
                   "ส่งให้บริการอ่านใหม่ (เรียกใหม่ อาจมีค่าใช้จ่าย)"),
    "keys.rerun_page": ("Read this page again", "อ่านหน้านี้ใหม่"),
    "keys.cancel": ("Cancel the request", "ยกเลิกคำขอ"),
    "keys.save_as": ("Save as", "บันทึกเป็น"),
    "keys.open_folder": ("Open a folder (batch)", "เปิดโฟลเดอร์ (ชุดเอกสาร)"),
    "keys.zoom": ("Zoom in / out / 100 %", "ขยาย / ย่อ / 100 %"),
    "keys.labels": ("Labels on the image", "ป้ายชื่อบนภาพ"),
    "keys.undo": ("Undo", "เลิกทำ"),
    "keys.redo": ("Redo", "ทำซ้ำ"),
    "keys.run": ("Run OCR", "อ่าน OCR"),
    "keys.save": ("Save", "บันทึก"),
    "keys.open": ("Open", "เปิด"),
    "keys.zoom_field": ("Zoom to the field", "ซูมไปที่ช่อง"),
    "keys.fit": ("Fit page / fit width", "พอดีหน้า / พอดีความกว้าง"),
    "keys.sheet": ("This sheet", "หน้านี้"),
    "keys.note": ("Every shortcut uses Ctrl, Alt or a function key: typing a value (Thai input methods "
                  "included) never triggers one.",
                  "แป้นลัดทุกตัวใช้ Ctrl, Alt หรือแป้นฟังก์ชัน การพิมพ์ค่า (รวมถึงการพิมพ์ภาษาไทย) จะไม่เรียกใช้แป้นลัด"),
    "set.thresholds": ("Thresholds", "เกณฑ์"),
    "set.thresholds.note": (
        "Per-field thresholds by document type override the global one (stricter for numbers that "
        "must be exact, looser for fields OCR rarely gets wrong).",
        "เกณฑ์เฉพาะช่องตามประเภทเอกสารใช้แทนเกณฑ์รวม (เข้มขึ้นสำหรับเลขที่ต้องถูกต้อง ผ่อนลงสำหรับช่องที่ OCR มักอ่านถูก)",
    ),
    "set.thresholds.doc_type": ("Document type", "ประเภทเอกสาร"),
    "set.thresholds.key": ("Field key", "คีย์ของช่อง"),
    "set.thresholds.value": ("Threshold", "เกณฑ์"),
    "set.thresholds.add": ("Add", "เพิ่ม"),
    "set.thresholds.remove": ("Remove", "ลบ"),
    "set.thresholds.defaults": ("Restore defaults", "คืนค่าเริ่มต้น"),
    # toolbar
    "tb.provider": ("Service:", "บริการ:"),
    "tb.threshold": ("Threshold:", "เกณฑ์:"),
    "tb.threshold.tip": (
        "Fields below this confidence are marked for attention",
        "ช่องที่ความมั่นใจต่ำกว่าเกณฑ์นี้จะถูกทำเครื่องหมาย",
    ),
    "badge.simulated": ("SIMULATED — demo results / ผลจำลอง", "ผลจำลอง — SIMULATED demo results"),
    "badge.simulated.tip": (
        "These results come from the built-in simulation, not from a real OCR service.",
        "ผลลัพธ์นี้มาจากการจำลองภายในโปรแกรม ไม่ใช่บริการ OCR จริง",
    ),
    # fields
    "col.label_th": ("Thai label", "ชื่อช่อง (ไทย)"),
    "col.label_en": ("English label", "ชื่อช่อง (อังกฤษ)"),
    "col.value": ("Value", "ค่า"),
    "col.confidence": ("Conf.", "ความมั่นใจ"),
    "col.state": ("State", "สถานะ"),
    "col.box": ("Box", "กรอบ"),
    "state.unreviewed": ("unreviewed", "ยังไม่ตรวจ"),
    "state.confirmed": ("confirmed", "ยืนยันแล้ว"),
    "state.corrected": ("corrected", "แก้ไขแล้ว"),
    "field.missing": ("(missing)", "(ไม่พบ)"),
    "field.no_box": ("no box", "ไม่มีกรอบ"),
    "field.no_box.tip": ("The service gave no position for this field", "บริการไม่ได้ระบุตำแหน่งของช่องนี้"),
    "field.failed": ("check failed", "ตรวจไม่ผ่าน"),
    "field.ocr_was": ("OCR read: {value}", "OCR อ่านได้: {value}"),
    "field.none_selected": ("Select a field to review it", "เลือกช่องเพื่อตรวจสอบ"),
    "field.raw_key": ("raw key: {key}", "คีย์จาก API: {key}"),
    "page.label": ("Page {n} of {total}", "หน้า {n} จาก {total}"),
    "page.error": ("This page failed: {message}", "หน้านี้ล้มเหลว: {message}"),
    "face.title": ("Face", "ภาพใบหน้า"),
    # status and prompts
    "status.ready": ("Ready", "พร้อม"),
    "status.running": ("Reading the document…", "กำลังอ่านเอกสาร…"),
    "status.cancelled": ("Cancelled. Nothing was changed.", "ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลง"),
    "status.done": ("{n} fields read; {low} need attention", "อ่านได้ {n} ช่อง ต้องตรวจ {low} ช่อง"),
    "status.saved": ("Saved {path}", "บันทึกแล้ว {path}"),
    "status.opened": ("Opened {path}", "เปิดแล้ว {path}"),
    "status.no_suggestion": ("This field has no suggestion.", "ช่องนี้ไม่มีค่าที่แนะนำ"),
    "status.confirmed_all": ("Confirmed {n} high-confidence fields; {left} need attention",
                             "ยืนยันแล้ว {n} ช่องที่ความมั่นใจสูง ยังต้องตรวจ {left} ช่อง"),
    "status.signed_off": ("Marked reviewed ({errors} errors, {warnings} warnings remain)",
                          "ตรวจเสร็จแล้ว (เหลือข้อผิดพลาด {errors} คำเตือน {warnings})"),
    "status.rejected": ("Document rejected", "ปฏิเสธเอกสารแล้ว"),
    "msg.retry": ("Retry", "ลองใหม่"),
    "msg.close": ("Dismiss", "ปิด"),
    "msg.partial": ("Some pages could not be read; the others are shown.", "บางหน้าอ่านไม่ได้ หน้าอื่นแสดงผลแล้ว"),
    "msg.no_image": ("Open an image first (Ctrl+O).", "กรุณาเปิดภาพก่อน (Ctrl+O)"),
    "msg.image_failed": ("The image could not be shown: {message}", "แสดงภาพไม่ได้: {message}"),
    "unsaved.title": ("Unsaved changes", "มีการแก้ไขที่ยังไม่บันทึก"),
    "unsaved.text": (
        "“{name}” has changes that are not saved. Save them first?",
        "“{name}” มีการแก้ไขที่ยังไม่ได้บันทึก ต้องการบันทึกก่อนหรือไม่?",
    ),
    "rerun.title": ("Run OCR again?", "อ่าน OCR อีกครั้ง?"),
    "rerun.text": (
        "This document already has an OCR result. Running again sends it to the service "
        "again (it may be charged) and replaces the fields and your corrections.",
        "เอกสารนี้มีผล OCR แล้ว การอ่านอีกครั้งจะส่งไปยังบริการอีกครั้ง (อาจมีค่าใช้จ่าย) และแทนที่ช่องข้อมูลและการแก้ไขของคุณ",
    ),
    "overwrite.title": ("Replace review file?", "แทนที่ไฟล์ผลตรวจ?"),
    "overwrite.text": ("“{name}” already exists. Replace it?", "มีไฟล์ “{name}” อยู่แล้ว ต้องการแทนที่หรือไม่?"),
    "dlg.open": ("Open image or review file", "เปิดภาพหรือไฟล์ผลตรวจ"),
    "dlg.save_as": ("Save review file", "บันทึกไฟล์ผลตรวจ"),
    "dlg.filter.open": (
        "Images and review files (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.pdf "
        "*.review.json);;All files (*)",
        "ภาพและไฟล์ผลตรวจ (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.pdf *.review.json);;ทุกไฟล์ (*)",
    ),
    "dlg.filter.review": ("Review files (*.review.json)", "ไฟล์ผลตรวจ (*.review.json)"),
    "crash.title": ("Something went wrong", "เกิดข้อผิดพลาด"),
    "crash.log": ("Details were written to {path}", "รายละเอียดถูกบันทึกไว้ที่ {path}"),
    # settings dialog
    "set.title": ("Settings", "ตั้งค่า"),
    "set.general": ("General", "ทั่วไป"),
    "set.services": ("Services", "บริการ"),
    "set.language": ("Language:", "ภาษา:"),
    "set.reviewer": ("Reviewer name:", "ชื่อผู้ตรวจ:"),
    "set.threshold": ("Confidence threshold:", "เกณฑ์ความมั่นใจ:"),
    "set.timeout": ("Timeout:", "เวลารอ:"),
    "set.seconds": (" s", " วินาที"),
    "set.endpoint": ("Endpoint:", "ที่อยู่บริการ:"),
    "set.endpoint.default": ("default: {url}", "ค่าเริ่มต้น: {url}"),
    "set.keys": ("API keys (stored only in the system keyring)", "API key (เก็บในระบบ keyring เท่านั้น)"),
    "set.key.aigen_key": ("AIGEN API key:", "AIGEN API key:"),
    "set.key.cvvn_key": ("CVVN API key:", "CVVN API key:"),
    "set.key.cvvn_secret": ("CVVN API secret:", "CVVN API secret:"),
    "set.key.stored": ("A key is stored; type to replace it", "มี key บันทึกไว้แล้ว พิมพ์เพื่อแทนที่"),
    "set.key.empty": ("Not set", "ยังไม่ได้ตั้งค่า"),
    "set.key.forget": ("Remove", "ลบ"),
    "set.test": ("Test connection", "ทดสอบการเชื่อมต่อ"),
    "set.test.running": ("Testing…", "กำลังทดสอบ…"),
    "set.test.ok": (
        "Connected: the service accepted the key.",
        "เชื่อมต่อได้: บริการยอมรับ key แล้ว",
    ),
    "set.test.simulated": (
        "The demo service is built in; nothing to test.",
        "บริการสาธิตอยู่ในโปรแกรม ไม่ต้องทดสอบ",
    ),
    "set.no_keyring": (
        "This computer has no system keyring, so keys cannot be stored. A key typed "
        "here can be kept for this run only; nothing is written to disk.",
        "เครื่องนี้ไม่มีระบบ keyring จึงบันทึก key ไม่ได้ key ที่พิมพ์ที่นี่ใช้ได้เฉพาะรอบการทำงานนี้ และจะไม่เขียนลงดิสก์",
    ),
    "set.session_only": ("Keep the key for this run only", "ใช้ key เฉพาะรอบการทำงานนี้"),
    "set.provider": ("Service:", "บริการ:"),
    # --- real workloads: pages, cache, drafts, batch (issue 5) ---
    "page.short": ("Page {n}", "หน้า {n}"),
    "act.rerun_page": ("Re-run This &Page", "อ่านหน้านี้ใหม่"),
    "act.fresh": ("Run OCR &Fresh (new call)…", "อ่าน OCR ใหม่ (เรียกใหม่)…"),
    "act.open_folder": ("Open &Folder…", "เปิดโฟลเดอร์…"),
    "undo.rerun_page": ("Re-run page {n}", "อ่านหน้า {n} ใหม่"),
    "status.cache_hit": ("Reused the saved answer (no new charge) — Ctrl+Shift+R for a fresh call",
                         "ใช้คำตอบที่บันทึกไว้ (ไม่มีค่าใช้จ่ายใหม่) — กด Ctrl+Shift+R เพื่อเรียกใหม่"),
    "fresh.title": ("Run OCR fresh", "อ่าน OCR ใหม่"),
    "fresh.text": ("A saved answer exists for this image. A fresh call sends it to the service again "
                   "and may be charged again. Send it anyway?",
                   "มีคำตอบที่บันทึกไว้สำหรับภาพนี้แล้ว การเรียกใหม่จะส่งภาพไปยังบริการอีกครั้งและ"
                   "อาจมีค่าใช้จ่ายอีกครั้ง ต้องการส่งหรือไม่?"),
    "rerun_page.title": ("Re-run page", "อ่านหน้าใหม่"),
    "rerun_page.text": ("Page {n} has review work (confirmed or corrected fields). Reading it again "
                        "replaces its fields (Ctrl+Z brings them back). Go on?",
                        "หน้า {n} มีการตรวจทานแล้ว การอ่านใหม่จะแทนที่ช่องข้อมูลของหน้านี้ "
                        "(กด Ctrl+Z เพื่อย้อนกลับ) ต้องการทำต่อหรือไม่?"),
    "status.page_rerun": ("Page {n} read again", "อ่านหน้า {n} ใหม่แล้ว"),
    "status.saving": ("Saving {path}…", "กำลังบันทึก {path}…"),
    "status.loading": ("Opening {path}…", "กำลังเปิด {path}…"),
    "msg.not_overwritten": ("{message} It is never saved over: keep your work with Save As.",
                            "{message} โปรแกรมจะไม่บันทึกทับไฟล์นี้ กรุณาใช้ บันทึกเป็น… เพื่อเก็บงานของคุณ"),
    "restore.title": ("Restore unsaved reviews", "กู้คืนงานตรวจทานที่ยังไม่ได้บันทึก"),
    "restore.text": ("The program stopped before {n} review(s) were saved. Choose what to do with each.",
                     "โปรแกรมหยุดทำงานก่อนบันทึกงานตรวจทาน {n} รายการ เลือกสิ่งที่ต้องการทำกับแต่ละรายการ"),
    "restore.col.file": ("Document", "เอกสาร"),
    "restore.col.when": ("Last kept", "เก็บล่าสุด"),
    "restore.col.action": ("Action", "การทำงาน"),
    "restore.restore": ("Restore", "กู้คืน"),
    "restore.discard": ("Discard", "ทิ้ง"),
    "restore.later": ("Later", "ภายหลัง"),
    "status.restored": ("Restored the unsaved review of {name}", "กู้คืนงานที่ยังไม่ได้บันทึกของ {name} แล้ว"),
    "batch.title": ("Queue", "คิวเอกสาร"),
    "batch.col.doc": ("Document", "เอกสาร"),
    "batch.col.state": ("State", "สถานะ"),
    "batch.col.attention": ("Attention", "ต้องตรวจ"),
    "batch.state.waiting": ("waiting", "รอคิว"),
    "batch.state.sending": ("sending", "กำลังส่ง"),
    "batch.state.done": ("done", "เสร็จแล้ว"),
    "batch.state.failed": ("failed", "ล้มเหลว"),
    "batch.state.cancelled": ("cancelled", "ยกเลิกแล้ว"),
    "batch.state.in_review": ("in review", "กำลังตรวจ"),
    "batch.state.reviewed": ("reviewed", "ตรวจแล้ว"),
    "batch.retry": ("Retry", "ลองใหม่"),
    "batch.retry_all": ("Retry All Failed", "ลองใหม่ทั้งหมดที่ล้มเหลว"),
    "batch.cancel": ("Cancel Queue", "ยกเลิกคิว"),
    "batch.jobs": ("In flight:", "ส่งพร้อมกัน:"),
    "batch.progress": ("{done} of {total}", "{done} จาก {total}"),
    "batch.overloaded": ("The service is busy; waiting {s:.0f} s before trying {name} again",
                         "บริการไม่ว่าง รอ {s:.0f} วินาทีก่อนลอง {name} อีกครั้ง"),
    "batch.none_left": ("No finished document is waiting for review.", "ไม่มีเอกสารที่รอการตรวจ"),
    "batch.pairs": ("Front and back go in pairs: {n} files do not pair up.",
                    "ด้านหน้าและด้านหลังต้องเป็นคู่: {n} ไฟล์จับคู่ไม่ได้"),
}


_language = "en"


def set_language(language: str) -> None:
    global _language
    _language = language if language in LANGUAGES else "en"


def language() -> str:
    return _language


def t(key: str, /, **values: object) -> str:
    """The UI string `key` in the current language, with `{name}` placeholders filled in."""
    en, th = _STRINGS.get(key, (key, key))
    text = th if _language == "th" else en
    return text.format(**values) if values else text


def pair(key: str) -> tuple[str, str]:
    """(English, Thai) of `key`."""
    return _STRINGS.get(key, (key, key))


def both(key: str, **values: object) -> str:
    """English and Thai together ("English / ไทย"), for text read before a language is chosen."""
    en, th = _STRINGS.get(key, (key, key))
    if values:
        en, th = en.format(**values), th.format(**values)
    return en if en == th else f"{en}\n{th}"


def plain(text: str) -> str:
    """A menu text without its `&` accelerator marks (for tooltips and dialog titles)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


# --- trust (issue 9): sign-off, yesterday's work, truthful messages, the demo: see i18n_trust.py ---
from .i18n_trust import STRINGS as _TRUST_STRINGS  # noqa: E402

_STRINGS.update(_TRUST_STRINGS)
