"""Whose handbook it is: the organisation, a contact line and the colours a base chooses, checked for contrast;
and the date its content was last brought up to date, for the footer.

The header's text is white on the primary colour, and links and focus outlines take the accent colour on a white
page: a colour that leaves either hard to read is refused (WCAG 2.2: 4.5:1 for text, 3:1 for outlines), not
published.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ..model import Document

WHITE = "#ffffff"
TEXT_CONTRAST = 4.5
OUTLINE_CONTRAST = 3.0
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class Identity:
    organization: str = ""
    contact: str = ""
    primary: str | None = None  # "#rrggbb": the header, buttons
    accent: str | None = None  # "#rrggbb": links on hover, focus outlines


def last_update(documents: Iterable[Document]) -> date | None:
    """The newest date the content carries (an issue date or a change): when the handbook was last brought up
    to date. Taken from the content, not the clock, so a page built again unchanged is the same page."""
    dates = [day for doc in documents for day in (doc.issued, *(change.date for change in doc.changes)) if day]
    return max(dates, default=None)


def name_problems(name: str) -> list[str]:
    """What is wrong with a site name, in Vietnamese: the theme prints it as HTML, so it may not hold markup."""
    if "<" in name or ">" in name:
        return [f"tên sổ tay không được chứa dấu < hay > (gặp `{name}`)"]
    return []


def problems(identity: Identity) -> list[str]:
    """What is wrong with the chosen colours, in Vietnamese; empty when they may be used."""
    found = []
    for name, colour, needed, what in (("primary", identity.primary, TEXT_CONTRAST, "chữ trắng trên nền màu này"),
                                       ("accent", identity.accent, OUTLINE_CONTRAST, "màu này trên nền trắng")):
        if colour is None:
            continue
        if not _HEX.match(colour):
            found.append(f"màu `{name}` phải viết dạng #rrggbb (ví dụ #a31515), gặp `{colour}`")
        elif (ratio := contrast(colour, WHITE)) < needed:
            found.append(f"màu `{name}` {colour}: {what} có độ tương phản {ratio:.1f}:1, cần ít nhất {needed:g}:1 "
                         "để dễ đọc; chọn màu đậm hơn")
    return found


def stylesheet(identity: Identity) -> str:
    """The theme's colour variables for the chosen colours (empty when none is chosen)."""
    rules = []
    if identity.primary:
        rules += [f"--md-primary-fg-color: {identity.primary};", f"--md-primary-fg-color--light: {identity.primary};",
                  f"--md-primary-fg-color--dark: {identity.primary};"]
    if identity.accent:
        rules.append(f"--md-accent-fg-color: {identity.accent};")
    return ":root, [data-md-color-scheme] {\n  " + "\n  ".join(rules) + "\n}\n" if rules else ""


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two "#rrggbb" colours."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


__all__ = ["Identity", "contrast", "last_update", "name_problems", "problems", "stylesheet"]
