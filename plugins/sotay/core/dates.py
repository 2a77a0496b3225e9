"""Dates as authors write them (2024-04-05, 05/04/2024, 5/4/2024) and as readers see them (05/04/2024).

When a source gives only the month ("tháng 8/2025"), authors write 2025-08 or 08/2025; the value is a
MonthDate (the first of the month, for sorting) and is shown as "tháng 8/2025", never as an invented day.
"""

from __future__ import annotations

import re
from datetime import date

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_MY = re.compile(r"^(\d{1,2})/(\d{4})$")


class MonthDate(date):
    """A date known only to the month."""


def parse_date(text: str) -> date | None:
    """A real calendar date from ISO or day/month/year text; None for anything else (including 30/02)."""
    text = text.strip()
    if match := _ISO_MONTH.match(text) or _MY.match(text):
        year, month = sorted(match.groups(), key=len, reverse=True)
        return MonthDate(int(year), int(month), 1) if 1 <= int(month) <= 12 else None
    if match := _ISO.match(text):
        year, month, day = match.groups()
    elif match := _DMY.match(text):
        day, month, year = match.groups()
    else:
        return None
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def format_date(value: date) -> str:
    """dd/mm/yyyy, the way Vietnamese readers write dates; "tháng m/yyyy" when only the month is known."""
    if isinstance(value, MonthDate):
        return f"tháng {value.month}/{value.year}"
    return f"{value.day:02d}/{value.month:02d}/{value.year}"
