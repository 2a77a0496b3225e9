"""Reuse a page's Markdown rendering from the last build when nothing it was rendered from changed.

Markdown conversion is half of a build. The key of a page's rendering hashes everything it depends on:
its final Markdown (after every plugin's `on_page_markdown`), the bytes of mkdocs.yml (extensions and
their options), the versions of Python, MkDocs, Markdown, pymdown-extensions and mkdocs-material, and
the path and URL of every file of the site (relative links are resolved and checked against them, so
adding or removing a file renders every page again). On a hit the page renders empty Markdown and the
stored HTML, table of contents, title and anchors are put back, so later plugins, MkDocs' anchor checks
and the theme see what a fresh rendering would have given. A rendering that logged a warning (a link
to a missing page, say) is not stored, so the next build renders it again and warns again; strict mode
must not pass the second time. Stored in ROOT/.cache/sotay/pages/ (core/cache.py; safe to delete).
"""

from __future__ import annotations

import logging
import sys
from functools import cache
from importlib.metadata import version
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from sotay.core.cache import ResultCache, digest

CACHE_DIR = Path(".cache", "sotay", "pages")
FORMAT = "sotay-render-1"
_LIBRARIES = ("mkdocs", "Markdown", "pymdown-extensions", "mkdocs-material")
_SITE_ENTRY = "<site>"  # the site key of the last build: when it changed, every page is a miss


class WarningCount(logging.Handler):
    """Counts MkDocs' warnings; a page whose rendering raised the count is not stored."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def warning_count() -> WarningCount:
    """The one counter on the "mkdocs" logger, added on first use."""
    logger = logging.getLogger("mkdocs")
    found = next((handler for handler in logger.handlers if isinstance(handler, WarningCount)), None)
    if found is None:
        found = WarningCount()
        logger.addHandler(found)
    return found


class RenderCache:
    """One build's use of the cache: `lookup` when a page's Markdown is final, `restore_or_store` after rendering."""

    def __init__(self, directory: Path, config: MkDocsConfig):
        self._store = ResultCache(directory)
        self._config = config
        self._site: str | None = None
        self._hits: dict[str, dict] = {}
        self._keys: dict[str, tuple[str, int]] = {}
        self._warnings = warning_count()

    @property
    def directory(self) -> Path:
        return self._store.directory

    def likely_misses(self, pages: list[Page], files: Files) -> list[Page]:
        """The pages this build will render: all when the site key changed since the last call (it is
        remembered here), else those never rendered."""
        site = self._site_key(files)
        if self._store.get(_SITE_ENTRY, site) is None:
            self._store.put(_SITE_ENTRY, site, True)
            return pages
        return [page for page in pages if not self._store.has(page.file.src_uri)]

    def lookup(self, markdown: str, page: Page, files: Files) -> str:
        """The Markdown to render: empty when the stored rendering of this very Markdown can be reused."""
        key = digest(self._site_key(files), page.file.src_uri, markdown)
        stored = self._store.get(page.file.src_uri, key)
        if stored is None:
            self._keys[page.file.src_uri] = (key, self._warnings.count)
            return markdown
        self._hits[page.file.src_uri] = stored
        return ""

    def handed_over(self, page: Page) -> str | None:
        """Forget the lookup of `page` (another process renders it; MkDocs' loop looks it up again): its key
        when it was a miss, else None."""
        self._hits.pop(page.file.src_uri, None)
        key, _ = self._keys.pop(page.file.src_uri, (None, 0))
        return key

    def restore_or_store(self, html: str, page: Page, files: Files) -> str:
        """The page's HTML: the stored one on a hit (with what rendering sets on the page); else store this one."""
        stored = self._hits.pop(page.file.src_uri, None)
        if stored is None:
            key, warnings = self._keys.pop(page.file.src_uri, (None, 0))
            if key is not None and warnings == self._warnings.count:
                self._store.put(page.file.src_uri, key, rendering(page, html))
            return html
        page.toc = stored["toc"]
        page._title_from_render = stored["title"]  # MkDocs 1.6 keeps a rendered <h1> there (pinned <1.7)
        page.present_anchor_ids = stored["anchors"]
        page.links_to_anchors = {files.get_file_from_path(src): links for src, links in stored["links"].items()}
        return stored["html"]

    def _site_key(self, files: Files) -> str:
        if self._site is None:
            self._site = site_key(self._config, files)
        return self._site


def rendering(page: Page, html: str) -> dict:
    """The cache entry of a rendered page: its HTML and what rendering set on the page."""
    return {"html": html, "toc": page.toc, "title": page._title_from_render,
            "anchors": page.present_anchor_ids,
            "links": {target.src_uri: links for target, links in (page.links_to_anchors or {}).items()}}


def site_key(config: MkDocsConfig, files: Files) -> str:
    """What every page's rendering depends on; every file is known by the time pages render."""
    return digest(FORMAT, sys.version, *_versions(), Path(config.config_file_path).read_bytes(),
                  *(f"{f.src_uri}\t{f.url}" for f in sorted(files, key=lambda f: f.src_uri)))


@cache
def _versions() -> tuple[str, ...]:
    return tuple(version(name) for name in _LIBRARIES)
