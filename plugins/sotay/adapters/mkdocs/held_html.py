"""Rendered HTML and tables of contents held compressed between MkDocs reading every page and writing each.

MkDocs converts the Markdown of every page before it writes the first one, so while it writes, the HTML
of the whole site is in memory, as `str` (two bytes a character for Vietnamese text), and so is every
page's table of contents, an object per heading (10,000 documents: ~25 MB). Held instead, pickled and
zlib-compressed (level 1: about a millisecond per 100 KB), a page takes about a tenth of that. Both are
put back just before its template renders and dropped once its output is made (content plugin). The
anchors and links to anchors MkDocs keeps of every page, to check them once all are written, are checked as
soon as every page is rendered and then dropped (`check_anchor_links`).
"""

from __future__ import annotations

import pickle
import zlib

from collections.abc import Iterable

from mkdocs.structure.files import Files
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


def check_anchor_links(pages: Iterable[Page], files: Files, log_level: int) -> None:
    """Once every page is rendered: MkDocs' own check of the links to anchors, run now instead of after every
    page is written, then each page's anchors and links to anchors forgotten, so MkDocs' check at the end
    finds nothing left to check (held through the writing, they took ~30 MB at 10,000 documents)."""
    pages = list(pages)
    for page in pages:
        page.validate_anchor_links(files=files, log_level=log_level)
    for page in pages:
        page.links_to_anchors = page.present_anchor_ids = None
