"""Copy the licence texts of everything the program ships into resources/licenses/ and write its
index (components.json, README.md): `python scripts/collect_licences.py` after a dependency
changes. Run from the project's virtual environment with the runtime dependencies installed.

Python distributions come from desktop-app's runtime requirements, followed recursively, each
with the licence files of its own metadata. The rest is listed in EXTRA below. Debian's system
libraries that PyInstaller copies into a Linux bundle are added to the built bundle by
packaging/collect_system_licences.py, not here (they depend on the build machine).
"""

from __future__ import annotations

import json
import shutil
import sys
from importlib.metadata import Distribution, PackageNotFoundError, distribution
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "licenses"
COMMON = Path("/usr/share/common-licenses")
LICENCE_NAMES = ("licen", "copying", "notice", "authors")
QT_TEXTS = ("licenses/qt/LGPL-3.txt", "licenses/qt/GPL-3.txt")

# What the program uses each distribution for (English, Thai), shown in Help > About. A new
# dependency needs a line.
PURPOSE: dict[str, tuple[str, str]] = {
    "pyside6-essentials": ("Qt for Python: the window", "Qt สำหรับ Python: หน้าต่างโปรแกรม"),
    "shiboken6": ("Qt for Python's binding runtime", "ส่วนเชื่อมต่อของ Qt สำหรับ Python"),
    "requests": ("HTTP client for the OCR services", "ไคลเอนต์ HTTP สำหรับบริการ OCR"),
    "charset-normalizer": ("text encoding detection (requests)", "ตรวจหารหัสอักขระ (requests)"),
    "idna": ("international domain names (requests)", "ชื่อโดเมนสากล (requests)"),
    "urllib3": ("HTTP connections (requests)", "การเชื่อมต่อ HTTP (requests)"),
    "certifi": ("trusted certificate authorities", "รายชื่อผู้ออกใบรับรองที่เชื่อถือได้"),
    "pillow": ("image decoding and encoding", "ถอดรหัสและเข้ารหัสรูปภาพ"),
    "pypdfium2": ("PDF pages (PDFium)", "หน้า PDF (PDFium)"),
    "keyring": ("API keys in the system keyring", "เก็บคีย์ API ในที่เก็บรหัสของระบบ"),
    "secretstorage": ("keyring backend for the Secret Service", "ที่เก็บรหัสผ่าน Secret Service"),
    "jeepney": ("D-Bus for the keyring", "D-Bus สำหรับที่เก็บรหัส"),
    "cryptography": ("cryptography for the Secret Service", "การเข้ารหัสสำหรับ Secret Service"),
    "cffi": ("C bindings (cryptography)", "การเชื่อมต่อภาษา C (cryptography)"),
    "pycparser": ("C parser (cffi)", "ตัวแยกวิเคราะห์ภาษา C (cffi)"),
    "importlib-metadata": ("package metadata (keyring)", "ข้อมูลแพ็กเกจ (keyring)"),
    "zipp": ("zip paths (importlib-metadata)", "เส้นทางในไฟล์ zip (importlib-metadata)"),
    "lazy-importer": ("lazy imports (keyring)", "นำเข้าโมดูลเมื่อใช้ (keyring)"),
    "jaraco.classes": ("helpers (keyring)", "ตัวช่วย (keyring)"),
    "jaraco.functools": ("helpers (keyring)", "ตัวช่วย (keyring)"),
    "jaraco.context": ("helpers (keyring)", "ตัวช่วย (keyring)"),
    "backports.tarfile": ("tar files (jaraco.context)", "ไฟล์ tar (jaraco.context)"),
    "more-itertools": ("helpers (keyring)", "ตัวช่วย (keyring)"),
    "python-stdnum": ("ID and document number checks", "ตรวจเลขประจำตัวและเลขเอกสาร"),
    "vininfo": ("vehicle identification number checks", "ตรวจเลขตัวถังรถ (VIN)"),
    "geothai": ("Thai provinces, districts, sub-districts and postcodes (data CC BY 4.0, GeoThai)",
                "ข้อมูลจังหวัด อำเภอ ตำบล และรหัสไปรษณีย์ (ข้อมูล CC BY 4.0, GeoThai)"),
    "pi-heif": ("HEIC/HEIF photos (libheif, libde265)", "รูปภาพ HEIC/HEIF (libheif, libde265)"),
    "openpyxl": ("Excel exports", "ส่งออกไฟล์ Excel"),
    "et-xmlfile": ("XML writing (openpyxl)", "เขียนไฟล์ XML (openpyxl)"),
    "matplotlib": ("the report's charts", "แผนภูมิในรายงาน"),
    "numpy": ("numbers for the charts (matplotlib)", "การคำนวณสำหรับแผนภูมิ (matplotlib)"),
    "contourpy": ("contours (matplotlib)", "เส้นชั้น (matplotlib)"),
    "cycler": ("chart styles (matplotlib)", "รูปแบบแผนภูมิ (matplotlib)"),
    "fonttools": ("fonts in the charts (matplotlib)", "ฟอนต์ในแผนภูมิ (matplotlib)"),
    "kiwisolver": ("chart layout (matplotlib)", "การจัดวางแผนภูมิ (matplotlib)"),
    "packaging": ("version numbers (matplotlib)", "หมายเลขรุ่น (matplotlib)"),
    "pyparsing": ("text parsing (matplotlib)", "แยกวิเคราะห์ข้อความ (matplotlib)"),
    "python-dateutil": ("dates (matplotlib)", "วันที่ (matplotlib)"),
    "six": ("Python 2/3 helpers (python-dateutil)", "ตัวช่วย (python-dateutil)"),
    "psycopg": ("the team queue's PostgreSQL connection", "การเชื่อมต่อ PostgreSQL ของคิวงานทีม"),
    "psycopg-binary": ("PostgreSQL client library (libpq) for psycopg",
                       "ไลบรารี PostgreSQL (libpq) สำหรับ psycopg"),
    "typing-extensions": ("typing helpers (psycopg)", "ตัวช่วยชนิดข้อมูล (psycopg)"),
    "tzdata": ("time zones (psycopg)", "เขตเวลา (psycopg)"),
    "platformdirs": ("the user's data and settings folders", "โฟลเดอร์ข้อมูลและการตั้งค่าของผู้ใช้"),
}

# SPDX expressions where a distribution's metadata has none or a vague one.
LICENCE_OVERRIDES: dict[str, str] = {
    "pyside6-essentials": "LGPL-3.0-only (also offered as GPL-2.0-only OR GPL-3.0-only)",
    "shiboken6": "LGPL-3.0-only (also offered as GPL-2.0-only OR GPL-3.0-only)",
    "python-stdnum": "LGPL-2.1-or-later",
    "jaraco.classes": "MIT",
    "backports.tarfile": "MIT",
    "pypdfium2": "BSD-3-Clause OR Apache-2.0; PDFium: BSD-3-Clause and its dependencies' licences",
}


def _key(name: str) -> str:
    return name.lower().replace("_", "-")


def runtime_distributions(root: str = "desktop-app") -> dict[str, Distribution]:
    """desktop-app's runtime requirements (no extras), recursively: {normalised name: distribution}."""
    found: dict[str, Distribution] = {}

    def walk(name: str, wanted: frozenset[str] = frozenset()) -> None:
        dist = distribution(name)
        key = _key(dist.metadata["Name"])
        if key in found:
            return
        found[key] = dist
        extras = {""} | set(wanted)  # the extras asked for (psycopg[binary]) bring their own
        for line in dist.requires or []:
            requirement = Requirement(line)
            if requirement.marker and not any(requirement.marker.evaluate({"extra": e}) for e in extras):
                continue
            try:
                walk(requirement.name, frozenset(requirement.extras))
            except PackageNotFoundError:
                pass  # an optional platform dependency not installed here (e.g. pywin32-ctypes)

    walk(root)
    found.pop(_key(root))
    return found


def _licence_files(dist: Distribution) -> list[Path]:
    files = []
    for entry in dist.files or []:
        parts = [part.lower() for part in entry.parts]
        if not parts[0].endswith(".dist-info"):
            continue
        if any(word in parts[-1] for word in LICENCE_NAMES) or "licenses" in parts:
            path = Path(str(dist.locate_file(entry)))
            if path.is_file():
                files.append(path)
    return files


def collect() -> list[dict[str, object]]:
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    components: list[dict[str, object]] = []
    for key, dist in sorted(runtime_distributions().items()):
        target = OUT / key
        target.mkdir()
        names = []
        for path in _licence_files(dist):
            name = path.name if path.name not in names else f"{path.parent.name}-{path.name}"
            shutil.copyfile(path, target / name)
            names.append(name)
        licence = (LICENCE_OVERRIDES.get(key) or dist.metadata.get("License-Expression")
                   or dist.metadata.get("License") or "see the text")
        files = [f"licenses/{key}/{name}" for name in sorted(names)]
        if not names:  # the PySide6 and shiboken6 wheels carry no licence file: Qt's texts apply
            target.rmdir()
            files = list(QT_TEXTS)
        purpose, purpose_th = PURPOSE.get(key, ("", ""))
        components.append({"name": dist.metadata["Name"], "licence": licence, "purpose": purpose,
                           "purpose_th": purpose_th, "files": files})
    components[:0] = extras()  # Qt first: the texts the Python bindings point to
    (OUT / "components.json").write_text(json.dumps(components, indent=1, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
    _readme(components)
    return components


def extras() -> list[dict[str, object]]:
    """What is shipped but is not a Python distribution of the runtime tree."""
    items: list[dict[str, object]] = []
    python_licence = Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}" / \
        "LICENSE.txt"
    (OUT / "python").mkdir()
    shutil.copyfile(python_licence, OUT / "python" / "LICENSE.txt")
    items.append({"name": "Python", "licence": "PSF-2.0", "purpose": "the interpreter inside the bundle",
                  "purpose_th": "ตัวแปลภาษา Python ในชุดโปรแกรม",
                  "files": ["licenses/python/LICENSE.txt"]})
    (OUT / "qt").mkdir()
    for name in ("LGPL-3", "GPL-3"):
        shutil.copyfile(COMMON / name, OUT / "qt" / f"{name}.txt")
    items.append({"name": "Qt 6", "licence": "LGPL-3.0-only",
                  "purpose": "the window toolkit; its libraries are separate files in the bundle, "
                             "replaceable with another build of the same version",
                  "purpose_th": "ชุดเครื่องมือหน้าต่าง ไลบรารีเป็นไฟล์แยกในชุดโปรแกรม เปลี่ยนแทนได้",
                  "files": list(QT_TEXTS)})
    icu = Path("/usr/share/doc/libicu72/copyright")
    if icu.is_file():
        (OUT / "icu").mkdir()
        shutil.copyfile(icu, OUT / "icu" / "copyright.txt")
        items.append({"name": "ICU (shipped with Qt)", "licence": "Unicode-3.0 AND ICU",
                      "purpose": "Unicode text handling for Qt", "purpose_th": "จัดการข้อความ Unicode ให้ Qt",
                      "files": ["licenses/icu/copyright.txt"]})
    items.append({"name": "Noto Sans, Noto Sans Thai", "licence": "OFL-1.1",
                  "purpose": "the bundled fonts (Thai text)", "purpose_th": "แบบอักษรที่มากับโปรแกรม (ภาษาไทย)",
                  "files": ["fonts/OFL.txt"]})
    items.append({"name": "Sarabun", "licence": "OFL-1.1",
                  "purpose": "the looped Thai font for proof-reading values",
                  "purpose_th": "แบบอักษรไทยมีหัวสำหรับตรวจทานค่า", "files": ["fonts/OFL-Sarabun.txt"]})
    try:
        pyinstaller = distribution("pyinstaller")
    except PackageNotFoundError:
        pyinstaller = None
    if pyinstaller is not None:
        (OUT / "pyinstaller").mkdir()
        for path in _licence_files(pyinstaller):
            shutil.copyfile(path, OUT / "pyinstaller" / path.name)
        texts = sorted(f"licenses/pyinstaller/{p.name}" for p in (OUT / "pyinstaller").iterdir())
        items.append({"name": "PyInstaller bootloader", "purpose": "starts the bundle",
                      "purpose_th": "ตัวเริ่มชุดโปรแกรม", "files": texts,
                      "licence": "GPL-2.0-or-later WITH Bootloader-exception"})
    return items


def _readme(components: list[dict[str, object]]) -> None:
    lines = ["# Licences of what OCR Review Desk ships", "",
             "Generated by `scripts/collect_licences.py`; the same list is shown in Help > About.",
             "A Linux bundle also carries `system/`: the Debian copyright files of the system libraries",
             "PyInstaller copied into it (packaging/collect_system_licences.py).", "",
             "| component | licence | texts |", "|---|---|---|"]
    for item in components:
        files = ", ".join(f"`{name}`" for name in item["files"])  # type: ignore[union-attr]
        lines.append(f"| {item['name']} | {item['licence']} | {files} |")
    (OUT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    for item in collect():
        print(f"{item['name']}: {item['licence']}")
