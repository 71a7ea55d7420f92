"""The window's words in Vietnamese, keyed by their English source (what translations/desk_vi.ts
holds), and the English singular/plural of every counted message (desk_en.ts).

Read by scripts/codemod_tr.py when it fills a .ts: a translation already in the .ts is kept (edit
the .ts, e.g. in pyside6-linguist, from then on); this table gives the words of new messages.
"""

# ruff: noqa: E501  (the keys are the English sources, exactly as the .ts holds them)
from __future__ import annotations

# English source -> Vietnamese (the `&` marks the menu accelerator)
WORDS: dict[str | tuple[str, str], str] = {
    "OCR Review Desk": "OCR Review Desk",
    "No document": "Chưa có tài liệu",
    "&File": "&Tệp",
    "&View": "&Xem",
    "&OCR": "&OCR",
    "Open &Recent": "Mở &gần đây",
    "No recent files": "Chưa có tệp gần đây",
    "Clear list": "Xóa danh sách",
    "&Edit": "&Sửa",
    "&Review": "&Kiểm tra",
    "&Help": "Trợ &giúp",
    "&Open…": "&Mở…",
    "&Save": "&Lưu",
    "Save &As…": "Lưu &thành…",
    "Se&ttings…": "&Cài đặt…",
    "&Quit": "T&hoát",
    "&Run OCR": "Chạ&y OCR",
    "&Cancel": "&Hủy",
    "Options": "Tùy chọn",
    "Zoom &In": "Phóng &to",
    "Zoom &Out": "Thu &nhỏ",
    "Fit &Page": "Vừa &trang",
    "Fit &Width": "Vừa &chiều rộng",
    "&100 %": "&100 %",
    "&Zoom to Field": "&Phóng đến trường",
    "Show &Labels on Image": "Hiện &nhãn trên ảnh",
    "Low confidence first": "Độ tin cậy thấp trước",
    "Confirm": "Xác nhận",
    "Confirm and Next": "Xác nhận và sang trường tiếp",
    "Confirm Field": "Xác nhận trường này",
    "Accept &Suggestion": "Nhận &gợi ý",
    "Confirm All &High-Confidence Fields": "Xác nhận mọi trường có độ tin cậy &cao",
    "&Mark Document Reviewed": "Đánh &dấu tài liệu đã kiểm tra",
    "&Reject Document…": "&Từ chối tài liệu…",
    "&Undo": "&Hoàn tác",
    "&Redo": "&Làm lại",
    "&Keyboard Shortcuts": "&Phím tắt",
    "edit value": "sửa giá trị",
    "confirm field": "xác nhận trường",
    "field state": "trạng thái trường",
    "accept suggestion": "nhận gợi ý",
    "confirm all high-confidence": "xác nhận mọi trường tin cậy cao",
    "mark reviewed": "đánh dấu đã kiểm tra",
    "reject document": "từ chối tài liệu",
    "Suggestion: <b>{value}</b> — {keys} accepts it": "Gợi ý: <b>{value}</b> — nhấn {keys} để nhận",
    "Read as (normalized)": "Giá trị đọc được (chuẩn hóa)",
    "Not reviewed": "Chưa kiểm tra",
    "In review": "Đang kiểm tra",
    "Reviewed": "Đã kiểm tra",
    "Rejected": "Đã từ chối",
    "Errors: {n}": "Lỗi: {n}",
    "Warnings: {n}": "Cảnh báo: {n}",
    "Need attention: {n}": "Cần xem: {n} trường",
    "Checks never block saving.": "Kết quả kiểm tra không bao giờ chặn việc lưu.",
    "Reason: {reason}": "Lý do: {reason}",
    "Why is this document rejected?": "Vì sao từ chối tài liệu này?",
    "The corrected value fails a check (shown under it); Enter goes on as it is":
        "Giá trị đã sửa không qua một phép kiểm tra (xem bên dưới); nhấn Enter để tiếp tục như vậy",
    "Save": "Lưu",
    "Discard": "Bỏ",
    "Cancel": "Hủy",
    "Yes": "Có",
    "No": "Không",
    "OK": "OK",
    "Close": "Đóng",
    "Keyboard shortcuts": "Phím tắt",
    "Keys": "Phím",
    "Confirm the field (or commit the edit), go to the next field needing attention":
        "Xác nhận trường (hoặc ghi phần đã sửa), sang trường tiếp theo cần xem",
    "Confirm the field (or commit the edit) and stay": "Xác nhận trường (hoặc ghi phần đã sửa) và ở lại",
    "Next / previous field": "Trường tiếp theo / trước",
    "Edit the value (or just start typing)": "Sửa giá trị (hoặc cứ gõ luôn)",
    "Cancel the edit": "Hủy việc sửa",
    "Accept the suggested value": "Nhận giá trị được gợi ý",
    "Confirm every high-confidence field": "Xác nhận mọi trường có độ tin cậy cao",
    "Mark the document reviewed (asks first when problems are left; untouched fields are recorded as accepted at sign-off)":
        "Đánh dấu tài liệu đã kiểm tra (hỏi trước nếu còn vấn đề; các trường chưa xem được ghi là "
        "chấp nhận khi ký duyệt)",
    "Reject the document, with a reason": "Từ chối tài liệu, kèm lý do",
    "Ask the service again (a new, possibly charged, call)": "Gửi lại dịch vụ (một lần gọi mới, có thể tính phí)",
    "Read this page again": "Đọc lại trang này",
    "Cancel the request": "Hủy yêu cầu",
    "Save as": "Lưu thành",
    "Open a folder (batch)": "Mở một thư mục (lô)",
    "Zoom in / out / 100 %": "Phóng to / thu nhỏ / 100 %",
    "Labels on the image": "Nhãn trên ảnh",
    "Undo": "Hoàn tác",
    "Redo": "Làm lại",
    "Run OCR": "Chạy OCR",
    "Open": "Mở",
    "Zoom to the field": "Phóng đến trường",
    "Fit page / fit width": "Vừa trang / vừa chiều rộng",
    "This sheet": "Bảng này",
    "Every shortcut uses Ctrl, Alt or a function key: typing a value (Thai input methods included) never triggers one.":
        "Mọi phím tắt đều dùng Ctrl, Alt hoặc phím chức năng: gõ một giá trị (kể cả bằng bộ gõ tiếng "
        "Thái hay tiếng Việt) không bao giờ kích hoạt phím tắt.",
    "Thresholds": "Ngưỡng",
    "Per-field thresholds by document type override the global one (stricter for numbers that must be exact, looser for fields OCR rarely gets wrong).":
        "Ngưỡng riêng của từng trường theo loại tài liệu thay cho ngưỡng chung (chặt hơn với các số phải "
        "chính xác, nới hơn với các trường OCR hiếm khi đọc sai).",
    "Document type": "Loại tài liệu",
    "Field key": "Khóa trường",
    "Threshold": "Ngưỡng",
    "Add": "Thêm",
    "Remove": "Xóa",
    "Restore defaults": "Khôi phục mặc định",
    "Service:": "Dịch vụ:",
    "Threshold:": "Ngưỡng:",
    "Fields below this confidence are marked for attention": "Các trường có độ tin cậy dưới ngưỡng này được đánh dấu cần xem",
    "SIMULATED — demo results / ผลจำลอง": "MÔ PHỎNG — kết quả minh họa",
    "These results come from the built-in simulation, not from a real OCR service.":
        "Các kết quả này đến từ bản mô phỏng có sẵn trong chương trình, không phải từ một dịch vụ OCR thật.",
    "Thai label": "Nhãn tiếng Thái",
    "English label": "Nhãn tiếng Anh",
    "Value": "Giá trị",
    "Conf.": "Tin cậy",
    "State": "Trạng thái",
    "Box": "Khung",
    "unreviewed": "chưa kiểm tra",
    "confirmed": "đã xác nhận",
    "corrected": "đã sửa",
    "(missing)": "(không có)",
    "no box": "không có khung",
    "The service gave no position for this field": "Dịch vụ không cho biết vị trí của trường này",
    "check failed": "kiểm tra không đạt",
    "OCR read: {value}": "OCR đọc được: {value}",
    "Select a field to review it": "Chọn một trường để kiểm tra",
    "raw key: {key}": "khóa gốc từ API: {key}",
    "Page {n} of {total}": "Trang {n} / {total}",
    "This page failed: {message}": "Trang này bị lỗi: {message}",
    "Face": "Ảnh khuôn mặt",
    "Ready": "Sẵn sàng",
    "Reading the document…": "Đang đọc tài liệu…",
    "Cancelled. Nothing was changed.": "Đã hủy. Không có gì thay đổi.",
    "{n} fields read; {low} need attention": "Đã đọc {n} trường; {low} trường cần xem",
    "Saved {path}": "Đã lưu {path}",
    "Opened {path}": "Đã mở {path}",
    "This field has no suggestion.": "Trường này không có gợi ý.",
    "Confirmed {n} high-confidence fields; {left} need attention":
        "Đã xác nhận {n} trường tin cậy cao; còn {left} trường cần xem",
    "Marked reviewed ({errors} errors, {warnings} warnings remain)":
        "Đã đánh dấu kiểm tra xong (còn {errors} lỗi, {warnings} cảnh báo)",
    "Document rejected": "Đã từ chối tài liệu",
    "Retry": "Thử lại",
    "Dismiss": "Đóng",
    "Some pages could not be read; the others are shown.": "Một số trang không đọc được; các trang còn lại đã được hiển thị.",
    "Open an image first (Ctrl+O).": "Hãy mở một ảnh trước (Ctrl+O).",
    "The image could not be shown: {message}": "Không hiển thị được ảnh: {message}",
    "Unsaved changes": "Thay đổi chưa lưu",
    "“{name}” has changes that are not saved. Save them first?": "“{name}” có thay đổi chưa được lưu. Lưu trước không?",
    "Run OCR again?": "Chạy OCR lại?",
    "This document already has an OCR result. Running again sends it to the service again (it may be charged) and replaces the fields and your corrections.":
        "Tài liệu này đã có kết quả OCR. Chạy lại sẽ gửi nó đến dịch vụ lần nữa (có thể tính phí) và "
        "thay thế các trường cùng những chỗ bạn đã sửa.",
    "Replace review file?": "Thay thế tệp kết quả kiểm tra?",
    "“{name}” already exists. Replace it?": "“{name}” đã tồn tại. Thay thế không?",
    "Open image or review file": "Mở ảnh hoặc tệp kết quả kiểm tra",
    "Save review file": "Lưu tệp kết quả kiểm tra",
    "Images, PDFs and review files ({patterns});;All files (*)":
        "Ảnh, PDF và tệp kết quả kiểm tra ({patterns});;Mọi tệp (*)",
    "Review files (*.review.json)": "Tệp kết quả kiểm tra (*.review.json)",
    "Something went wrong": "Đã xảy ra lỗi",
    "Details were written to {path}": "Chi tiết đã được ghi vào {path}",
    "Settings": "Cài đặt",
    "General": "Chung",
    "Services": "Dịch vụ",
    "Language:": "Ngôn ngữ:",
    "Reviewer name:": "Tên người kiểm tra:",
    "Confidence threshold:": "Ngưỡng tin cậy:",
    "Timeout:": "Thời gian chờ:",
    " s": " giây",
    "Endpoint:": "Địa chỉ dịch vụ:",
    "default: {url}": "mặc định: {url}",
    "API keys (stored only in the system keyring)": "Khóa API (chỉ lưu trong kho khóa của hệ thống)",
    "AIGEN API key:": "Khóa API AIGEN:",
    "CVVN API key:": "Khóa API CVVN:",
    "CVVN API secret:": "Mã bí mật API CVVN:",
    "A key is stored; type to replace it": "Đã lưu một khóa; gõ để thay thế",
    "Not set": "Chưa đặt",
    "Test connection": "Kiểm tra kết nối",
    "Testing…": "Đang kiểm tra…",
    "Connected: the service accepted the key.": "Đã kết nối: dịch vụ đã chấp nhận khóa.",
    "The demo service is built in; nothing to test.": "Dịch vụ minh họa có sẵn trong chương trình; không cần kiểm tra.",
    "This computer has no system keyring, so keys cannot be stored. A key typed here can be kept for this run only; nothing is written to disk.":
        "Máy tính này không có kho khóa của hệ thống nên không lưu được khóa. Khóa gõ ở đây chỉ dùng "
        "cho lần chạy này; không có gì được ghi xuống đĩa.",
    "Keep the key for this run only": "Chỉ giữ khóa cho lần chạy này",
    "Page {n}": "Trang {n}",
    "Re-run This &Page": "Đọc lại &trang này",
    "Run OCR &Fresh (new call)…": "Chạy OCR &mới (gọi lại)…",
    "Open &Folder…": "Mở &thư mục…",
    "Re-run page {n}": "Đọc lại trang {n}",
    "Reused the saved answer (no new charge) — Ctrl+Shift+R for a fresh call":
        "Đã dùng lại câu trả lời đã lưu (không tính phí mới) — Ctrl+Shift+R để gọi mới",
    "Run OCR fresh": "Chạy OCR mới",
    "A saved answer exists for this image. A fresh call sends it to the service again and may be charged again. Send it anyway?":
        "Ảnh này đã có câu trả lời được lưu. Một lần gọi mới sẽ gửi ảnh đến dịch vụ lần nữa và có thể "
        "bị tính phí lần nữa. Vẫn gửi?",
    "Re-run page": "Đọc lại trang",
    "Page {n} has review work (confirmed or corrected fields). Reading it again replaces its fields (Ctrl+Z brings them back). Go on?":
        "Trang {n} đã có phần kiểm tra (trường đã xác nhận hoặc đã sửa). Đọc lại sẽ thay thế các trường "
        "của trang (Ctrl+Z để lấy lại). Tiếp tục?",
    "Page {n} read again": "Đã đọc lại trang {n}",
    "Saving {path}…": "Đang lưu {path}…",
    "Opening {path}…": "Đang mở {path}…",
    "{message} It is never saved over: keep your work with Save As.":
        "{message} Chương trình không bao giờ lưu đè lên tệp này: hãy giữ công việc bằng Lưu thành.",
    "Restore unsaved reviews": "Khôi phục các kết quả kiểm tra chưa lưu",
    "The program stopped before %n review(s) were saved. Choose what to do with each.":
        "Chương trình đã dừng trước khi lưu %n kết quả kiểm tra. Hãy chọn cách xử lý từng kết quả.",
    "Document": "Tài liệu",
    "Last kept": "Lưu gần nhất",
    "Action": "Thao tác",
    "Restore": "Khôi phục",
    "Later": "Để sau",
    "Restored the unsaved review of {name}": "Đã khôi phục kết quả kiểm tra chưa lưu của {name}",
    "Queue": "Hàng đợi",
    "Attention": "Cần xem",
    "waiting": "đang chờ",
    "sending": "đang gửi",
    "done": "xong",
    "failed": "thất bại",
    "cancelled": "đã hủy",
    "in review": "đang kiểm tra",
    "reviewed": "đã kiểm tra",
    "Retry All Failed": "Thử lại mọi tài liệu thất bại",
    "Cancel Queue": "Hủy hàng đợi",
    "In flight:": "Gửi đồng thời:",
    "{done} of {total}": "{done} / {total}",
    "The service is busy; waiting {s:.0f} s before trying {name} again":
        "Dịch vụ đang bận; chờ {s:.0f} giây trước khi thử lại {name}",
    "No finished document is waiting for review.": "Không có tài liệu đã xong nào đang chờ kiểm tra.",
    "Front and back go in pairs: {n} files do not pair up.": "Mặt trước và mặt sau đi theo cặp: {n} tệp không ghép cặp được.",
    "Show values in a looped Thai font (Sarabun), easier to proof-read":
        "Hiện giá trị bằng phông chữ Thái có nét vòng (Sarabun), dễ soát hơn",
    "&Export Reviewed…": "&Xuất các tài liệu đã kiểm tra…",
    "OCR &Report…": "&Báo cáo OCR…",
    "&Presentation Mode (hide personal data)": "Chế độ &trình chiếu (ẩn dữ liệu cá nhân)",
    "Presentation Mode: Hide &Names and Addresses Too": "Chế độ trình chiếu: ẩn cả &tên và địa chỉ",
    "Export reviewed documents": "Xuất các tài liệu đã kiểm tra",
    "Format:": "Định dạng:",
    "Include documents not signed off (their status is a column)":
        "Gồm cả tài liệu chưa ký duyệt (trạng thái nằm trong một cột)",
    "%n review file(s) from: {where}": "%n tệp kết quả kiểm tra từ: {where}",
    "Open a folder (or a review file) first: the export takes the review files of the open folder or queue.":
        "Hãy mở một thư mục (hoặc một tệp kết quả kiểm tra) trước: việc xuất lấy các tệp kết quả kiểm "
        "tra của thư mục hoặc hàng đợi đang mở.",
    "Exporting {done} of {total}…": "Đang xuất {done} / {total}…",
    "Exported %n document(s) to {path}.": "Đã xuất %n tài liệu vào {path}.",
    "{n} not signed off were left out.": "{n} tài liệu chưa ký duyệt đã bị bỏ qua.",
    "Presentation mode is on: personal data in this export is masked.":
        "Chế độ trình chiếu đang bật: dữ liệu cá nhân trong tệp xuất này bị che.",
    "The open document has unsaved changes: the export has what was last saved.":
        "Tài liệu đang mở có thay đổi chưa lưu: tệp xuất chứa những gì được lưu lần cuối.",
    "Wrote the report to {path}.": "Đã ghi báo cáo vào {path}.",
    "PRESENTATION · personal data hidden": "TRÌNH CHIẾU · đã ẩn dữ liệu cá nhân",
    "Keep stored answers and logs:": "Giữ câu trả lời đã lưu và nhật ký:",
    " days": " ngày",
    "Export the folder's reviewed documents": "Xuất các tài liệu đã kiểm tra của thư mục",
    "Presentation mode: hide personal data": "Chế độ trình chiếu: ẩn dữ liệu cá nhân",
    "Removed %n stored answer(s) and log entries older than {days} days.":
        "Đã xóa %n câu trả lời đã lưu và mục nhật ký cũ hơn {days} ngày.",
    "Connect to &Team Queue…": "Kết nối &hàng đợi của nhóm…",
    "Team queue": "Hàng đợi của nhóm",
    "Database address:": "Địa chỉ cơ sở dữ liệu:",
    "Password:": "Mật khẩu:",
    "The password is kept in the system keyring, never in the settings.":
        "Mật khẩu được giữ trong kho khóa của hệ thống, không bao giờ trong phần cài đặt.",
    "Not connected. File › Connect to Team Queue.": "Chưa kết nối. Tệp › Kết nối hàng đợi của nhóm.",
    "Connected to {url}": "Đã kết nối với {url}",
    "Working on document {id} ({kind}), held until {until}": "Đang làm tài liệu {id} ({kind}), giữ đến {until}",
    "review": "kiểm tra",
    "second check": "kiểm tra lần hai",
    "No document claimed.": "Chưa nhận tài liệu nào.",
    "Waiting {waiting} · second checks {qa} · being reviewed {claimed} · done {done} · for the supervisor {disputed}":
        "Đang chờ {waiting} · kiểm tra lần hai {qa} · đang kiểm tra {claimed} · xong {done} · "
        "chờ người giám sát {disputed}",
    "%n signed-off review(s) wait to be submitted (no connection).":
        "%n kết quả đã ký duyệt đang chờ gửi (không có kết nối).",
    "Claiming the next document…": "Đang nhận tài liệu tiếp theo…",
    "Nothing is waiting in the team queue.": "Không có gì đang chờ trong hàng đợi của nhóm.",
    "Submitted document {id}.": "Đã gửi tài liệu {id}.",
    "The team database cannot be reached. Your signed-off review is kept and will be submitted when the connection returns.":
        "Không kết nối được cơ sở dữ liệu của nhóm. Kết quả đã ký duyệt của bạn được giữ lại và sẽ được "
        "gửi khi có kết nối trở lại.",
    "Another clerk took this document while you were away. Your review was kept for the supervisor.":
        "Một nhân viên khác đã nhận tài liệu này khi bạn vắng mặt. Kết quả kiểm tra của bạn được giữ lại "
        "cho người giám sát.",
    "Figures per clerk (documents · fields corrected · s per document · disagreement):":
        "Số liệu theo nhân viên (tài liệu · trường đã sửa · giây mỗi tài liệu · bất đồng):",
    "{name}: {documents} · {corrected} · {seconds} s · {rate}": "{name}: {documents} · {corrected} · {seconds} giây · {rate}",
    "There is no system keyring: the password is kept for this session only.":
        "Không có kho khóa của hệ thống: mật khẩu chỉ được giữ cho phiên này.",
    "{n} pages: this service reads one page per request, so {n} requests":
        "{n} trang: dịch vụ này đọc một trang mỗi yêu cầu, nên cần {n} yêu cầu",
    "Send every page?": "Gửi mọi trang?",
    "This file has {n} pages and the chosen service reads one page per request: {n} requests will be sent, and each may be charged (answers already stored are reused for free). Send them?":
        "Tệp này có {n} trang và dịch vụ đã chọn đọc một trang mỗi yêu cầu: sẽ gửi {n} yêu cầu, mỗi yêu "
        "cầu có thể bị tính phí (câu trả lời đã lưu được dùng lại miễn phí). Gửi chứ?",
    "&Service": "&Dịch vụ",
    "Next Page": "Trang tiếp",
    "Previous Page": "Trang trước",
    "Next Document in the Queue": "Tài liệu tiếp theo trong hàng đợi",
    "Previous Document in the Queue": "Tài liệu trước trong hàng đợi",
    "Service: {name}": "Dịch vụ: {name}",
    "No other finished document in the queue.": "Không còn tài liệu đã xong nào khác trong hàng đợi.",
    "Choose the OCR service (the Service menu, in its order)": "Chọn dịch vụ OCR (theo thứ tự trong menu Dịch vụ)",
    "Next / previous page": "Trang tiếp / trước",
    "Next / previous document in the queue": "Tài liệu tiếp / trước trong hàng đợi",
    "%n file(s) in the folder were not added to the queue:\n{files}":
        "%n tệp trong thư mục không được thêm vào hàng đợi:\n{files}",
    "The review could not be saved, so the window stays open: {message}":
        "Không lưu được kết quả kiểm tra nên cửa sổ vẫn mở: {message}",
    "The draft of this review could not be kept (your work is still open; save it): {message}":
        "Không giữ được bản nháp của kết quả này (công việc vẫn đang mở; hãy lưu lại): {message}",
    "{names}: not the file this review was made from (other bytes, or missing), so it is not shown and nothing is sent for it. The fields beside it are the review's own. To see the image, put the original file back where the review names it and open the review again.":
        "{names}: không phải tệp đã dùng để làm kết quả kiểm tra này (nội dung khác hoặc bị thiếu), nên "
        "không được hiển thị và không gửi đi đâu. Các trường bên cạnh là của chính kết quả kiểm tra. Để "
        "xem ảnh, hãy đặt tệp gốc trở lại chỗ mà kết quả kiểm tra ghi rồi mở lại kết quả.",
    "The image is not shown (it is not the file this review was made from), so there is no close-up of this field.":
        "Ảnh không được hiển thị (không phải tệp đã dùng để làm kết quả kiểm tra này), nên không có ảnh "
        "phóng to của trường này.",
    "&About OCR Review Desk": "&Giới thiệu OCR Review Desk",
    "About OCR Review Desk": "Giới thiệu OCR Review Desk",
    "version {version}": "phiên bản {version}",
    "OCR Review Desk uses the components below, each under its own licence; their full texts are shipped with the program. Qt, PySide6 and python-stdnum are under the LGPL: they are separate, replaceable files (python-stdnum as plain .py files).":
        "OCR Review Desk dùng các thành phần dưới đây, mỗi thành phần theo giấy phép riêng; toàn văn "
        "giấy phép được kèm theo chương trình. Qt, PySide6 và python-stdnum theo giấy phép LGPL: chúng "
        "là các tệp riêng, thay thế được (python-stdnum ở dạng tệp .py).",
    "Licence notes": "Ghi chú giấy phép",
    "The Linux bundle is built on Debian 12 and needs glibc {minimum} or newer (Debian 12, Ubuntu 22.10, RHEL 10, Fedora 37 or later) and libgl1 and libegl1; Windows 10 or 11, 64-bit; macOS 12 or later.":
        "Gói cho Linux được dựng trên Debian 12 và cần glibc {minimum} trở lên (Debian 12, Ubuntu 22.10, "
        "RHEL 10, Fedora 37 hoặc mới hơn) cùng libgl1 và libegl1; Windows 10 hoặc 11, 64 bit; macOS 12 "
        "trở lên.",
    "Components and their licences": "Các thành phần và giấy phép",
    "Component": "Thành phần",
    "Licence": "Giấy phép",
    "Used for": "Dùng cho",
    "Licence text": "Văn bản giấy phép",
    "The licence text {path} is missing from this installation.": "Bản cài đặt này thiếu văn bản giấy phép {path}.",
    "This bundle also carries {n} system libraries from Debian; their copyright files are in the licenses/system folder.":
        "Gói này còn mang {n} thư viện hệ thống từ Debian; tệp bản quyền của chúng nằm trong thư mục "
        "licenses/system.",
    "Running from Python: the system libraries are the computer's own.":
        "Đang chạy từ Python: các thư viện hệ thống là của máy tính này.",
    "System libraries": "Thư viện hệ thống",
    "&Close": "Đón&g",
    "Value of the selected field": "Giá trị của trường đang chọn",
    "Fields read from the page": "Các trường đọc được từ trang",
    "Page": "Trang",
    "Show fields needing attention first": "Hiện các trường cần xem trước",
    "Confirm the value": "Xác nhận giá trị",
    "Confidence threshold": "Ngưỡng tin cậy",
    "OCR service": "Dịch vụ OCR",
    "Options of the OCR service": "Tùy chọn của dịch vụ OCR",
    "Page image with the fields' boxes": "Ảnh trang cùng khung của các trường",
    "Pages of the document": "Các trang của tài liệu",
    "Documents in the queue": "Các tài liệu trong hàng đợi",
    "Requests in flight": "Số yêu cầu gửi đồng thời",
    "Retry the selected document": "Thử lại tài liệu đang chọn",
    "Retry every failed document": "Thử lại mọi tài liệu thất bại",
    "Cancel the queue": "Hủy hàng đợi",
    "Dismiss the message": "Đóng thông báo",
    "Thresholds per field": "Ngưỡng của từng trường",
    "Below the confidence threshold ({threshold}): check this value": "Dưới ngưỡng tin cậy ({threshold}): hãy kiểm tra giá trị này",
    "What it does": "Tác dụng",
    "accepted at sign-off": "chấp nhận khi ký duyệt",
    "Sign off with problems left?": "Ký duyệt khi vẫn còn vấn đề?",
    "This document still has open problems. Errors: {errors} · fields needing attention: {attention} · empty required fields: {empty}.":
        "Tài liệu này vẫn còn vấn đề. Lỗi: {errors} · trường cần xem: {attention} · trường bắt buộc còn "
        "trống: {empty}.",
    "Signing off anyway records in the review file how many were left, and every field nobody looked at as accepted at sign-off (not as confirmed).":
        "Nếu vẫn ký duyệt, tệp kết quả sẽ ghi lại số vấn đề còn lại, và mọi trường chưa ai xem được ghi là "
        "chấp nhận khi ký duyệt (không phải đã xác nhận).",
    "&Go to the First One": "Đến vấn đề &đầu tiên",
    "&Sign Off Anyway": "Vẫn &ký duyệt",
    "Not signed off: this field needs a look first": "Chưa ký duyệt: cần xem trường này trước",
    "Marked reviewed with problems left ({errors} errors, {attention} needing attention): recorded in the review file":
        "Đã ký duyệt khi còn vấn đề ({errors} lỗi, {attention} trường cần xem): đã ghi vào tệp kết quả",
    "The corrected value raises a warning (shown under it); Enter goes on as it is":
        "Giá trị đã sửa có cảnh báo (xem bên dưới); nhấn Enter để tiếp tục như vậy",
    "Nothing saved: you have not worked on {name} yet (Ctrl+Enter signs it off)":
        "Chưa lưu gì: bạn chưa làm gì với {name} (Ctrl+Enter để ký duyệt)",
    "Send to a paid service?": "Gửi đến dịch vụ tính phí?",
    "%n request(s) will be sent to {service} and may be charged. Documents with a stored answer (free): {stored} of {total}. Send?":
        "Sẽ gửi %n yêu cầu đến {service} và có thể bị tính phí. Tài liệu đã có câu trả lời được lưu "
        "(miễn phí): {stored} / {total}. Gửi chứ?",
    "Nothing was sent.": "Chưa gửi gì.",
    "Counting requests and stored answers…": "Đang đếm yêu cầu và câu trả lời đã lưu…",
    "Documents not saved": "Tài liệu chưa lưu",
    "%n document(s) in the queue were read but not saved. Each is kept as a draft and offered back at the next start.":
        "%n tài liệu trong hàng đợi đã được đọc nhưng chưa lưu. Mỗi tài liệu được giữ làm bản nháp và "
        "được đề nghị khôi phục ở lần khởi động sau.",
    "&Keep Drafts and Quit": "&Giữ bản nháp và thoát",
    "Replace a signed-off review?": "Thay thế một kết quả đã ký duyệt?",
    "“{name}” was signed off by {by} on {when}.": "“{name}” đã được {by} ký duyệt vào {when}.",
    "Replacing it throws that review away. Cancel keeps it.": "Thay thế sẽ bỏ kết quả đó. Hủy để giữ lại.",
    "&Replace It": "&Thay thế",
    "Not saved: the signed-off review was kept": "Chưa lưu: đã giữ kết quả đã ký duyệt",
    "Opened the saved review of {name}": "Đã mở kết quả kiểm tra đã lưu của {name}",
    "Discard the changes?": "Bỏ các thay đổi?",
    "Settings were changed (endpoints, keys or preferences) and not saved. Throw the changes away?":
        "Cài đặt đã thay đổi (địa chỉ dịch vụ, khóa hoặc tùy chọn) nhưng chưa lưu. Bỏ các thay đổi?",
    "{name} could not be shown": "Không hiển thị được {name}",
    "Open Sa&mple": "Mở tài liệu &mẫu",
    "No samples are installed": "Chưa cài tài liệu mẫu nào",
    "Opened the sample {name} with the demo service (simulated results): Ctrl+R reads it":
        "Đã mở mẫu {name} với dịch vụ minh họa (kết quả mô phỏng): Ctrl+R để đọc",
    "Vehicle book (scan)": "Sổ đăng ký xe Thái (bản quét)",
    "Vehicle book (phone photo)": "Sổ đăng ký xe Thái (ảnh chụp điện thoại)",
    "Thai ID card": "Thẻ căn cước Thái Lan",
    "Passport": "Hộ chiếu",
    "Vietnamese registration, front": "Đăng ký xe Việt Nam, mặt trước",
    "Vietnamese registration, back": "Đăng ký xe Việt Nam, mặt sau",
    # --- keys other branches of this round add (the window's action table) ---
    "Quit": "Thoát",
}

# English source with %n -> (one, many)
ENGLISH_PLURALS: dict[str, tuple[str, str]] = {
    "The program stopped before %n review(s) were saved. Choose what to do with each.": (
        "The program stopped before %n review was saved. Choose what to do with it.",
        "The program stopped before %n reviews were saved. Choose what to do with each."),
    "%n review file(s) from: {where}": ("%n review file from: {where}", "%n review files from: {where}"),
    "Exported %n document(s) to {path}.": ("Exported %n document to {path}.", "Exported %n documents to {path}."),
    "Removed %n stored answer(s) and log entries older than {days} days.": (
        "Removed %n stored answer and log entry older than {days} days.",
        "Removed %n stored answers and log entries older than {days} days."),
    "%n signed-off review(s) wait to be submitted (no connection).": (
        "%n signed-off review waits to be submitted (no connection).",
        "%n signed-off reviews wait to be submitted (no connection)."),
    "%n file(s) in the folder were not added to the queue:\n{files}": (
        "%n file in the folder was not added to the queue:\n{files}",
        "%n files in the folder were not added to the queue:\n{files}"),
    "%n request(s) will be sent to {service} and may be charged. Documents with a stored answer (free): "
    "{stored} of {total}. Send?": (
        "%n request will be sent to {service} and may be charged. Documents with a stored answer (free): "
        "{stored} of {total}. Send?",
        "%n requests will be sent to {service} and may be charged. Documents with a stored answer (free): "
        "{stored} of {total}. Send?"),
    "%n document(s) in the queue were read but not saved. Each is kept as a draft and offered back at the "
    "next start.": (
        "%n document in the queue was read but not saved. It is kept as a draft and offered back at the "
        "next start.",
        "%n documents in the queue were read but not saved. Each is kept as a draft and offered back at "
        "the next start."),
}
