"""Rendered HTML and tables of contents held compressed between MkDocs reading every page and writing each.

MkDocs converts the Markdown of every page before it writes the first one, so while it writes, the HTML
of the whole site is in memory, as `str` (two bytes a character for Vietnamese text), and so is every
page's table of contents, an object per heading (10,000 documents: ~25 MB). Held instead, pickled and
zlib-compressed (level 1: about a millisecond per 100 KB), a page takes about a tenth of that. Both are
put back just before its template renders and dropped once its output is made (content plugin). The
anchors MkDocs keeps of every page, to check links to them once all are written, are dropped from the pages
no link points into (`drop_unlinked_anchors`: ~20 MB at 10,000 documents).
"""

from __future__ import annotations

import pickle
import zlib

from collections.abc import Iterable

from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

NO_TOC = get_toc([])
_NO_ANCHORS: frozenset[str] = frozenset()


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


def drop_unlinked_anchors(pages: Iterable[Page]) -> None:
    """Once every page is rendered: forget the anchors of each page that no page links to an anchor of
    (MkDocs' check, after the pages are written, reads only those of the linked pages)."""
    pages = list(pages)
    linked = {target.src_uri for page in pages for target in page.links_to_anchors or ()}
    for page in pages:
        if page.present_anchor_ids and page.file.src_uri not in linked:
            page.present_anchor_ids = _NO_ANCHORS
