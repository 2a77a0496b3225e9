"""Page titles as escaped HTML, for a theme that prints them unescaped.

mkdocs-material writes `{{ page.title }}` and `{{ page.meta.title }}` raw into <title>, the header and the
navigation, and our titles come from front matter. Turned into `markupsafe.Markup`, a title prints escaped
everywhere, and `| e` in our own templates leaves it as it is (no double escaping). Plain text again:
`page.title.unescape()`.
"""

from __future__ import annotations

from collections.abc import Iterable

from markupsafe import escape
from mkdocs.structure.pages import Page


def escape_titles(pages: Iterable[Page]) -> None:
    for page in pages:
        if page.title is None:
            continue
        title = escape(page.title)
        page.title = title
        # Every page but a home page without one gets a front-matter title: the theme's other <title>
        # branch runs `| striptags`, which would unescape the Markup again.
        if not page.is_homepage or "title" in page.meta:
            page.meta["title"] = title
