<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>i18n</name>
    <message>
        <source>The licence text {path} is missing from this installation.</source>
        <translation>Bản cài đặt này thiếu văn bản giấy phép {path}.</translation>
    </message>
    <message>
        <source>About OCR Review Desk</source>
        <translation>Giới thiệu OCR Review Desk</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>phiên bản {version}</translation>
    </message>
    <message>
        <source>OCR Review Desk</source>
        <translation>OCR Review Desk</translation>
    </message>
    <message>
        <source>OCR Review Desk uses the components below, each under its own licence; their full texts are shipped with the program. Qt, PySide6 and python-stdnum are under the LGPL: they are separate, replaceable files (python-stdnum as plain .py files).</source>
        <translation>OCR Review Desk dùng các thành phần dưới đây, mỗi thành phần theo giấy phép riêng; toàn văn giấy phép được kèm theo chương trình. Qt, PySide6 và python-stdnum theo giấy phép LGPL: chúng là các tệp riêng, thay thế được (python-stdnum ở dạng tệp .py).</translation>
    </message>
    <message>
        <source>The Linux bundle is built on Debian 12 and needs glibc {minimum} or newer (Debian 12, Ubuntu 22.10, RHEL 10, Fedora 37 or later) and libgl1 and libegl1; Windows 10 or 11, 64-bit; macOS 12 or later.</source>
        <translation>Gói cho Linux được dựng trên Debian 12 và cần glibc {minimum} trở lên (Debian 12, Ubuntu 22.10, RHEL 10, Fedora 37 hoặc mới hơn) cùng libgl1 và libegl1; Windows 10 hoặc 11, 64 bit; macOS 12 trở lên.</translation>
    </message>
    <message>
        <source>Licence notes</source>
        <translation>Ghi chú giấy phép</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Các thành phần và giấy phép</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Dùng cho</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Văn bản giấy phép</translation>
    </message>
    <message>
        <source>This bundle also carries {n} system libraries from Debian; their copyright files are in the licenses/system folder.</source>
        <translation>Gói này còn mang {n} thư viện hệ thống từ Debian; tệp bản quyền của chúng nằm trong thư mục licenses/system.</translation>
    </message>
    <message>
        <source>Running from Python: the system libraries are the computer&apos;s own.</source>
        <translation>Đang chạy từ Python: các thư viện hệ thống là của máy tính này.</translation>
    </message>
    <message>
        <source>System libraries</source>
        <translation>Thư viện hệ thống</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Value of the selected field</source>
        <translation>Giá trị của trường đang chọn</translation>
    </message>
    <message>
        <source>Fields read from the page</source>
        <translation>Các trường đọc được từ trang</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Show fields needing attention first</source>
        <translation>Hiện các trường cần xem trước</translation>
    </message>
    <message>
        <source>Confirm the value</source>
        <translation>Xác nhận giá trị</translation>
    </message>
    <message>
        <source>Confidence threshold</source>
        <translation>Ngưỡng tin cậy</translation>
    </message>
    <message>
        <source>OCR service</source>
        <translation>Dịch vụ OCR</translation>
    </message>
    <message>
        <source>Options of the OCR service</source>
        <translation>Tùy chọn của dịch vụ OCR</translation>
    </message>
    <message>
        <source>Page image with the fields&apos; boxes</source>
        <translation>Ảnh trang cùng khung của các trường</translation>
    </message>
    <message>
        <source>Pages of the document</source>
        <translation>Các trang của tài liệu</translation>
    </message>
    <message>
        <source>Documents in the queue</source>
        <translation>Các tài liệu trong hàng đợi</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>Số yêu cầu gửi đồng thời</translation>
    </message>
    <message>
        <source>Retry the selected document</source>
        <translation>Thử lại tài liệu đang chọn</translation>
    </message>
    <message>
        <source>Retry every failed document</source>
        <translation>Thử lại mọi tài liệu thất bại</translation>
    </message>
    <message>
        <source>Cancel the queue</source>
        <translation>Hủy hàng đợi</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Đóng thông báo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;OCR</source>
        <translation>&amp;OCR</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Dịch vụ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Mở &amp;thư mục…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Lưu &amp;thành…</translation>
    </message>
    <message>
        <source>&amp;Export Reviewed…</source>
        <translation>&amp;Xuất các tài liệu đã kiểm tra…</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Queue…</source>
        <translation>Kết nối &amp;hàng đợi của nhóm…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Run OCR</source>
        <translation>Chạ&amp;y OCR</translation>
    </message>
    <message>
        <source>Run OCR &amp;Fresh (new call)…</source>
        <translation>Chạy OCR &amp;mới (gọi lại)…</translation>
    </message>
    <message>
        <source>Re-run This &amp;Page</source>
        <translation>Đọc lại &amp;trang này</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Phóng &amp;to</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>Vừa &amp;trang</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Vừa &amp;chiều rộng</translation>
    </message>
    <message>
        <source>&amp;100 %</source>
        <translation>&amp;100 %</translation>
    </message>
    <message>
        <source>&amp;Zoom to Field</source>
        <translation>&amp;Phóng đến trường</translation>
    </message>
    <message>
        <source>Show &amp;Labels on Image</source>
        <translation>Hiện &amp;nhãn trên ảnh</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode (hide personal data)</source>
        <translation>Chế độ &amp;trình chiếu (ẩn dữ liệu cá nhân)</translation>
    </message>
    <message>
        <source>Presentation Mode: Hide &amp;Names and Addresses Too</source>
        <translation>Chế độ trình chiếu: ẩn cả &amp;tên và địa chỉ</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Trang tiếp</translation>
    </message>
    <message>
        <source>Previous Document in the Queue</source>
        <translation>Tài liệu trước trong hàng đợi</translation>
    </message>
    <message>
        <source>Next Document in the Queue</source>
        <translation>Tài liệu tiếp theo trong hàng đợi</translation>
    </message>
    <message>
        <source>Confirm and Next</source>
        <translation>Xác nhận và sang trường tiếp</translation>
    </message>
    <message>
        <source>Confirm Field</source>
        <translation>Xác nhận trường này</translation>
    </message>
    <message>
        <source>Accept &amp;Suggestion</source>
        <translation>Nhận &amp;gợi ý</translation>
    </message>
    <message>
        <source>Confirm All &amp;High-Confidence Fields</source>
        <translation>Xác nhận mọi trường có độ tin cậy &amp;cao</translation>
    </message>
    <message>
        <source>&amp;Mark Document Reviewed</source>
        <translation>Đánh &amp;dấu tài liệu đã kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Reject Document…</source>
        <translation>&amp;Từ chối tài liệu…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>OCR &amp;Report…</source>
        <translation>&amp;Báo cáo OCR…</translation>
    </message>
    <message>
        <source>&amp;About OCR Review Desk</source>
        <translation>&amp;Giới thiệu OCR Review Desk</translation>
    </message>
    <message>
        <source>Confirm the field (or commit the edit), go to the next field needing attention</source>
        <translation>Xác nhận trường (hoặc ghi phần đã sửa), sang trường tiếp theo cần xem</translation>
    </message>
    <message>
        <source>Confirm the field (or commit the edit) and stay</source>
        <translation>Xác nhận trường (hoặc ghi phần đã sửa) và ở lại</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Trường tiếp theo / trước</translation>
    </message>
    <message>
        <source>Edit the value (or just start typing)</source>
        <translation>Sửa giá trị (hoặc cứ gõ luôn)</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation>Hủy việc sửa</translation>
    </message>
    <message>
        <source>Accept the suggested value</source>
        <translation>Nhận giá trị được gợi ý</translation>
    </message>
    <message>
        <source>Confirm every high-confidence field</source>
        <translation>Xác nhận mọi trường có độ tin cậy cao</translation>
    </message>
    <message>
        <source>Mark the document reviewed (asks first when problems are left; untouched fields are recorded as accepted at sign-off)</source>
        <translation>Đánh dấu tài liệu đã kiểm tra (hỏi trước nếu còn vấn đề; các trường chưa xem được ghi là chấp nhận khi ký duyệt)</translation>
    </message>
    <message>
        <source>Reject the document, with a reason</source>
        <translation>Từ chối tài liệu, kèm lý do</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Run OCR</source>
        <translation>Chạy OCR</translation>
    </message>
    <message>
        <source>Ask the service again (a new, possibly charged, call)</source>
        <translation>Gửi lại dịch vụ (một lần gọi mới, có thể tính phí)</translation>
    </message>
    <message>
        <source>Read this page again</source>
        <translation>Đọc lại trang này</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Hủy yêu cầu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Open a folder (batch)</source>
        <translation>Mở một thư mục (lô)</translation>
    </message>
    <message>
        <source>Zoom to the field</source>
        <translation>Phóng đến trường</translation>
    </message>
    <message>
        <source>Fit page / fit width</source>
        <translation>Vừa trang / vừa chiều rộng</translation>
    </message>
    <message>
        <source>Zoom in / out / 100 %</source>
        <translation>Phóng to / thu nhỏ / 100 %</translation>
    </message>
    <message>
        <source>Labels on the image</source>
        <translation>Nhãn trên ảnh</translation>
    </message>
    <message>
        <source>Export the folder&apos;s reviewed documents</source>
        <translation>Xuất các tài liệu đã kiểm tra của thư mục</translation>
    </message>
    <message>
        <source>Presentation mode: hide personal data</source>
        <translation>Chế độ trình chiếu: ẩn dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation>Bảng này</translation>
    </message>
    <message>
        <source>Choose the OCR service (the Service menu, in its order)</source>
        <translation>Chọn dịch vụ OCR (theo thứ tự trong menu Dịch vụ)</translation>
    </message>
    <message>
        <source>Next / previous page</source>
        <translation>Trang tiếp / trước</translation>
    </message>
    <message>
        <source>Next / previous document in the queue</source>
        <translation>Tài liệu tiếp / trước trong hàng đợi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Details were written to {path}</source>
        <translation>Chi tiết đã được ghi vào {path}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Đã xảy ra lỗi</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Hàng đợi</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Chưa gửi gì.</translation>
    </message>
    <message>
        <source>Counting requests and stored answers…</source>
        <translation>Đang đếm yêu cầu và câu trả lời đã lưu…</translation>
    </message>
    <message>
        <source>No finished document is waiting for review.</source>
        <translation>Không có tài liệu đã xong nào đang chờ kiểm tra.</translation>
    </message>
    <message>
        <source>The service is busy; waiting {s:.0f} s before trying {name} again</source>
        <translation>Dịch vụ đang bận; chờ {s:.0f} giây trước khi thử lại {name}</translation>
    </message>
    <message>
        <source>Restored the unsaved review of {name}</source>
        <translation>Đã khôi phục kết quả kiểm tra chưa lưu của {name}</translation>
    </message>
    <message>
        <source>Export reviewed documents</source>
        <translation>Xuất các tài liệu đã kiểm tra</translation>
    </message>
    <message>
        <source>Include documents not signed off (their status is a column)</source>
        <translation>Gồm cả tài liệu chưa ký duyệt (trạng thái nằm trong một cột)</translation>
    </message>
    <message>
        <source>Open a folder (or a review file) first: the export takes the review files of the open folder or queue.</source>
        <translation>Hãy mở một thư mục (hoặc một tệp kết quả kiểm tra) trước: việc xuất lấy các tệp kết quả kiểm tra của thư mục hoặc hàng đợi đang mở.</translation>
    </message>
    <message>
        <source>Exporting {done} of {total}…</source>
        <translation>Đang xuất {done} / {total}…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Đã hủy. Không có gì thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n document(s) to {path}.</source>
        <translation>
            <numerusform>Đã xuất %n tài liệu vào {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} not signed off were left out.</source>
        <translation>{n} tài liệu chưa ký duyệt đã bị bỏ qua.</translation>
    </message>
    <message>
        <source>Presentation mode is on: personal data in this export is masked.</source>
        <translation>Chế độ trình chiếu đang bật: dữ liệu cá nhân trong tệp xuất này bị che.</translation>
    </message>
    <message>
        <source>The open document has unsaved changes: the export has what was last saved.</source>
        <translation>Tài liệu đang mở có thay đổi chưa lưu: tệp xuất chứa những gì được lưu lần cuối.</translation>
    </message>
    <message>
        <source>Wrote the report to {path}.</source>
        <translation>Đã ghi báo cáo vào {path}.</translation>
    </message>
    <message>
        <source>unreviewed</source>
        <translation>chưa kiểm tra</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>đã xác nhận</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>đã sửa</translation>
    </message>
    <message>
        <source>accepted at sign-off</source>
        <translation>chấp nhận khi ký duyệt</translation>
    </message>
    <message>
        <source>Thai label</source>
        <translation>Nhãn tiếng Thái</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>Nhãn tiếng Anh</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>Tin cậy</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Khung</translation>
    </message>
    <message>
        <source>check failed</source>
        <translation>kiểm tra không đạt</translation>
    </message>
    <message>
        <source>Vietnamese label</source>
        <translation>Nhãn tiếng Việt</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>no box</source>
        <translation>không có khung</translation>
    </message>
    <message>
        <source>Below the confidence threshold ({threshold}): check this value</source>
        <translation>Dưới ngưỡng tin cậy ({threshold}): hãy kiểm tra giá trị này</translation>
    </message>
    <message>
        <source>The service gave no position for this field</source>
        <translation>Dịch vụ không cho biết vị trí của trường này</translation>
    </message>
    <message>
        <source>raw key: {key}</source>
        <translation>khóa gốc từ API: {key}</translation>
    </message>
    <message>
        <source>OCR read: {value}</source>
        <translation>OCR đọc được: {value}</translation>
    </message>
    <message>
        <source>Low confidence first</source>
        <translation>Độ tin cậy thấp trước</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Trang {n} / {total}</translation>
    </message>
    <message>
        <source>This page failed: {message}</source>
        <translation>Trang này bị lỗi: {message}</translation>
    </message>
    <message>
        <source>Select a field to review it</source>
        <translation>Chọn một trường để kiểm tra</translation>
    </message>
    <message>
        <source>Read as (normalized)</source>
        <translation>Giá trị đọc được (chuẩn hóa)</translation>
    </message>
    <message>
        <source>Suggestion: &lt;b&gt;{value}&lt;/b&gt; — {keys} accepts it</source>
        <translation>Gợi ý: &lt;b&gt;{value}&lt;/b&gt; — nhấn {keys} để nhận</translation>
    </message>
    <message>
        <source>{names}: not the file this review was made from (other bytes, or missing), so it is not shown and nothing is sent for it. The fields beside it are the review&apos;s own. To see the image, put the original file back where the review names it and open the review again.</source>
        <translation>{names}: không phải tệp đã dùng để làm kết quả kiểm tra này (nội dung khác hoặc bị thiếu), nên không được hiển thị và không gửi đi đâu. Các trường bên cạnh là của chính kết quả kiểm tra. Để xem ảnh, hãy đặt tệp gốc trở lại chỗ mà kết quả kiểm tra ghi rồi mở lại kết quả.</translation>
    </message>
    <message>
        <source>The review could not be saved, so the window stays open: {message}</source>
        <translation>Không lưu được kết quả kiểm tra nên cửa sổ vẫn mở: {message}</translation>
    </message>
    <message>
        <source>The draft of this review could not be kept (your work is still open; save it): {message}</source>
        <translation>Không giữ được bản nháp của kết quả này (công việc vẫn đang mở; hãy lưu lại): {message}</translation>
    </message>
    <message>
        <source>The image is not shown (it is not the file this review was made from), so there is no close-up of this field.</source>
        <translation>Ảnh không được hiển thị (không phải tệp đã dùng để làm kết quả kiểm tra này), nên không có ảnh phóng to của trường này.</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Ảnh khuôn mặt</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Ngưỡng:</translation>
    </message>
    <message>
        <source>Fields below this confidence are marked for attention</source>
        <translation>Các trường có độ tin cậy dưới ngưỡng này được đánh dấu cần xem</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Chưa có tài liệu</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>Đang đọc tài liệu…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Service: {name}</source>
        <translation>Dịch vụ: {name}</translation>
    </message>
    <message>
        <source>No other finished document in the queue.</source>
        <translation>Không còn tài liệu đã xong nào khác trong hàng đợi.</translation>
    </message>
    <message>
        <source>Open an image first (Ctrl+O).</source>
        <translation>Hãy mở một ảnh trước (Ctrl+O).</translation>
    </message>
    <message>
        <source>{n} fields read; {low} need attention</source>
        <translation>Đã đọc {n} trường; {low} trường cần xem</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>Open image or review file</source>
        <translation>Mở ảnh hoặc tệp kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Images, PDFs and review files ({patterns});;All files (*)</source>
        <translation>Ảnh, PDF và tệp kết quả kiểm tra ({patterns});;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Đã mở {path}</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>Đang mở {path}…</translation>
    </message>
    <message>
        <source>Opened the saved review of {name}</source>
        <translation>Đã mở kết quả kiểm tra đã lưu của {name}</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Chưa có tệp gần đây</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Xóa danh sách</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>Trang {n}</translation>
    </message>
    <message>
        <source>{name} could not be shown</source>
        <translation>Không hiển thị được {name}</translation>
    </message>
    <message>
        <source>{n} pages: this service reads one page per request, so {n} requests</source>
        <translation>{n} trang: dịch vụ này đọc một trang mỗi yêu cầu, nên cần {n} yêu cầu</translation>
    </message>
    <message>
        <source>Page {n} read again</source>
        <translation>Đã đọc lại trang {n}</translation>
    </message>
    <message>
        <source>Reused the saved answer (no new charge) — Ctrl+Shift+R for a fresh call</source>
        <translation>Đã dùng lại câu trả lời đã lưu (không tính phí mới) — Ctrl+Shift+R để gọi mới</translation>
    </message>
    <message>
        <source>PRESENTATION · personal data hidden</source>
        <translation>TRÌNH CHIẾU · đã ẩn dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dịch vụ:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>SIMULATED — demo results / ผลจำลอง</source>
        <translation>MÔ PHỎNG — kết quả minh họa</translation>
    </message>
    <message>
        <source>These results come from the built-in simulation, not from a real OCR service.</source>
        <translation>Các kết quả này đến từ bản mô phỏng có sẵn trong chương trình, không phải từ một dịch vụ OCR thật.</translation>
    </message>
    <message>
        <source>Send to a paid service?</source>
        <translation>Gửi đến dịch vụ tính phí?</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) will be sent to {service} and may be charged. Documents with a stored answer (free): {stored} of {total}. Send?</source>
        <translation>
            <numerusform>Sẽ gửi %n yêu cầu đến {service} và có thể bị tính phí. Tài liệu đã có câu trả lời được lưu (miễn phí): {stored} / {total}. Gửi chứ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents not saved</source>
        <translation>Tài liệu chưa lưu</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in the queue were read but not saved. Each is kept as a draft and offered back at the next start.</source>
        <translation>
            <numerusform>%n tài liệu trong hàng đợi đã được đọc nhưng chưa lưu. Mỗi tài liệu được giữ làm bản nháp và được đề nghị khôi phục ở lần khởi động sau.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep Drafts and Quit</source>
        <translation>&amp;Giữ bản nháp và thoát</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>đang gửi</translation>
    </message>
    <message>
        <source>done</source>
        <translation>xong</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>đang kiểm tra</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>đã kiểm tra</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>đã lưu</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Cần xem</translation>
    </message>
    <message>
        <source>Retry All Failed</source>
        <translation>Thử lại mọi tài liệu thất bại</translation>
    </message>
    <message>
        <source>Cancel Queue</source>
        <translation>Hủy hàng đợi</translation>
    </message>
    <message>
        <source>In flight:</source>
        <translation>Gửi đồng thời:</translation>
    </message>
    <message>
        <source>Restore unsaved reviews</source>
        <translation>Khôi phục các kết quả kiểm tra chưa lưu</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message numerus="yes">
        <source>The program stopped before %n review(s) were saved. Choose what to do with each.</source>
        <translation>
            <numerusform>Chương trình đã dừng trước khi lưu %n kết quả kiểm tra. Hãy chọn cách xử lý từng kết quả.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last kept</source>
        <translation>Lưu gần nhất</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n stored answer(s) and log entries older than {days} days.</source>
        <translation>
            <numerusform>Đã xóa %n câu trả lời đã lưu và mục nhật ký cũ hơn {days} ngày.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Chưa kiểm tra</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Đang kiểm tra</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Đã kiểm tra</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Đã từ chối</translation>
    </message>
    <message>
        <source>The corrected value fails a check (shown under it); Enter goes on as it is</source>
        <translation>Giá trị đã sửa không qua một phép kiểm tra (xem bên dưới); nhấn Enter để tiếp tục như vậy</translation>
    </message>
    <message>
        <source>The corrected value raises a warning (shown under it); Enter goes on as it is</source>
        <translation>Giá trị đã sửa có cảnh báo (xem bên dưới); nhấn Enter để tiếp tục như vậy</translation>
    </message>
    <message>
        <source>This field has no suggestion.</source>
        <translation>Trường này không có gợi ý.</translation>
    </message>
    <message>
        <source>Confirmed {n} high-confidence fields; {left} need attention</source>
        <translation>Đã xác nhận {n} trường tin cậy cao; còn {left} trường cần xem</translation>
    </message>
    <message>
        <source>Not signed off: this field needs a look first</source>
        <translation>Chưa ký duyệt: cần xem trường này trước</translation>
    </message>
    <message>
        <source>Marked reviewed with problems left ({errors} errors, {attention} needing attention): recorded in the review file</source>
        <translation>Đã ký duyệt khi còn vấn đề ({errors} lỗi, {attention} trường cần xem): đã ghi vào tệp kết quả</translation>
    </message>
    <message>
        <source>Marked reviewed ({errors} errors, {warnings} warnings remain)</source>
        <translation>Đã đánh dấu kiểm tra xong (còn {errors} lỗi, {warnings} cảnh báo)</translation>
    </message>
    <message>
        <source>Document rejected</source>
        <translation>Đã từ chối tài liệu</translation>
    </message>
    <message>
        <source>Why is this document rejected?</source>
        <translation>Vì sao từ chối tài liệu này?</translation>
    </message>
    <message>
        <source>Errors: {n}</source>
        <translation>Lỗi: {n}</translation>
    </message>
    <message>
        <source>Warnings: {n}</source>
        <translation>Cảnh báo: {n}</translation>
    </message>
    <message>
        <source>Need attention: {n}</source>
        <translation>Cần xem: {n} trường</translation>
    </message>
    <message>
        <source>Checks never block saving.</source>
        <translation>Kết quả kiểm tra không bao giờ chặn việc lưu.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Lý do: {reason}</translation>
    </message>
    <message>
        <source>Vehicle book (scan)</source>
        <translation>Sổ đăng ký xe Thái (bản quét)</translation>
    </message>
    <message>
        <source>Vehicle book (phone photo)</source>
        <translation>Sổ đăng ký xe Thái (ảnh chụp điện thoại)</translation>
    </message>
    <message>
        <source>Thai ID card</source>
        <translation>Thẻ căn cước Thái Lan</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Hộ chiếu</translation>
    </message>
    <message>
        <source>Vietnamese registration, front</source>
        <translation>Đăng ký xe Việt Nam, mặt trước</translation>
    </message>
    <message>
        <source>Vietnamese registration, back</source>
        <translation>Đăng ký xe Việt Nam, mặt sau</translation>
    </message>
    <message>
        <source>Open Sa&amp;mple</source>
        <translation>Mở tài liệu &amp;mẫu</translation>
    </message>
    <message>
        <source>No samples are installed</source>
        <translation>Chưa cài tài liệu mẫu nào</translation>
    </message>
    <message>
        <source>Opened the sample {name} with the demo service (simulated results): Ctrl+R reads it</source>
        <translation>Đã mở mẫu {name} với dịch vụ minh họa (kết quả mô phỏng): Ctrl+R để đọc</translation>
    </message>
    <message>
        <source>Nothing saved: you have not worked on {name} yet (Ctrl+Enter signs it off)</source>
        <translation>Chưa lưu gì: bạn chưa làm gì với {name} (Ctrl+Enter để ký duyệt)</translation>
    </message>
    <message>
        <source>Not saved: the signed-off review was kept</source>
        <translation>Chưa lưu: đã giữ kết quả đã ký duyệt</translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation>Đang lưu {path}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Đã lưu {path}</translation>
    </message>
    <message>
        <source>{message} It is never saved over: keep your work with Save As.</source>
        <translation>{message} Chương trình không bao giờ lưu đè lên tệp này: hãy giữ công việc bằng Lưu thành.</translation>
    </message>
    <message>
        <source>edit value</source>
        <translation>sửa giá trị</translation>
    </message>
    <message>
        <source>confirm field</source>
        <translation>xác nhận trường</translation>
    </message>
    <message>
        <source>field state</source>
        <translation>trạng thái trường</translation>
    </message>
    <message>
        <source>accept suggestion</source>
        <translation>nhận gợi ý</translation>
    </message>
    <message>
        <source>confirm all high-confidence</source>
        <translation>xác nhận mọi trường tin cậy cao</translation>
    </message>
    <message>
        <source>mark reviewed</source>
        <translation>đánh dấu đã kiểm tra</translation>
    </message>
    <message>
        <source>reject document</source>
        <translation>từ chối tài liệu</translation>
    </message>
    <message>
        <source>Re-run page {n}</source>
        <translation>Đọc lại trang {n}</translation>
    </message>
    <message>
        <source>AIGEN API key:</source>
        <translation>Khóa API AIGEN:</translation>
    </message>
    <message>
        <source>CVVN API key:</source>
        <translation>Khóa API CVVN:</translation>
    </message>
    <message>
        <source>CVVN API secret:</source>
        <translation>Mã bí mật API CVVN:</translation>
    </message>
    <message>
        <source>A key is stored; type to replace it</source>
        <translation>Đã lưu một khóa; gõ để thay thế</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Chưa đặt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Ngưỡng</translation>
    </message>
    <message>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Reviewer name:</source>
        <translation>Tên người kiểm tra:</translation>
    </message>
    <message>
        <source>Confidence threshold:</source>
        <translation>Ngưỡng tin cậy:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Thời gian chờ:</translation>
    </message>
    <message>
        <source>Show values in a looped Thai font (Sarabun), easier to proof-read</source>
        <translation>Hiện giá trị bằng phông chữ Thái có nét vòng (Sarabun), dễ soát hơn</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Keep stored answers and logs:</source>
        <translation>Giữ câu trả lời đã lưu và nhật ký:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Địa chỉ dịch vụ:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>API keys (stored only in the system keyring)</source>
        <translation>Khóa API (chỉ lưu trong kho khóa của hệ thống)</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so keys cannot be stored. A key typed here can be kept for this run only; nothing is written to disk.</source>
        <translation>Máy tính này không có kho khóa của hệ thống nên không lưu được khóa. Khóa gõ ở đây chỉ dùng cho lần chạy này; không có gì được ghi xuống đĩa.</translation>
    </message>
    <message>
        <source>Keep the key for this run only</source>
        <translation>Chỉ giữ khóa cho lần chạy này</translation>
    </message>
    <message>
        <source>default: {url}</source>
        <translation>mặc định: {url}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Connected: the service accepted the key.</source>
        <translation>Đã kết nối: dịch vụ đã chấp nhận khóa.</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Bỏ các thay đổi?</translation>
    </message>
    <message>
        <source>Settings were changed (endpoints, keys or preferences) and not saved. Throw the changes away?</source>
        <translation>Cài đặt đã thay đổi (địa chỉ dịch vụ, khóa hoặc tùy chọn) nhưng chưa lưu. Bỏ các thay đổi?</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Tác dụng</translation>
    </message>
    <message>
        <source>Every shortcut uses Ctrl, Alt or a function key: typing a value (Thai input methods included) never triggers one.</source>
        <translation>Mọi phím tắt đều dùng Ctrl, Alt hoặc phím chức năng: gõ một giá trị (kể cả bằng bộ gõ tiếng Thái hay tiếng Việt) không bao giờ kích hoạt phím tắt.</translation>
    </message>
    <message>
        <source>Sign off with problems left?</source>
        <translation>Ký duyệt khi vẫn còn vấn đề?</translation>
    </message>
    <message>
        <source>This document still has open problems. Errors: {errors} · fields needing attention: {attention} · empty required fields: {empty}.</source>
        <translation>Tài liệu này vẫn còn vấn đề. Lỗi: {errors} · trường cần xem: {attention} · trường bắt buộc còn trống: {empty}.</translation>
    </message>
    <message>
        <source>Signing off anyway records in the review file how many were left, and every field nobody looked at as accepted at sign-off (not as confirmed).</source>
        <translation>Nếu vẫn ký duyệt, tệp kết quả sẽ ghi lại số vấn đề còn lại, và mọi trường chưa ai xem được ghi là chấp nhận khi ký duyệt (không phải đã xác nhận).</translation>
    </message>
    <message>
        <source>&amp;Go to the First One</source>
        <translation>Đến vấn đề &amp;đầu tiên</translation>
    </message>
    <message>
        <source>&amp;Sign Off Anyway</source>
        <translation>Vẫn &amp;ký duyệt</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folder were not added to the queue:
{files}</source>
        <translation>
            <numerusform>%n tệp trong thư mục không được thêm vào hàng đợi:
{files}</numerusform>
        </translation>
    </message>
    <message>
        <source>Database address:</source>
        <translation>Địa chỉ cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in the settings.</source>
        <translation>Mật khẩu được giữ trong kho khóa của hệ thống, không bao giờ trong phần cài đặt.</translation>
    </message>
    <message>
        <source>Team queue</source>
        <translation>Hàng đợi của nhóm</translation>
    </message>
    <message>
        <source>Not connected. File › Connect to Team Queue.</source>
        <translation>Chưa kết nối. Tệp › Kết nối hàng đợi của nhóm.</translation>
    </message>
    <message>
        <source>Connected to {url}</source>
        <translation>Đã kết nối với {url}</translation>
    </message>
    <message>
        <source>second check</source>
        <translation>kiểm tra lần hai</translation>
    </message>
    <message>
        <source>review</source>
        <translation>kiểm tra</translation>
    </message>
    <message>
        <source>Working on document {id} ({kind}), held until {until}</source>
        <translation>Đang làm tài liệu {id} ({kind}), giữ đến {until}</translation>
    </message>
    <message>
        <source>No document claimed.</source>
        <translation>Chưa nhận tài liệu nào.</translation>
    </message>
    <message>
        <source>Waiting {waiting} · second checks {qa} · being reviewed {claimed} · done {done} · for the supervisor {disputed}</source>
        <translation>Đang chờ {waiting} · kiểm tra lần hai {qa} · đang kiểm tra {claimed} · xong {done} · chờ người giám sát {disputed}</translation>
    </message>
    <message numerus="yes">
        <source>%n signed-off review(s) wait to be submitted (no connection).</source>
        <translation>
            <numerusform>%n kết quả đã ký duyệt đang chờ gửi (không có kết nối).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no system keyring: the password is kept for this session only.</source>
        <translation>Không có kho khóa của hệ thống: mật khẩu chỉ được giữ cho phiên này.</translation>
    </message>
    <message>
        <source>Claiming the next document…</source>
        <translation>Đang nhận tài liệu tiếp theo…</translation>
    </message>
    <message>
        <source>Nothing is waiting in the team queue.</source>
        <translation>Không có gì đang chờ trong hàng đợi của nhóm.</translation>
    </message>
    <message>
        <source>The team database cannot be reached. Your signed-off review is kept and will be submitted when the connection returns.</source>
        <translation>Không kết nối được cơ sở dữ liệu của nhóm. Kết quả đã ký duyệt của bạn được giữ lại và sẽ được gửi khi có kết nối trở lại.</translation>
    </message>
    <message>
        <source>Another clerk took this document while you were away. Your review was kept for the supervisor.</source>
        <translation>Một nhân viên khác đã nhận tài liệu này khi bạn vắng mặt. Kết quả kiểm tra của bạn được giữ lại cho người giám sát.</translation>
    </message>
    <message>
        <source>Submitted document {id}.</source>
        <translation>Đã gửi tài liệu {id}.</translation>
    </message>
    <message>
        <source>Figures per clerk (documents · fields corrected · s per document · disagreement):</source>
        <translation>Số liệu theo nhân viên (tài liệu · trường đã sửa · giây mỗi tài liệu · bất đồng):</translation>
    </message>
    <message>
        <source>{name}: {documents} · {corrected} · {seconds} s · {rate}</source>
        <translation>{name}: {documents} · {corrected} · {seconds} giây · {rate}</translation>
    </message>
    <message>
        <source>Per-field thresholds by document type override the global one (stricter for numbers that must be exact, looser for fields OCR rarely gets wrong).</source>
        <translation>Ngưỡng riêng của từng trường theo loại tài liệu thay cho ngưỡng chung (chặt hơn với các số phải chính xác, nới hơn với các trường OCR hiếm khi đọc sai).</translation>
    </message>
    <message>
        <source>Thresholds per field</source>
        <translation>Ngưỡng của từng trường</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Loại tài liệu</translation>
    </message>
    <message>
        <source>Field key</source>
        <translation>Khóa trường</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Ngưỡng</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved. Save them first?</source>
        <translation>“{name}” có thay đổi chưa được lưu. Lưu trước không?</translation>
    </message>
    <message>
        <source>Replace review file?</source>
        <translation>Thay thế tệp kết quả kiểm tra?</translation>
    </message>
    <message>
        <source>“{name}” already exists. Replace it?</source>
        <translation>“{name}” đã tồn tại. Thay thế không?</translation>
    </message>
    <message>
        <source>Run OCR fresh</source>
        <translation>Chạy OCR mới</translation>
    </message>
    <message>
        <source>A saved answer exists for this image. A fresh call sends it to the service again and may be charged again. Send it anyway?</source>
        <translation>Ảnh này đã có câu trả lời được lưu. Một lần gọi mới sẽ gửi ảnh đến dịch vụ lần nữa và có thể bị tính phí lần nữa. Vẫn gửi?</translation>
    </message>
    <message>
        <source>Re-run page</source>
        <translation>Đọc lại trang</translation>
    </message>
    <message>
        <source>Page {n} has review work (confirmed or corrected fields). Reading it again replaces its fields (Ctrl+Z brings them back). Go on?</source>
        <translation>Trang {n} đã có phần kiểm tra (trường đã xác nhận hoặc đã sửa). Đọc lại sẽ thay thế các trường của trang (Ctrl+Z để lấy lại). Tiếp tục?</translation>
    </message>
    <message>
        <source>Send every page?</source>
        <translation>Gửi mọi trang?</translation>
    </message>
    <message>
        <source>This file has {n} pages and the chosen service reads one page per request: {n} requests will be sent, and each may be charged (answers already stored are reused for free). Send them?</source>
        <translation>Tệp này có {n} trang và dịch vụ đã chọn đọc một trang mỗi yêu cầu: sẽ gửi {n} yêu cầu, mỗi yêu cầu có thể bị tính phí (câu trả lời đã lưu được dùng lại miễn phí). Gửi chứ?</translation>
    </message>
    <message>
        <source>Run OCR again?</source>
        <translation>Chạy OCR lại?</translation>
    </message>
    <message>
        <source>This document already has an OCR result. Running again sends it to the service again (it may be charged) and replaces the fields and your corrections.</source>
        <translation>Tài liệu này đã có kết quả OCR. Chạy lại sẽ gửi nó đến dịch vụ lần nữa (có thể tính phí) và thay thế các trường cùng những chỗ bạn đã sửa.</translation>
    </message>
    <message>
        <source>Save review file</source>
        <translation>Lưu tệp kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Review files (*.review.json)</source>
        <translation>Tệp kết quả kiểm tra (*.review.json)</translation>
    </message>
    <message>
        <source>Replace a signed-off review?</source>
        <translation>Thay thế một kết quả đã ký duyệt?</translation>
    </message>
    <message>
        <source>“{name}” was signed off by {by} on {when}.</source>
        <translation>“{name}” đã được {by} ký duyệt vào {when}.</translation>
    </message>
    <message>
        <source>Replacing it throws that review away. Cancel keeps it.</source>
        <translation>Thay thế sẽ bỏ kết quả đó. Hủy để giữ lại.</translation>
    </message>
    <message>
        <source>&amp;Replace It</source>
        <translation>&amp;Thay thế</translation>
    </message>
</context>
</TS>
