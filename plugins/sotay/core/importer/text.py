"""Layout-independent reading of plain text: columns, copy markers, dates, paragraphs."""

from __future__ import annotations

import re
from datetime import date

from ..textfold import fold
from .draft import Block

_COLUMNS = re.compile(r"\t+| {3,}")
# Matched on folded text, so that an OCR slip in a mark ("nắm" for "năm") does not lose the date.
_MONTH_WORDS = {"mot": 1, "gieng": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8,
                "chin": 9, "muoi": 10, "muoi mot": 11, "muoi hai": 12}
_MONTH = "|".join(sorted(_MONTH_WORDS, key=len, reverse=True))
_WORD_DATE = re.compile(rf"\bngay\s+(\d{{1,2}})\s+thang\s+(\d{{1,2}}|{_MONTH})\s+nam\s+(\d{{4}})(?!\d)")
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(?:\bngay\s+)?(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/.-])")  # "ngày " in the span
_LIST_ITEM = re.compile(r"^[-+•–*]\s+")
_POINT = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s+")
_SECTION = re.compile(r"^(?:[IVXL]{1,5}|[A-ZĐ])[.)]\s+\S")
_SENTENCE_END = (".", ":", ";", "!", "?")
# Markers that copying leaves: Markdown or Word emphasis ("**T/M BAN THƯỜNG VỤ", "BÍ THƯ**", "*Nguyễn Văn A*").
_EMPHASIS = re.compile(r"\*\*|__")
_STRAY = re.compile(r"^[*_]+(?=\S)|(?<=\S)[*_]+$")
_DECORATION = re.compile(r"^[\W_]+$")


def cells(line: str) -> list[str]:
    """The columns of a line typed with tabs or runs of spaces ("ĐẢNG BỘ …      ĐẢNG CỘNG SẢN VIỆT NAM"), each
    without the emphasis markers and stray asterisks copying leaves."""
    return [cell for cell in (unmark(part) for part in _COLUMNS.split(line.strip())) if cell]


def unmark(text: str) -> str:
    """`text` without "**"/"__" and without asterisks or underscores stuck to its ends; a decoration line ("*",
    "-----") stays as it is."""
    text = " ".join(text.split())
    if not text or is_decoration(text):
        return text
    return " ".join(_STRAY.sub("", _EMPHASIS.sub("", text)).split())


def is_decoration(text: str) -> bool:
    """A line of only punctuation: the "*" under the issuer, "-----" rules."""
    return _DECORATION.match(text) is not None


def dates_in(text: str) -> list[tuple[int, int, date]]:
    """Every real calendar date written in `text` ("ngày 05 tháng 4 năm 2024", "ngày 7 tháng ba năm 2023",
    "05/4/2024"), as (start, end, date) in order; 31/02 and the like are not dates."""
    folded = fold(text)
    found = []
    for match in [*_WORD_DATE.finditer(folded), *_NUMERIC_DATE.finditer(folded)]:
        if match.re is _WORD_DATE:
            day, month, year = match[1], match[2], match[3]
            month = str(_MONTH_WORDS.get(" ".join(month.split()), month))
        else:
            day, month, year = match[1], match[3], match[4]
        try:
            found.append((match.start(), match.end(), date(int(year), int(month), int(day))))
        except ValueError:
            continue
    return sorted(found, key=lambda item: item[0])


def date_in(text: str) -> date | None:
    """The first real calendar date written in `text`, else None."""
    found = dates_in(text)
    return found[0][2] if found else None


def to_blocks(lines: list[str]) -> tuple[Block, ...]:
    """Paragraphs, list items and numbered section headings of plain text.

    A line continues the paragraph above it unless that paragraph ended a sentence (and the line does not go on
    in lower case: "…có lý do);" / "có 9 đồng chí…") or the line opens a list item or a numbered point: this joins
    hard-wrapped text and keeps one-paragraph-per-line text apart.
    """
    found: list[list[str]] = []
    open_paragraph = False
    for raw in lines:
        line = unmark(raw)
        if not line or is_decoration(line):
            open_paragraph = False
        elif _SECTION.match(line) and line == line.upper():
            found.append(["h", line])
            open_paragraph = False
        elif marker := _LIST_ITEM.match(line):
            found.append(["li", line[marker.end():]])
            open_paragraph = True
        elif open_paragraph and (not found[-1][1].endswith(_SENTENCE_END) or line[0].islower()) and not _POINT.match(line):
            found[-1][1] += " " + line
        else:
            found.append(["p", line])
            open_paragraph = True
    return tuple(Block(kind, text) for kind, text in found if text)


def is_upper(text: str) -> bool:
    """Written in capitals: has letters, and none of them lower case."""
    return any(c.isalpha() for c in text) and text == text.upper()
