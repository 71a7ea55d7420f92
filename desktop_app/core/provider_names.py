"""What an OCR service and its options are called in the clerk's language (en, th, vi)."""

from __future__ import annotations

from typing import Any

from .words_providers import OPTIONS_VI, TITLES_VI


def provider_title(provider: Any, language: str) -> str:
    """The provider's title; Vietnamese from core/words_providers.py, English where none is kept."""
    if language == "th":
        return provider.title_th
    if language == "vi":
        return TITLES_VI.get(provider.id, provider.title_en)
    return provider.title_en


def option_label(spec: Any, language: str) -> str:
    """An `OptionSpec`'s label in `language`."""
    if language == "th":
        return spec.label_th
    if language == "vi":
        return OPTIONS_VI.get(spec.name, spec.label_en)
    return spec.label_en
