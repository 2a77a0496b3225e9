"""A page's fingerprint: a digest of everything its written output is made from.

- the site's: mkdocs.yml, the versions of Python, the libraries and this package's own code, every file's
  path and URL (links are resolved against them, and the navigation is made from them), the theme's templates,
  and what each of our plugins says every page depends on (`BuildContext.site_inputs`: where citations link);
- the page's own: its Markdown source and what each of our plugins adds to its template context
  (`BuildContext.page_contexts`, the very functions their `on_page_context` calls).

Two builds that give a page the same fingerprint write the same bytes for it. Hand-written pages (docs/) get
none: their Markdown is read from disk only while the page renders, and they are few.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from functools import cache
from importlib.metadata import version
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from sotay.core.file_stamps import code_stamp, stamps

from ..context import BuildContext
from .store import digest

FORMAT = "sotay-page-1"
_LIBRARIES = ("mkdocs", "Markdown", "pymdown-extensions", "mkdocs-material", "Jinja2")


def fingerprints(config: MkDocsConfig, context: BuildContext) -> dict[str, str]:
    """The fingerprint of every generated documentation page, by source path."""
    files = context.files
    site = digest(FORMAT, sys.version, *_versions(), code_stamp(), Path(config.config_file_path).read_bytes(),
                  *(f"{f.src_uri}\t{f.url}" for f in sorted(files, key=lambda f: f.src_uri)),
                  _templates(config.theme.dirs), *(inputs() for inputs in context.site_inputs))
    pages = [file for file in files.documentation_pages() if file.page is not None and file.generated_by is not None]
    # Context by context, each over every page: a context whose work is still under way elsewhere gets the most time.
    contexts = [[added(file.page) for file in pages] for added in context.page_contexts]
    return {file.src_uri: digest(site, file.content_string, repr([found[index] for found in contexts]))
            for index, file in enumerate(pages)}


@cache
def _versions() -> tuple[str, ...]:
    return tuple(version(name) for name in _LIBRARIES)


def _templates(directories: Iterable[str]) -> str:
    """The theme's templates (*.html), ours first."""
    return stamps([Path(directory) for directory in directories], suffix=".html")


def pages_of(files: Files) -> list[File]:
    """Every documentation page that has a Page object."""
    return [file for file in files.documentation_pages() if file.page is not None]
