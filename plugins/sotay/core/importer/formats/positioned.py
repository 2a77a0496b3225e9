"""Words placed on a page (a PDF's text layer, OCR boxes) -> lines of text, as the page shows them.

A PDF keeps positions, not reading order: the header's two columns are separate runs of text at the same
height. Words whose heights overlap form a row; within a row a gap wider than a word's height starts a new
column, written as a tab, so that the layout reader sees "ĐẢNG BỘ TỈNH …<tab>ĐẢNG CỘNG SẢN VIỆT NAM" as a
typist's copy would give it. A space between rows clearly wider than the usual one is a paragraph break (an
empty line).
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

_COLUMN_GAP = 1.5  # in word heights: wider than any space between words of justified text
_PARAGRAPH_GAP = 0.6  # in line heights: a blank between rows narrower than this never ends a paragraph
_WIDER = 1.6  # times the usual gap between rows: a gap this much wider ends a paragraph
_PAGE_NUMBER = re.compile(r"^[-–\s]*\d{1,3}[-–\s]*$")


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


def page_lines(words: list[Word]) -> list[str]:
    """The page's rows, top to bottom, columns separated by tabs and paragraphs by empty lines; page numbers
    at the top or bottom of the page left out."""
    rows = _rows([w for w in words if w.text.strip() and w.height > 0])
    while rows and _PAGE_NUMBER.match(" ".join(w.text for w in rows[-1])):
        rows.pop()
    while rows and _PAGE_NUMBER.match(" ".join(w.text for w in rows[0])):
        rows.pop(0)
    if not rows:
        return []
    gaps = [_band(row)[0] - _band(before)[1] for before, row in zip(rows, rows[1:])]
    line_height = statistics.median(_band(row)[1] - _band(row)[0] for row in rows)
    # Between the lines of a paragraph: the most common gap; a paragraph break is clearly wider than it.
    paragraph_gap = max(_PARAGRAPH_GAP * line_height, _WIDER * statistics.median(gaps)) if gaps else 0
    lines = ["\t".join(_columns(rows[0]))]
    for gap, row in zip(gaps, rows[1:]):
        if gap > paragraph_gap:
            lines.append("")
        lines.append("\t".join(_columns(row)))
    return lines


def _rows(words: list[Word]) -> list[list[Word]]:
    """Words grouped into rows: a word joins the row whose band holds its middle."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: ((w.top + w.bottom) / 2, w.x0)):
        middle = (word.top + word.bottom) / 2
        if rows and _band(rows[-1])[0] <= middle <= _band(rows[-1])[1]:
            rows[-1].append(word)
        else:
            rows.append([word])
    return [sorted(row, key=lambda w: w.x0) for row in rows]


def _band(row: list[Word]) -> tuple[float, float]:
    """The row's height band, from its first word: later words must not stretch it over the next row."""
    return row[0].top, row[0].bottom


def _columns(row: list[Word]) -> list[str]:
    height = statistics.median(w.height for w in row)
    columns: list[list[str]] = [[row[0].text]]
    for before, word in zip(row, row[1:]):
        if word.x0 - before.x1 > _COLUMN_GAP * height:
            columns.append([])
        columns[-1].append(word.text)
    return [" ".join(column) for column in columns]
