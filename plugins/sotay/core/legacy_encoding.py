"""Recognise Vietnamese text stored in a legacy 8-bit encoding, so we can name it instead of showing mojibake.

The three encodings people still send around are told apart by their tell-tale bytes:
- TCVN3 (ABC): precomposed lowercase letters in 0xA1–0xFE, e.g. 0xB8 "á", 0xAE "đ", 0xA9 "â";
- VNI-Windows: an ASCII vowel followed by a mark letter of Windows-1252 ("aø" = à, "aù" = á, "ñ" = đ);
- Windows-1258: an ASCII vowel followed by a combining tone byte (0xCC, 0xEC, 0xD2, 0xDE, 0xF2).
"""

from __future__ import annotations

import re

TCVN3 = "TCVN3 (ABC)"
VNI = "VNI-Windows"
CP1258 = "Windows-1258"

_CP1258_TONE = re.compile(rb"[AEIOUYaeiouy\xc2\xe2\xc3\xe3\xca\xea\xd4\xf4\xd5\xf5\xdd\xfd][\xcc\xec\xd2\xde\xf2]")
_VNI_MARK = re.compile(rb"[AEIOUYaeiouy][\xf8\xf9\xfb\xf5\xef\xe2\xe4\xe0\xe1\xe3\xe5]")
_TCVN3_LETTERS = re.compile(rb"[\xa8-\xae\xb5-\xbe\xc6-\xd1\xd5-\xdc\xde-\xfe]")


def guess_legacy_encoding(data: bytes) -> str | None:
    """Name the legacy Vietnamese encoding `data` most likely uses, or None when nothing fits."""
    scores = {
        CP1258: len(_CP1258_TONE.findall(data)) * 3,
        VNI: len(_VNI_MARK.findall(data)) * 2 + data.count(b"\xf1"),
        TCVN3: len(_TCVN3_LETTERS.findall(data)),
    }
    best = max(scores, key=scores.get)
    return best if scores[best] >= 2 else None
