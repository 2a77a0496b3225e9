"""Folding Vietnamese to plain ASCII-like text (marks removed, đ -> d) for ids, slugs and matching."""

from __future__ import annotations

import re
import unicodedata

_MARKS = re.compile(r"[\u0300-\u036f]")
_D = str.maketrans({"đ": "d", "Đ": "d"})


def fold(text: str) -> str:
    """Lowercase text without tone or vowel marks: "Đảng bộ" -> "dang bo"."""
    return unicodedata.normalize("NFC", _MARKS.sub("", unicodedata.normalize("NFD", text))).translate(_D).lower()


def slugify(text: str) -> str:
    """URL-safe slug of a Vietnamese title: "Sinh hoạt chuyên đề" -> "sinh-hoat-chuyen-de"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
