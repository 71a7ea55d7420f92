"""Title words (นาย, นาง, นางสาว, ด.ช., ด.ญ.; Mr, Mrs, Miss, Ms, Master) against each other.

The ID card prints the Thai name with its title and the English one with its own; the API also
splits them (`title_th`, `title_en`). The passport has both names and the sex. A title that does
not go with another one on the same document (นาย with Miss, นาง with Miss, Mr with sex F) is a
warning on each field concerned; which side is misread is for the clerk to see on the image.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from desktop_app.core import words
from desktop_app.core.model import Check

from ._base import clean, warning

Context = Mapping[str, str | None]

# Thai spellings, longest first (นางสาว before นาง), and what each one stands for.
_THAI = (("นางสาว", "นางสาว"), ("น.ส.", "นางสาว"), ("เด็กชาย", "ด.ช."), ("ด.ช.", "ด.ช."),
         ("เด็กหญิง", "ด.ญ."), ("ด.ญ.", "ด.ญ."), ("นาง", "นาง"), ("นาย", "นาย"))
_ENGLISH = {"MR": "Mr", "MRS": "Mrs", "MISS": "Miss", "MS": "Ms", "MASTER": "Master", "MSTR": "Master"}
# The English titles a Thai title may be written as.
_MATCHES = {"นาย": {"Mr"}, "นาง": {"Mrs", "Ms"}, "นางสาว": {"Miss", "Ms"}, "ด.ช.": {"Master"},
            "ด.ญ.": {"Miss"}}
_SEX = {"Mr": "M", "Master": "M", "Mrs": "F", "Miss": "F", "Ms": "F"}
_SEX_OF_FIELD = {"M": "M", "MALE": "M", "ชาย": "M", "F": "F", "FEMALE": "F", "หญิง": "F"}

# Per document type: the fields holding a Thai title, those holding an English one.
THAI_TITLE_KEYS = {
    "thai_id_card": ("title_th", "title_name_surname_th"),
    "passport": ("title_name_surname_th",),
}
ENGLISH_TITLE_KEYS = {
    "thai_id_card": ("title_en", "title_name_en"),
    "passport": ("title_name_en",),
}


def thai_title(value: str | None) -> str | None:
    """The Thai title a value starts with (glued or not: `นายสมมุติ`), in its usual form."""
    text = clean(value or "")
    for spelling, title in _THAI:
        if text.startswith(spelling):
            return title
    return None


def english_title(value: str | None) -> str | None:
    words = clean(value or "").split()
    if not words:
        return None
    return _ENGLISH.get(re.sub(r"[.,]", "", words[0]).upper())


def _other_titles(doc_type: str, key: str, context: Context) -> list[tuple[str, str, bool]]:
    """(key, title, is_thai) of the other title-bearing fields on the document."""
    out = []
    for k in THAI_TITLE_KEYS.get(doc_type, ()):
        if k != key and (t := thai_title(context.get(k))):
            out.append((k, t, True))
    for k in ENGLISH_TITLE_KEYS.get(doc_type, ()):
        if k != key and (t := english_title(context.get(k))):
            out.append((k, t, False))
    return out


def _fits(a: str, a_thai: bool, b: str, b_thai: bool) -> bool:
    if a_thai == b_thai:
        return a == b
    thai, english = (a, b) if a_thai else (b, a)
    return english in _MATCHES[thai]


def check_titles(doc_type: str, key: str, value: str, context: Context) -> list[Check]:
    is_thai = key in THAI_TITLE_KEYS.get(doc_type, ())
    if not is_thai and key not in ENGLISH_TITLE_KEYS.get(doc_type, ()):
        return []
    title = thai_title(value) if is_thai else english_title(value)
    if title is None:
        return []
    clashes = [(k, t) for k, t, t_thai in _other_titles(doc_type, key, context)
               if not _fits(title, is_thai, t, t_thai)]
    checks = []
    if clashes:
        others = ", ".join(f"{t} ({k})" for k, t in clashes)
        checks.append(warning("name.title_mismatch",
                              words.text("check.name.title_mismatch", title=title, others=others)))
    sex = _SEX_OF_FIELD.get(clean(context.get("sex") or "").upper().rstrip("."))
    english = title if not is_thai else next(iter(sorted(_MATCHES[title])))
    if sex and _SEX[english] != sex:
        checks.append(warning("name.title_sex_mismatch",
                              words.text("check.name.title_sex_mismatch", title=title, sex=sex)))
    return checks
