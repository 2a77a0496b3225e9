"""Names in party documents: bodies written in capitals put into sentence case, people told from positions.

The header of a party document writes its bodies in capitals ("ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH ĐIỆN BIÊN"); the
site shows them as Vietnamese writes names of organisations: the organ's own name capitalised ("Đảng ủy",
"Ban Thường vụ", "Tỉnh ủy", "Đảng"), the unit word in lower case ("tỉnh", "xã", "thôn") and the place after
it capitalised ("Điện Biên"), the rest in lower case ("các cơ quan").
"""

from __future__ import annotations

import re

from ..textfold import fold

# Organs and words that keep their capitals wherever they stand, longest first (matched on lower case with marks,
# since "BAN" (a board) and "BẢN" (a village) differ only there).
_ORGANS = {
    "ban chấp hành trung ương": "Ban Chấp hành Trung ương", "ban chấp hành": "Ban Chấp hành",
    "ban thường vụ": "Ban Thường vụ", "ban bí thư": "Ban Bí thư", "bộ chính trị": "Bộ Chính trị",
    "ban tổ chức": "Ban Tổ chức", "ban tuyên giáo": "Ban Tuyên giáo", "ban dân vận": "Ban Dân vận",
    "ban nội chính": "Ban Nội chính", "ban kinh tế": "Ban Kinh tế", "ban tuyên giáo và dân vận": "Ban Tuyên giáo và Dân vận",
    "ủy ban kiểm tra": "Ủy ban Kiểm tra", "uỷ ban kiểm tra": "Ủy ban Kiểm tra", "văn phòng": "Văn phòng",
    "trung ương": "Trung ương", "đảng ủy": "Đảng ủy", "đảng uỷ": "Đảng ủy", "đảng bộ": "Đảng bộ", "chi bộ": "Chi bộ",
    "đảng đoàn": "Đảng đoàn", "ban cán sự đảng": "Ban cán sự đảng", "đảng": "Đảng", "khối": "Khối",
    "quân sự": "Quân sự", "công an": "Công an", "biên phòng": "Biên phòng",
}
# A committee named after its place: what follows is the place's name ("TỈNH ỦY BÌNH AN").
_PLACE_COMMITTEES = {"tỉnh ủy": "Tỉnh ủy", "tỉnh uỷ": "Tỉnh ủy", "huyện ủy": "Huyện ủy", "huyện uỷ": "Huyện ủy",
                     "thành ủy": "Thành ủy", "thành uỷ": "Thành ủy", "quận ủy": "Quận ủy", "quận uỷ": "Quận ủy",
                     "thị ủy": "Thị ủy", "thị uỷ": "Thị ủy"}
# Administrative units: the word stays in lower case, the name after it is capitalised ("thôn Giàng Tả").
_UNITS = ("tổ dân phố", "khu dân cư", "khu phố", "tiểu khu", "thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận",
          "phường", "xã", "thôn", "bản", "ấp", "xóm", "làng", "buôn", "khóm", "sóc", "phum")
# Institutions: their whole name is capitalised ("Trường THCS Hòa Bình").
_INSTITUTIONS = ("trường", "bệnh viện", "trạm y tế", "trung tâm", "công ty", "hợp tác xã", "ngân hàng", "đồn", "sở", "viện",
                 "cục", "chi cục", "kho bạc")
_ACRONYM = re.compile(r"^[A-ZĐ]{2,6}$")
_ACRONYMS = {"UBND", "MTTQ", "THPT", "TNHH", "MTV", "CP", "QĐND", "CAND", "BCH", "BTV", "TW"}
_VOWELS = set("aăâeêioôơuưy")
# Positions in a signature block or a body's name: a cell holding one is no person's name. Matched with their
# marks: "Văn Phong" is a name, "Văn phòng" an office.
POSITION_WORDS = ("bí thư", "thường vụ", "thường trực", "trưởng ban", "trưởng phòng", "chánh văn phòng", "ủy viên",
                  "uỷ viên", "chủ nhiệm", "giám đốc", "chủ tịch", "tổ trưởng", "hiệu trưởng", "phó ", "ban chấp hành",
                  "đảng ủy", "đảng uỷ", "chi bộ", "chi ủy", "tỉnh ủy", "huyện ủy", "thành ủy", "văn phòng", "ban tổ chức",
                  "ban tuyên giáo", "đảng bộ", "chính ủy")


def sentence_case(name: str) -> str:
    """"ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH ĐIỆN BIÊN" -> "Đảng ủy các cơ quan Đảng tỉnh Điện Biên"; a name already
    in mixed case is kept as written."""
    words = name.split()
    if not words or name != name.upper():
        return " ".join(words)
    out: list[str] = []
    index = 0
    naming = False  # inside a proper name: after a unit word, a committee of a place, or an institution
    named = 0  # words of the name taken so far: its first word is never a unit ("THÔN BẢN MỚI" is thôn Bản Mới)
    while index < len(words):
        taken = None if naming and not named else _phrase_at(words, index)
        if taken:
            size, written, starts_name = taken
            out.append(written)
            naming, named = starts_name, 0
            index += size
            continue
        word = words[index]
        named += 1
        if out and out[-1] == "Khối" and word != "CÁC":  # the bloc's own name: "Khối Doanh nghiệp", "Khối các cơ quan"
            out.append(word.capitalize())
        elif naming:
            out.append(word if _keeps_capitals(word) else "số" if word == "SỐ" else word.capitalize())
        else:
            out.append(word if _keeps_capitals(word) else word.lower())
        index += 1
    text = " ".join(out)
    return text[0].upper() + text[1:]


def _phrase_at(words: list[str], index: int) -> tuple[int, str, bool] | None:
    """(words taken, as written, whether a proper name follows) for a known phrase starting at `index`."""
    for size in (5, 4, 3, 2, 1):
        lower = " ".join(words[index:index + size]).lower()
        if len(words) - index < size:
            continue
        if lower in _PLACE_COMMITTEES:
            return size, _PLACE_COMMITTEES[lower], True
        if lower in _ORGANS:
            return size, _ORGANS[lower], False
        if lower in _UNITS:
            return size, lower, True
        if lower in _INSTITUTIONS:
            return size, lower.capitalize(), True
    return None


def _keeps_capitals(word: str) -> bool:
    """An acronym such as THCS, UBND, HĐND: capitals without a vowel, or one of the common codes that have one."""
    return word in _ACRONYMS or (bool(_ACRONYM.match(word)) and not any(c in _VOWELS for c in fold(word)))


def is_position(text: str) -> bool:
    """A position or body, not a person: "PHÓ BÍ THƯ", "T/M BAN THƯỜNG VỤ", "Chánh Văn phòng"."""
    lower = " " + " ".join(text.lower().split()) + " "
    return any(f" {word}" in lower for word in POSITION_WORDS)


def person_name(text: str) -> str | None:
    """`text` as a person's name in title case ("TRẦN VĂN BA" -> "Trần Văn Ba"), or None when it is not one:
    two to six words of letters, all capitalised or all in capitals, naming no position."""
    words = text.split()
    if not 2 <= len(words) <= 6 or not all(w.isalpha() for w in words) or is_position(text):
        return None
    if all(w.isupper() for w in words):
        return " ".join(w.capitalize() for w in words)
    if all(w[0].isupper() and (len(w) == 1 or w[1:].islower()) for w in words):
        return " ".join(words)
    return None
