"""Dates as authors write them and as readers see them."""

from datetime import date

import pytest

from sotay.core.dates import MonthDate, format_date, parse_date


@pytest.mark.parametrize("text, expected", [
    ("2024-04-05", date(2024, 4, 5)),
    ("05/04/2024", date(2024, 4, 5)),
    ("5/4/2024", date(2024, 4, 5)),
    ("2024-02-29", date(2024, 2, 29)),
    ("2023-02-29", None),
    ("31/04/2024", None),
    ("2024-13", None),
    ("ngày 5", None),
])
def test_parse(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["2025-08", "08/2025", "8/2025"])
def test_month_only_dates_are_shown_without_an_invented_day(text):
    value = parse_date(text)
    assert isinstance(value, MonthDate) and value == date(2025, 8, 1)
    assert format_date(value) == "tháng 8/2025"


def test_format_is_day_first_zero_padded():
    assert format_date(date(2024, 4, 5)) == "05/04/2024"
