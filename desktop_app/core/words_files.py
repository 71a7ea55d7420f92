"""The kinds of file an error names ("The file is {what}, which this program does not read").

Data only, as core/words_checks.py; core/file_kind.py says which kind a file's first bytes show.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str | dict[str, str]]] = {
    "kind.png": {"en": "a PNG image", "th": "ภาพ PNG", "vi": "một ảnh PNG"},
    "kind.jpeg": {"en": "a JPEG image", "th": "ภาพ JPEG", "vi": "một ảnh JPEG"},
    "kind.tiff": {"en": "a TIFF image", "th": "ภาพ TIFF", "vi": "một ảnh TIFF"},
    "kind.pdf": {"en": "a PDF document", "th": "เอกสาร PDF", "vi": "một tài liệu PDF"},
    "kind.bmp": {"en": "a BMP image", "th": "ภาพ BMP", "vi": "một ảnh BMP"},
    "kind.gif": {"en": "a GIF image", "th": "ภาพ GIF", "vi": "một ảnh GIF"},
    "kind.webp": {"en": "a WebP image", "th": "ภาพ WebP", "vi": "một ảnh WebP"},
    "kind.office_old": {"en": "an old Microsoft Office document", "th": "เอกสาร Microsoft Office รุ่นเก่า",
                        "vi": "một tài liệu Microsoft Office đời cũ"},
    "kind.rar": {"en": "a RAR archive", "th": "ไฟล์บีบอัด RAR", "vi": "một tệp nén RAR"},
    "kind.7z": {"en": "a 7-Zip archive", "th": "ไฟล์บีบอัด 7-Zip", "vi": "một tệp nén 7-Zip"},
    "kind.postscript": {"en": "a PostScript file", "th": "ไฟล์ PostScript", "vi": "một tệp PostScript"},
    "kind.gzip": {"en": "a gzip archive", "th": "ไฟล์บีบอัด gzip", "vi": "một tệp nén gzip"},
    "kind.zip": {"en": "a ZIP archive", "th": "ไฟล์บีบอัด ZIP", "vi": "một tệp nén ZIP"},
    "kind.docx": {"en": "a Word document", "th": "เอกสาร Word", "vi": "một tài liệu Word"},
    "kind.xlsx": {"en": "an Excel workbook", "th": "ไฟล์ Excel", "vi": "một bảng tính Excel"},
    "kind.pptx": {"en": "a PowerPoint file", "th": "ไฟล์ PowerPoint", "vi": "một tệp PowerPoint"},
    "kind.odt": {"en": "an OpenDocument text", "th": "เอกสาร ODT", "vi": "một văn bản OpenDocument"},
    "kind.text": {"en": "a text file", "th": "ไฟล์ข้อความ", "vi": "một tệp văn bản"},
    "kind.unknown": {"en": "a file of unknown kind", "th": "ไฟล์ชนิดที่ไม่รู้จัก", "vi": "một tệp không rõ loại"},
    "kind.suffix": {"en": "a {suffix} file", "th": "ไฟล์ {suffix}", "vi": "một tệp {suffix}"},
    "kind.named": {"en": "{kind} ({suffix})", "th": "{kind} ({suffix})", "vi": "{kind} ({suffix})"},
}
