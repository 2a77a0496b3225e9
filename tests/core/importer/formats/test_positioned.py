"""Words placed on a page -> rows, columns as tabs, paragraphs as empty lines."""

from __future__ import annotations

from sotay.core.importer.formats.positioned import Word, page_lines


def words(*rows: tuple[float, list[tuple[float, str]]], height: float = 12) -> list[Word]:
    placed = []
    for top, pieces in rows:
        for x, text in pieces:
            placed.append(Word(text, x, x + 7 * len(text), top, top + height))
    return placed


def test_two_columns_at_one_height_are_one_line_with_a_tab():
    page = words((50, [(60, "ĐẢNG"), (97, "BỘ"), (350, "ĐẢNG"), (387, "CỘNG")]), (66, [(60, "Số"), (80, "215-CV/ĐU")]),
                 (67.5, [(330, "ngày")]))
    assert page_lines(page) == ["ĐẢNG BỘ\tĐẢNG CỘNG", "Số 215-CV/ĐU\tngày"]


def test_a_wide_gap_between_rows_is_a_paragraph_and_page_numbers_go():
    page = words((10, [(300, "2")]), (50, [(60, "Dòng"), (97, "một")]), (66, [(60, "hai")]), (100, [(60, "Đoạn")]),
                 (700, [(290, "-"), (300, "2"), (310, "-")]))
    assert page_lines(page) == ["Dòng một", "hai", "", "Đoạn"]


def test_nothing_placed_is_no_line():
    assert page_lines([]) == [] and page_lines(words((10, [(1, " ")]))) == []
