"""Error sentences, part 2: files, exports, the team queue, hostile input, trust.

Data only, as core/error_texts.py.
"""

from __future__ import annotations

from .error_texts import ErrorText, _e

MORE_ERRORS: list[ErrorText] = [
    # --- files
    _e("file.unreadable",
        "The review file could not be read (it is damaged or not a review file). It was left untouched.",
        "อ่านไฟล์ผลตรวจไม่ได้ (ไฟล์เสียหายหรือไม่ใช่ไฟล์ผลตรวจ) ไฟล์เดิมไม่ถูกแก้ไข",
        "Không đọc được tệp kết quả kiểm tra (tệp bị hỏng hoặc không phải tệp kết quả kiểm tra). Tệp được "
        "giữ nguyên."),
    _e("file.newer",
        "This review file was written by a newer version of the program. Update the program to open it; the "
        "file was left untouched.",
        "ไฟล์ผลตรวจนี้สร้างจากโปรแกรมรุ่นใหม่กว่า กรุณาอัปเดตโปรแกรม ไฟล์เดิมไม่ถูกแก้ไข",
        "Tệp kết quả kiểm tra này do một phiên bản mới hơn của chương trình ghi. Hãy cập nhật chương trình "
        "để mở; tệp được giữ nguyên."),
    _e("file.reviewed",
        "A review file with a clerk's work already exists there; a new OCR result would erase that work, so "
        "it was not written and nothing was sent. Choose another output file or folder, or move the old "
        "file away first.",
        "มีไฟล์ผลตรวจที่เจ้าหน้าที่ตรวจแล้วอยู่ที่นั่น ผล OCR ใหม่จะลบงานนั้น "
        "จึงไม่ได้เขียนทับและไม่ได้ส่งคำขอ กรุณาเลือกไฟล์หรือโฟลเดอร์ปลายทางอื่น หรือย้ายไฟล์เดิมออกก่อน",
        "Ở đó đã có tệp kết quả kiểm tra chứa công việc của nhân viên; kết quả OCR mới sẽ xóa công việc đó, "
        "nên đã không ghi và không gửi gì. Hãy chọn tệp hoặc thư mục đích khác, hoặc chuyển tệp cũ đi "
        "trước."),
    _e("file.write",
        "The file could not be saved (disk full or no permission). Your work is still open; save it "
        "somewhere else.",
        "บันทึกไฟล์ไม่ได้ (ดิสก์เต็มหรือไม่มีสิทธิ์) งานยังเปิดอยู่ กรุณาบันทึกที่อื่น",
        "Không lưu được tệp (đĩa đầy hoặc không có quyền). Công việc của bạn vẫn đang mở; hãy lưu vào chỗ "
        "khác."),
    _e("internal",
        "Something went wrong inside the program. Your work is kept; save it, and report this to support.",
        "เกิดข้อผิดพลาดภายในโปรแกรม งานของคุณยังอยู่ กรุณาบันทึกและแจ้งฝ่ายสนับสนุน",
        "Đã xảy ra lỗi bên trong chương trình. Công việc của bạn vẫn được giữ; hãy lưu lại và báo cho bộ "
        "phận hỗ trợ."),
    # --- exports, report, retention (issue 14)
    _e("export.no_input",
        "No review file was found in the given files or folders. Give review files (*.review.json) or the "
        "folders that hold them.",
        "ไม่พบไฟล์ผลตรวจในไฟล์หรือโฟลเดอร์ที่ระบุ กรุณาระบุไฟล์ผลตรวจ (*.review.json) "
        "หรือโฟลเดอร์ที่มีไฟล์เหล่านั้น",
        "Không tìm thấy tệp kết quả kiểm tra nào trong các tệp hoặc thư mục đã cho. Hãy đưa vào các tệp kết "
        "quả kiểm tra (*.review.json) hoặc thư mục chứa chúng."),
    _e("export.none_signed_off",
        "None of these documents is signed off, so nothing was exported. Sign them off first, or include "
        "the others on purpose (--all, or the export dialog's option).",
        "ยังไม่มีเอกสารใดที่ยืนยันผลแล้ว จึงไม่ได้ส่งออก กรุณายืนยันผลก่อน หรือเลือกรวมเอกสารที่เหลือ "
        "(--all)",
        "Chưa tài liệu nào được xác nhận hoàn tất, nên không có gì được xuất. Hãy xác nhận trước, hoặc cố ý "
        "đưa cả các tài liệu còn lại vào (--all, hoặc tùy chọn trong hộp thoại xuất)."),
    # --- team queue (issue 16: one PostgreSQL database, many clerks)
    _e("team.driver",
        "The PostgreSQL driver (psycopg) is not installed. Reinstall the program.",
        "ไม่พบไดรเวอร์ PostgreSQL (psycopg) กรุณาติดตั้งโปรแกรมใหม่",
        "Chưa cài trình điều khiển PostgreSQL (psycopg). Hãy cài lại chương trình."),
    _e("team.connect",
        "The team database could not be reached. Check the address, the password and the network.",
        "เชื่อมต่อฐานข้อมูลของทีมไม่ได้ กรุณาตรวจสอบที่อยู่ รหัสผ่าน และเครือข่าย",
        "Không kết nối được tới cơ sở dữ liệu của nhóm. Hãy kiểm tra địa chỉ, mật khẩu và mạng.",
        retry=True),
    _e("team.schema_missing",
        "This database has no team queue yet. Ask an administrator to run `desktop-app team init`.",
        "ฐานข้อมูลนี้ยังไม่มีคิวงานของทีม กรุณาให้ผู้ดูแลระบบสั่ง `desktop-app team init`",
        "Cơ sở dữ liệu này chưa có hàng đợi của nhóm. Hãy nhờ quản trị viên chạy `desktop-app team init`."),
    _e("team.schema_old",
        "The team database is at an older version. Ask an administrator to run `desktop-app team init` to "
        "upgrade it.",
        "ฐานข้อมูลของทีมเป็นรุ่นเก่า กรุณาให้ผู้ดูแลระบบสั่ง `desktop-app team init` เพื่ออัปเกรด",
        "Cơ sở dữ liệu của nhóm đang ở phiên bản cũ. Hãy nhờ quản trị viên chạy `desktop-app team init` để "
        "nâng cấp."),
    _e("team.schema_newer",
        "The team database was upgraded by a newer version of the program. Update the program.",
        "ฐานข้อมูลของทีมถูกอัปเกรดโดยโปรแกรมรุ่นใหม่กว่า กรุณาอัปเดตโปรแกรม",
        "Cơ sở dữ liệu của nhóm đã được một phiên bản mới hơn của chương trình nâng cấp. Hãy cập nhật "
        "chương trình."),
    _e("team.claim_lost",
        "This document is no longer yours: its lease ran out and another clerk took it. Your review file "
        "was kept; give it to a supervisor.",
        "เอกสารนี้ไม่ใช่ของคุณแล้ว เวลาจองหมดและเจ้าหน้าที่คนอื่นรับไปแล้ว ไฟล์ผลตรวจของคุณยังเก็บไว้ "
        "กรุณาส่งให้หัวหน้างาน",
        "Tài liệu này không còn là của bạn: thời hạn giữ đã hết và một nhân viên khác đã nhận nó. Tệp kết "
        "quả kiểm tra của bạn vẫn được giữ; hãy đưa cho người giám sát."),
    _e("team.not_signed_off",
        "The review file is not signed off. Sign it off (or reject it) first, then submit it.",
        "ไฟล์ผลตรวจยังไม่ได้ลงนามรับรอง กรุณาลงนาม (หรือปฏิเสธ) ก่อนแล้วจึงส่ง",
        "Tệp kết quả kiểm tra chưa được xác nhận hoàn tất. Hãy xác nhận (hoặc từ chối) trước, rồi mới nộp."),
    _e("team.not_queued",
        "No document in the team queue matches this review file. Check that it is the file `team next` "
        "wrote.",
        "ไม่มีเอกสารในคิวของทีมที่ตรงกับไฟล์ผลตรวจนี้ กรุณาตรวจสอบว่าเป็นไฟล์ที่ `team next` สร้าง",
        "Không có tài liệu nào trong hàng đợi của nhóm khớp với tệp kết quả kiểm tra này. Hãy kiểm tra đó "
        "có phải là tệp do `team next` ghi ra không."),
    _e("team.denied",
        "Your database account may not do this. Ask a supervisor for the right role.",
        "บัญชีฐานข้อมูลของคุณไม่มีสิทธิ์ทำสิ่งนี้ กรุณาขอสิทธิ์ที่ถูกต้องจากหัวหน้างาน",
        "Tài khoản cơ sở dữ liệu của bạn không được phép làm việc này. Hãy xin người giám sát cấp đúng vai "
        "trò."),
    _e("team.no_decision",
        "That document is not waiting for a supervisor's decision.",
        "เอกสารนั้นไม่ได้รอการตัดสินของหัวหน้างาน",
        "Tài liệu đó không đang chờ người giám sát quyết định."),
    # --- hostile answers and files (issue 10)
    _e("resp.too_large",
        "The service's answer was far larger than any real OCR answer, so it was not kept. Check the "
        "service address; if it persists, report it to support.",
        "คำตอบจากบริการใหญ่เกินกว่าผล OCR จริงใดๆ จึงไม่ได้เก็บไว้ กรุณาตรวจสอบที่อยู่บริการ "
        "หากยังเกิดขึ้นให้แจ้งฝ่ายสนับสนุน",
        "Câu trả lời của dịch vụ lớn hơn rất nhiều so với bất kỳ kết quả OCR thật nào, nên không được giữ "
        "lại. Hãy kiểm tra địa chỉ dịch vụ; nếu vẫn lặp lại, hãy báo cho bộ phận hỗ trợ."),
    _e("input.endpoint_secret",
        "The service address holds a key, user name or password. Remove it from the address and store the "
        "key in Settings (the system keyring). Nothing was sent.",
        "ที่อยู่บริการมี key ชื่อผู้ใช้ หรือรหัสผ่านอยู่ด้วย กรุณาลบออกจากที่อยู่ แล้วเก็บ key "
        "ในหน้าตั้งค่า (keyring ของระบบ) ยังไม่ได้ส่งข้อมูล",
        "Địa chỉ dịch vụ có chứa khóa, tên người dùng hoặc mật khẩu. Hãy xóa chúng khỏi địa chỉ và lưu khóa "
        "trong phần Cài đặt (kho khóa của hệ thống). Chưa có gì được gửi đi."),
    _e("file.reviewed_meanwhile",
        "A review with a clerk's work was saved there while the answer was on its way; it was kept, and the "
        "new result was not written. Choose another output file.",
        "มีการบันทึกผลตรวจของเจ้าหน้าที่ไว้ที่นั่นระหว่างรอคำตอบ ผลตรวจนั้นถูกเก็บไว้ "
        "และไม่ได้เขียนผลใหม่ทับ กรุณาเลือกไฟล์ปลายทางอื่น",
        "Trong lúc chờ câu trả lời, một kết quả kiểm tra có công việc của nhân viên đã được lưu ở đó; nó "
        "được giữ nguyên và kết quả mới không được ghi. Hãy chọn tệp đích khác."),
    # --- trust (issue 9): each way a file fails gets its own sentence ({what}: core/file_kind.py)
    _e("input.empty",
        "The file is empty (0 bytes): it holds no image. Copy or scan it again.",
        "ไฟล์ว่างเปล่า (0 ไบต์) ไม่มีภาพอยู่ กรุณาคัดลอกหรือสแกนใหม่อีกครั้ง",
        "Tệp trống (0 byte): không chứa ảnh nào. Hãy sao chép hoặc quét lại."),
    _e("input.format",
        "The file is {what}, which this program does not read. Open a JPEG, PNG, TIFF or PDF file.",
        "ไฟล์นี้เป็น {what} ซึ่งโปรแกรมนี้ไม่อ่าน กรุณาเปิดไฟล์ JPEG, PNG, TIFF หรือ PDF",
        "Tệp là {what}, loại mà chương trình này không đọc. Hãy mở tệp JPEG, PNG, TIFF hoặc PDF."),
    _e("input.damaged",
        "The file looks like {what} but is damaged (cut short or corrupted), so it cannot be read. Copy or "
        "scan it again.",
        "ไฟล์นี้ดูเหมือนเป็น {what} แต่เสียหาย (ไม่ครบหรือข้อมูลผิดพลาด) จึงอ่านไม่ได้ "
        "กรุณาคัดลอกหรือสแกนใหม่อีกครั้ง",
        "Tệp có vẻ là {what} nhưng đã bị hỏng (bị cắt ngắn hoặc lỗi dữ liệu), nên không đọc được. Hãy sao "
        "chép hoặc quét lại."),
    _e("output.unwritable",
        "The output folder cannot be written to (no permission, read-only, or it is a file). Choose another "
        "folder. Nothing was sent.",
        "เขียนลงโฟลเดอร์ปลายทางไม่ได้ (ไม่มีสิทธิ์ อ่านได้อย่างเดียว หรือเป็นไฟล์) กรุณาเลือกโฟลเดอร์อื่น "
        "(ยังไม่ได้ส่งข้อมูล)",
        "Không ghi được vào thư mục đích (không có quyền, chỉ đọc, hoặc đó là một tệp). Hãy chọn thư mục "
        "khác. Chưa có gì được gửi đi."),
    _e("demo.not_a_sample",
        "The demo reads only the bundled sample images (File › Open Sample); this is not one of them. "
        "Choose a real OCR service for your own documents. Nothing was sent.",
        "โหมดสาธิตอ่านได้เฉพาะภาพตัวอย่างที่มากับโปรแกรม (ไฟล์ › เปิดตัวอย่าง) ภาพนี้ไม่ใช่ภาพตัวอย่าง "
        "กรุณาเลือกบริการ OCR จริงสำหรับเอกสารของคุณ (ยังไม่ได้ส่งข้อมูล)",
        "Chế độ minh họa chỉ đọc các ảnh mẫu đi kèm chương trình (Tệp › Mở tài liệu mẫu); "
        "ảnh này không phải ảnh mẫu. Hãy chọn một dịch vụ OCR thật cho giấy tờ của bạn. "
        "Chưa có gì được gửi đi."),
    _e("review.other_image",
        "The review file beside this image was made from a different file (another scan under the same "
        "name), so it was not opened: the image is shown on its own. That review is never saved over; keep "
        "your work with Save As.",
        "ไฟล์ผลตรวจที่อยู่ข้างภาพนี้สร้างจากไฟล์อื่น (ภาพสแกนอื่นที่ใช้ชื่อเดียวกัน) จึงไม่ได้เปิด "
        "แสดงเฉพาะภาพ โปรแกรมจะไม่บันทึกทับผลตรวจนั้น กรุณาใช้ บันทึกเป็น… เพื่อเก็บงานของคุณ",
        "Tệp kết quả kiểm tra bên cạnh ảnh này được tạo từ một tệp khác (một bản quét khác cùng tên), nên "
        "không được mở: chỉ hiển thị ảnh. Kết quả kiểm tra đó sẽ không bao giờ bị ghi đè; hãy giữ công việc "
        "của bạn bằng Lưu thành…"),
    _e("display.none",
        "No display is available, so the window cannot open. Run it on a desktop session, or use "
        "`desktop-app ocr` on the command line.",
        "ไม่มีหน้าจอให้แสดงผล จึงเปิดหน้าต่างไม่ได้ กรุณาเปิดในเดสก์ท็อป หรือใช้คำสั่ง `desktop-app ocr`",
        "Không có màn hình để hiển thị, nên cửa sổ không mở được. Hãy chạy trong một phiên làm việc có màn "
        "hình, hoặc dùng `desktop-app ocr` trên dòng lệnh."),
    _e("input.not_regular",
        "That is not a regular file (a pipe, a device or a socket), so it was not read. Open an image or "
        "PDF file.",
        "นั่นไม่ใช่ไฟล์ปกติ (เป็น pipe อุปกรณ์ หรือ socket) จึงไม่ได้อ่าน กรุณาเปิดไฟล์ภาพหรือ PDF",
        "Đó không phải là tệp thông thường (một pipe, một thiết bị hoặc một socket), nên không được đọc. "
        "Hãy mở tệp ảnh hoặc PDF."),
]
