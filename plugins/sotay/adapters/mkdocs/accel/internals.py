"""The MkDocs behaviour sotay-accel relies on beyond the plugin events, in one place (tests/adapters/accel/
test_internals.py pins each of these on the installed MkDocs).

- In a dirty build (`mkdocs serve --dirty`, and `sotay build`, which builds into an empty folder), MkDocs asks
  `File.is_modified()` before it reads a page and again before it writes it; a page that answers False is
  neither read, rendered nor written. That is how pages whose output is already there, or is written from the
  page store, or is made by another process, are left out of this process's page loop.
- A dirty build logs a warning that it may leave pages stale, which strict mode counts as a failure.
- A generated file keeps its content in `File._content`, which `content_bytes` and `content_string` read
  (compressed_markdown.py holds it compressed there).
- Once a page's output is made (`on_post_page`), MkDocs reads neither its Markdown, its HTML nor its table of
  contents again: they can go.
"""

from __future__ import annotations

import logging

from mkdocs.commands import build
from mkdocs.structure.files import File
from mkdocs.structure.toc import get_toc

DIRTY_WARNING = "A 'dirty' build is being performed"
NO_TOC = get_toc([])  # what a written page keeps as its table of contents


def mark_modified(file: File, modified: bool) -> None:
    """What `file.is_modified()` answers from now on."""
    file.is_modified = (lambda: True) if modified else (lambda: False)  # type: ignore[method-assign]


class _DropDirtyWarning(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(DIRTY_WARNING)


_FILTER = _DropDirtyWarning()


def quiet_dirty_warning(on: bool) -> None:
    """Drop (or let through again) MkDocs' warning about dirty builds: a page whose inputs are unchanged is
    exactly as the last build wrote it, so the warning does not apply, and strict mode would fail on it."""
    logger = build.log  # "mkdocs.commands.build", or ProperDocs' own name for it
    if on:
        logger.addFilter(_FILTER)  # logging ignores a filter already present
    else:
        logger.removeFilter(_FILTER)
