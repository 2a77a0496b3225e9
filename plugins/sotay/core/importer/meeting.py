"""Model-meeting reports (báo cáo, biên bản rút kinh nghiệm of a model meeting) -> the meeting they state.

What is read: the cell that met, the party organisation above it, the day of the meeting (not the day of the
report), regular or thematic, the cell type (from the cell's own name: "Chi bộ thôn …" is residential by
definition), members, attendance, speakers, and the review sections (ưu điểm, hạn chế, bài học kinh nghiệm)
with their points. A count or a name the text gives two different ways is left out, never picked.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..documents.docnumber import find_numbers
from ..textfold import fold
from .draft import Block, Draft, Meeting
from .text import dates_in

SECTION_TITLES = {"strengths": "Ưu điểm", "limitations": "Hạn chế", "lessons": "Bài học kinh nghiệm"}
_SECTIONS = {
    "strengths": {"uu diem", "nhung uu diem", "ve uu diem", "uu diem dat duoc", "mat duoc", "ket qua dat duoc"},
    "limitations": {"han che", "ton tai", "ton tai, han che", "han che, ton tai", "ton tai han che", "han che ton tai",
                    "nhung han che", "nhung ton tai", "nhung ton tai, han che", "nhung han che, ton tai", "ve han che"},
    "lessons": {"bai hoc kinh nghiem", "rut kinh nghiem", "nhung bai hoc kinh nghiem", "bai hoc", "bai hoc rut ra",
                "kinh nghiem rut ra", "cac bai hoc kinh nghiem"},
}
# Headings that end a review section without being one.
_OTHER_HEADINGS = ("nguyen nhan", "de xuat", "kien nghi", "phuong huong", "ket luan", "danh gia chung", "to chuc thuc hien",
                   "nhiem vu", "giai phap", "tinh hinh", "dien bien", "noi dung", "thanh phan", "thoi gian", "dia diem")
_NUMBERING = re.compile(r"^(?:[IVXL]{1,5}|\d{1,2}|[a-zđ])[.)]\s*|^[-+•*]\s*", re.IGNORECASE)
_HEADING_LENGTH = 80
_UNITS = ("tổ dân phố", "khu dân cư", "khu phố", "tiểu khu", "thôn", "bản", "ấp", "xóm", "làng", "buôn", "khóm", "sóc",
          "phum", "khu", "xã", "phường", "thị trấn", "huyện", "tỉnh")
# Words that may follow a cell's name: what a sentence says next ("Chi bộ thôn Giàng Tả tổ chức …").
_AFTER_NAME = ("tổ chức", "đã", "sinh hoạt", "có", "được", "trực thuộc", "thuộc", "với", "vào", "là", "do", "tại", "đạt",
               "gồm", "họp", "thực hiện", "tiến hành", "chọn", "về", "trong", "năm", "tháng", "ngày", "lần", "mẫu", "chuyên đề",
               "thường kỳ", "đến", "cùng", "nhằm", "để", "theo")
_CELL_TYPES = [
    ("khu-dan-cu", ("thôn", "bản", "tổ dân phố", "khu phố", "khu dân cư", "ấp", "xóm", "làng", "buôn", "khóm", "sóc", "phum",
                    "tiểu khu", "khu")),
    ("su-nghiep", ("trường", "bệnh viện", "trạm y tế", "trung tâm y tế", "trung tâm", "viện")),
    ("doanh-nghiep", ("công ty", "doanh nghiệp", "hợp tác xã", "nhà máy", "xí nghiệp")),
    ("luc-luong-vu-trang", ("quân sự", "công an", "đồn biên phòng", "ban chỉ huy quân sự", "tiểu đoàn", "đại đội")),
    ("co-quan", ("cơ quan", "văn phòng", "phòng", "ủy ban nhân dân", "ubnd", "sở", "ban")),
]
_MEMBERS = [r"chi bo (?:hien )?co (?:tong so )?(\d+) dang vien", r"tong so (?:dang vien|dv)(?: cua chi bo)?\s*:?\s*(\d+)",
            r"so dang vien (?:cua chi bo|hien co|trong chi bo)\s*:?\s*(\d+)",
            r"(?:co mat|du sinh hoat|tham du|du hop)\s*:?\s*\d+\s*/\s*(\d+)\s*(?:dong chi|dang vien)"]
_ATTENDED = [r"(?:co mat|du sinh hoat|tham du|du hop|so dang vien du|so dang vien co mat)\s*:?\s*(\d+)(?:\s*/\s*\d+)?\s*"
             r"(?:dong chi|dang vien|d/c)",
             r"(\d+)(?:\s*/\s*\d+)?\s*(?:dong chi|dang vien|d/c)\s*(?:co mat|du sinh hoat|tham du|du hop)\b",
             r"(?:so dang vien du|so dang vien co mat)\s*:\s*(\d+)"]
_SPEAKERS = [r"(\d+)\s*(?:dong chi|dang vien|d/c)\s*(?:tham gia )?phat bieu",
             r"(?:so dang vien phat bieu|so nguoi phat bieu|so dong chi phat bieu)\s*:?\s*(\d+)",
             r"co (\d+) (?:dong chi|dang vien) (?:tham gia )?(?:phat bieu|y kien)"]
_HELD = ("to chuc", "dien ra", "thoi gian", "tien hanh", "sinh hoat vao", "vao ngay", "hop vao")


def is_meeting_report(draft: Draft) -> bool:
    """A report on a model meeting: its title says so and it has at least one review section."""
    about = fold(" ".join(part for part in (draft.title, draft.subject) if part))
    if "sinh hoat" not in about or not (re.search(r"\bmau\b", about) or "rut kinh nghiem" in about or "chi dao diem" in about):
        return False
    return any(_section_of(block.text) for block in draft.body)


def read_meeting(draft: Draft) -> Draft:
    """The draft with the meeting it states, and its body's review sections as headings with one point each."""
    body, points = _review_sections(draft.body)
    texts = [draft.subject or draft.title or ""] + [block.text for block in draft.body]
    cell = _cell(draft, texts)
    meeting = Meeting(
        cell=cell, organization=_organization(draft, texts), date=_held_on(texts),
        meeting_type=_meeting_type(draft, texts), cell_type=_cell_type(cell),
        members=_count(_MEMBERS, texts), attended=_count(_ATTENDED, texts), speakers=_count(_SPEAKERS, texts),
        strengths=tuple(points["strengths"]), limitations=tuple(points["limitations"]), lessons=tuple(points["lessons"]),
    )
    return replace(draft, layout="meeting", body=tuple(body), meeting=meeting)


def _section_of(text: str) -> str | None:
    title = _heading_words(text)
    return next((name for name, titles in _SECTIONS.items() if title in titles), None)


def _heading_words(text: str) -> str:
    """"II. ƯU ĐIỂM:" -> "uu diem"; the words of a possible heading, folded, without numbering or colon."""
    head = text.split(":", 1)[0] if ":" in text[:40] else text
    return " ".join(fold(_NUMBERING.sub("", head.strip(), count=1)).strip(" .:").split())


def _review_sections(blocks: tuple[Block, ...]) -> tuple[list[Block], dict[str, list[str]]]:
    """Blocks with each review heading written as the section's own title and its points as list items."""
    out: list[Block] = []
    points: dict[str, list[str]] = {name: [] for name in _SECTIONS}
    current: str | None = None
    for block in blocks:
        if section := _section_of(block.text):
            current = section
            out.append(Block("h", SECTION_TITLES[section]))
            rest = block.text.split(":", 1)[1].strip() if ":" in block.text[:40] else ""
            if rest:
                points[section].append(rest)
                out.append(Block("li", rest))
        elif _is_other_heading(block, current):
            current = None
            out.append(Block("h", block.text))
        elif current:
            point = _NUMBERING.sub("", block.text, count=1).strip()
            points[current].append(point)
            out.append(Block("li", point))
        else:
            out.append(block)
    return out, points


def _is_other_heading(block: Block, current: str | None) -> bool:
    if block.kind == "h":
        return True
    if current is None or len(block.text) > _HEADING_LENGTH or block.text.endswith((".", ";")):
        return False
    return _heading_words(block.text).startswith(_OTHER_HEADINGS)


def _cell(draft: Draft, texts: list[str]) -> str | None:
    """The cell that met: named in the subject, else in the body (as written), else the issuer when it is a cell
    (its letter case rebuilt from capitals, so the last choice)."""
    for text in texts + ([draft.issuer] if draft.issuer else []):
        if name := cell_name(text):
            return name
    return None


def cell_name(text: str) -> str | None:
    """"Chi bộ thôn Giàng Tả" from "… Chi bộ thôn Giàng Tả tổ chức …"; None when the name does not end where a
    sentence goes on ("Chi bộ Phòng Giáo dục …" could be cut in the middle of the name)."""
    for match in re.finditer(r"\b[Cc]hi bộ\s+", text):
        words = text[match.end():].split()
        name = _unit_and_name(words)
        if name:
            return "Chi bộ " + name
    return None


def _unit_and_name(words: list[str]) -> str | None:
    """The name at the start of `words`: an optional unit word ("thôn"), then capitalised words or numbers, where
    a capitalised word may carry one lower-case syllable ("Công ty", "Giáo dục") and a unit may stand between
    ("Quân sự xã Phiêng Lu"). None when the name runs into words that do not follow a name."""
    taken, index = _unit_at(words, 0)
    named = False
    syllable = False  # the last word taken was capitalised: one lower-case syllable may follow
    while index < len(words):
        word = words[index]
        bare = word.rstrip(",.;:)")
        ahead = " ".join(words[index:index + 3])
        if not bare or not bare.replace("-", "").isalnum():
            break
        if bare[0].isupper() or bare.isdigit():
            taken.append(bare)
            named, syllable = True, not bare.isdigit()
        elif named and ahead.startswith(_AFTER_NAME):
            break
        elif named and (unit := _unit_at(words, index))[0] and index + len(unit[0]) < len(words) \
                and words[index + len(unit[0])][:1].isupper():
            taken += unit[0]
            index = unit[1]
            syllable = False
            continue
        elif syllable and bare.islower():
            taken.append(bare)
            syllable = False
        elif word in ("-", "và") and named:
            taken.append(word)
            syllable = False
        else:
            break
        index += 1
        if bare != word:
            return " ".join(taken) if named else None
    if not named:
        return None
    if index < len(words) and not (words[index][:1] in "(,.;:" or " ".join(words[index:index + 3]).startswith(_AFTER_NAME)):
        return None
    return " ".join(taken)


def _unit_at(words: list[str], index: int) -> tuple[list[str], int]:
    """(the unit word or words at `index`, the index after them), or ([], index)."""
    for unit in _UNITS:
        size = len(unit.split())
        if " ".join(words[index:index + size]) == unit:
            return words[index:index + size], index + size
    return [], index


def _organization(draft: Draft, texts: list[str]) -> str | None:
    """The party organisation above the cell: named in the text ("trực thuộc Đảng bộ xã …"), else the body above
    the issuing cell, else the reporting committee's own organisation (Đảng ủy xã X reports for Đảng bộ xã X)."""
    for text in texts:
        if match := re.search(r"(?:trực thuộc|thuộc)\s+(Đảng (?:bộ|ủy)\s+\S.*)", text):
            if name := _party_body(match[1]):
                return name
    if draft.issuer and fold(draft.issuer).startswith("chi bo") and draft.parent:
        return _party_body(draft.parent, whole=True)
    if draft.issuer and fold(draft.issuer).startswith(("dang uy", "dang bo")):
        return _party_body(draft.issuer, whole=True)
    return None


def _party_body(text: str, whole: bool = False) -> str | None:
    """"Đảng bộ xã Tả Van" from "Đảng ủy xã Tả Van …": the organisation whose committee is named. `whole`: the
    text is a name and nothing else (a header line), so a name this reader cannot delimit is taken whole."""
    match = re.match(r"Đảng (?:bộ|ủy|uỷ)\s+", text)
    if not match:
        return None
    rest = text[match.end():].strip(" .,;")
    name = _unit_and_name(rest.split()) or (rest if whole else None)
    return f"Đảng bộ {name}" if name else None


def _cell_type(cell: str | None) -> str | None:
    """The cell type its name says: "Chi bộ thôn …" residential, "Chi bộ Trường …" public service…"""
    if not cell:
        return None
    name = cell.removeprefix("Chi bộ ").lower()
    for slug, words in _CELL_TYPES:
        if any(name == word or name.startswith(word + " ") for word in words):
            return slug
    return None


def _meeting_type(draft: Draft, texts: list[str]) -> str | None:
    """thuong-ky or chuyen-de when the subject (else the body) names one kind of meeting only."""
    for scope in (texts[:1], texts[1:]):
        folded = fold(" ".join(scope))
        kinds = {slug for slug, words in (("chuyen-de", "chuyen de"), ("thuong-ky", "thuong ky")) if words in folded}
        if len(kinds) == 1:
            return kinds.pop()
        if kinds:
            return None
    return None


def _held_on(texts: list[str]):
    """The day of the meeting: a date in a sentence saying the meeting was held, not a cited document's date."""
    found = set()
    for text in texts[1:]:
        for sentence in re.split(r"(?<=[.;])\s+", text):
            folded = fold(sentence)
            if "sinh hoat" not in folded and "thoi gian" not in folded:
                continue
            if not any(word in folded for word in _HELD):
                continue
            cited = [(m.start, m.end) for m in find_numbers(sentence)]
            dates = [d for start, _, d in dates_in(sentence) if not any(s <= start < e for s, e in cited)]
            if dates:
                found.add(dates[0])
                break
        if found:
            break
    return found.pop() if len(found) == 1 else None


def _count(patterns: list[str], texts: list[str]) -> int | None:
    """The one number the patterns find in the text; None when none, or when two differ."""
    folded = fold(" ".join(texts))
    values = {int(m[1]) for pattern in patterns for m in re.finditer(pattern, folded)}
    return values.pop() if len(values) == 1 else None
