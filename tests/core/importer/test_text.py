"""Plain-text reading shared by every layout: columns, copy markers, dates as written."""

from __future__ import annotations

from datetime import date

import pytest

from sotay.core.importer.text import cells, date_in, dates_in, to_blocks, unmark


@pytest.mark.parametrize("text, day", [
    ("Điện Biên Phủ, ngày 7 tháng 3 năm 2023", date(2023, 3, 7)),
    ("ngày 07 tháng 03 năm 2023", date(2023, 3, 7)),
    ("Phiêng Lu, ngày 15 tháng mười một năm 2024", date(2024, 11, 15)),
    ("ngày 1 tháng Giêng năm 2025", date(2025, 1, 1)),
    ("ngày 2 tháng năm năm 2025", date(2025, 5, 2)),
    ("ngày 9 tháng tư năm 2025", date(2025, 4, 9)),
    ("ngày 7 thắng 3 nắm 2023", date(2023, 3, 7)),  # OCR slips in the marks
    ("Hà Nội, ngày 1/2/2023", date(2023, 2, 1)),
    ("05.05.2022", date(2022, 5, 5)),
    ("ngày 31 tháng 02 năm 2024", None),
    ("năm 2024", None),
])
def test_dates_in_words_or_digits(text, day):
    assert date_in(text) == day


def test_date_spans_cover_the_word_ngay():
    text = "Số 12-HD/TU ngày 06/7/2018 và ngày 7 tháng 3 năm 2023"
    assert [(text[start:end], day) for start, end, day in dates_in(text)] == [
        ("ngày 06/7/2018", date(2018, 7, 6)), ("ngày 7 tháng 3 năm 2023", date(2023, 3, 7))]


@pytest.mark.parametrize("text, clean", [
    ("**T/M BAN THƯỜNG VỤ", "T/M BAN THƯỜNG VỤ"), ("BÍ THƯ**", "BÍ THƯ"), ("*Nguyễn Văn A*", "Nguyễn Văn A"),
    ("__ĐẢNG ỦY__", "ĐẢNG ỦY"), ("*", "*"), ("-----", "-----"), ("a * b", "a * b"), ("  x   y ", "x y"),
])
def test_copy_markers_are_removed(text, clean):
    assert unmark(text) == clean


def test_cells_split_on_tabs_and_runs_of_spaces():
    assert cells("**ĐẢNG BỘ**\t\tĐẢNG CỘNG SẢN VIỆT NAM   x  y") == ["ĐẢNG BỘ", "ĐẢNG CỘNG SẢN VIỆT NAM", "x y"]


def test_blocks_join_wrapped_lines_and_keep_points_apart():
    blocks = to_blocks(["I. MỤC ĐÍCH", "Một câu dài", "tiếp theo.", "1. Điểm một", "- mục dài", "còn tiếp", "", "**Đoạn**",
                        "-----", "cuối"])
    assert [(b.kind, b.text) for b in blocks] == [
        ("h", "I. MỤC ĐÍCH"), ("p", "Một câu dài tiếp theo."), ("p", "1. Điểm một"), ("li", "mục dài còn tiếp"), ("p", "Đoạn"),
        ("p", "cuối")]
