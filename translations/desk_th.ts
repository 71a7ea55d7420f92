<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>i18n</name>
    <message>
        <source>The licence text {path} is missing from this installation.</source>
        <translation>ไม่พบข้อความสัญญาอนุญาต {path} ในการติดตั้งนี้</translation>
    </message>
    <message>
        <source>About OCR Review Desk</source>
        <translation>เกี่ยวกับ OCR Review Desk</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>รุ่น {version}</translation>
    </message>
    <message>
        <source>OCR Review Desk</source>
        <translation>OCR Review Desk</translation>
    </message>
    <message>
        <source>OCR Review Desk uses the components below, each under its own licence; their full texts are shipped with the program. Qt, PySide6 and python-stdnum are under the LGPL: they are separate, replaceable files (python-stdnum as plain .py files).</source>
        <translation>OCR Review Desk ใช้ส่วนประกอบด้านล่าง แต่ละส่วนมีสัญญาอนุญาตของตนเอง และมีข้อความสัญญาฉบับเต็มมาพร้อมโปรแกรม Qt, PySide6 และ python-stdnum ใช้สัญญา LGPL: เป็นไฟล์แยกที่เปลี่ยนแทนได้ (python-stdnum เป็นไฟล์ .py)</translation>
    </message>
    <message>
        <source>The Linux bundle is built on Debian 12 and needs glibc {minimum} or newer (Debian 12, Ubuntu 22.10, RHEL 10, Fedora 37 or later) and libgl1 and libegl1; Windows 10 or 11, 64-bit; macOS 12 or later.</source>
        <translation>ชุดโปรแกรมสำหรับ Linux สร้างบน Debian 12 และต้องใช้ glibc {minimum} ขึ้นไป (Debian 12, Ubuntu 22.10, RHEL 10, Fedora 37 หรือใหม่กว่า) พร้อม libgl1 และ libegl1; Windows 10 หรือ 11 แบบ 64 บิต; macOS 12 ขึ้นไป</translation>
    </message>
    <message>
        <source>Licence notes</source>
        <translation>หมายเหตุสัญญาอนุญาต</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>ส่วนประกอบและสัญญาอนุญาต</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>ส่วนประกอบ</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>สัญญาอนุญาต</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>ใช้สำหรับ</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>ข้อความสัญญาอนุญาต</translation>
    </message>
    <message>
        <source>This bundle also carries {n} system libraries from Debian; their copyright files are in the licenses/system folder.</source>
        <translation>ชุดโปรแกรมนี้มีไลบรารีระบบจาก Debian อีก {n} รายการ ไฟล์ลิขสิทธิ์อยู่ในโฟลเดอร์ licenses/system</translation>
    </message>
    <message>
        <source>Running from Python: the system libraries are the computer&apos;s own.</source>
        <translation>ทำงานจาก Python: ใช้ไลบรารีระบบของเครื่องนี้</translation>
    </message>
    <message>
        <source>System libraries</source>
        <translation>ไลบรารีระบบ</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ปิด (&amp;C)</translation>
    </message>
    <message>
        <source>Value of the selected field</source>
        <translation>ค่าของช่องที่เลือก</translation>
    </message>
    <message>
        <source>Fields read from the page</source>
        <translation>ช่องที่อ่านได้จากหน้านี้</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>หน้า</translation>
    </message>
    <message>
        <source>Show fields needing attention first</source>
        <translation>แสดงช่องที่ต้องตรวจก่อน</translation>
    </message>
    <message>
        <source>Confirm the value</source>
        <translation>ยืนยันค่า</translation>
    </message>
    <message>
        <source>Confidence threshold</source>
        <translation>เกณฑ์ความมั่นใจ</translation>
    </message>
    <message>
        <source>OCR service</source>
        <translation>บริการ OCR</translation>
    </message>
    <message>
        <source>Options of the OCR service</source>
        <translation>ตัวเลือกของบริการ OCR</translation>
    </message>
    <message>
        <source>Page image with the fields&apos; boxes</source>
        <translation>ภาพหน้าเอกสารพร้อมกรอบของแต่ละช่อง</translation>
    </message>
    <message>
        <source>Pages of the document</source>
        <translation>หน้าของเอกสาร</translation>
    </message>
    <message>
        <source>Documents in the queue</source>
        <translation>เอกสารในคิว</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>จำนวนคำขอที่ส่งพร้อมกัน</translation>
    </message>
    <message>
        <source>Retry the selected document</source>
        <translation>ลองเอกสารที่เลือกใหม่</translation>
    </message>
    <message>
        <source>Retry every failed document</source>
        <translation>ลองเอกสารที่ล้มเหลวทั้งหมดใหม่</translation>
    </message>
    <message>
        <source>Cancel the queue</source>
        <translation>ยกเลิกคิว</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองใหม่</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>ปิดข้อความ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;OCR</source>
        <translation>OCR (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>บริการ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>ตรวจทาน (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>เปิด (&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>เปิดโฟลเดอร์ (&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>บันทึกเป็น (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export Reviewed…</source>
        <translation>ส่งออกผลที่ตรวจแล้ว (&amp;E)…</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Queue…</source>
        <translation>เชื่อมต่อคิวงานของ&amp;ทีม…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>ตั้งค่า (&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Run OCR</source>
        <translation>อ่าน OCR (&amp;R)</translation>
    </message>
    <message>
        <source>Run OCR &amp;Fresh (new call)…</source>
        <translation>อ่าน OCR ใหม่ (เรียกใหม่) (&amp;F)…</translation>
    </message>
    <message>
        <source>Re-run This &amp;Page</source>
        <translation>อ่านหน้านี้ใหม่ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>ยกเลิก (&amp;C)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>ขยาย (&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ย่อ (&amp;O)</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>พอดีหน้า (&amp;P)</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>พอดีความกว้าง (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;100 %</source>
        <translation>100 % (&amp;1)</translation>
    </message>
    <message>
        <source>&amp;Zoom to Field</source>
        <translation>ซูมไปที่ช่อง (&amp;Z)</translation>
    </message>
    <message>
        <source>Show &amp;Labels on Image</source>
        <translation>แสดงป้ายบนภาพ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode (hide personal data)</source>
        <translation>โหมดนำเสนอ (ซ่อนข้อมูลส่วนบุคคล) (&amp;P)</translation>
    </message>
    <message>
        <source>Presentation Mode: Hide &amp;Names and Addresses Too</source>
        <translation>โหมดนำเสนอ: ซ่อนชื่อและที่อยู่ด้วย (&amp;N)</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>หน้าก่อนหน้า</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>หน้าถัดไป</translation>
    </message>
    <message>
        <source>Previous Document in the Queue</source>
        <translation>เอกสารก่อนหน้าในคิว</translation>
    </message>
    <message>
        <source>Next Document in the Queue</source>
        <translation>เอกสารถัดไปในคิว</translation>
    </message>
    <message>
        <source>Confirm and Next</source>
        <translation>ยืนยันแล้วไปช่องถัดไป</translation>
    </message>
    <message>
        <source>Confirm Field</source>
        <translation>ยืนยันช่องนี้</translation>
    </message>
    <message>
        <source>Accept &amp;Suggestion</source>
        <translation>รับค่าที่แนะนำ (&amp;S)</translation>
    </message>
    <message>
        <source>Confirm All &amp;High-Confidence Fields</source>
        <translation>ยืนยันทุกช่องที่ความมั่นใจสูง (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Mark Document Reviewed</source>
        <translation>ยืนยันว่าตรวจเอกสารเสร็จแล้ว (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reject Document…</source>
        <translation>ปฏิเสธเอกสาร (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>แป้นลัด (&amp;K)</translation>
    </message>
    <message>
        <source>OCR &amp;Report…</source>
        <translation>รายงาน OCR (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;About OCR Review Desk</source>
        <translation>เกี่ยวกับ OCR Review Desk (&amp;A)</translation>
    </message>
    <message>
        <source>Confirm the field (or commit the edit), go to the next field needing attention</source>
        <translation>ยืนยันช่อง (หรือบันทึกค่าที่แก้) แล้วไปยังช่องถัดไปที่ต้องตรวจ</translation>
    </message>
    <message>
        <source>Confirm the field (or commit the edit) and stay</source>
        <translation>ยืนยันช่อง (หรือบันทึกค่าที่แก้) โดยไม่เลื่อน</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>ช่องถัดไป / ก่อนหน้า</translation>
    </message>
    <message>
        <source>Edit the value (or just start typing)</source>
        <translation>แก้ไขค่า (หรือเริ่มพิมพ์ได้เลย)</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation>ยกเลิกการแก้ไข</translation>
    </message>
    <message>
        <source>Accept the suggested value</source>
        <translation>รับค่าที่แนะนำ</translation>
    </message>
    <message>
        <source>Confirm every high-confidence field</source>
        <translation>ยืนยันทุกช่องที่ความมั่นใจสูง</translation>
    </message>
    <message>
        <source>Mark the document reviewed (asks first when problems are left; untouched fields are recorded as accepted at sign-off)</source>
        <translation>ยืนยันว่าตรวจเอกสารเสร็จ (ถามก่อนหากยังมีปัญหา ช่องที่ยังไม่ได้ตรวจบันทึกว่ารับตามการยืนยันเอกสาร)</translation>
    </message>
    <message>
        <source>Reject the document, with a reason</source>
        <translation>ปฏิเสธเอกสาร พร้อมเหตุผล</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <source>Run OCR</source>
        <translation>อ่าน OCR</translation>
    </message>
    <message>
        <source>Ask the service again (a new, possibly charged, call)</source>
        <translation>ส่งให้บริการอ่านใหม่ (เรียกใหม่ อาจมีค่าใช้จ่าย)</translation>
    </message>
    <message>
        <source>Read this page again</source>
        <translation>อ่านหน้านี้ใหม่</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>ยกเลิกคำขอ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>บันทึกเป็น</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Open a folder (batch)</source>
        <translation>เปิดโฟลเดอร์ (ชุดเอกสาร)</translation>
    </message>
    <message>
        <source>Zoom to the field</source>
        <translation>ซูมไปที่ช่อง</translation>
    </message>
    <message>
        <source>Fit page / fit width</source>
        <translation>พอดีหน้า / พอดีความกว้าง</translation>
    </message>
    <message>
        <source>Zoom in / out / 100 %</source>
        <translation>ขยาย / ย่อ / 100 %</translation>
    </message>
    <message>
        <source>Labels on the image</source>
        <translation>ป้ายชื่อบนภาพ</translation>
    </message>
    <message>
        <source>Export the folder&apos;s reviewed documents</source>
        <translation>ส่งออกเอกสารที่ตรวจแล้วในโฟลเดอร์</translation>
    </message>
    <message>
        <source>Presentation mode: hide personal data</source>
        <translation>โหมดนำเสนอ: ซ่อนข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation>หน้านี้</translation>
    </message>
    <message>
        <source>Choose the OCR service (the Service menu, in its order)</source>
        <translation>เลือกบริการ OCR (ตามลำดับในเมนูบริการ)</translation>
    </message>
    <message>
        <source>Next / previous page</source>
        <translation>หน้าถัดไป / หน้าก่อนหน้า</translation>
    </message>
    <message>
        <source>Next / previous document in the queue</source>
        <translation>เอกสารถัดไป / ก่อนหน้าในคิว</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออกจากโปรแกรม</translation>
    </message>
    <message>
        <source>Details were written to {path}</source>
        <translation>รายละเอียดถูกบันทึกไว้ที่ {path}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>เกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>คิวเอกสาร</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>ยังไม่ได้ส่งข้อมูล</translation>
    </message>
    <message>
        <source>Counting requests and stored answers…</source>
        <translation>กำลังนับคำขอและคำตอบที่บันทึกไว้…</translation>
    </message>
    <message>
        <source>No finished document is waiting for review.</source>
        <translation>ไม่มีเอกสารที่รอการตรวจ</translation>
    </message>
    <message>
        <source>The service is busy; waiting {s:.0f} s before trying {name} again</source>
        <translation>บริการไม่ว่าง รอ {s:.0f} วินาทีก่อนลอง {name} อีกครั้ง</translation>
    </message>
    <message>
        <source>Restored the unsaved review of {name}</source>
        <translation>กู้คืนงานที่ยังไม่ได้บันทึกของ {name} แล้ว</translation>
    </message>
    <message>
        <source>Export reviewed documents</source>
        <translation>ส่งออกเอกสารที่ตรวจแล้ว</translation>
    </message>
    <message>
        <source>Include documents not signed off (their status is a column)</source>
        <translation>รวมเอกสารที่ยังไม่ยืนยันผล (มีคอลัมน์สถานะ)</translation>
    </message>
    <message>
        <source>Open a folder (or a review file) first: the export takes the review files of the open folder or queue.</source>
        <translation>กรุณาเปิดโฟลเดอร์ (หรือไฟล์ผลตรวจ) ก่อน การส่งออกใช้ไฟล์ผลตรวจของโฟลเดอร์หรือคิวที่เปิดอยู่</translation>
    </message>
    <message>
        <source>Exporting {done} of {total}…</source>
        <translation>กำลังส่งออก {done} จาก {total}…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n document(s) to {path}.</source>
        <translation>
            <numerusform>ส่งออก %n เอกสารไปที่ {path} แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} not signed off were left out.</source>
        <translation>เอกสารที่ยังไม่ยืนยันผล {n} รายการไม่ได้ส่งออก</translation>
    </message>
    <message>
        <source>Presentation mode is on: personal data in this export is masked.</source>
        <translation>เปิดโหมดนำเสนออยู่: ข้อมูลส่วนบุคคลในไฟล์ส่งออกนี้ถูกซ่อน</translation>
    </message>
    <message>
        <source>The open document has unsaved changes: the export has what was last saved.</source>
        <translation>เอกสารที่เปิดอยู่มีการแก้ไขที่ยังไม่บันทึก ไฟล์ส่งออกมีเฉพาะสิ่งที่บันทึกไว้ล่าสุด</translation>
    </message>
    <message>
        <source>Wrote the report to {path}.</source>
        <translation>สร้างรายงานที่ {path} แล้ว</translation>
    </message>
    <message>
        <source>unreviewed</source>
        <translation>ยังไม่ตรวจ</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>แก้ไขแล้ว</translation>
    </message>
    <message>
        <source>accepted at sign-off</source>
        <translation>รับตามการยืนยันเอกสาร</translation>
    </message>
    <message>
        <source>Thai label</source>
        <translation>ชื่อช่อง (ไทย)</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>ชื่อช่อง (อังกฤษ)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>ความมั่นใจ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>กรอบ</translation>
    </message>
    <message>
        <source>check failed</source>
        <translation>ตรวจไม่ผ่าน</translation>
    </message>
    <message>
        <source>Vietnamese label</source>
        <translation>ป้ายภาษาเวียดนาม</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(ไม่พบ)</translation>
    </message>
    <message>
        <source>no box</source>
        <translation>ไม่มีกรอบ</translation>
    </message>
    <message>
        <source>Below the confidence threshold ({threshold}): check this value</source>
        <translation>ความมั่นใจต่ำกว่าเกณฑ์ ({threshold}): ตรวจค่านี้</translation>
    </message>
    <message>
        <source>The service gave no position for this field</source>
        <translation>บริการไม่ได้ระบุตำแหน่งของช่องนี้</translation>
    </message>
    <message>
        <source>raw key: {key}</source>
        <translation>คีย์จาก API: {key}</translation>
    </message>
    <message>
        <source>OCR read: {value}</source>
        <translation>OCR อ่านได้: {value}</translation>
    </message>
    <message>
        <source>Low confidence first</source>
        <translation>ความมั่นใจต่ำก่อน</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>ยืนยัน</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>หน้า {n} จาก {total}</translation>
    </message>
    <message>
        <source>This page failed: {message}</source>
        <translation>หน้านี้ล้มเหลว: {message}</translation>
    </message>
    <message>
        <source>Select a field to review it</source>
        <translation>เลือกช่องเพื่อตรวจสอบ</translation>
    </message>
    <message>
        <source>Read as (normalized)</source>
        <translation>ค่าที่อ่านได้ในรูปแบบมาตรฐาน</translation>
    </message>
    <message>
        <source>Suggestion: &lt;b&gt;{value}&lt;/b&gt; — {keys} accepts it</source>
        <translation>ค่าที่แนะนำ: &lt;b&gt;{value}&lt;/b&gt; — กด {keys} เพื่อรับค่า</translation>
    </message>
    <message>
        <source>{names}: not the file this review was made from (other bytes, or missing), so it is not shown and nothing is sent for it. The fields beside it are the review&apos;s own. To see the image, put the original file back where the review names it and open the review again.</source>
        <translation>{names}: ไม่ใช่ไฟล์ที่ใช้ทำผลตรวจนี้ (ข้อมูลต่างกันหรือไม่พบไฟล์) จึงไม่แสดงภาพนี้และจะไม่ส่งไฟล์นี้ไปที่ใด ช่องข้อมูลที่เห็นเป็นของผลตรวจนี้เอง หากต้องการดูภาพ ให้นำไฟล์ต้นฉบับกลับไปไว้ที่เดิมตามที่ผลตรวจระบุ แล้วเปิดผลตรวจอีกครั้ง</translation>
    </message>
    <message>
        <source>The review could not be saved, so the window stays open: {message}</source>
        <translation>บันทึกผลตรวจไม่ได้ หน้าต่างจึงยังเปิดอยู่: {message}</translation>
    </message>
    <message>
        <source>The draft of this review could not be kept (your work is still open; save it): {message}</source>
        <translation>เก็บฉบับร่างของงานนี้ไม่ได้ (งานยังเปิดอยู่ กรุณาบันทึก): {message}</translation>
    </message>
    <message>
        <source>The image is not shown (it is not the file this review was made from), so there is no close-up of this field.</source>
        <translation>ไม่ได้แสดงภาพ (ไม่ใช่ไฟล์ที่ใช้ทำผลตรวจนี้) จึงไม่มีภาพขยายของช่องนี้</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>ภาพใบหน้า</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>เกณฑ์:</translation>
    </message>
    <message>
        <source>Fields below this confidence are marked for attention</source>
        <translation>ช่องที่ความมั่นใจต่ำกว่าเกณฑ์นี้จะถูกทำเครื่องหมาย</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>พร้อม</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>ยังไม่มีเอกสาร</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>กำลังอ่านเอกสาร…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Service: {name}</source>
        <translation>บริการ: {name}</translation>
    </message>
    <message>
        <source>No other finished document in the queue.</source>
        <translation>ไม่มีเอกสารอื่นที่เสร็จแล้วในคิว</translation>
    </message>
    <message>
        <source>Open an image first (Ctrl+O).</source>
        <translation>กรุณาเปิดภาพก่อน (Ctrl+O)</translation>
    </message>
    <message>
        <source>{n} fields read; {low} need attention</source>
        <translation>อ่านได้ {n} ช่อง ต้องตรวจ {low} ช่อง</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>เปิดล่าสุด (&amp;R)</translation>
    </message>
    <message>
        <source>Open image or review file</source>
        <translation>เปิดภาพหรือไฟล์ผลตรวจ</translation>
    </message>
    <message>
        <source>Images, PDFs and review files ({patterns});;All files (*)</source>
        <translation>ภาพ PDF และไฟล์ผลตรวจ ({patterns});;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>เปิดแล้ว {path}</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>กำลังเปิด {path}…</translation>
    </message>
    <message>
        <source>Opened the saved review of {name}</source>
        <translation>เปิดผลตรวจที่บันทึกไว้ของ {name} แล้ว</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>ยังไม่มีไฟล์ล่าสุด</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>ล้างรายการ</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>หน้า {n}</translation>
    </message>
    <message>
        <source>{name} could not be shown</source>
        <translation>แสดง {name} ไม่ได้</translation>
    </message>
    <message>
        <source>{n} pages: this service reads one page per request, so {n} requests</source>
        <translation>{n} หน้า: บริการนี้อ่านได้ครั้งละหนึ่งหน้า จึงต้องส่ง {n} คำขอ</translation>
    </message>
    <message>
        <source>Page {n} read again</source>
        <translation>อ่านหน้า {n} ใหม่แล้ว</translation>
    </message>
    <message>
        <source>Reused the saved answer (no new charge) — Ctrl+Shift+R for a fresh call</source>
        <translation>ใช้คำตอบที่บันทึกไว้ (ไม่มีค่าใช้จ่ายใหม่) — กด Ctrl+Shift+R เพื่อเรียกใหม่</translation>
    </message>
    <message>
        <source>PRESENTATION · personal data hidden</source>
        <translation>โหมดนำเสนอ · ซ่อนข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>บริการ:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>ตัวเลือก</translation>
    </message>
    <message>
        <source>SIMULATED — demo results / ผลจำลอง</source>
        <translation>ผลจำลอง — ผลสาธิต ไม่ใช่ OCR จริง</translation>
    </message>
    <message>
        <source>These results come from the built-in simulation, not from a real OCR service.</source>
        <translation>ผลลัพธ์นี้มาจากการจำลองภายในโปรแกรม ไม่ใช่บริการ OCR จริง</translation>
    </message>
    <message>
        <source>Send to a paid service?</source>
        <translation>ส่งไปยังบริการที่มีค่าใช้จ่าย?</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) will be sent to {service} and may be charged. Documents with a stored answer (free): {stored} of {total}. Send?</source>
        <translation>
            <numerusform>จะส่งคำขอ %n รายการไปยัง {service} ซึ่งอาจมีค่าใช้จ่าย เอกสารที่มีคำตอบที่บันทึกไว้แล้ว (ไม่มีค่าใช้จ่าย): {stored} จาก {total} รายการ ต้องการส่งหรือไม่?</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents not saved</source>
        <translation>เอกสารที่ยังไม่ได้บันทึก</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in the queue were read but not saved. Each is kept as a draft and offered back at the next start.</source>
        <translation>
            <numerusform>มีเอกสาร %n รายการในคิวที่อ่านแล้วแต่ยังไม่ได้บันทึก แต่ละรายการจะเก็บเป็นฉบับร่าง และเสนอให้กู้คืนเมื่อเปิดโปรแกรมครั้งถัดไป</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep Drafts and Quit</source>
        <translation>เก็บฉบับร่างแล้วออก (&amp;K)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>รอคิว</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>กำลังส่ง</translation>
    </message>
    <message>
        <source>done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ล้มเหลว</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>กำลังตรวจ</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>ตรวจแล้ว</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>ต้องตรวจ</translation>
    </message>
    <message>
        <source>Retry All Failed</source>
        <translation>ลองใหม่ทั้งหมดที่ล้มเหลว</translation>
    </message>
    <message>
        <source>Cancel Queue</source>
        <translation>ยกเลิกคิว</translation>
    </message>
    <message>
        <source>In flight:</source>
        <translation>ส่งพร้อมกัน:</translation>
    </message>
    <message>
        <source>Restore unsaved reviews</source>
        <translation>กู้คืนงานตรวจทานที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ทิ้ง</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>ภายหลัง</translation>
    </message>
    <message numerus="yes">
        <source>The program stopped before %n review(s) were saved. Choose what to do with each.</source>
        <translation>
            <numerusform>โปรแกรมหยุดทำงานก่อนบันทึกงานตรวจทาน %n รายการ เลือกสิ่งที่ต้องการทำกับแต่ละรายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Last kept</source>
        <translation>เก็บล่าสุด</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การทำงาน</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n stored answer(s) and log entries older than {days} days.</source>
        <translation>
            <numerusform>ลบคำตอบที่บันทึกไว้และบันทึกการทำงานที่เก่ากว่า {days} วันแล้ว %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>ยังไม่ตรวจ</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>กำลังตรวจ</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>ตรวจแล้ว</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ปฏิเสธแล้ว</translation>
    </message>
    <message>
        <source>The corrected value fails a check (shown under it); Enter goes on as it is</source>
        <translation>ค่าที่แก้ไม่ผ่านการตรวจ (ดูข้อความด้านล่าง) กด Enter เพื่อไปต่อตามนี้</translation>
    </message>
    <message>
        <source>The corrected value raises a warning (shown under it); Enter goes on as it is</source>
        <translation>ค่าที่แก้มีคำเตือน (ดูข้อความด้านล่าง) กด Enter เพื่อไปต่อตามนี้</translation>
    </message>
    <message>
        <source>This field has no suggestion.</source>
        <translation>ช่องนี้ไม่มีค่าที่แนะนำ</translation>
    </message>
    <message>
        <source>Confirmed {n} high-confidence fields; {left} need attention</source>
        <translation>ยืนยันแล้ว {n} ช่องที่ความมั่นใจสูง ยังต้องตรวจ {left} ช่อง</translation>
    </message>
    <message>
        <source>Not signed off: this field needs a look first</source>
        <translation>ยังไม่ได้ยืนยันเอกสาร: กรุณาตรวจช่องนี้ก่อน</translation>
    </message>
    <message>
        <source>Marked reviewed with problems left ({errors} errors, {attention} needing attention): recorded in the review file</source>
        <translation>ยืนยันเอกสารแล้วทั้งที่ยังมีปัญหา (ข้อผิดพลาด {errors} ต้องตรวจ {attention} ช่อง) บันทึกไว้ในไฟล์ผลตรวจแล้ว</translation>
    </message>
    <message>
        <source>Marked reviewed ({errors} errors, {warnings} warnings remain)</source>
        <translation>ตรวจเสร็จแล้ว (เหลือข้อผิดพลาด {errors} คำเตือน {warnings})</translation>
    </message>
    <message>
        <source>Document rejected</source>
        <translation>ปฏิเสธเอกสารแล้ว</translation>
    </message>
    <message>
        <source>Why is this document rejected?</source>
        <translation>เหตุผลที่ปฏิเสธเอกสารนี้</translation>
    </message>
    <message>
        <source>Errors: {n}</source>
        <translation>ข้อผิดพลาด: {n}</translation>
    </message>
    <message>
        <source>Warnings: {n}</source>
        <translation>คำเตือน: {n}</translation>
    </message>
    <message>
        <source>Need attention: {n}</source>
        <translation>ต้องตรวจ: {n} ช่อง</translation>
    </message>
    <message>
        <source>Checks never block saving.</source>
        <translation>ผลการตรวจไม่ขัดขวางการบันทึก</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>เหตุผล: {reason}</translation>
    </message>
    <message>
        <source>Vehicle book (scan)</source>
        <translation>สมุดทะเบียนรถ (สแกน)</translation>
    </message>
    <message>
        <source>Vehicle book (phone photo)</source>
        <translation>สมุดทะเบียนรถ (ภาพถ่าย)</translation>
    </message>
    <message>
        <source>Thai ID card</source>
        <translation>บัตรประชาชน</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>หนังสือเดินทาง</translation>
    </message>
    <message>
        <source>Vietnamese registration, front</source>
        <translation>ทะเบียนรถเวียดนาม ด้านหน้า</translation>
    </message>
    <message>
        <source>Vietnamese registration, back</source>
        <translation>ทะเบียนรถเวียดนาม ด้านหลัง</translation>
    </message>
    <message>
        <source>Open Sa&amp;mple</source>
        <translation>เปิดตัวอย่าง (&amp;M)</translation>
    </message>
    <message>
        <source>No samples are installed</source>
        <translation>ไม่มีภาพตัวอย่าง</translation>
    </message>
    <message>
        <source>Opened the sample {name} with the demo service (simulated results): Ctrl+R reads it</source>
        <translation>เปิดตัวอย่าง {name} ด้วยบริการสาธิต (ผลจำลอง) กด Ctrl+R เพื่ออ่าน</translation>
    </message>
    <message>
        <source>Nothing saved: you have not worked on {name} yet (Ctrl+Enter signs it off)</source>
        <translation>ไม่ได้บันทึก: ยังไม่ได้ตรวจ {name} (กด Ctrl+Enter เพื่อยืนยันเอกสาร)</translation>
    </message>
    <message>
        <source>Not saved: the signed-off review was kept</source>
        <translation>ไม่ได้บันทึก: เก็บผลตรวจที่ยืนยันแล้วไว้</translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation>กำลังบันทึก {path}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>บันทึกแล้ว {path}</translation>
    </message>
    <message>
        <source>{message} It is never saved over: keep your work with Save As.</source>
        <translation>{message} โปรแกรมจะไม่บันทึกทับไฟล์นี้ กรุณาใช้ บันทึกเป็น… เพื่อเก็บงานของคุณ</translation>
    </message>
    <message>
        <source>edit value</source>
        <translation>แก้ไขค่า</translation>
    </message>
    <message>
        <source>confirm field</source>
        <translation>ยืนยันช่อง</translation>
    </message>
    <message>
        <source>field state</source>
        <translation>สถานะช่อง</translation>
    </message>
    <message>
        <source>accept suggestion</source>
        <translation>รับค่าที่แนะนำ</translation>
    </message>
    <message>
        <source>confirm all high-confidence</source>
        <translation>ยืนยันทุกช่องที่ความมั่นใจสูง</translation>
    </message>
    <message>
        <source>mark reviewed</source>
        <translation>ยืนยันว่าตรวจเสร็จ</translation>
    </message>
    <message>
        <source>reject document</source>
        <translation>ปฏิเสธเอกสาร</translation>
    </message>
    <message>
        <source>Re-run page {n}</source>
        <translation>อ่านหน้า {n} ใหม่</translation>
    </message>
    <message>
        <source>AIGEN API key:</source>
        <translation>AIGEN API key:</translation>
    </message>
    <message>
        <source>CVVN API key:</source>
        <translation>CVVN API key:</translation>
    </message>
    <message>
        <source>CVVN API secret:</source>
        <translation>CVVN API secret:</translation>
    </message>
    <message>
        <source>A key is stored; type to replace it</source>
        <translation>มี key บันทึกไว้แล้ว พิมพ์เพื่อแทนที่</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>ยังไม่ได้ตั้งค่า</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>General</source>
        <translation>ทั่วไป</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source> s</source>
        <translation> วินาที</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ภาษา:</translation>
    </message>
    <message>
        <source>Reviewer name:</source>
        <translation>ชื่อผู้ตรวจ:</translation>
    </message>
    <message>
        <source>Confidence threshold:</source>
        <translation>เกณฑ์ความมั่นใจ:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>เวลารอ:</translation>
    </message>
    <message>
        <source>Show values in a looped Thai font (Sarabun), easier to proof-read</source>
        <translation>แสดงค่าด้วยฟอนต์ไทยแบบมีหัว (Sarabun) ตรวจทานได้ง่ายกว่า</translation>
    </message>
    <message>
        <source> days</source>
        <translation> วัน</translation>
    </message>
    <message>
        <source>Keep stored answers and logs:</source>
        <translation>เก็บคำตอบที่บันทึกไว้และบันทึกการทำงาน:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>ที่อยู่บริการ:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>ทดสอบการเชื่อมต่อ</translation>
    </message>
    <message>
        <source>API keys (stored only in the system keyring)</source>
        <translation>API key (เก็บในระบบ keyring เท่านั้น)</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so keys cannot be stored. A key typed here can be kept for this run only; nothing is written to disk.</source>
        <translation>เครื่องนี้ไม่มีระบบ keyring จึงบันทึก key ไม่ได้ key ที่พิมพ์ที่นี่ใช้ได้เฉพาะรอบการทำงานนี้ และจะไม่เขียนลงดิสก์</translation>
    </message>
    <message>
        <source>Keep the key for this run only</source>
        <translation>ใช้ key เฉพาะรอบการทำงานนี้</translation>
    </message>
    <message>
        <source>default: {url}</source>
        <translation>ค่าเริ่มต้น: {url}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>กำลังทดสอบ…</translation>
    </message>
    <message>
        <source>Connected: the service accepted the key.</source>
        <translation>เชื่อมต่อได้: บริการยอมรับ key แล้ว</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>ทิ้งการเปลี่ยนแปลง?</translation>
    </message>
    <message>
        <source>Settings were changed (endpoints, keys or preferences) and not saved. Throw the changes away?</source>
        <translation>มีการเปลี่ยนการตั้งค่า (ที่อยู่บริการ key หรือค่าอื่น) ที่ยังไม่ได้บันทึก ต้องการทิ้งการเปลี่ยนแปลงหรือไม่?</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>แป้นลัด</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>แป้น</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>การทำงาน</translation>
    </message>
    <message>
        <source>Every shortcut uses Ctrl, Alt or a function key: typing a value (Thai input methods included) never triggers one.</source>
        <translation>แป้นลัดทุกตัวใช้ Ctrl, Alt หรือแป้นฟังก์ชัน การพิมพ์ค่า (รวมถึงการพิมพ์ภาษาไทย) จะไม่เรียกใช้แป้นลัด</translation>
    </message>
    <message>
        <source>Sign off with problems left?</source>
        <translation>ยืนยันเอกสารทั้งที่ยังมีปัญหา?</translation>
    </message>
    <message>
        <source>This document still has open problems. Errors: {errors} · fields needing attention: {attention} · empty required fields: {empty}.</source>
        <translation>เอกสารนี้ยังมีปัญหา ข้อผิดพลาด: {errors} · ช่องที่ต้องตรวจ: {attention} · ช่องที่จำเป็นแต่ยังว่าง: {empty}</translation>
    </message>
    <message>
        <source>Signing off anyway records in the review file how many were left, and every field nobody looked at as accepted at sign-off (not as confirmed).</source>
        <translation>หากยืนยันต่อ ไฟล์ผลตรวจจะบันทึกจำนวนปัญหาที่เหลือ และบันทึกช่องที่ยังไม่มีใครตรวจว่า “รับตามการยืนยันเอกสาร” (ไม่ใช่ “ยืนยันแล้ว”)</translation>
    </message>
    <message>
        <source>&amp;Go to the First One</source>
        <translation>ไปยังรายการแรก (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Sign Off Anyway</source>
        <translation>ยืนยันเอกสารต่อ (&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folder were not added to the queue:
{files}</source>
        <translation>
            <numerusform>มี %n ไฟล์ในโฟลเดอร์ที่ไม่ได้เพิ่มเข้าคิว:
{files}</numerusform>
        </translation>
    </message>
    <message>
        <source>Database address:</source>
        <translation>ที่อยู่ฐานข้อมูล:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>รหัสผ่าน:</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in the settings.</source>
        <translation>รหัสผ่านเก็บไว้ในพวงกุญแจของระบบ ไม่เก็บในการตั้งค่า</translation>
    </message>
    <message>
        <source>Team queue</source>
        <translation>คิวงานของทีม</translation>
    </message>
    <message>
        <source>Not connected. File › Connect to Team Queue.</source>
        <translation>ยังไม่ได้เชื่อมต่อ ไปที่ ไฟล์ › เชื่อมต่อคิวงานของทีม</translation>
    </message>
    <message>
        <source>Connected to {url}</source>
        <translation>เชื่อมต่อกับ {url}</translation>
    </message>
    <message>
        <source>second check</source>
        <translation>ตรวจซ้ำ</translation>
    </message>
    <message>
        <source>review</source>
        <translation>ตรวจ</translation>
    </message>
    <message>
        <source>Working on document {id} ({kind}), held until {until}</source>
        <translation>กำลังตรวจเอกสาร {id} ({kind}) จองไว้ถึง {until}</translation>
    </message>
    <message>
        <source>No document claimed.</source>
        <translation>ยังไม่ได้รับเอกสาร</translation>
    </message>
    <message>
        <source>Waiting {waiting} · second checks {qa} · being reviewed {claimed} · done {done} · for the supervisor {disputed}</source>
        <translation>รอ {waiting} · รอตรวจซ้ำ {qa} · กำลังตรวจ {claimed} · เสร็จ {done} · รอหัวหน้างาน {disputed}</translation>
    </message>
    <message numerus="yes">
        <source>%n signed-off review(s) wait to be submitted (no connection).</source>
        <translation>
            <numerusform>ผลตรวจที่ลงนามแล้ว %n รายการรอส่ง (ไม่มีการเชื่อมต่อ)</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no system keyring: the password is kept for this session only.</source>
        <translation>ไม่มีพวงกุญแจของระบบ รหัสผ่านจะใช้ได้เฉพาะครั้งนี้เท่านั้น</translation>
    </message>
    <message>
        <source>Claiming the next document…</source>
        <translation>กำลังรับเอกสารถัดไป…</translation>
    </message>
    <message>
        <source>Nothing is waiting in the team queue.</source>
        <translation>ไม่มีเอกสารรอในคิวของทีม</translation>
    </message>
    <message>
        <source>The team database cannot be reached. Your signed-off review is kept and will be submitted when the connection returns.</source>
        <translation>เชื่อมต่อฐานข้อมูลของทีมไม่ได้ ผลตรวจที่ลงนามแล้วถูกเก็บไว้และจะส่งเมื่อเชื่อมต่อได้อีกครั้ง</translation>
    </message>
    <message>
        <source>Another clerk took this document while you were away. Your review was kept for the supervisor.</source>
        <translation>เจ้าหน้าที่คนอื่นรับเอกสารนี้ไประหว่างที่คุณไม่อยู่ ผลตรวจของคุณถูกเก็บไว้ให้หัวหน้างาน</translation>
    </message>
    <message>
        <source>Submitted document {id}.</source>
        <translation>ส่งเอกสาร {id} แล้ว</translation>
    </message>
    <message>
        <source>Figures per clerk (documents · fields corrected · s per document · disagreement):</source>
        <translation>สถิติรายเจ้าหน้าที่ (เอกสาร · ช่องที่แก้ · วินาทีต่อเอกสาร · ความเห็นไม่ตรงกัน):</translation>
    </message>
    <message>
        <source>{name}: {documents} · {corrected} · {seconds} s · {rate}</source>
        <translation>{name}: {documents} · {corrected} · {seconds} วินาที · {rate}</translation>
    </message>
    <message>
        <source>Per-field thresholds by document type override the global one (stricter for numbers that must be exact, looser for fields OCR rarely gets wrong).</source>
        <translation>เกณฑ์เฉพาะช่องตามประเภทเอกสารใช้แทนเกณฑ์รวม (เข้มขึ้นสำหรับเลขที่ต้องถูกต้อง ผ่อนลงสำหรับช่องที่ OCR มักอ่านถูก)</translation>
    </message>
    <message>
        <source>Thresholds per field</source>
        <translation>เกณฑ์ของแต่ละช่อง</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>ประเภทเอกสาร</translation>
    </message>
    <message>
        <source>Field key</source>
        <translation>คีย์ของช่อง</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>มีการแก้ไขที่ยังไม่บันทึก</translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved. Save them first?</source>
        <translation>“{name}” มีการแก้ไขที่ยังไม่ได้บันทึก ต้องการบันทึกก่อนหรือไม่?</translation>
    </message>
    <message>
        <source>Replace review file?</source>
        <translation>แทนที่ไฟล์ผลตรวจ?</translation>
    </message>
    <message>
        <source>“{name}” already exists. Replace it?</source>
        <translation>มีไฟล์ “{name}” อยู่แล้ว ต้องการแทนที่หรือไม่?</translation>
    </message>
    <message>
        <source>Run OCR fresh</source>
        <translation>อ่าน OCR ใหม่</translation>
    </message>
    <message>
        <source>A saved answer exists for this image. A fresh call sends it to the service again and may be charged again. Send it anyway?</source>
        <translation>มีคำตอบที่บันทึกไว้สำหรับภาพนี้แล้ว การเรียกใหม่จะส่งภาพไปยังบริการอีกครั้งและอาจมีค่าใช้จ่ายอีกครั้ง ต้องการส่งหรือไม่?</translation>
    </message>
    <message>
        <source>Re-run page</source>
        <translation>อ่านหน้าใหม่</translation>
    </message>
    <message>
        <source>Page {n} has review work (confirmed or corrected fields). Reading it again replaces its fields (Ctrl+Z brings them back). Go on?</source>
        <translation>หน้า {n} มีการตรวจทานแล้ว การอ่านใหม่จะแทนที่ช่องข้อมูลของหน้านี้ (กด Ctrl+Z เพื่อย้อนกลับ) ต้องการทำต่อหรือไม่?</translation>
    </message>
    <message>
        <source>Send every page?</source>
        <translation>ส่งทุกหน้าหรือไม่</translation>
    </message>
    <message>
        <source>This file has {n} pages and the chosen service reads one page per request: {n} requests will be sent, and each may be charged (answers already stored are reused for free). Send them?</source>
        <translation>ไฟล์นี้มี {n} หน้า และบริการที่เลือกอ่านได้ครั้งละหนึ่งหน้า จะส่ง {n} คำขอ ซึ่งอาจคิดค่าบริการทุกคำขอ (คำตอบที่เก็บไว้แล้วใช้ซ้ำได้ฟรี) ต้องการส่งหรือไม่</translation>
    </message>
    <message>
        <source>Run OCR again?</source>
        <translation>อ่าน OCR อีกครั้ง?</translation>
    </message>
    <message>
        <source>This document already has an OCR result. Running again sends it to the service again (it may be charged) and replaces the fields and your corrections.</source>
        <translation>เอกสารนี้มีผล OCR แล้ว การอ่านอีกครั้งจะส่งไปยังบริการอีกครั้ง (อาจมีค่าใช้จ่าย) และแทนที่ช่องข้อมูลและการแก้ไขของคุณ</translation>
    </message>
    <message>
        <source>Save review file</source>
        <translation>บันทึกไฟล์ผลตรวจ</translation>
    </message>
    <message>
        <source>Review files (*.review.json)</source>
        <translation>ไฟล์ผลตรวจ (*.review.json)</translation>
    </message>
    <message>
        <source>Replace a signed-off review?</source>
        <translation>แทนที่ผลตรวจที่ยืนยันแล้ว?</translation>
    </message>
    <message>
        <source>“{name}” was signed off by {by} on {when}.</source>
        <translation>“{name}” ได้รับการยืนยันโดย {by} เมื่อ {when}</translation>
    </message>
    <message>
        <source>Replacing it throws that review away. Cancel keeps it.</source>
        <translation>การแทนที่จะทิ้งผลตรวจนั้น กด ยกเลิก เพื่อเก็บไว้</translation>
    </message>
    <message>
        <source>&amp;Replace It</source>
        <translation>แทนที่ (&amp;R)</translation>
    </message>
</context>
</TS>
