"""Folding Vietnamese to plain letters (marks removed, đ -> d) for ids, slugs and matching."""

from __future__ import annotations

import re
import unicodedata

_FOLD_TABLE = {code: None for code in range(0x300, 0x370)} | {ord("đ"): "d"}


def fold(text: str) -> str:
    """Lowercase text without tone and vowel marks, `đ` as `d`: "Đảng bộ" -> "dang bo"."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", text.lower()).translate(_FOLD_TABLE))


def slugify(text: str) -> str:
    """URL-safe slug of a Vietnamese title: "Sinh hoạt chuyên đề" -> "sinh-hoat-chuyen-de"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
