"""Qt's own words the window shows, in Thai and Vietnamese (PySide6-Essentials ships neither).

    python scripts/qtbase_words.py    # writes translations/qtbase_th.ts and translations/qtbase_vi.ts

The text-box context menu (QLineEdit, QWidgetTextControl, the Unicode control character
submenu), the spin boxes' menu, the scroll bars' menu, the standard buttons (QPlatformTheme),
message boxes, the input and progress dialogs, and the non-native Open/Save dialog (QFileDialog,
QFileSystemModel, the file icon provider). The source texts are Qt's own, exactly (context,
source); codemod_tr.py builds the .qm files from the .ts.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent

# (context, Qt's source text) -> (Thai, Vietnamese)
WORDS: dict[tuple[str, str], tuple[str, str]] = {
    # the text-box context menu
    ("QLineEdit", "&Undo"): ("เลิกทำ (&U)", "&Hoàn tác"),
    ("QLineEdit", "&Redo"): ("ทำซ้ำ (&R)", "&Làm lại"),
    ("QLineEdit", "Cu&t"): ("ตัด (&T)", "&Cắt"),
    ("QLineEdit", "&Copy"): ("คัดลอก (&C)", "Sao &chép"),
    ("QLineEdit", "&Paste"): ("วาง (&P)", "&Dán"),
    ("QLineEdit", "Delete"): ("ลบ", "Xóa"),
    ("QLineEdit", "Select All"): ("เลือกทั้งหมด", "Chọn tất cả"),
    ("QWidgetTextControl", "&Undo"): ("เลิกทำ (&U)", "&Hoàn tác"),
    ("QWidgetTextControl", "&Redo"): ("ทำซ้ำ (&R)", "&Làm lại"),
    ("QWidgetTextControl", "Cu&t"): ("ตัด (&T)", "&Cắt"),
    ("QWidgetTextControl", "&Copy"): ("คัดลอก (&C)", "Sao &chép"),
    ("QWidgetTextControl", "Copy &Link Location"): ("คัดลอกที่อยู่ลิงก์ (&L)", "Sao chép địa chỉ &liên kết"),
    ("QWidgetTextControl", "&Paste"): ("วาง (&P)", "&Dán"),
    ("QWidgetTextControl", "Delete"): ("ลบ", "Xóa"),
    ("QWidgetTextControl", "Select All"): ("เลือกทั้งหมด", "Chọn tất cả"),
    ("QUnicodeControlCharacterMenu", "Insert Unicode control character"): (
        "แทรกอักขระควบคุม Unicode", "Chèn ký tự điều khiển Unicode"),
    ("QUnicodeControlCharacterMenu", "LRM Left-to-right mark"): (
        "LRM เครื่องหมายซ้ายไปขวา", "LRM Dấu trái sang phải"),
    ("QUnicodeControlCharacterMenu", "RLM Right-to-left mark"): (
        "RLM เครื่องหมายขวาไปซ้าย", "RLM Dấu phải sang trái"),
    ("QUnicodeControlCharacterMenu", "ZWJ Zero width joiner"): (
        "ZWJ ตัวเชื่อมความกว้างศูนย์", "ZWJ Ký tự nối độ rộng không"),
    ("QUnicodeControlCharacterMenu", "ZWNJ Zero width non-joiner"): (
        "ZWNJ ตัวไม่เชื่อมความกว้างศูนย์", "ZWNJ Ký tự không nối độ rộng không"),
    ("QUnicodeControlCharacterMenu", "ZWSP Zero width space"): (
        "ZWSP ช่องว่างความกว้างศูนย์", "ZWSP Khoảng trắng độ rộng không"),
    ("QUnicodeControlCharacterMenu", "LRE Start of left-to-right embedding"): (
        "LRE เริ่มการฝังซ้ายไปขวา", "LRE Bắt đầu nhúng trái sang phải"),
    ("QUnicodeControlCharacterMenu", "RLE Start of right-to-left embedding"): (
        "RLE เริ่มการฝังขวาไปซ้าย", "RLE Bắt đầu nhúng phải sang trái"),
    ("QUnicodeControlCharacterMenu", "LRO Start of left-to-right override"): (
        "LRO เริ่มการบังคับซ้ายไปขวา", "LRO Bắt đầu ghi đè trái sang phải"),
    ("QUnicodeControlCharacterMenu", "RLO Start of right-to-left override"): (
        "RLO เริ่มการบังคับขวาไปซ้าย", "RLO Bắt đầu ghi đè phải sang trái"),
    ("QUnicodeControlCharacterMenu", "PDF Pop directional formatting"): (
        "PDF สิ้นสุดการจัดทิศทาง", "PDF Kết thúc định dạng hướng"),
    ("QUnicodeControlCharacterMenu", "LRI Left-to-right isolate"): (
        "LRI แยกซ้ายไปขวา", "LRI Cô lập trái sang phải"),
    ("QUnicodeControlCharacterMenu", "RLI Right-to-left isolate"): (
        "RLI แยกขวาไปซ้าย", "RLI Cô lập phải sang trái"),
    ("QUnicodeControlCharacterMenu", "FSI First strong isolate"): (
        "FSI แยกตามอักขระแรก", "FSI Cô lập theo ký tự mạnh đầu tiên"),
    ("QUnicodeControlCharacterMenu", "PDI Pop directional isolate"): (
        "PDI สิ้นสุดการแยกทิศทาง", "PDI Kết thúc cô lập hướng"),
    ("QAbstractSpinBox", "&Select All"): ("เลือกทั้งหมด (&S)", "Chọn &tất cả"),
    ("QAbstractSpinBox", "&Step up"): ("เพิ่มขึ้น (&S)", "&Tăng lên"),
    ("QAbstractSpinBox", "Step &down"): ("ลดลง (&D)", "&Giảm xuống"),
    ("QScrollBar", "Scroll here"): ("เลื่อนมาที่นี่", "Cuộn đến đây"),
    ("QScrollBar", "Left edge"): ("ขอบซ้าย", "Mép trái"),
    ("QScrollBar", "Top"): ("บนสุด", "Trên cùng"),
    ("QScrollBar", "Right edge"): ("ขอบขวา", "Mép phải"),
    ("QScrollBar", "Bottom"): ("ล่างสุด", "Dưới cùng"),
    ("QScrollBar", "Page left"): ("ไปทางซ้ายหนึ่งหน้า", "Sang trái một trang"),
    ("QScrollBar", "Page up"): ("ขึ้นหนึ่งหน้า", "Lên một trang"),
    ("QScrollBar", "Page right"): ("ไปทางขวาหนึ่งหน้า", "Sang phải một trang"),
    ("QScrollBar", "Page down"): ("ลงหนึ่งหน้า", "Xuống một trang"),
    ("QScrollBar", "Scroll left"): ("เลื่อนไปทางซ้าย", "Cuộn sang trái"),
    ("QScrollBar", "Scroll up"): ("เลื่อนขึ้น", "Cuộn lên"),
    ("QScrollBar", "Scroll right"): ("เลื่อนไปทางขวา", "Cuộn sang phải"),
    ("QScrollBar", "Scroll down"): ("เลื่อนลง", "Cuộn xuống"),
    # standard buttons (QMessageBox, QDialogButtonBox)
    ("QPlatformTheme", "OK"): ("ตกลง", "OK"),
    ("QPlatformTheme", "Save"): ("บันทึก", "Lưu"),
    ("QPlatformTheme", "Save All"): ("บันทึกทั้งหมด", "Lưu tất cả"),
    ("QPlatformTheme", "Open"): ("เปิด", "Mở"),
    ("QPlatformTheme", "&Yes"): ("ใช่ (&Y)", "&Có"),
    ("QPlatformTheme", "Yes to &All"): ("ใช่ทั้งหมด (&A)", "Có với &tất cả"),
    ("QPlatformTheme", "&No"): ("ไม่ (&N)", "&Không"),
    ("QPlatformTheme", "N&o to All"): ("ไม่ทั้งหมด (&O)", "Không với tất &cả"),
    ("QPlatformTheme", "Abort"): ("ยกเลิกการทำงาน", "Hủy bỏ"),
    ("QPlatformTheme", "Retry"): ("ลองใหม่", "Thử lại"),
    ("QPlatformTheme", "Ignore"): ("ข้าม", "Bỏ qua"),
    ("QPlatformTheme", "Close"): ("ปิด", "Đóng"),
    ("QPlatformTheme", "Cancel"): ("ยกเลิก", "Hủy"),
    ("QPlatformTheme", "Discard"): ("ไม่บันทึก", "Không lưu"),
    ("QPlatformTheme", "Help"): ("ช่วยเหลือ", "Trợ giúp"),
    ("QPlatformTheme", "Apply"): ("นำไปใช้", "Áp dụng"),
    ("QPlatformTheme", "Reset"): ("รีเซ็ต", "Đặt lại"),
    ("QPlatformTheme", "Restore Defaults"): ("คืนค่าเริ่มต้น", "Khôi phục mặc định"),
    ("QDialogButtonBox", "OK"): ("ตกลง", "OK"),
    ("QMessageBox", "Show Details..."): ("แสดงรายละเอียด...", "Hiện chi tiết..."),
    ("QMessageBox", "Hide Details..."): ("ซ่อนรายละเอียด...", "Ẩn chi tiết..."),
    ("QInputDialog", "Enter a value:"): ("ใส่ค่า:", "Nhập giá trị:"),
    ("QProgressDialog", "Cancel"): ("ยกเลิก", "Hủy"),
    # the non-native Open / Save dialog
    ("QFileDialog", "Look in:"): ("ดูใน:", "Tìm trong:"),
    ("QFileDialog", "&Look in:"): ("ดูใน (&L):", "&Tìm trong:"),
    ("QFileDialog", "File &name:"): ("ชื่อไฟล์ (&N):", "&Tên tệp:"),
    ("QFileDialog", "Files of &type:"): ("ชนิดไฟล์ (&T):", "&Loại tệp:"),
    ("QFileDialog", "&Open"): ("เปิด (&O)", "&Mở"),
    ("QFileDialog", "&Save"): ("บันทึก (&S)", "&Lưu"),
    ("QFileDialog", "&Choose"): ("เลือก (&C)", "&Chọn"),
    ("QFileDialog", "Open"): ("เปิด", "Mở"),
    ("QFileDialog", "Save As"): ("บันทึกเป็น", "Lưu thành"),
    ("QFileDialog", "Find Directory"): ("หาโฟลเดอร์", "Tìm thư mục"),
    ("QFileDialog", "Directory:"): ("โฟลเดอร์:", "Thư mục:"),
    ("QFileDialog", "Directories"): ("โฟลเดอร์", "Thư mục"),
    ("QFileDialog", "Files"): ("ไฟล์", "Tệp"),
    ("QFileDialog", "All Files (*)"): ("ทุกไฟล์ (*)", "Mọi tệp (*)"),
    ("QFileDialog", "All files (*)"): ("ทุกไฟล์ (*)", "Mọi tệp (*)"),
    ("QFileDialog", "Back"): ("ย้อนกลับ", "Quay lại"),
    ("QFileDialog", "Go back"): ("ย้อนกลับ", "Quay lại"),
    ("QFileDialog", "Forward"): ("ไปข้างหน้า", "Tiến tới"),
    ("QFileDialog", "Go forward"): ("ไปข้างหน้า", "Tiến tới"),
    ("QFileDialog", "Parent Directory"): ("โฟลเดอร์แม่", "Thư mục cha"),
    ("QFileDialog", "Go to the parent directory"): ("ไปยังโฟลเดอร์แม่", "Đến thư mục cha"),
    ("QFileDialog", "Create New Folder"): ("สร้างโฟลเดอร์ใหม่", "Tạo thư mục mới"),
    ("QFileDialog", "Create a New Folder"): ("สร้างโฟลเดอร์ใหม่", "Tạo một thư mục mới"),
    ("QFileDialog", "New Folder"): ("โฟลเดอร์ใหม่", "Thư mục mới"),
    ("QFileDialog", "&New Folder"): ("โฟลเดอร์ใหม่ (&N)", "Thư mục &mới"),
    ("QFileDialog", "List View"): ("มุมมองรายการ", "Dạng danh sách"),
    ("QFileDialog", "Change to list view mode"): ("เปลี่ยนเป็นมุมมองรายการ", "Chuyển sang dạng danh sách"),
    ("QFileDialog", "Detail View"): ("มุมมองรายละเอียด", "Dạng chi tiết"),
    ("QFileDialog", "Change to detail view mode"): ("เปลี่ยนเป็นมุมมองรายละเอียด", "Chuyển sang dạng chi tiết"),
    ("QFileDialog", "Sidebar"): ("แถบด้านข้าง", "Thanh bên"),
    ("QFileDialog", "List of places and bookmarks"): ("รายการตำแหน่งและที่คั่น", "Danh sách vị trí và dấu trang"),
    ("QFileDialog", "Recent Places"): ("ตำแหน่งล่าสุด", "Vị trí gần đây"),
    ("QFileDialog", "Remove"): ("เอาออก", "Gỡ bỏ"),
    ("QFileDialog", "&Rename"): ("เปลี่ยนชื่อ (&R)", "Đổi &tên"),
    ("QFileDialog", "&Delete"): ("ลบ (&D)", "&Xóa"),
    ("QFileDialog", "Delete"): ("ลบ", "Xóa"),
    ("QFileDialog", "Show &hidden files"): ("แสดงไฟล์ที่ซ่อน (&H)", "Hiện tệp &ẩn"),
    ("QFileDialog", "Show "): ("แสดง ", "Hiện "),
    ("QFileDialog", "Alt+Left"): ("Alt+Left", "Alt+Left"),
    ("QFileDialog", "Alt+Right"): ("Alt+Right", "Alt+Right"),
    ("QFileDialog", "Alt+Up"): ("Alt+Up", "Alt+Up"),
    ("QFileDialog", "Could not delete directory."): ("ลบโฟลเดอร์ไม่ได้", "Không xóa được thư mục."),
    ("QFileDialog", "Are you sure you want to delete '%1'?"): (
        "ต้องการลบ '%1' หรือไม่?", "Bạn có chắc muốn xóa '%1'?"),
    ("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?"): (
        "'%1' ถูกป้องกันการเขียน\nต้องการลบหรือไม่?", "'%1' được bảo vệ chống ghi.\nVẫn muốn xóa?"),
    ("QFileDialog", "%1 already exists.\nDo you want to replace it?"): (
        "มี %1 อยู่แล้ว\nต้องการแทนที่หรือไม่?", "%1 đã tồn tại.\nBạn có muốn thay thế không?"),
    ("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."): (
        "%1\nไม่พบไฟล์\nกรุณาตรวจสอบชื่อไฟล์", "%1\nKhông tìm thấy tệp.\nHãy kiểm tra lại tên tệp."),
    ("QFileDialog", "%1\nDirectory not found.\nPlease verify the correct directory name was given."): (
        "%1\nไม่พบโฟลเดอร์\nกรุณาตรวจสอบชื่อโฟลเดอร์",
        "%1\nKhông tìm thấy thư mục.\nHãy kiểm tra lại tên thư mục."),
    ("QFileSystemModel", "Name"): ("ชื่อ", "Tên"),
    ("QFileSystemModel", "Size"): ("ขนาด", "Kích thước"),
    ("QFileSystemModel", "Type"): ("ชนิด", "Loại"),
    ("QFileSystemModel", "Kind"): ("ชนิด", "Loại"),
    ("QFileSystemModel", "Date Modified"): ("วันที่แก้ไข", "Ngày sửa đổi"),
    ("QFileSystemModel", "My Computer"): ("คอมพิวเตอร์ของฉัน", "Máy tính của tôi"),
    ("QFileSystemModel", "Computer"): ("คอมพิวเตอร์", "Máy tính"),
    ("QAbstractFileIconProvider", "Drive"): ("ไดรฟ์", "Ổ đĩa"),
    ("QAbstractFileIconProvider", "File"): ("ไฟล์", "Tệp"),
    ("QAbstractFileIconProvider", "File Folder"): ("โฟลเดอร์", "Thư mục"),
    ("QAbstractFileIconProvider", "Folder"): ("โฟลเดอร์", "Thư mục"),
    ("QAbstractFileIconProvider", "Shortcut"): ("ทางลัด", "Lối tắt"),
    ("QAbstractFileIconProvider", "Alias"): ("นามแฝง", "Bí danh"),
    ("QAbstractFileIconProvider", "Unknown"): ("ไม่ทราบ", "Không rõ"),
}


def write(language: str) -> Path:
    column = {"th": 0, "vi": 1}[language]
    contexts: dict[str, list[tuple[str, str]]] = {}
    for (context, source), words in WORDS.items():
        contexts.setdefault(context, []).append((source, words[column]))
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}">']
    for context in sorted(contexts):
        lines += ["<context>", f"    <name>{context}</name>"]
        for source, text in contexts[context]:
            lines += ["    <message>", f"        <source>{escape(source)}</source>",
                      f"        <translation>{escape(text)}</translation>", "    </message>"]
        lines.append("</context>")
    lines.append("</TS>")
    path = ROOT / "translations" / f"qtbase_{language}.ts"
    path.parent.mkdir(exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    for code in ("th", "vi"):
        print(write(code).relative_to(ROOT))
