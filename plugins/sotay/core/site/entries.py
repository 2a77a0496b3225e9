"""What a reader needs to find a generated page: its title, a sentence on what it is for, the words one types for it.

The module that makes a generated page also describes it as a `PageEntry` (preparation pages, the scoring
calculator, the minutes forms, listings, trainer and committee pages), so the search records
(search/generated.py) and the page share one title and nothing is read back from the page's Markdown.
"""

from __future__ import annotations

from dataclasses import dataclass

# What a search that finds nothing offers (the results page, the header box): each kind's listing, the pages used most.
SHORTCUT_KIND = "kind"
SHORTCUT_PAGE = "page"
SHORTCUT_HEADINGS = ((SHORTCUT_KIND, "Xem theo loại tài liệu"), (SHORTCUT_PAGE, "Trang hay dùng"))


@dataclass(frozen=True)
class PageEntry:
    """One generated page as search shows it. `source` is its site source path (chuan-bi/index.md)."""

    source: str
    title: str
    description: str  # one or two sentences: the snippet under the title in the results
    keywords: tuple[str, ...] = ()  # what someone looking for the page may type besides its title
    meeting_types: tuple[str, ...] = ()
    cell_types: tuple[str, ...] = ()
    shortcut: str = ""  # SHORTCUT_KIND, SHORTCUT_PAGE or ""


__all__ = ["SHORTCUT_HEADINGS", "SHORTCUT_KIND", "SHORTCUT_PAGE", "PageEntry"]
