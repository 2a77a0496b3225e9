"""`mkdocs serve --dirty` made exact: a page is written again only when something it shows changed.

MkDocs' own --dirty skips a page whose source file is older than its output. That cannot work here:
document pages are generated (MkDocs rewrites every generated file) and show what other documents say
of them (backlinks, related documents), and listings show every document. Instead each page gets a
fingerprint of everything its output is made from:

- the site's: `render_cache.site_key` (mkdocs.yml, library versions, every file's path and URL), the
  theme's templates, and what each of our plugins says every page depends on (`site_inputs`: the build
  date, where citations link);
- the page's own: its Markdown source and the template context each of our plugins adds (`page_context`,
  the very method their `on_page_context` uses).

A page whose fingerprint is the one of the page last written at its path, and whose output is still
there, is neither read, rendered nor written: its `is_modified()` says False, and MkDocs asks that before
both under --dirty. Fingerprints are remembered only when a build succeeds; a failed build forgets them
all, so the next one writes every page. Hand-written pages (docs/) are always written: they are few, and
the home page lists the newest documents.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol, runtime_checkable

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from sotay.core.cache import digest

from .render_cache import site_key

DIRTY_WARNING = "A 'dirty' build is being performed"


@runtime_checkable
class PageInputs(Protocol):
    """What one of our plugins adds to pages, asked before MkDocs decides which pages to write."""

    def page_context(self, page: Page) -> dict:
        """The keys this plugin adds to `page`'s template context."""

    def site_inputs(self) -> str:
        """What every page's output depends on besides its own context (a digest or any text)."""


class Fingerprints:
    """The fingerprint of every page written by the last successful build of one `mkdocs serve`."""

    def __init__(self) -> None:
        self._written: dict[str, str] = {}
        self._pending: dict[str, str] = {}

    def mark(self, config: MkDocsConfig, files: Files, plugins: Iterable[object]) -> list[Page]:
        """Set `is_modified()` of every documentation page; the pages to write."""
        inputs = [plugin for plugin in plugins if isinstance(plugin, PageInputs)]
        site = digest(site_key(config, files), _templates(config.theme.dirs), *(plugin.site_inputs() for plugin in inputs))
        self._pending = {}
        pages = [file for file in files.documentation_pages() if file.page is not None]
        generated = [file for file in pages if file.generated_by is not None]  # hand-written ones are always written
        # Plugin by plugin, each over every page: a plugin whose contexts need work still under way elsewhere (the
        # search plugin's, its scorer process) comes last in mkdocs.yml and so gets the most time.
        by_plugin = [[plugin.page_context(file.page) for file in generated] for plugin in inputs]
        for index, file in enumerate(generated):
            context = repr([contexts[index] for contexts in by_plugin])  # the same code makes the same dicts in the same order
            self._pending[file.src_uri] = digest(site, file.content_string, context)
        modified = []
        for file in pages:
            key = self._pending.get(file.src_uri)
            changed = key is None or self._written.get(file.src_uri) != key or not os.path.isfile(file.abs_dest_path)
            _answer_modified(file, changed)
            if changed:
                modified.append(file.page)
        return modified

    def commit(self) -> None:
        """The build succeeded: what it marked is what the site folder holds."""
        self._written, self._pending = self._pending, {}

    def forget(self) -> None:
        """The build failed: some pages may be half written or missing, so the next build writes all."""
        self._written, self._pending = {}, {}


def _answer_modified(file: File, changed: bool) -> None:
    """MkDocs asks `file.is_modified()` before reading and before writing a page; this file's answer."""
    file.is_modified = lambda: changed  # type: ignore[method-assign]


def _templates(directories: Iterable[str]) -> str:
    """The size and modification time of every template (*.html) of the theme, our overrides first."""
    stamps = []
    for directory in directories:
        for folder, subfolders, names in os.walk(directory):
            subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))  # .icons: thousands of SVGs
            for name in sorted(names):
                if name.endswith(".html"):
                    stat = os.stat(Path(folder, name))
                    stamps.append(f"{folder}/{name}\t{stat.st_size}\t{stat.st_mtime_ns}")
    return digest(*stamps)


class _DropDirtyWarning(logging.Filter):
    """MkDocs warns that a dirty build leaves pages stale; with fingerprints it does not, and under
    `strict: true` the warning would fail every rebuild."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(DIRTY_WARNING)


_FILTER = _DropDirtyWarning()


def silence_dirty_warning(on: bool) -> None:
    """Add (or remove) the filter on MkDocs' build logger, once however many times it is asked."""
    logger = logging.getLogger("mkdocs.commands.build")
    if on:
        logger.addFilter(_FILTER)  # logging ignores a filter already present
    else:
        logger.removeFilter(_FILTER)
