"""Error sentences, part 1: input, network, undocumented answers, HTTP, AIGEN and CVVN codes.

Data only (core/errors.py builds the catalogue): one entry per code, the sentence in English, Thai
and Vietnamese, and whether trying again can help. Add a code at the end of its block, in all three
languages: tests/test_core_words.py fails on a missing language or a mismatched {placeholder}.
"""

from __future__ import annotations

from typing import NamedTuple


class ErrorText(NamedTuple):
    code: str
    en: str
    th: str
    vi: str
    retry: bool = False  # True when trying the same request again may succeed


def _e(code: str, en: str, th: str, vi: str, retry: bool = False) -> ErrorText:
    return ErrorText(code, en, th, vi, retry)


ERRORS: list[ErrorText] = [
    # --- input: nothing was sent
    _e("input.not_found",
        "The file was not found. Check the path and open it again.",
        "ไม่พบไฟล์ ตรวจสอบตำแหน่งไฟล์แล้วเปิดใหม่อีกครั้ง",
        "Không tìm thấy tệp. Hãy kiểm tra đường dẫn rồi mở lại."),
    _e("input.unreadable",
        "The file is not an image this program can read (it may be damaged). Open a JPEG, PNG, TIFF or PDF "
        "file.",
        "ไม่สามารถอ่านไฟล์ภาพนี้ได้ (ไฟล์อาจเสียหาย) กรุณาเปิดไฟล์ JPEG, PNG, TIFF หรือ PDF",
        "Tệp không phải là ảnh mà chương trình này đọc được (có thể tệp đã bị hỏng). Hãy mở tệp JPEG, PNG, "
        "TIFF hoặc PDF."),
    _e("input.too_small",
        "The image is smaller than 500×500 pixels, which the API refuses. Scan or photograph the document "
        "at a higher resolution. Nothing was sent.",
        "ภาพมีขนาดเล็กกว่า 500×500 พิกเซล ซึ่ง API ไม่รับ กรุณาสแกนหรือถ่ายภาพเอกสารให้ละเอียดขึ้น "
        "(ยังไม่ได้ส่งข้อมูล)",
        "Ảnh nhỏ hơn 500×500 điểm ảnh, API sẽ từ chối. Hãy quét hoặc chụp giấy tờ với độ phân giải cao hơn. "
        "Chưa có gì được gửi đi."),
    _e("input.too_large",
        "The image could not be made small enough for the API (10 MB, 10000×10000 pixels). Use a smaller "
        "scan. Nothing was sent.",
        "ไม่สามารถย่อภาพให้เล็กพอสำหรับ API ได้ (10 MB, 10000×10000 พิกเซล) กรุณาใช้ภาพสแกนที่เล็กลง "
        "(ยังไม่ได้ส่งข้อมูล)",
        "Không thể thu nhỏ ảnh đủ cho API (10 MB, 10000×10000 điểm ảnh). Hãy dùng bản quét nhỏ hơn. Chưa có "
        "gì được gửi đi."),
    _e("input.unsupported",
        "This service does not accept this kind of file. Use an image (JPEG, PNG) or choose a service that "
        "accepts PDF.",
        "บริการนี้ไม่รับไฟล์ประเภทนี้ กรุณาใช้ไฟล์ภาพ (JPEG, PNG) หรือเลือกบริการที่รับ PDF",
        "Dịch vụ này không nhận loại tệp này. Hãy dùng tệp ảnh (JPEG, PNG) hoặc chọn dịch vụ nhận PDF."),
    _e("input.image_count",
        "This service needs a different number of images (front and back are sent together). Open the right "
        "number of images.",
        "บริการนี้ต้องการจำนวนภาพที่ต่างออกไป (ด้านหน้าและด้านหลังส่งพร้อมกัน) กรุณาเปิดภาพให้ครบ",
        "Dịch vụ này cần số lượng ảnh khác (mặt trước và mặt sau được gửi cùng nhau). Hãy mở đúng số ảnh."),
    _e("input.too_many_pages",
        "The document has more pages than the service reads at once (20). Split it into smaller files. "
        "Nothing was sent.",
        "เอกสารมีจำนวนหน้ามากกว่าที่บริการอ่านได้ในครั้งเดียว (20 หน้า) กรุณาแบ่งเป็นไฟล์ย่อย "
        "(ยังไม่ได้ส่งข้อมูล)",
        "Tài liệu có nhiều trang hơn số trang dịch vụ đọc được một lần (20). Hãy tách thành các tệp nhỏ "
        "hơn. Chưa có gì được gửi đi."),
    _e("input.changed",
        "The file changed on disk since this document was read, so its pages may not match. Open the file "
        "again. Nothing was sent.",
        "ไฟล์ถูกเปลี่ยนแปลงหลังจากอ่านเอกสารนี้ หน้าอาจไม่ตรงกัน กรุณาเปิดไฟล์ใหม่อีกครั้ง "
        "(ยังไม่ได้ส่งข้อมูล)",
        "Tệp đã thay đổi trên đĩa kể từ khi tài liệu này được đọc, nên các trang có thể không khớp. Hãy mở "
        "lại tệp. Chưa có gì được gửi đi."),
    _e("input.no_such_page",
        "The document has no such page. Nothing was sent.",
        "เอกสารไม่มีหน้านี้ (ยังไม่ได้ส่งข้อมูล)",
        "Tài liệu không có trang này. Chưa có gì được gửi đi."),
    _e("input.option",
        "An option has a value the service does not accept. Check the option and try again.",
        "ค่าตัวเลือกไม่ถูกต้องสำหรับบริการนี้ กรุณาตรวจสอบตัวเลือกแล้วลองใหม่",
        "Một tùy chọn có giá trị mà dịch vụ không chấp nhận. Hãy kiểm tra tùy chọn rồi thử lại."),
    _e("input.provider",
        "Unknown OCR service. Choose one from the list.",
        "ไม่รู้จักบริการ OCR นี้ กรุณาเลือกจากรายการ",
        "Không rõ dịch vụ OCR này. Hãy chọn một dịch vụ trong danh sách."),
    _e("input.insecure_endpoint",
        "The service address must start with https:// (plain http is only allowed on this computer). "
        "Nothing was sent.",
        "ที่อยู่บริการต้องขึ้นต้นด้วย https:// (http ใช้ได้เฉพาะในเครื่องนี้เท่านั้น) ยังไม่ได้ส่งข้อมูล",
        "Địa chỉ dịch vụ phải bắt đầu bằng https:// (http không mã hóa chỉ được phép trên máy này). "
        "Chưa có gì được gửi đi."),
    _e("input.bad_endpoint",
        "The service address is not a valid URL. Check it in Settings.",
        "ที่อยู่บริการไม่ถูกต้อง กรุณาตรวจสอบในหน้าตั้งค่า",
        "Địa chỉ dịch vụ không phải là URL hợp lệ. Hãy kiểm tra trong phần Cài đặt."),
    _e("key.missing",
        "No API key is set for this service. Add it in Settings (or run `desktop-app key set`). Nothing was "
        "sent.",
        "ยังไม่ได้ตั้งค่า API key สำหรับบริการนี้ กรุณาเพิ่มในหน้าตั้งค่า (ยังไม่ได้ส่งข้อมูล)",
        "Chưa đặt khóa API cho dịch vụ này. Hãy thêm khóa trong phần Cài đặt (hoặc chạy `desktop-app key "
        "set`). Chưa có gì được gửi đi."),
    _e("keyring.unavailable",
        "No system keyring is available on this computer, so the key cannot be stored. It can be used for "
        "this session only; nothing is written to disk.",
        "เครื่องนี้ไม่มีระบบเก็บรหัสลับ (keyring) จึงบันทึก key ไม่ได้ ใช้ได้เฉพาะรอบการทำงานนี้ "
        "และจะไม่เขียนลงดิสก์",
        "Máy tính này không có kho khóa bí mật của hệ thống (keyring), nên không thể lưu khóa. Khóa chỉ "
        "dùng được trong phiên làm việc này; không có gì được ghi xuống đĩa."),
    # --- network
    _e("net.unreachable",
        "The OCR service could not be reached. Check the network connection and the service address.",
        "ติดต่อบริการ OCR ไม่ได้ กรุณาตรวจสอบการเชื่อมต่อเครือข่ายและที่อยู่บริการ",
        "Không kết nối được tới dịch vụ OCR. Hãy kiểm tra kết nối mạng và địa chỉ dịch vụ.",
        retry=True),
    _e("net.timeout",
        "The OCR service did not answer in time. Try again, or raise the timeout in Settings.",
        "บริการ OCR ไม่ตอบกลับภายในเวลาที่กำหนด ลองใหม่ หรือเพิ่มเวลารอในหน้าตั้งค่า",
        "Dịch vụ OCR không trả lời kịp thời. Hãy thử lại, hoặc tăng thời gian chờ trong phần Cài đặt.",
        retry=True),
    _e("net.dropped",
        "The connection was cut before the answer was complete. Try again.",
        "การเชื่อมต่อถูกตัดก่อนได้รับคำตอบครบ กรุณาลองใหม่",
        "Kết nối bị ngắt trước khi nhận đủ câu trả lời. Hãy thử lại.",
        retry=True),
    _e("net.tls",
        "The service's security certificate could not be verified, so nothing was trusted. Check the "
        "address, or ask IT about the network.",
        "ไม่สามารถยืนยันใบรับรองความปลอดภัยของบริการได้ กรุณาตรวจสอบที่อยู่ หรือติดต่อฝ่ายไอที",
        "Không xác minh được chứng chỉ bảo mật của dịch vụ, nên không có gì được tin cậy. Hãy kiểm tra địa "
        "chỉ, hoặc hỏi bộ phận IT về mạng."),
    _e("cancelled",
        "Cancelled. Nothing was changed.",
        "ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลง",
        "Đã hủy. Không có gì bị thay đổi."),
    # --- undocumented answers
    _e("resp.not_json",
        "The service answered with something that is not OCR data (for example an error web page). Try "
        "again later; if it persists, check the service address.",
        "บริการตอบกลับด้วยข้อมูลที่ไม่ใช่ผล OCR (เช่น หน้าเว็บแจ้งข้อผิดพลาด) กรุณาลองใหม่ภายหลัง "
        "หากยังเกิดขึ้นให้ตรวจสอบที่อยู่บริการ",
        "Dịch vụ trả về nội dung không phải dữ liệu OCR (ví dụ một trang web báo lỗi). Hãy thử lại sau; nếu "
        "vẫn lặp lại, hãy kiểm tra địa chỉ dịch vụ.",
        retry=True),
    _e("resp.truncated",
        "The service's answer was cut off. Try again.",
        "คำตอบจากบริการไม่ครบ กรุณาลองใหม่",
        "Câu trả lời của dịch vụ bị cắt ngang. Hãy thử lại.",
        retry=True),
    _e("resp.shape",
        "The service's answer was not in the expected form, so it could not be read. The answer was kept; "
        "report this to support.",
        "คำตอบจากบริการอยู่ในรูปแบบที่ไม่คาดไว้ จึงอ่านไม่ได้ ระบบเก็บคำตอบไว้แล้ว กรุณาแจ้งฝ่ายสนับสนุน",
        "Câu trả lời của dịch vụ không đúng dạng mong đợi nên không đọc được. Câu trả lời đã được giữ lại; "
        "hãy báo cho bộ phận hỗ trợ."),
    # --- HTTP statuses (any service)
    _e("http.400",
        "The service refused the request as invalid. Check that the image is a clear picture of the right "
        "document.",
        "บริการปฏิเสธคำขอ กรุณาตรวจสอบว่าภาพเป็นเอกสารที่ถูกต้องและชัดเจน",
        "Dịch vụ từ chối yêu cầu vì không hợp lệ. Hãy kiểm tra ảnh có phải là ảnh rõ nét của đúng loại giấy "
        "tờ không."),
    _e("http.401",
        "The API key was refused (missing or wrong). Check the key in Settings.",
        "API key ไม่ถูกต้องหรือไม่มี กรุณาตรวจสอบ key ในหน้าตั้งค่า",
        "Khóa API bị từ chối (thiếu hoặc sai). Hãy kiểm tra khóa trong phần Cài đặt."),
    _e("http.403",
        "This API key is not allowed to use this service. Ask your administrator to enable it, or use "
        "another key.",
        "API key นี้ไม่มีสิทธิ์ใช้บริการนี้ กรุณาติดต่อผู้ดูแลระบบหรือใช้ key อื่น",
        "Khóa API này không được phép dùng dịch vụ này. Hãy nhờ quản trị viên bật quyền, hoặc dùng khóa "
        "khác."),
    _e("http.404",
        "The service address was not found. Check the endpoint in Settings.",
        "ไม่พบที่อยู่บริการ กรุณาตรวจสอบ endpoint ในหน้าตั้งค่า",
        "Không tìm thấy địa chỉ dịch vụ. Hãy kiểm tra endpoint trong phần Cài đặt."),
    _e("http.413",
        "The image is too large for the service (over 10 MB or 10000×10000 pixels). Use a smaller image.",
        "ภาพใหญ่เกินกว่าที่บริการรับได้ (เกิน 10 MB หรือ 10000×10000 พิกเซล) กรุณาใช้ภาพที่เล็กลง",
        "Ảnh quá lớn đối với dịch vụ (trên 10 MB hoặc 10000×10000 điểm ảnh). Hãy dùng ảnh nhỏ hơn."),
    _e("http.422",
        "The service could not decode the image. Save it again as JPEG or PNG and retry.",
        "บริการถอดรหัสภาพไม่ได้ กรุณาบันทึกภาพใหม่เป็น JPEG หรือ PNG แล้วลองอีกครั้ง",
        "Dịch vụ không giải mã được ảnh. Hãy lưu lại ảnh dưới dạng JPEG hoặc PNG rồi thử lại."),
    _e("http.429",
        "The API credit for this key is used up. Top up the account.",
        "เครดิต API ของ key นี้หมดแล้ว กรุณาเติมเครดิต",
        "Hạn mức API của khóa này đã dùng hết. Hãy nạp thêm cho tài khoản."),
    _e("http.5xx",
        "The OCR service had an internal problem. Try again in a few minutes.",
        "บริการ OCR ขัดข้องภายใน กรุณาลองใหม่ในอีกสักครู่",
        "Dịch vụ OCR gặp sự cố nội bộ. Hãy thử lại sau vài phút.",
        retry=True),
    _e("http.other",
        "The service answered with an unexpected error. Try again; if it persists, report it to support.",
        "บริการตอบกลับด้วยข้อผิดพลาดที่ไม่คาดไว้ กรุณาลองใหม่ หากยังเกิดขึ้นให้แจ้งฝ่ายสนับสนุน",
        "Dịch vụ trả về một lỗi không mong đợi. Hãy thử lại; nếu vẫn lặp lại, hãy báo cho bộ phận hỗ trợ.",
        retry=True),
    # --- AIGEN codes
    _e("aigen.1001",
        "The image resolution is too low for the service (minimum 500×500). Scan the document at a higher "
        "resolution.",
        "ความละเอียดภาพต่ำเกินไป (ขั้นต่ำ 500×500) กรุณาสแกนเอกสารให้ละเอียดขึ้น",
        "Độ phân giải ảnh quá thấp đối với dịch vụ (tối thiểu 500×500). Hãy quét giấy tờ với độ phân giải "
        "cao hơn."),
    _e("aigen.1002",
        "The service did not accept the image quality or size (maximum 10000×10000). Use a clearer, smaller "
        "scan.",
        "บริการไม่รับคุณภาพหรือขนาดภาพนี้ (สูงสุด 10000×10000) กรุณาใช้ภาพที่ชัดขึ้นและเล็กลง",
        "Dịch vụ không chấp nhận chất lượng hoặc kích thước ảnh (tối đa 10000×10000). Hãy dùng bản quét rõ "
        "hơn và nhỏ hơn."),
    _e("aigen.1003",
        "The service could not convert the image. Save it again as JPEG or PNG and retry.",
        "บริการแปลงภาพไม่ได้ กรุณาบันทึกภาพใหม่เป็น JPEG หรือ PNG แล้วลองอีกครั้ง",
        "Dịch vụ không chuyển đổi được ảnh. Hãy lưu lại ảnh dưới dạng JPEG hoặc PNG rồi thử lại."),
    _e("aigen.2001",
        "The OCR service had an internal problem. Try again in a few minutes.",
        "บริการ OCR ขัดข้องภายใน กรุณาลองใหม่ในอีกสักครู่",
        "Dịch vụ OCR gặp sự cố nội bộ. Hãy thử lại sau vài phút.",
        retry=True),
    _e("aigen.20000",
        "The image is too large for the service (over 10 MB or 10000×10000 pixels). Use a smaller image.",
        "ภาพใหญ่เกินกว่าที่บริการรับได้ (เกิน 10 MB หรือ 10000×10000 พิกเซล) กรุณาใช้ภาพที่เล็กลง",
        "Ảnh quá lớn đối với dịch vụ (trên 10 MB hoặc 10000×10000 điểm ảnh). Hãy dùng ảnh nhỏ hơn."),
    _e("aigen.20001",
        "The service could not decode the image. Save it again as JPEG or PNG and retry.",
        "บริการถอดรหัสภาพไม่ได้ กรุณาบันทึกภาพใหม่เป็น JPEG หรือ PNG แล้วลองอีกครั้ง",
        "Dịch vụ không giải mã được ảnh. Hãy lưu lại ảnh dưới dạng JPEG hoặc PNG rồi thử lại."),
    _e("aigen.20002",
        "The service could not decode the image data. Save it again as JPEG or PNG and retry.",
        "บริการอ่านข้อมูลภาพไม่ได้ กรุณาบันทึกภาพใหม่เป็น JPEG หรือ PNG แล้วลองอีกครั้ง",
        "Dịch vụ không giải mã được dữ liệu ảnh. Hãy lưu lại ảnh dưới dạng JPEG hoặc PNG rồi thử lại."),
    _e("aigen.40000",
        "The OCR service is temporarily unavailable. Try again in a few minutes.",
        "บริการ OCR ไม่พร้อมใช้งานชั่วคราว กรุณาลองใหม่ในอีกสักครู่",
        "Dịch vụ OCR tạm thời không khả dụng. Hãy thử lại sau vài phút.",
        retry=True),
    _e("aigen.40001",
        "The OCR service had an internal problem. Try again in a few minutes.",
        "บริการ OCR ขัดข้องภายใน กรุณาลองใหม่ในอีกสักครู่",
        "Dịch vụ OCR gặp sự cố nội bộ. Hãy thử lại sau vài phút.",
        retry=True),
    _e("aigen.can_not_find_vehicle_registration_on_image",
        "No vehicle registration book was found in the image. Check that this is the right document and "
        "that the page is fully in the picture.",
        "ไม่พบสมุดทะเบียนรถในภาพ กรุณาตรวจสอบว่าเป็นเอกสารที่ถูกต้องและอยู่ในภาพครบทั้งหน้า",
        "Không tìm thấy sổ đăng ký xe trong ảnh. Hãy kiểm tra đây có đúng là giấy tờ cần đọc và cả trang "
        "nằm trọn trong ảnh."),
    _e("aigen.not_a_document",
        "The service could not find the expected document in the image. Check that this is the right "
        "document type and that it is fully in the picture.",
        "บริการไม่พบเอกสารที่ต้องการในภาพ กรุณาตรวจสอบประเภทเอกสารและให้เอกสารอยู่ในภาพครบ",
        "Dịch vụ không tìm thấy giấy tờ cần đọc trong ảnh. Hãy kiểm tra đây có đúng loại giấy tờ và giấy tờ "
        "nằm trọn trong ảnh."),
    _e("aigen.internal_server_error",
        "The service failed on this page. Try this page again.",
        "บริการขัดข้องขณะอ่านหน้านี้ กรุณาลองหน้านี้อีกครั้ง",
        "Dịch vụ gặp lỗi ở trang này. Hãy thử lại trang này.",
        retry=True),
    _e("aigen.page_failed",
        "The service could not read this page. Check the page image and try it again.",
        "บริการอ่านหน้านี้ไม่ได้ กรุณาตรวจสอบภาพหน้านี้แล้วลองอีกครั้ง",
        "Dịch vụ không đọc được trang này. Hãy kiểm tra ảnh của trang rồi thử lại.",
        retry=True),
    _e("aigen.partial_content",
        "Some pages could not be read; the others are shown. Re-run the failed pages.",
        "บางหน้าอ่านไม่ได้ หน้าอื่นแสดงผลแล้ว กรุณาสั่งอ่านหน้าที่ล้มเหลวอีกครั้ง",
        "Một số trang không đọc được; các trang còn lại đã được hiển thị. Hãy chạy lại các trang bị lỗi.",
        retry=True),
    # --- Computer Vision Vietnam codes (errorCode is a string)
    _e("cvvn.1",
        "The photo does not contain a readable registration. Check the image and that it shows the right "
        "side.",
        "ไม่พบเนื้อหาในภาพ กรุณาตรวจสอบภาพและด้านของเอกสาร",
        "Ảnh không chứa giấy đăng ký đọc được. Hãy kiểm tra ảnh và đúng mặt của giấy tờ."),
    _e("cvvn.2",
        "The image address (URL) could not be opened by the service. Send the file instead.",
        "บริการเปิดที่อยู่ภาพ (URL) ไม่ได้ กรุณาส่งเป็นไฟล์แทน",
        "Dịch vụ không mở được địa chỉ ảnh (URL). Hãy gửi tệp ảnh thay thế.",
        retry=True),
    _e("cvvn.3",
        "The service did not accept the image format. Save it as JPEG or PNG and retry.",
        "บริการไม่รับรูปแบบภาพนี้ กรุณาบันทึกเป็น JPEG หรือ PNG แล้วลองใหม่",
        "Dịch vụ không chấp nhận định dạng ảnh. Hãy lưu dưới dạng JPEG hoặc PNG rồi thử lại."),
    _e("cvvn.4",
        "The account is out of requests. Top up the account.",
        "จำนวนคำขอของบัญชีหมดแล้ว กรุณาเติมโควตา",
        "Tài khoản đã hết lượt yêu cầu. Hãy nạp thêm cho tài khoản."),
    _e("cvvn.5",
        "The API key or secret was refused. Check both in Settings.",
        "API key หรือ secret ไม่ถูกต้อง กรุณาตรวจสอบในหน้าตั้งค่า",
        "Khóa API hoặc mã bí mật (secret) bị từ chối. Hãy kiểm tra cả hai trong phần Cài đặt."),
    _e("cvvn.6",
        "The request used a format type the service does not know. Check the format option.",
        "รูปแบบการส่งข้อมูลไม่ถูกต้อง กรุณาตรวจสอบตัวเลือก format",
        "Yêu cầu dùng kiểu định dạng mà dịch vụ không biết. Hãy kiểm tra tùy chọn format."),
    _e("cvvn.unknown",
        "The service reported an error it does not document. Try again; if it persists, report it to "
        "support.",
        "บริการแจ้งข้อผิดพลาดที่ไม่มีในเอกสาร กรุณาลองใหม่ หากยังเกิดขึ้นให้แจ้งฝ่ายสนับสนุน",
        "Dịch vụ báo một lỗi không có trong tài liệu. Hãy thử lại; nếu vẫn lặp lại, hãy báo cho bộ phận hỗ "
        "trợ.",
        retry=True),
]
