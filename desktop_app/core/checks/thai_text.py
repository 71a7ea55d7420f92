"""Thai spelling pitfalls of OCR: sequences that look right on screen and compare wrong.

Our own small rules, not PyThaiNLP's `normalize` (docs/adr/0009-thai-text-normalisation.md):

- Sara Am written as Nikhahit + Sara Aa (U+0E4D U+0E32 -> U+0E33), a tone mark between them
  moved before Sara Am (`น ํ ้ า` -> `น ้ ำ`);
- a tone mark or Thanthakhat typed before an above/below vowel (`ก ่ ี` -> `ก ี ่`);
- Sara Am typed before its tone mark (`ก ำ ้` -> `ก ้ ำ`);
- two Sara E for one Sara Ae (`เเ` -> `แ`);
- zero-width characters next to Thai letters (ZWSP, ZWNJ, ZWJ, word joiner, BOM).

Each rule only reorders or joins what is there: no letter is guessed. Invisible and bidi control
characters elsewhere in a value are the hostile-input check's business, not this one's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.core import words

from ._base import MAX_LEN, FieldCheckResult, warning

TONES = "\u0e48\u0e49\u0e4a\u0e4b"  # mai ek, mai tho, mai tri, mai chattawa
THANTHAKHAT = "\u0e4c"
ABOVE_BELOW = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47"
NIKHAHIT, SARA_AA, SARA_AM = "\u0e4d", "\u0e32", "\u0e33"
SARA_E, SARA_AE = "\u0e40", "\u0e41"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_THAI = "\u0e01-\u0e5b"


@dataclass(frozen=True)
class Rule:
    """One spelling rule for Thai text: what it finds and what it suggests instead."""

    id: str
    en: str
    th: str
    pattern: re.Pattern[str]
    replacement: str


RULES: tuple[Rule, ...] = (
    Rule("zero_width", "a zero-width character inside Thai text", "อักขระความกว้างศูนย์ในข้อความไทย",
         re.compile(rf"(?<=[{_THAI}])[{ZERO_WIDTH}]+|[{ZERO_WIDTH}]+(?=[{_THAI}])"), ""),
    Rule("sara_am", "Sara Am written as Nikhahit + Sara Aa", "สระอำเขียนเป็นนิคหิต + สระอา",
         re.compile(rf"{NIKHAHIT}([{TONES}]?){SARA_AA}"), rf"\1{SARA_AM}"),
    Rule("tone_order", "a tone mark typed before its vowel", "วรรณยุกต์อยู่ก่อนสระ",
         re.compile(rf"([{TONES}{THANTHAKHAT}])([{ABOVE_BELOW}])"), r"\2\1"),
    Rule("am_tone_order", "a tone mark typed after Sara Am", "วรรณยุกต์อยู่หลังสระอำ",
         re.compile(rf"{SARA_AM}([{TONES}])"), rf"\1{SARA_AM}"),
    Rule("double_sara_e", "two Sara E for one Sara Ae", "สระเอสองตัวแทนสระแอ",
         re.compile(rf"{SARA_E}{SARA_E}"), SARA_AE),
)


def normalize(text: str) -> tuple[str, list[Rule]]:
    """(the fixed text, the rules that changed it)."""
    applied: list[Rule] = []
    for rule in RULES:
        fixed = rule.pattern.sub(rule.replacement, text)
        if fixed != text:
            applied.append(rule)
            text = fixed
    return text, applied


def check_thai_text(value: str) -> FieldCheckResult:
    """A warning naming what was found, the fixed form as suggestion and as `normalized`."""
    if len(value) > MAX_LEN * 5 or not re.search(f"[{_THAI}]", value):
        return FieldCheckResult()
    fixed, applied = normalize(value)
    if not applied:
        return FieldCheckResult()
    return FieldCheckResult(
        [warning(
            "thai.spelling",
            words.text("check.thai.spelling", rules=words.text("thai.rules.separator").join(
                [words.text(f"thai.rule.{r.id}") for r in applied])),
            fixed,
        )],
        normalized=fixed,
    )
