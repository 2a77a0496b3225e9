"""Recognise Vietnamese text stored in a legacy 8-bit encoding, so we can name it instead of showing mojibake.

The three encodings people still send around are told apart by their tell-tale bytes:
- TCVN3 (ABC): precomposed lowercase letters in 0xA1–0xFE, e.g. 0xB8 "á", 0xAE "đ", 0xA9 "â";
- VNI-Windows: an ASCII vowel followed by a mark letter of Windows-1252 ("aø" = à, "aù" = á, "ñ" = đ);
- Windows-1258: an ASCII vowel followed by a combining tone byte (0xCC, 0xEC, 0xD2, 0xDE, 0xF2).

Bytes alone confuse TCVN3 and VNI (both use most of 0xC0–0xFF). When the text can be decoded each
way, `choose_legacy_encoding` asks which decoding reads as Vietnamese: the one in which the most
common Vietnamese words appear.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

TCVN3 = "TCVN3 (ABC)"
VNI = "VNI-Windows"
CP1258 = "Windows-1258"

_CP1258_TONE = re.compile(rb"[AEIOUYaeiouy\xc2\xe2\xc3\xe3\xca\xea\xd4\xf4\xd5\xf5\xdd\xfd][\xcc\xec\xd2\xde\xf2]")
# VNI marks after a vowel: tones, circumflex (with tones), breve (with tones), in both cases.
_VNI_MARK = re.compile(rb"[AEIOUYaeiouy][\xf8\xf9\xfb\xf5\xef\xe2\xe0\xe1\xe5\xe3\xe4\xea\xe8\xe9\xfa\xfc\xeb"
                       rb"\xd8\xd9\xdb\xd5\xcf\xc2\xc0\xc1\xc5\xc3\xc4\xca\xc8\xc9\xda\xdc\xcb]")
_TCVN3_LETTERS = re.compile(rb"[\xa8-\xae\xb5-\xbe\xc6-\xd1\xd5-\xdc\xde-\xfe]")

# Words so common in any Vietnamese text on party work that a right decoding always shows several.
# Only words with letters beyond ASCII: plain ASCII words read the same in every decoding.
COMMON_WORDS = frozenset(word for word in (
    "của và các được trong những người việt đảng bộ chi sinh hoạt không này với có là một cho đã về để theo thực hiện "
    "năm ngày tháng số công tác đồng chí nội dung chức lãnh đạo viên chỉ thị hướng dẫn kế quy định cấp ủy uỷ tỉnh "
    "huyện xã nhân dân cơ sở kiểm tra đánh giá chất lượng nhiệm vụ trên dưới từ đến khi nhằm cần phải"
).split() if not word.isascii())
_WORD = re.compile(r"\w+")


def guess_legacy_encoding(data: bytes) -> str | None:
    """Name the legacy Vietnamese encoding `data` most likely uses, or None when nothing fits."""
    scores = {
        CP1258: len(_CP1258_TONE.findall(data)) * 3,
        VNI: len(_VNI_MARK.findall(data)) * 2 + data.count(b"\xf1"),
        TCVN3: len(_TCVN3_LETTERS.findall(data)),
    }
    best = max(scores, key=scores.get)
    return best if scores[best] >= 2 else None


def common_word_count(text: str) -> int:
    """How many words of `text` are among the most common Vietnamese words (case-insensitive)."""
    return sum(word in COMMON_WORDS for word in _WORD.findall(text.lower()))


def choose_legacy_encoding(data: bytes, decoders: Mapping[str, Callable[[bytes], str]]) -> str | None:
    """The encoding whose decoding of `data` reads most like Vietnamese, else the byte-pattern guess.

    `decoders` decode leniently (unknown bytes replaced), so a stray byte does not hide the right answer.
    """
    counts = {name: common_word_count(decode(data)) for name, decode in decoders.items()}
    best = max(counts, key=counts.get, default=None)
    if best is not None and counts[best] >= 2 and list(counts.values()).count(counts[best]) == 1:
        return best
    return guess_legacy_encoding(data)
