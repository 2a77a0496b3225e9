"""Rendered HTML and tables of contents held compressed between MkDocs reading every page and writing each.

MkDocs converts the Markdown of every page before it writes the first one, so while it writes, the HTML
of the whole site is in memory, as `str` (two bytes a character for Vietnamese text), and so is every
page's table of contents, an object per heading (10,000 documents: ~25 MB). Held instead, pickled and
zlib-compressed (level 1: about a millisecond per 100 KB), a page takes about a tenth of that. Both are
put back just before its template renders and dropped once its output is made (content plugin).
"""

from __future__ import annotations

import pickle
import zlib

from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

NO_TOC = get_toc([])


class HeldHtml:
    """The HTML and table of contents of the pages of one build that are rendered but not yet written."""

    def __init__(self) -> None:
        self._held: dict[str, bytes] = {}

    def hold(self, page: Page, html: str) -> str:
        """Keep `html` and the page's table of contents compressed; what the page holds meanwhile (nothing)."""
        self._held[page.file.src_uri] = zlib.compress(pickle.dumps((html, page.toc), pickle.HIGHEST_PROTOCOL), 1)
        page.toc = NO_TOC
        return ""

    def restore(self, page: Page) -> None:
        """Put the page's HTML and table of contents back, if they were held."""
        held = self._held.pop(page.file.src_uri, None)
        if held is not None:
            page.content, page.toc = pickle.loads(zlib.decompress(held))
