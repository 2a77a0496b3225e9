"""OCR slips corrected from the domain's own vocabulary, in a scan or in a text copied from one.

Tesseract's Vietnamese model reads marks wrongly more often than letters: "ĐẲNG" for "ĐẢNG", "chỉ bộ" for
"chi bộ", "tố chức" for "tổ chức". A pair or triple of words that folds (marks removed) to one of the
domain's phrases, but is not that phrase, is put back as the phrase, in the case it was read in. Phrases come
from the meeting types, the document kinds, and the words of party documents listed here; a folded form
shared by two phrases is left alone, since then the text could mean either.
"""

from __future__ import annotations

import re
from functools import cache

from .. import vocabulary
from ..documents.docnumber import TYPE_CODES
from ..textfold import fold

_PHRASES = """
đảng cộng sản việt nam; đảng bộ; đảng ủy; đảng viên; chi bộ; chi ủy; cấp ủy; tổ chức; tổ chức đảng; tổ đảng;
sinh hoạt; sinh hoạt chi bộ; thường kỳ; chuyên đề; bí thư; phó bí thư; ban thường vụ; thường trực; ban chấp hành;
ban tổ chức; ban tuyên giáo; ban dân vận; ủy ban kiểm tra; văn phòng; tỉnh ủy; huyện ủy; thành ủy; trung ương;
nghị quyết; chỉ thị; kết luận; quyết định; quy định; hướng dẫn; kế hoạch; thông báo; công văn; báo cáo;
biên bản; tờ trình; chương trình; quy chế; kính gửi; nơi nhận; căn cứ; thực hiện; đã ký; thay mặt; ký thay;
như trên; lưu văn phòng; chất lượng; nâng cao; đổi mới; nội dung; hình thức; phê bình; tự phê bình;
ưu điểm; hạn chế; tồn tại; bài học kinh nghiệm; rút kinh nghiệm; đảng viên dự; phát biểu; đồng chí;
điều lệ đảng; cơ sở; trực thuộc; khu dân cư; tổ dân phố; cơ quan; đơn vị; doanh nghiệp; lực lượng vũ trang;
đánh giá; xếp loại; chấm điểm; tiêu chí; biểu quyết; thông qua; nghị quyết chi bộ; thời sự; quán triệt
"""
_WORD = re.compile(r"\w+")
_LONGEST = 5  # words in the longest phrase ("đảng cộng sản việt nam")
_NOT_WORD = re.compile(r"[^\w\s]")


@cache
def _phrases() -> dict[str, str | None]:
    """Folded phrase -> the phrase (None when two phrases fold alike). Whole phrases only: a piece of one ("chi bộ
    cơ" of "chi bộ cơ quan") would turn words that are right ("Chi bộ có …") into the phrase."""
    words = [p.strip() for p in _PHRASES.replace("\n", " ").split(";")]
    words += [vocabulary.label("meeting_types", slug).lower() for slug in vocabulary.values("meeting_types")]
    words += [name.lower() for name in TYPE_CODES.values()]
    table: dict[str, str | None] = {}
    for phrase in {" ".join(_NOT_WORD.sub(" ", w).split()) for w in words}:
        if len(phrase.split()) >= 2:
            key = fold(phrase)
            table[key] = phrase if table.get(key, phrase) == phrase else None
    return table


def correct_ocr(line: str) -> str:
    """`line` with the domain's phrases that OCR misread put back, and "Đẳng"/"ĐẲNG" (the Party, never the
    "đẳng" of "bình đẳng" in capitals) read as "Đảng"."""
    words = list(_WORD.finditer(line))
    table = _phrases()
    pieces: list[str] = []
    last = index = 0
    while index < len(words):
        for size in range(_LONGEST, 1, -1):
            group = words[index:index + size]
            if len(group) < size or not _adjacent(line, group):
                continue
            start, end = group[0].start(), group[-1].end()
            phrase = table.get(fold(line[start:end]))
            if phrase is None:
                continue
            if line[start:end].lower() != phrase:
                pieces += [line[last:start], _in_case_of(line[start:end], phrase)]
                last = end
            index += size
            break
        else:
            index += 1
    return _party("".join(pieces) + line[last:])


def _adjacent(line: str, group: list[re.Match[str]]) -> bool:
    return all(line[a.end():b.start()] == " " for a, b in zip(group, group[1:]))


def _in_case_of(written: str, phrase: str) -> str:
    """`phrase` in the letter case of `written`, word by word: capitals, capitalised or lower case."""
    out = []
    for model, word in zip(written.split(), phrase.split()):
        out.append(word.upper() if model.isupper() and len(model) > 1 else word.capitalize() if model[0].isupper() else word)
    return " ".join(out)


_PARTY = re.compile(r"(?<![\w])(?<!BÌNH )(?<!Bình )(?<!bình )(ĐẲNG|Đẳng)(?!\w)")


def _party(line: str) -> str:
    return _PARTY.sub(lambda m: "ĐẢNG" if m[1] == "ĐẲNG" else "Đảng", line)
