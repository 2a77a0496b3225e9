"""What `sotay review` shows of a draft: each field beside the source lines that state it, and what is missing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .. import vocabulary
from ..dates import format_date, parse_date
from ..documents.docnumber import find_numbers, parse_number
from ..textfold import fold
from .text import dates_in

ORIGIN_LABEL = "Tệp gốc: "  # ends a draft's first comment, followed by the path the file was imported from

# The fields a source states (form and status are the base's own, never in the source).
FIELD_LABELS = {
    "title": "tiêu đề", "summary": "tóm tắt", "number": "số hiệu",
    "issuer": "cơ quan ban hành", "signer": "người ký", "issued": "ngày ban hành", "based_on": "căn cứ",
    "sources": "nguồn", "cell": "tên chi bộ", "organization": "đảng bộ cấp trên", "date": "ngày sinh hoạt",
    "meeting_type": "loại sinh hoạt", "cell_type": "loại hình chi bộ", "members": "số đảng viên",
    "attended": "số đảng viên dự", "speakers": "số đảng viên phát biểu",
}
_ORIGIN = re.compile(r"^# Bản nháp do `sotay import` .*?" + re.escape(ORIGIN_LABEL) + r"(?P<origin>.+)$", re.M)
_DATES = ("issued", "date")
_SLUGS = {"meeting_type": "meeting_types", "cell_type": "cell_types"}
_WINDOW = 3  # lines: a name the header wraps over two or three lines is found across them
_MAX_PLACES = 3  # lines shown for one field: a count or a common word can appear everywhere


@dataclass(frozen=True)
class ShownField:
    label: str
    value: str
    lines: tuple[int, ...]  # indexes of the source lines that state the value; empty when none does as written


def origin_of(text: str) -> str | None:
    """The path the draft was imported from, as its first comment records it (None once a person removed it)."""
    match = _ORIGIN.search(text)
    return match["origin"] if match else None


def shown_fields(meta: dict, lines: list[str]) -> list[ShownField]:
    """The draft's fields in the order of FIELD_LABELS, each with where the source states it: a date as a date, a
    controlled slug by its label ("chuyen-de" is found where the text says "chuyên đề")."""
    shown = []
    for name, label in FIELD_LABELS.items():
        if name not in meta:
            continue
        value = meta[name]
        if name in _DATES and isinstance(value, str):
            value = parse_date(value) or value
        if name in _SLUGS and isinstance(value, str):
            words = vocabulary.label(_SLUGS[name], value)
            shown.append(ShownField(label, f"{value} ({words})", locate(words.split("(")[0].strip(), lines)))
        else:
            shown.append(ShownField(label, _shown(value), locate(value, lines)))
    return shown


def locate(value, lines: list[str]) -> tuple[int, ...]:
    """The lines that state `value`: a date however it is written, a document number in any spelling, a name even
    when the header wraps it over lines; at most a few."""
    if isinstance(value, list):
        return tuple(sorted({index for item in value for index in locate(item, lines)}))[:_MAX_PLACES * 2]
    if isinstance(value, dict):
        return locate(value.get("url", ""), lines)
    if isinstance(value, date):
        return _first([i for i, line in enumerate(lines) if any(found == value for _, _, found in dates_in(line))])
    if isinstance(value, int):
        return _first([i for i, line in enumerate(lines) if re.search(rf"(?<![\d/.]){value}(?![\d.])", line)])
    text = str(value)
    if number := parse_number(text):
        return _first([i for i, line in enumerate(lines) if any(m.doc.loose_key == number.loose_key for m in find_numbers(line))])
    words = fold(text).split()
    for skip in range(min(4, max(len(words) - 2, 0)) + 1):  # "Công văn 750-CV/ĐUK về …": the subject is what the text has
        if found := _phrase_lines(" ".join(words[skip:]), lines):
            return found
    return ()


def _phrase_lines(phrase: str, lines: list[str]) -> tuple[int, ...]:
    folded = [" ".join(fold(line).split()) for line in lines]
    for size in range(1, _WINDOW + 1):
        for start in range(len(lines) - size + 1):
            window = [line for line in folded[start:start + size]]
            if phrase in " ".join(window) and (size == 1 or phrase not in " ".join(window[1:])):
                return tuple(range(start, start + size))
    return ()


def _first(indexes: list[int]) -> tuple[int, ...]:
    return tuple(indexes[:_MAX_PLACES])


def _shown(value) -> str:
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, list):
        return ", ".join(_shown(item) for item in value)
    if isinstance(value, dict):
        return value.get("url") or ", ".join(f"{k}: {_shown(v)}" for k, v in value.items())
    return str(value)
