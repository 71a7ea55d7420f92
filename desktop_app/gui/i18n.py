"""The window's own words, through Qt's translation tools.

Call sites write the English text: `i18n.tr("Saved {path}").format(path=...)`, counts as Qt's
numerus form `i18n.tr("%n review(s) were saved", None, n)`; pyside6-lupdate extracts them
(context "i18n", the module's name) into translations/desk_*.ts, pyside6-lrelease builds
resources/translations/*.qm, and `set_language` installs the QTranslators of the clerk's
language (the window's words, Qt's own dialog and context-menu words) and swaps them when the
clerk changes it. Words kept as data (action tables) are marked with `QT_TRANSLATE_NOOP("i18n",
...)` and translated where they are shown; computed keys go through a table (`tr_from`).
Error sentences come from the core's catalogue (`AppError.message(language)`).
`every_language(...)` gives the text in every language, one a line, for places read before
anyone chose a language (the crash dialog). Tests and CI: tests/test_translations.py.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QTranslator

from ..resources import resources_dir

LANGUAGES: dict[str, str] = {"en": "English", "th": "ไทย", "vi": "Tiếng Việt"}
CONTEXT = "i18n"
__all__ = ["QT_TRANSLATE_NOOP", "LANGUAGES", "tr", "tr_from", "set_language", "language", "plain"]

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
    "dlg.filter.open": (  # {patterns}: core.pages.open_patterns(), every suffix the engine reads
        "Images, PDFs and review files ({patterns});;All files (*)",
        "ภาพ PDF และไฟล์ผลตรวจ ({patterns});;ทุกไฟล์ (*)",
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
    # --- looped Thai font for proof-reading (issue 15) ---
    "set.looped_font": ("Show values in a looped Thai font (Sarabun), easier to proof-read",
                        "แสดงค่าด้วยฟอนต์ไทยแบบมีหัว (Sarabun) ตรวจทานได้ง่ายกว่า"),
    # --- exports, report, presentation mode, retention (issue 14) ------------------------------
    "act.export": ("&Export Reviewed…", "ส่งออกผลที่ตรวจแล้ว…"),
    "act.report": ("OCR &Report…", "รายงาน OCR…"),
    "act.presentation": ("&Presentation Mode (hide personal data)", "โหมดนำเสนอ (ซ่อนข้อมูลส่วนบุคคล)"),
    "act.presentation_names": ("Presentation Mode: Hide &Names and Addresses Too",
                               "โหมดนำเสนอ: ซ่อนชื่อและที่อยู่ด้วย"),
    "export.title": ("Export reviewed documents", "ส่งออกเอกสารที่ตรวจแล้ว"),
    "export.format": ("Format:", "รูปแบบ:"),
    "export.all": ("Include documents not signed off (their status is a column)",
                   "รวมเอกสารที่ยังไม่ยืนยันผล (มีคอลัมน์สถานะ)"),
    "export.source": ("{n} review file(s) from: {where}", "ไฟล์ผลตรวจ {n} ไฟล์จาก: {where}"),
    "export.none": ("Open a folder (or a review file) first: the export takes the review files of the "
                    "open folder or queue.", "กรุณาเปิดโฟลเดอร์ (หรือไฟล์ผลตรวจ) ก่อน "
                    "การส่งออกใช้ไฟล์ผลตรวจของโฟลเดอร์หรือคิวที่เปิดอยู่"),
    "export.running": ("Exporting {done} of {total}…", "กำลังส่งออก {done} จาก {total}…"),
    "export.done": ("Exported {n} document(s) to {path}.", "ส่งออก {n} เอกสารไปที่ {path} แล้ว"),
    "export.skipped": ("{n} not signed off were left out.", "เอกสารที่ยังไม่ยืนยันผล {n} รายการไม่ได้ส่งออก"),
    "export.masked": ("Presentation mode is on: personal data in this export is masked.",
                      "เปิดโหมดนำเสนออยู่: ข้อมูลส่วนบุคคลในไฟล์ส่งออกนี้ถูกซ่อน"),
    "export.unsaved": ("The open document has unsaved changes: the export has what was last saved.",
                       "เอกสารที่เปิดอยู่มีการแก้ไขที่ยังไม่บันทึก ไฟล์ส่งออกมีเฉพาะสิ่งที่บันทึกไว้ล่าสุด"),
    "report.done": ("Wrote the report to {path}.", "สร้างรายงานที่ {path} แล้ว"),
    "presentation.badge": ("PRESENTATION · personal data hidden", "โหมดนำเสนอ · ซ่อนข้อมูลส่วนบุคคล"),
    "set.retention": ("Keep stored answers and logs:", "เก็บคำตอบที่บันทึกไว้และบันทึกการทำงาน:"),
    "set.days": (" days", " วัน"),
    "keys.export": ("Export the folder's reviewed documents", "ส่งออกเอกสารที่ตรวจแล้วในโฟลเดอร์"),
    "keys.presentation": ("Presentation mode: hide personal data", "โหมดนำเสนอ: ซ่อนข้อมูลส่วนบุคคล"),
    "retention.purged": ("Removed {n} stored answer(s) and log entries older than {days} days.",
                         "ลบคำตอบที่บันทึกไว้และบันทึกการทำงานที่เก่ากว่า {days} วันแล้ว {n} รายการ"),
    # --- the team queue (issue 16, gui/team_flow.py) ---------------------------------------------
    "team.connect": ("Connect to &Team Queue…", "เชื่อมต่อคิวงานของ&ทีม…"),
    "team.title": ("Team queue", "คิวงานของทีม"),
    "team.url": ("Database address:", "ที่อยู่ฐานข้อมูล:"),
    "team.password": ("Password:", "รหัสผ่าน:"),
    "team.password_hint": ("The password is kept in the system keyring, never in the settings.",
                           "รหัสผ่านเก็บไว้ในพวงกุญแจของระบบ ไม่เก็บในการตั้งค่า"),
    "team.not_connected": ("Not connected. File › Connect to Team Queue.",
                           "ยังไม่ได้เชื่อมต่อ ไปที่ ไฟล์ › เชื่อมต่อคิวงานของทีม"),
    "team.connected": ("Connected to {url}", "เชื่อมต่อกับ {url}"),
    "team.working": ("Working on document {id} ({kind}), held until {until}",
                     "กำลังตรวจเอกสาร {id} ({kind}) จองไว้ถึง {until}"),
    "team.kind.review": ("review", "ตรวจ"),
    "team.kind.qa": ("second check", "ตรวจซ้ำ"),
    "team.idle": ("No document claimed.", "ยังไม่ได้รับเอกสาร"),
    "team.counts": ("Waiting {waiting} · second checks {qa} · being reviewed {claimed} · done {done} · "
                    "for the supervisor {disputed}",
                    "รอ {waiting} · รอตรวจซ้ำ {qa} · กำลังตรวจ {claimed} · เสร็จ {done} · "
                    "รอหัวหน้างาน {disputed}"),
    "team.pending": ("{n} signed-off review(s) wait to be submitted (no connection).",
                     "ผลตรวจที่ลงนามแล้ว {n} รายการรอส่ง (ไม่มีการเชื่อมต่อ)"),
    "team.claiming": ("Claiming the next document…", "กำลังรับเอกสารถัดไป…"),
    "team.nothing": ("Nothing is waiting in the team queue.", "ไม่มีเอกสารรอในคิวของทีม"),
    "team.submitted": ("Submitted document {id}.", "ส่งเอกสาร {id} แล้ว"),
    "team.offline": ("The team database cannot be reached. Your signed-off review is kept and will be "
                     "submitted when the connection returns.",
                     "เชื่อมต่อฐานข้อมูลของทีมไม่ได้ ผลตรวจที่ลงนามแล้วถูกเก็บไว้และจะส่งเมื่อเชื่อมต่อได้อีกครั้ง"),
    "team.conflict": ("Another clerk took this document while you were away. Your review was kept for "
                      "the supervisor.", "เจ้าหน้าที่คนอื่นรับเอกสารนี้ไประหว่างที่คุณไม่อยู่ ผลตรวจของคุณถูกเก็บไว้"
                      "ให้หัวหน้างาน"),
    "team.figures": ("Figures per clerk (documents · fields corrected · s per document · disagreement):",
                     "สถิติรายเจ้าหน้าที่ (เอกสาร · ช่องที่แก้ · วินาทีต่อเอกสาร · ความเห็นไม่ตรงกัน):"),
    "team.figures.clerk": ("{name}: {documents} · {corrected} · {seconds} s · {rate}",
                           "{name}: {documents} · {corrected} · {seconds} วินาที · {rate}"),
    "team.no_keyring": ("There is no system keyring: the password is kept for this session only.",
                        "ไม่มีพวงกุญแจของระบบ รหัสผ่านจะใช้ได้เฉพาะครั้งนี้เท่านั้น"),
    # --- issue 9: every page read (one request a page), big scans, skipped files, screen fit ---
    "status.page_requests": ("{n} pages: this service reads one page per request, so {n} requests",
                             "{n} หน้า: บริการนี้อ่านได้ครั้งละหนึ่งหน้า จึงต้องส่ง {n} คำขอ"),
    "page_requests.title": ("Send every page?", "ส่งทุกหน้าหรือไม่"),
    "page_requests.text": ("This file has {n} pages and the chosen service reads one page per request: "
                           "{n} requests will be sent, and each may be charged (answers already stored "
                           "are reused for free). Send them?",
                           "ไฟล์นี้มี {n} หน้า และบริการที่เลือกอ่านได้ครั้งละหนึ่งหน้า จะส่ง {n} คำขอ "
                           "ซึ่งอาจคิดค่าบริการทุกคำขอ (คำตอบที่เก็บไว้แล้วใช้ซ้ำได้ฟรี) ต้องการส่งหรือไม่"),
    "menu.service": ("&Service", "บริการ (&S)"),
    "act.next_page": ("Next Page", "หน้าถัดไป"),
    "act.previous_page": ("Previous Page", "หน้าก่อนหน้า"),
    "act.next_document": ("Next Document in the Queue", "เอกสารถัดไปในคิว"),
    "act.previous_document": ("Previous Document in the Queue", "เอกสารก่อนหน้าในคิว"),
    "status.service": ("Service: {name}", "บริการ: {name}"),
    "status.no_more_documents": ("No other finished document in the queue.", "ไม่มีเอกสารอื่นที่เสร็จแล้วในคิว"),
    "keys.service": ("Choose the OCR service (the Service menu, in its order)",
                     "เลือกบริการ OCR (ตามลำดับในเมนูบริการ)"),
    "keys.page": ("Next / previous page", "หน้าถัดไป / หน้าก่อนหน้า"),
    "keys.document": ("Next / previous document in the queue", "เอกสารถัดไป / ก่อนหน้าในคิว"),
    "batch.skipped": ("{n} file(s) in the folder were not added to the queue:\n{files}",
                      "มี {n} ไฟล์ในโฟลเดอร์ที่ไม่ได้เพิ่มเข้าคิว:\n{files}"),
    # --- hostile files and faults (issue 10) ---
    "msg.save_failed": ("The review could not be saved, so the window stays open: {message}",
                        "บันทึกผลตรวจไม่ได้ หน้าต่างจึงยังเปิดอยู่: {message}"),
    "msg.draft_failed": ("The draft of this review could not be kept (your work is still open; save "
                         "it): {message}",
                         "เก็บฉบับร่างของงานนี้ไม่ได้ (งานยังเปิดอยู่ กรุณาบันทึก): {message}"),
    "msg.source_mismatch": ("{names}: not the file this review was made from (other bytes, or missing), "
                            "so it is not shown and nothing is sent for it. The fields beside it are "
                            "the review's own. To see the image, put the original file back where the "
                            "review names it and open the review again.",
                            "{names}: ไม่ใช่ไฟล์ที่ใช้ทำผลตรวจนี้ (ข้อมูลต่างกันหรือไม่พบไฟล์) "
                            "จึงไม่แสดงภาพนี้และจะไม่ส่งไฟล์นี้ไปที่ใด ช่องข้อมูลที่เห็นเป็นของผลตรวจนี้เอง "
                            "หากต้องการดูภาพ ให้นำไฟล์ต้นฉบับกลับไปไว้ที่เดิมตามที่ผลตรวจระบุ แล้วเปิดผลตรวจอีกครั้ง"),
    "field.image_withheld": ("The image is not shown (it is not the file this review was made from), "
                             "so there is no close-up of this field.",
                             "ไม่ได้แสดงภาพ (ไม่ใช่ไฟล์ที่ใช้ทำผลตรวจนี้) จึงไม่มีภาพขยายของช่องนี้"),
    # about dialog and licences (issue 13)
    "act.about": ("&About OCR Review Desk", "เกี่ยวกับ OCR Review Desk (&A)"),
    "about.title": ("About OCR Review Desk", "เกี่ยวกับ OCR Review Desk"),
    "about.version": ("version {version}", "รุ่น {version}"),
    "about.notes": ("OCR Review Desk uses the components below, each under its own licence; their "
                    "full texts are shipped with the program. Qt, PySide6 and python-stdnum are under "
                    "the LGPL: they are separate, replaceable files (python-stdnum as plain .py files).",
                    "OCR Review Desk ใช้ส่วนประกอบด้านล่าง แต่ละส่วนมีสัญญาอนุญาตของตนเอง "
                    "และมีข้อความสัญญาฉบับเต็มมาพร้อมโปรแกรม Qt, PySide6 และ python-stdnum ใช้สัญญา "
                    "LGPL: เป็นไฟล์แยกที่เปลี่ยนแทนได้ (python-stdnum เป็นไฟล์ .py)"),
    "about.notes.name": ("Licence notes", "หมายเหตุสัญญาอนุญาต"),
    "about.glibc": ("The Linux bundle is built on Debian 12 and needs glibc {minimum} or newer (Debian 12, "
                    "Ubuntu 22.10, RHEL 10, Fedora 37 or later) and libgl1 and libegl1; Windows 10 "
                    "or 11, 64-bit; macOS 12 or later.",
                    "ชุดโปรแกรมสำหรับ Linux สร้างบน Debian 12 และต้องใช้ glibc {minimum} ขึ้นไป "
                    "(Debian 12, Ubuntu 22.10, RHEL 10, Fedora 37 หรือใหม่กว่า) พร้อม libgl1 และ "
                    "libegl1; Windows 10 หรือ 11 แบบ 64 บิต; macOS 12 ขึ้นไป"),
    "about.table": ("Components and their licences", "ส่วนประกอบและสัญญาอนุญาต"),
    "about.col.component": ("Component", "ส่วนประกอบ"),
    "about.col.licence": ("Licence", "สัญญาอนุญาต"),
    "about.col.purpose": ("Used for", "ใช้สำหรับ"),
    "about.text": ("Licence text", "ข้อความสัญญาอนุญาต"),
    "about.missing": ("The licence text {path} is missing from this installation.",
                      "ไม่พบข้อความสัญญาอนุญาต {path} ในการติดตั้งนี้"),
    "about.system": ("This bundle also carries {n} system libraries from Debian; their copyright "
                     "files are in the licenses/system folder.",
                     "ชุดโปรแกรมนี้มีไลบรารีระบบจาก Debian อีก {n} รายการ ไฟล์ลิขสิทธิ์อยู่ในโฟลเดอร์ "
                     "licenses/system"),
    "about.system.none": ("Running from Python: the system libraries are the computer's own.",
                          "ทำงานจาก Python: ใช้ไลบรารีระบบของเครื่องนี้"),
    "about.system.name": ("System libraries", "ไลบรารีระบบ"),
    "about.close": ("&Close", "ปิด (&C)"),
    # accessible names (issue 13): read by screen readers, named after what the control holds
    "a11y.value_edit": ("Value of the selected field", "ค่าของช่องที่เลือก"),
    "a11y.fields": ("Fields read from the page", "ช่องที่อ่านได้จากหน้านี้"),
    "a11y.page": ("Page", "หน้า"),
    "a11y.low_first": ("Show fields needing attention first", "แสดงช่องที่ต้องตรวจก่อน"),
    "a11y.confirm": ("Confirm the value", "ยืนยันค่า"),
    "a11y.threshold": ("Confidence threshold", "เกณฑ์ความมั่นใจ"),
    "a11y.provider": ("OCR service", "บริการ OCR"),
    "a11y.options": ("Options of the OCR service", "ตัวเลือกของบริการ OCR"),
    "a11y.canvas": ("Page image with the fields' boxes", "ภาพหน้าเอกสารพร้อมกรอบของแต่ละช่อง"),
    "a11y.pages": ("Pages of the document", "หน้าของเอกสาร"),
    "a11y.queue": ("Documents in the queue", "เอกสารในคิว"),
    "a11y.jobs": ("Requests in flight", "จำนวนคำขอที่ส่งพร้อมกัน"),
    "a11y.queue.retry": ("Retry the selected document", "ลองเอกสารที่เลือกใหม่"),
    "a11y.queue.retry_all": ("Retry every failed document", "ลองเอกสารที่ล้มเหลวทั้งหมดใหม่"),
    "a11y.queue.cancel": ("Cancel the queue", "ยกเลิกคิว"),
    "a11y.message.retry": ("Retry", "ลองใหม่"),
    "a11y.message.close": ("Dismiss the message", "ปิดข้อความ"),
    "a11y.thresholds": ("Thresholds per field", "เกณฑ์ของแต่ละช่อง"),
    "field.below_threshold": ("Below the confidence threshold ({threshold}): check this value",
                              "ความมั่นใจต่ำกว่าเกณฑ์ ({threshold}): ตรวจค่านี้"),
    # --- the action table (issue 11): keys the shortcut sheet did not list before ---
    "keys.settings": ("Settings", "ตั้งค่า"),
    "keys.quit": ("Quit", "ออกจากโปรแกรม"),
    # --- the window's languages (issue 13): the shortcut sheet in the clerk's language ---
    "keys.col.does": ("What it does", "การทำงาน"),
}


_language = "en"


def translations_dir() -> Path:
    return resources_dir() / "translations"


# Kept alive here: a QTranslator that Python collects stops translating.
_translators: dict[str, list[QTranslator]] = {}
_installed: list[QTranslator] = []


def _load(language: str) -> list[QTranslator]:
    """The window's words and Qt's own words in `language` (ours for Thai and Vietnamese, which
    PySide6-Essentials ships none of; Qt's own for the others)."""
    if language not in _translators:
        found = []
        for name, folder in (("desk", translations_dir()), ("qtbase", translations_dir()),
                             ("qtbase", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))):
            if name == "qtbase" and any(t.objectName() == "qtbase" for t in found):
                continue
            translator = QTranslator()
            if translator.load(f"{name}_{language}", str(folder)):
                translator.setObjectName(name)
                found.append(translator)
        _translators[language] = found
    return _translators[language]


def set_language(language: str) -> None:
    """Speak `language` from now on: its translators replace the previous ones (Qt then sends
    every widget a LanguageChange; the window rebuilds its texts in `retranslate`)."""
    global _language
    _language = language if language in LANGUAGES else "en"
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    for translator in _load(_language):
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)


def language() -> str:
    return _language


def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` (the English text) in the current language; `n` fills `%n` in its numerus form."""
    return QCoreApplication.translate(CONTEXT, source, disambiguation, n)


def tr_from(table: dict[str, str], key: str) -> str:
    """The words of a computed key: `table` maps it to its (marked) English text; a key not in the
    table comes back as it is."""
    return tr(table[key]) if key in table else key


def every_language(source: str, **values: object) -> str:
    """`source` in every language, one a line ("English\nไทย\nTiếng Việt"), the same line once."""
    lines: list[str] = []
    for code in LANGUAGES:
        text = source
        if code != "en" and QCoreApplication.instance() is not None:
            text = next((found for t in _load(code) if t.objectName() == "desk"
                         and (found := t.translate(CONTEXT, source))), source)
        text = text.format(**values) if values else text
        if text not in lines:
            lines.append(text)
    return "\n".join(lines)


# --- legacy: the key tables' functions (scripts/codemod_tr.py removes them with the tables) ---
def t(key: str, /, **values: object) -> str:
    """The UI string `key` in the current language, with `{name}` placeholders filled in."""
    en, th = _STRINGS.get(key, (key, key))
    text = th if _language == "th" else en
    return text.format(**values) if values else text


# --- legacy (removed by scripts/codemod_tr.py)
def pair(key: str) -> tuple[str, str]:
    """(English, Thai) of `key`."""
    return _STRINGS.get(key, (key, key))


# --- legacy (removed by scripts/codemod_tr.py)
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
