"""Snippets: the densest stretch of the text, the query's words marked (exact first, else folded)."""

from __future__ import annotations

import pytest

from sotay.core.search.analysis import analyze_query
from sotay.core.search.snippet import snippet


def marked(text: str, query: str) -> list[str]:
    found = snippet(text, analyze_query(query))
    return [found.text[start:end] for start, end in found.marks]


@pytest.mark.parametrize(("query", "expected"), [
    ("hoat", ["hoạt", "hoát"]),
    ("hoạt", ["hoạt"]),
    ("hoatj", ["hoạt"]),
    ("dong", ["Đồng", "đông"]),
    ("Dồng", ["Đồng", "đông"]),
    ("xyz", []),
])
def test_exact_spelling_is_marked_when_present_else_every_folded_match(query: str, expected: list[str]):
    assert marked("Sinh hoạt ở Đồng Đăm, thoát hoát đông vui.", query) == expected


def test_window_goes_where_most_distinct_words_are_and_cuts_at_words():
    text = " ".join(["mở đầu"] * 60) + " sinh hoạt chi bộ " + " ".join(["kết thúc"] * 60)
    found = snippet(text, analyze_query("sinh hoat chi bo"), width=80)
    assert found.text.startswith("…") and found.text.endswith("…")
    assert [found.text[s:e] for s, e in found.marks] == ["sinh", "hoạt", "chi", "bộ"]
    assert " mở" not in found.text[:2] and len(found.text) <= 80 + 22


def test_short_text_is_whole_and_line_breaks_become_spaces():
    found = snippet("Thông tin\nthời sự", analyze_query("thoi su"))
    assert found.text == "Thông tin thời sự" and [found.text[s:e] for s, e in found.marks] == ["thời", "sự"]
