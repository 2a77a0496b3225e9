"""Write text in the legacy encodings, for test inputs: the exact inverse of the importer's tables."""

from __future__ import annotations

import unicodedata

from sotay.core.importer.encoding import TCVN3_TABLE, VNI_LETTERS, VNI_MARKS

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_TCVN3 = {char: bytes([byte]) for byte, char in TCVN3_TABLE.items()}


def tcvn3(text: str) -> bytes:
    """Capitals with tone marks are written with the lower-case code, as the ABC fonts do."""
    return b"".join(c.encode("ascii") if c.isascii() else _TCVN3.get(c) or _TCVN3.get(c.lower()) or c.encode("cp1252") for c in text)


def _vni_codes() -> dict[str, bytes]:
    codes = {letter: code.encode("cp1252") for code, letter in VNI_LETTERS.items()}
    for base in "AEIOUYaeiouyôÔöÖ":
        for mark in VNI_MARKS:
            if (mark.isupper() or not mark.isalpha()) != (base.isupper() or not base.isalpha()):
                continue  # upper-case letters take upper-case marks
            letter = unicodedata.normalize("NFC", VNI_LETTERS.get(base, base) + VNI_MARKS[mark])
            if len(letter) == 1:
                codes.setdefault(letter, (base + mark).encode("cp1252"))
    return codes


_VNI = _vni_codes()


def vni(text: str) -> bytes:
    return b"".join(c.encode("ascii") if c.isascii() else _VNI[c] for c in text)


def cp1258(text: str) -> bytes:
    """Letters Windows-1258 lacks are written as base letter + combining tone byte."""
    out = []
    for char in text:
        try:
            out.append(char.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            tone = "".join(c for c in parts if c in _TONES)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
            out.append(base.encode("cp1258") + tone.encode("cp1258"))
    return b"".join(out)
