"""Bytes of an old document -> NFC text, converting the legacy Vietnamese encodings, or refusing by name.

Tables are written here from the published charsets (TCVN 5712:1993 VN3 as used by the ABC fonts, and
the VNI-Windows font layout); Windows-1258 is the standard library's codec followed by NFC composition.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable
from typing import NamedTuple

from ..documents.docnumber import find_numbers
from ..legacy_encoding import CP1258, TCVN3, VNI, choose_legacy_encoding, common_word_count

__all__ = ["Decoded", "ImportRefused", "TCVN3_TABLE", "VNI_LETTERS", "VNI_MARKS", "decode_bytes", "normalise_text"]

UTF8 = "UTF-8"


class ImportRefused(Exception):
    """A file the importer will not convert; the message says why, naming the encoding when it knows it."""


class Decoded(NamedTuple):
    text: str
    encoding: str


# TCVN3 (ABC): one byte per precomposed lower-case letter; only Ă Â Ê Ô Ơ Ư Đ exist in upper case (the
# ABC fonts draw capitals with a separate "H" font over the same lower-case codes).
TCVN3_TABLE: dict[int, str] = dict(zip(
    [0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE,
     0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB,
     0xCC, 0xCE, 0xCF, 0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE,
     0xDF, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEE,
     0xEF, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE],
    "ĂÂÊÔƠƯĐăâêôơưđ"
    "àảãáạằẳẵắặầẩẫấậ"
    "èẻẽéẹềểễếệìỉĩíị"
    "òỏõóọồổỗốộờởỡớợ"
    "ùủũúụừửữứựỳỷỹýỵ",
    strict=True,
))

# VNI-Windows: an ASCII vowel followed by a mark byte; a few letters have a byte of their own.
# Bytes are read as Windows-1252 characters, as VNI fonts lay them out.
VNI_LETTERS: dict[str, str] = dict(zip("ñÑöÖôÔìÌíÍæÆóÓòÒ", "đĐưƯơƠìÌíÍỉỈĩĨịỊ", strict=True))
_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT, _CIRCUMFLEX, _BREVE = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323", "\u0302", "\u0306"
VNI_MARKS: dict[str, str] = {
    "ø": _GRAVE, "ù": _ACUTE, "û": _HOOK, "õ": _TILDE, "ï": _DOT,
    "â": _CIRCUMFLEX, "à": _CIRCUMFLEX + _GRAVE, "á": _CIRCUMFLEX + _ACUTE, "å": _CIRCUMFLEX + _HOOK,
    "ã": _CIRCUMFLEX + _TILDE, "ä": _CIRCUMFLEX + _DOT,
    "ê": _BREVE, "è": _BREVE + _GRAVE, "é": _BREVE + _ACUTE, "ú": _BREVE + _HOOK, "ü": _BREVE + _TILDE, "ë": _BREVE + _DOT,
}
VNI_MARKS |= {mark.upper(): combining for mark, combining in VNI_MARKS.items()}
_VNI_LETTER = re.compile(f"([AEIOUYaeiouyôÔöÖ])([{''.join(VNI_MARKS)}])|[{''.join(VNI_LETTERS)}]")

# Letters of Vietnamese beyond ASCII: what a conversion may produce, and nothing else.
_VIETNAMESE = set("ăâêôơưđ" + "".join(TCVN3_TABLE.values()).lower())
_VIETNAMESE |= {c.upper() for c in _VIETNAMESE}
_ONLY_VIETNAMESE = {c for c in _VIETNAMESE if ord(c) > 0xFF}  # à, é… are French too; ạ, ư, đ… are not
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2028\u2029\ufeff]")


def decode_bytes(data: bytes) -> Decoded:
    """UTF-8 (with or without BOM), UTF-16 with BOM, or a legacy encoding recognised and converted."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(normalise_text(data.decode("utf-16")), "UTF-16")
        except UnicodeDecodeError:
            raise ImportRefused("tệp mở đầu như UTF-16 nhưng không đọc được; lưu lại với bảng mã UTF-8") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _legacy(data, choose_legacy_encoding(data, _LENIENT))
    return _unscramble(normalise_text(text))


def normalise_text(text: str) -> str:
    """NFC, LF line ends, no control or zero-width characters, no-break spaces as spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return unicodedata.normalize("NFC", _CONTROL.sub("", text))


def _legacy(data: bytes, encoding: str | None) -> Decoded:
    if encoding is None:
        raise ImportRefused("tệp không phải UTF-8 và không giống bảng mã tiếng Việt cũ nào (TCVN3, VNI, Windows-1258); "
                            "mở bằng trình soạn thảo rồi lưu với bảng mã UTF-8")
    if common_word_count(_LENIENT[encoding](data)) == 0:
        raise ImportRefused(f"tệp không phải UTF-8; gần nhất là bảng mã {encoding} nhưng chuyển ra không thấy từ tiếng Việt nào; "
                            "kiểm tra lại tệp hoặc chuyển sang UTF-8 bằng Unikey rồi nhập lại")
    try:
        return Decoded(normalise_text(_DECODERS[encoding](data)), encoding)
    except UnicodeDecodeError as exc:
        raise ImportRefused(f"tệp có vẻ dùng bảng mã {encoding} nhưng có byte {data[exc.start]:#04x} không thuộc bảng mã đó; "
                            "chuyển tệp sang UTF-8 bằng Unikey (công cụ chuyển mã) rồi nhập lại") from None


def _unscramble(text: str) -> Decoded:
    """UTF-8 text that is really a legacy document read as Windows-1252 ("§¶ng Céng s¶n") is converted back.

    Only when the text has no letter only Vietnamese uses (ư, ạ, đ…) and its conversion reads as
    Vietnamese (common words appear): "café crème" stays as it is.
    """
    if text.isascii() or any(c in _ONLY_VIETNAMESE for c in text):
        return Decoded(text, UTF8)
    try:
        data = text.encode("cp1252")
    except UnicodeEncodeError:
        return Decoded(text, UTF8)
    encoding = choose_legacy_encoding(data, _LENIENT)
    converted = _LENIENT[encoding](data) if encoding else ""
    if common_word_count(converted) < 2 or "\ufffd" in converted:
        return Decoded(text, UTF8)
    return Decoded(normalise_text(converted), f"{encoding} (đã bị đọc nhầm thành Windows-1252)")


def _tcvn3(data: bytes, strict: bool = True) -> str:
    chars = []
    for index, byte in enumerate(data):
        if byte < 0x80:
            chars.append(chr(byte))
        elif byte in TCVN3_TABLE:
            chars.append(TCVN3_TABLE[byte])
        elif byte == 0xA0:
            chars.append(" ")
        elif byte < 0xA0 and _cp1252_char(byte) != chr(byte):
            chars.append(_cp1252_char(byte))  # quotes and dashes from the font's Windows half
        elif strict:
            raise UnicodeDecodeError("tcvn3", data, index, index + 1, "not in TCVN3")
        else:
            chars.append("\ufffd")
    return "\n".join(_restore_capitals(line) for line in "".join(chars).split("\n"))


def _restore_capitals(line: str) -> str:
    """TCVN3 has no toned capitals: a line typed in capitals decodes as "ĐảNG CộNG SảN". Put them back.

    A line is in capitals when at least three ASCII letters outside document numbers are all upper case.
    """
    numbers = [(m.start, m.end) for m in find_numbers(line)]
    outside = "".join(c for i, c in enumerate(line) if not any(s <= i < e for s, e in numbers))
    ascii_letters = [c for c in outside if c.isascii() and c.isalpha()]
    if len(ascii_letters) < 3 or not all(c.isupper() for c in ascii_letters):
        return line
    pieces, last = [], 0
    for start, end in numbers:
        pieces += [line[last:start].upper(), line[start:end]]
        last = end
    return "".join(pieces) + line[last:].upper()


def _vni(data: bytes) -> str:
    """One pass, so a letter just made ("ò" from "oø") is never read again as a VNI code ("ò" is ị)."""
    return _VNI_LETTER.sub(_vni_letter, "".join(_cp1252_char(byte) for byte in data))


def _vni_letter(match: re.Match[str]) -> str:
    if match[2] is None:
        return VNI_LETTERS[match[0]]
    base = VNI_LETTERS.get(match[1], match[1])
    letter = unicodedata.normalize("NFC", base + VNI_MARKS[match[2]])
    return letter if len(letter) == 1 and letter in _VIETNAMESE else base + match[2]


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)  # the five holes of Windows-1252 pass through as their Latin-1 code points


def _cp1258(data: bytes, strict: bool = True) -> str:
    return data.decode("cp1258", errors="strict" if strict else "replace")


_DECODERS: dict[str, Callable[[bytes], str]] = {TCVN3: _tcvn3, VNI: _vni, CP1258: _cp1258}
_LENIENT: dict[str, Callable[[bytes], str]] = {
    TCVN3: lambda data: _tcvn3(data, strict=False), VNI: _vni, CP1258: lambda data: _cp1258(data, strict=False)}
