"""Layout-independent reading of plain text: columns, dates, paragraphs."""

from __future__ import annotations

import re
from datetime import date

from .draft import Block

_COLUMNS = re.compile(r"\t+| {3,}")
_WORD_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/.-])")
_LIST_ITEM = re.compile(r"^[-+•–*]\s+")
_POINT = re.compile(r"^(?:\d{1,2}|[a-zđ])[.)]\s+")
_SECTION = re.compile(r"^[IVXL]{1,5}\.\s+\S")
_SENTENCE_END = (".", ":", ";", "!", "?")


def cells(line: str) -> list[str]:
    """The columns of a line typed with tabs or runs of spaces: "ĐẢNG BỘ …      ĐẢNG CỘNG SẢN VIỆT NAM"."""
    return [cell.strip() for cell in _COLUMNS.split(line.strip()) if cell.strip()]


def date_in(text: str) -> date | None:
    """The first real calendar date written in `text` ("ngày 05 tháng 4 năm 2024", "05/4/2024"), else None."""
    for match in sorted([*_WORD_DATE.finditer(text), *_NUMERIC_DATE.finditer(text)], key=lambda m: m.start()):
        day, month, year = (match[1], match[2], match[3]) if match.re is _WORD_DATE else (match[1], match[3], match[4])
        try:
            return date(int(year), int(month), int(day))
        except ValueError:
            continue
    return None


def to_blocks(lines: list[str]) -> tuple[Block, ...]:
    """Paragraphs, list items and numbered section headings of plain text.

    A line continues the paragraph above it unless that paragraph ended a sentence or the line opens a
    list item or a numbered point: this joins hard-wrapped text and keeps one-paragraph-per-line text apart.
    """
    found: list[list[str]] = []
    open_paragraph = False
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            open_paragraph = False
        elif _SECTION.match(line) and line == line.upper():
            found.append(["h", line])
            open_paragraph = False
        elif marker := _LIST_ITEM.match(line):
            found.append(["li", line[marker.end():]])
            open_paragraph = True
        elif open_paragraph and not found[-1][1].endswith(_SENTENCE_END) and not _POINT.match(line):
            found[-1][1] += " " + line
        else:
            found.append(["p", line])
            open_paragraph = True
    return tuple(Block(kind, text) for kind, text in found if text)
