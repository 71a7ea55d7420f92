"""Every failure the clerk can meet, as one sentence in English, Thai and Vietnamese.

A code maps to an `ErrorInfo`: what happened, what to do, and whether trying again can help.
Exceptions carry a code; they never carry a traceback to the user, and never a secret.
Exit statuses of `desktop-app ocr`: 2 bad input (nothing sent), 3 API or network failure.
"""

from __future__ import annotations

from dataclasses import dataclass

from .error_texts import ERRORS
from .error_texts_more import MORE_ERRORS
from .redact import redact
from .words import LANGUAGES, Text


@dataclass(frozen=True)
class ErrorInfo:
    """An error code's sentence in each language, and whether trying again may help."""

    code: str
    en: str
    th: str
    vi: str = ""
    retry: bool = False  # True when trying the same request again may succeed

    def text(self, language: str = "en") -> str:
        return self.words.get(language)

    @property
    def words(self) -> Text:
        """The sentence in every language (Vietnamese falls back to English only if never written)."""
        return Text(self.en, self.th, self.vi or self.en)


_RETRY = Text(" Trying again may help.", " ลองอีกครั้งอาจสำเร็จ", " Thử lại có thể sẽ thành công.")
_NO_RETRY = Text(" Sending the same request again will not help.", " การส่งคำขอเดิมซ้ำจะไม่ช่วย",
                 " Gửi lại đúng yêu cầu này cũng sẽ không giúp được.")
_CODE = Text(" (code {code})", " (รหัส {code})", " (mã {code})")


def _e(code: str, en: str, th: str, vi: str | bool = "", retry: bool = False) -> ErrorInfo:
    """An entry; the older form `_e(code, en, th, retry)` still reads right (and the tests then ask
    for its Vietnamese)."""
    if isinstance(vi, bool):
        return ErrorInfo(code, en, th, "", vi)
    return ErrorInfo(code, en, th, vi, retry)


# The sentences live in core/error_texts*.py (data): add a new code there, in all three languages
# (an `_e(...)` here works too; tests/test_core_words.py asks for English, Thai and Vietnamese).
CATALOGUE: dict[str, ErrorInfo] = {
    e.code: e
    for e in [
        *(ErrorInfo(*entry) for entry in (*ERRORS, *MORE_ERRORS)),
    ]
}


def describe(code: str) -> ErrorInfo:
    """The catalogue entry for `code`; unknown codes get a generic entry that still names them."""
    info = CATALOGUE.get(code)
    if info is not None:
        return info
    generic = CATALOGUE["http.other"]
    words = generic.words + _CODE.format(code=code)
    return ErrorInfo(code, words.en, words.th, words.vi, generic.retry)


def _pick(value: str | Text, language: str) -> str:
    """A placeholder's value in `language`: a `Text`, or the older pair "English|ไทย" (|Việt)."""
    if isinstance(value, Text):
        return value.get(language)
    parts = value.split("|")
    index = {"th": 1, "vi": 2}.get(language, 0)
    return parts[index] if index < len(parts) else parts[0]


def _fill(text: str, values: dict[str, str | Text], language: str) -> str:
    """`text` with its placeholders filled."""
    picked = {k: _pick(v, language) for k, v in values.items()}
    try:
        return text.format(**picked)
    except (KeyError, IndexError, ValueError):
        return text.replace("{what}", picked.get("what", "?"))


class AppError(Exception):
    """A failure with a catalogue code. `str()` is the clerk's sentence, never a traceback."""

    exit_status = 3

    def __init__(self, code: str, detail: str | None = None, *, http_status: int | None = None,
                 response_text: str | None = None, values: dict[str, str | Text] | None = None) -> None:
        self.code = code
        self.detail = redact(detail) if detail else None
        self.values = dict(values or {})  # fills the sentence's {placeholders} ("{what}")
        self.http_status = http_status
        self.response_text = response_text  # verbatim body when the API answered; kept for the record
        super().__init__(self.message())

    @property
    def info(self) -> ErrorInfo:
        return describe(self.code)

    @property
    def retry(self) -> bool:
        return self.info.retry

    # Whether a retry can help is said for answers of the service (a clerk's first thought is to
    # press Retry); input errors already say what to change, and nothing was sent.
    says_no_retry = False

    def message(self, language: str = "en") -> str:
        text = self.info.text(language)
        if "{" in text:
            text = _fill(text, self.values, language)
        if self.info.retry:
            text += _RETRY.get(language)
        elif self.says_no_retry:
            text += _NO_RETRY.get(language)
        return redact(text)

    def words(self) -> Text:
        """`message` in every language (what a page error keeps)."""
        return Text(*(self.message(lang) for lang in LANGUAGES))

    def __str__(self) -> str:
        return self.message("en")


class InputError(AppError):
    """Bad input or usage: nothing was sent, nothing was paid for."""

    exit_status = 2


class NetworkError(AppError):
    """The service could not be reached, or the connection broke."""


class ApiError(AppError):
    """The service answered with a documented error."""

    says_no_retry = True


class ResponseError(AppError):
    """The service answered with something undocumented (HTML, truncated JSON, wrong types)."""


class Cancelled(AppError):
    def __init__(self) -> None:
        super().__init__("cancelled")


class FileFormatError(AppError):
    exit_status = 2
