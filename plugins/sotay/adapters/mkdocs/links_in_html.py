"""Links to source files in a page's raw HTML, checked and rewritten as MkDocs does Markdown links.

MkDocs turns `[text](../guides/x.md)` into the page's URL and warns when no such file exists, but passes raw
HTML through untouched. A generated page written as raw HTML for its size (the model-meeting explorer) says
`links_in_html: true` in its front matter; its `href="….md"` links are resolved here, with the same warning
(so strict mode fails) when the target is missing.
"""

from __future__ import annotations

import html as html_lib
import posixpath
import re

from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from .engine import engine_logger
from .files import relative_url

log = engine_logger("plugins.sotay")
_SOURCE_HREF = re.compile(r'href="([^":#?]+\.md)(#[^"]*)?"')


def resolve_links(html: str, page: Page, files: Files) -> str:
    """`html` with each link to a source file pointing at that file's page, relative to `page`."""
    folder = posixpath.dirname(page.file.src_uri)

    def resolve(match: re.Match) -> str:
        path = html_lib.unescape(match[1])
        target = files.get_file_from_path(posixpath.normpath(posixpath.join(folder, path)))
        if target is None:
            log.warning(f"Doc file '{page.file.src_uri}' contains a link '{path}', "
                        "but the target is not found among documentation files.")
            return match[0]
        return f'href="{html_lib.escape(relative_url(target.url, page.file.url) + (match[2] or ""))}"'

    return _SOURCE_HREF.sub(resolve, html)
