"""What `desktop-app ocr` tells the clerk on stderr, and the file kinds and skipped-file reasons that
both front ends name. Data only, as core/words_checks.py; counts take CLDR plural forms.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str | dict[str, str]]] = {
    # --- counts inside sentences -----------------------------------------------------------------
    "count.pages": {"en": {"one": "{count} page", "other": "{count} pages"},
                    "th": "{count} หน้า", "vi": "{count} trang"},
    "count.fields": {"en": {"one": "{count} field", "other": "{count} fields"},
                     "th": "{count} ช่อง", "vi": "{count} trường"},
    "count.errors": {"en": {"one": "{count} error", "other": "{count} errors"},
                     "th": "ข้อผิดพลาด {count} รายการ", "vi": "{count} lỗi"},
    "count.warnings": {"en": {"one": "{count} warning", "other": "{count} warnings"},
                       "th": "คำเตือน {count} รายการ", "vi": "{count} cảnh báo"},
    "count.documents": {"en": {"one": "{count} document", "other": "{count} documents"},
                        "th": "เอกสาร {count} ฉบับ", "vi": "{count} tài liệu"},
    "count.requests": {"en": {"one": "{count} request", "other": "{count} requests"},
                       "th": "{count} คำขอ", "vi": "{count} yêu cầu"},
    # --- desktop-app ocr ---------------------------------------------------------------------------
    "cli.saved_to": {"en": "Saved {out}", "th": "บันทึก {out} แล้ว", "vi": "Đã lưu {out}"},
    "cli.saved_stdout": {"en": "Wrote the review file to stdout", "th": "เขียนไฟล์ผลตรวจออกทาง stdout แล้ว",
                         "vi": "Đã ghi tệp kết quả kiểm tra ra stdout"},
    "cli.summary": {
        "en": "{where}: {pages}, {fields}, {low} below their confidence threshold ({threshold} unless set "
              "per field), {missing} missing, {errors}; checks: {check_errors}, {check_warnings}.",
        "th": "{where}: {pages} {fields} ความมั่นใจต่ำกว่าเกณฑ์ ({threshold} เว้นแต่ตั้งไว้รายช่อง) {low} ช่อง "
              "ไม่พบ {missing} ช่อง {errors} ผลตรวจ: {check_errors} {check_warnings}",
        "vi": "{where}: {pages}, {fields}, {low} trường có độ tin cậy dưới ngưỡng ({threshold} trừ khi đặt "
              "riêng cho trường), {missing} trường không tìm thấy, {errors}; kiểm tra: {check_errors}, "
              "{check_warnings}.",
    },
    "cli.reused": {
        "en": "Reused the answer stored on {at}: nothing was sent (--fresh asks the service again).",
        "th": "ใช้คำตอบที่เก็บไว้เมื่อ {at} ซ้ำ ไม่ได้ส่งคำขอใหม่ (--fresh จะถามบริการใหม่อีกครั้ง)",
        "vi": "Đã dùng lại câu trả lời được lưu lúc {at}: không gửi gì đi (--fresh sẽ hỏi lại dịch vụ).",
    },
    "cli.simulated_samples": {
        "en": "SIMULATED results (demo): invented sample answers, not real OCR.",
        "th": "ผลจำลอง (สาธิต): คำตอบตัวอย่างที่สร้างขึ้น ไม่ใช่ผล OCR จริง",
        "vi": "Kết quả MÔ PHỎNG (minh họa): câu trả lời mẫu được tạo ra, không phải OCR thật.",
    },
    "cli.simulated_standin": {
        "en": "SIMULATED results (demo): the stand-in at {endpoint}, not real OCR.",
        "th": "ผลจำลอง (สาธิต): เซิร์ฟเวอร์จำลองที่ {endpoint} ไม่ใช่ผล OCR จริง",
        "vi": "Kết quả MÔ PHỎNG (minh họa): máy chủ giả lập tại {endpoint}, không phải OCR thật.",
    },
    "cli.paid_answer_kept": {
        "en": "The paid answer is stored: the same command with another --out reuses it, nothing is sent "
              "again.",
        "th": "คำตอบที่จ่ายเงินแล้วถูกเก็บไว้ คำสั่งเดิมกับ --out อื่นจะใช้คำตอบนี้ซ้ำ โดยไม่ส่งคำขอใหม่",
        "vi": "Câu trả lời đã trả phí được lưu lại: chạy lại cùng lệnh với --out khác sẽ dùng lại nó, không "
              "gửi lại gì.",
    },
    "cli.not_stored_stdout": {
        "en": "The answer could not be stored in the data folder ({why}); it is kept in the review file "
              "written to stdout.",
        "th": "เก็บคำตอบในโฟลเดอร์ข้อมูลไม่ได้ ({why}) คำตอบอยู่ในไฟล์ผลตรวจที่เขียนออกทาง stdout",
        "vi": "Không lưu được câu trả lời vào thư mục dữ liệu ({why}); nó được giữ trong tệp kết quả kiểm "
              "tra đã ghi ra stdout.",
    },
    "cli.not_stored_file": {
        "en": "The answer could not be stored in the data folder ({why}); it is kept in the review file "
              "{out}.",
        "th": "เก็บคำตอบในโฟลเดอร์ข้อมูลไม่ได้ ({why}) คำตอบอยู่ในไฟล์ผลตรวจ {out}",
        "vi": "Không lưu được câu trả lời vào thư mục dữ liệu ({why}); nó được giữ trong tệp kết quả kiểm "
              "tra {out}.",
    },
    "cli.page_prefix": {"en": "page {page}: ", "th": "หน้า {page}: ", "vi": "trang {page}: "},
    "cli.pages_cost": {
        "en": "{name} has {pages} and {provider} reads one page per request: {requests} (answers already "
              "stored are reused, not sent again).",
        "th": "{name} มี {pages} และ {provider} อ่านได้ครั้งละหนึ่งหน้าต่อคำขอ: รวม {requests} "
              "(คำตอบที่เก็บไว้แล้วจะใช้ซ้ำ ไม่ส่งใหม่)",
        "vi": "{name} có {pages} và {provider} đọc mỗi yêu cầu một trang: {requests} (các câu trả lời đã "
              "lưu được dùng lại, không gửi lại).",
    },
    # --- desktop-app ocr --out-dir (a batch) ---------------------------------------------------------
    "cli.batch_cost": {
        "en": "{documents}, up to {requests}: {provider} reads one page per request ({paged}); answers "
              "already stored are reused, not sent again.",
        "th": "{documents} สูงสุด {requests}: {provider} อ่านได้ครั้งละหนึ่งหน้าต่อคำขอ ({paged}) "
              "คำตอบที่เก็บไว้แล้วจะใช้ซ้ำ ไม่ส่งใหม่",
        "vi": "{documents}, tối đa {requests}: {provider} đọc mỗi yêu cầu một trang ({paged}); các câu trả "
              "lời đã lưu được dùng lại, không gửi lại.",
    },
    "cli.batch_done": {
        "en": "{documents}: {saved} saved, {partial} partial, {failed} failed{cancelled}{skipped}.",
        "th": "{documents}: บันทึก {saved} ฉบับ ได้ผลบางส่วน {partial} ฉบับ ล้มเหลว {failed} ฉบับ"
              "{cancelled}{skipped}",
        "vi": "{documents}: {saved} đã lưu, {partial} có kết quả một phần, {failed} thất bại"
              "{cancelled}{skipped}.",
    },
    "cli.batch_cancelled": {"en": ", {count} cancelled", "th": " ยกเลิก {count} ฉบับ",
                            "vi": ", {count} đã hủy"},
    "cli.batch_skipped": {
        "en": {"one": ", {count} file skipped (listed above)",
               "other": ", {count} files skipped (listed above)"},
        "th": " ข้ามไป {count} ไฟล์ (ตามรายการด้านบน)",
        "vi": ", bỏ qua {count} tệp (liệt kê ở trên)",
    },
    "cli.batch_summary_file": {"en": "Summary: {path}", "th": "สรุป: {path}", "vi": "Tóm tắt: {path}"},
    # --- desktop-app export / report (cli_export.py) ------------------------------------------------
    "export.done": {
        "en": "Exported {documents} to {path} ({format}, {columns}){left_out}{simulated}.",
        "th": "ส่งออก{documents}ไปที่ {path} แล้ว ({format}, {columns}){left_out}{simulated}",
        "vi": "Đã xuất {documents} ra {path} ({format}, {columns}){left_out}{simulated}.",
    },
    "count.columns": {"en": {"one": "{count} column", "other": "{count} columns"}, "th": "{count} คอลัมน์",
                      "vi": "{count} cột"},
    "export.left_out_unsigned": {
        "en": "; {count} not signed off left out (--all includes them)",
        "th": " ไม่รวมเอกสารที่ยังไม่ยืนยันผล {count} ฉบับ (--all จะรวมเข้ามา)",
        "vi": "; bỏ ra {count} tài liệu chưa xác nhận hoàn tất (--all sẽ đưa vào)",
    },
    "export.left_out_rejected": {"en": "; {count} rejected left out",
                                 "th": " ไม่รวมเอกสารที่ถูกปฏิเสธ {count} ฉบับ",
                                 "vi": "; bỏ ra {count} tài liệu bị từ chối"},
    "export.simulated": {"en": "; {count} SIMULATED", "th": " เป็นผลจำลอง {count} ฉบับ",
                         "vi": "; {count} MÔ PHỎNG"},
    "report.done": {
        "en": "Wrote the report of {documents} to {out}{simulated}.",
        "th": "เขียนรายงานของ{documents}ไปที่ {out} แล้ว{simulated}",
        "vi": "Đã ghi báo cáo về {documents} ra {out}{simulated}.",
    },
    "report.simulated": {"en": " (SIMULATED results included and marked)",
                         "th": " (มีผลจำลองรวมอยู่และทำเครื่องหมายไว้)",
                         "vi": " (có kèm kết quả MÔ PHỎNG, đã được đánh dấu)"},
    # --- desktop-app purge (core/retention.py, cli_purge.py) -------------------------------------------
    "purge.summary": {
        "en": "Purged what was older than {days}: {responses}, {log_entries}, {temporary}{removed}.{kept}",
        "th": "ลบข้อมูลที่เก่ากว่า {days} แล้ว: {responses} {log_entries} {temporary}{removed}{kept}",
        "vi": "Đã xóa những gì cũ hơn {days}: {responses}, {log_entries}, {temporary}{removed}.{kept}",
    },
    "count.days": {"en": {"one": "{count} day", "other": "{count} days"}, "th": "{count} วัน",
                   "vi": "{count} ngày"},
    "count.stored_answers": {"en": {"one": "{count} stored answer", "other": "{count} stored answers"},
                             "th": "คำตอบที่เก็บไว้ {count} รายการ", "vi": "{count} câu trả lời đã lưu"},
    "count.log_entries": {"en": {"one": "{count} log entry", "other": "{count} log entries"},
                          "th": "บันทึกล็อก {count} รายการ", "vi": "{count} mục nhật ký"},
    "count.temporary_files": {"en": {"one": "{count} temporary file", "other": "{count} temporary files"},
                              "th": "ไฟล์ชั่วคราว {count} ไฟล์", "vi": "{count} tệp tạm"},
    "purge.drafts_removed": {
        "en": {"one": ", {count} draft you chose to remove", "other": ", {count} drafts you chose to remove"},
        "th": " แบบร่างที่คุณเลือกลบ {count} ฉบับ",
        "vi": ", {count} bản nháp bạn đã chọn xóa",
    },
    "purge.drafts_kept": {
        "en": {"one": " {count} unsaved draft older than that was kept: open the app to restore or discard "
                      "it (or `desktop-app purge --drafts` asks about each).",
               "other": " {count} unsaved drafts older than that were kept: open the app to restore or "
                        "discard them (or `desktop-app purge --drafts` asks about each)."},
        "th": " เก็บแบบร่างที่ยังไม่บันทึกซึ่งเก่ากว่านั้นไว้ {count} ฉบับ เปิดโปรแกรมเพื่อกู้คืนหรือทิ้ง "
              "(หรือ `desktop-app purge --drafts` จะถามทีละฉบับ)",
        "vi": " Đã giữ lại {count} bản nháp chưa lưu cũ hơn mức đó: hãy mở chương trình để khôi phục hoặc "
              "bỏ đi (hoặc `desktop-app purge --drafts` sẽ hỏi từng bản).",
    },
    "purge.no_terminal": {
        "en": "No terminal to ask on: unsaved drafts are kept.",
        "th": "ไม่มีเทอร์มินัลให้ถาม จึงเก็บแบบร่างที่ยังไม่บันทึกไว้",
        "vi": "Không có cửa sổ dòng lệnh để hỏi: các bản nháp chưa lưu được giữ lại.",
    },
    "purge.ask": {
        "en": "Unsaved draft of {title} (autosaved {when}). Remove it for good? [y/N]",
        "th": "แบบร่างที่ยังไม่บันทึกของ {title} (บันทึกอัตโนมัติ {when}) ลบทิ้งถาวรหรือไม่ [y/N]",
        "vi": "Bản nháp chưa lưu của {title} (tự động lưu {when}). Xóa vĩnh viễn? [y/N]",
    },
    "purge.unknown_time": {"en": "at an unknown time", "th": "ไม่ทราบเวลา", "vi": "vào lúc không rõ"},
    # --- what a folder's batch left out (core/skipped.py) ---------------------------------------------
    "skipped.hidden": {"en": "a hidden file", "th": "เป็นไฟล์ซ่อน", "vi": "là tệp ẩn"},
    "skipped.folder": {"en": "a folder inside the folder (not opened)", "th": "เป็นโฟลเดอร์ย่อย (ไม่ได้เปิด)",
                       "vi": "là thư mục con (không được mở)"},
    "skipped.review": {"en": "a review file (open it on its own to see it)",
                       "th": "เป็นไฟล์ผลตรวจ (เปิดแยกเพื่อดู)",
                       "vi": "là tệp kết quả kiểm tra (hãy mở riêng để xem)"},
    "skipped.kind": {"en": "not an image or PDF this program reads ({kind})",
                     "th": "ไม่ใช่ภาพหรือ PDF ที่โปรแกรมอ่านได้ ({kind})",
                     "vi": "không phải ảnh hoặc PDF mà chương trình này đọc được ({kind})"},
    "skipped.special": {"en": "not a regular file (a pipe or a device)",
                        "th": "ไม่ใช่ไฟล์ปกติ (เป็น pipe หรืออุปกรณ์)",
                        "vi": "không phải tệp thông thường (một pipe hoặc một thiết bị)"},
    "skipped.no_extension": {"en": "no file extension", "th": "ไม่มีนามสกุล", "vi": "không có phần mở rộng"},
}
