"""Rendered HTML held compressed between MkDocs reading every page and writing each.

MkDocs converts the Markdown of every page before it writes the first one, so while it writes, the HTML
of the whole site is in memory, as `str` (two bytes a character for Vietnamese text). Held instead as
zlib-compressed UTF-8 (level 1: about a millisecond per 100 KB), a page takes about a tenth of that. Its
HTML is put back just before its template renders and dropped once its output is made (content plugin).
"""

from __future__ import annotations

import zlib

from mkdocs.structure.pages import Page


class HeldHtml:
    """The HTML of the pages of one build that are rendered but not yet written, by source path."""

    def __init__(self) -> None:
        self._held: dict[str, bytes] = {}

    def hold(self, page: Page, html: str) -> str:
        """Keep `html` compressed; what the page holds meanwhile (nothing)."""
        self._held[page.file.src_uri] = zlib.compress(html.encode("utf-8"), 1)
        return ""

    def restore(self, page: Page) -> None:
        """Put the page's HTML back, if it was held."""
        held = self._held.pop(page.file.src_uri, None)
        if held is not None:
            page.content = zlib.decompress(held).decode("utf-8")
