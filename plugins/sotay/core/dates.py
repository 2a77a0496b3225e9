"""Dates as authors write them (2024-04-05, 05/04/2024, 5/4/2024) and as readers see them (05/04/2024)."""

from __future__ import annotations

import re
from datetime import date

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def parse_date(text: str) -> date | None:
    """A real calendar date from ISO or day/month/year text; None for anything else (including 30/02)."""
    text = text.strip()
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
    """dd/mm/yyyy, the way Vietnamese readers write dates."""
    return f"{value.day:02d}/{value.month:02d}/{value.year}"
