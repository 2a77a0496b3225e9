"""Folding Vietnamese to plain letters (marks removed, đ -> d) for ids, slugs and matching."""

from __future__ import annotations

import re
import unicodedata

_FOLD_TABLE = {code: None for code in range(0x300, 0x370)} | {ord("đ"): "d"}


def fold(text: str) -> str:
    """Lowercase text without tone and vowel marks, `đ` as `d`: "Đảng bộ" -> "dang bo"."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", text.lower()).translate(_FOLD_TABLE))


MAX_SLUG = 80  # a slug names a file: well below any file system's limit, and short enough to read in an address


def slugify(text: str) -> str:
    """URL-safe slug of a Vietnamese title: "Sinh hoạt chuyên đề" -> "sinh-hoat-chuyen-de"; a long one is cut
    at a word boundary to MAX_SLUG characters."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return slug if len(slug) <= MAX_SLUG else slug[:MAX_SLUG + 1].rsplit("-", 1)[0][:MAX_SLUG].strip("-")
