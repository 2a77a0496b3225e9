"""One Markdown converter for every page of a build, not one per page.

MkDocs' `Page.render` makes a new `markdown.Markdown` with every extension for each page, a large share of the
page's rendering (docs/dev/performance.md). While installed, the `markdown` module that `Page.render` calls through
(`mkdocs.structure.pages.markdown`) is this module's stand-in: asked for a converter with the same extensions and
settings as the last one, it returns that one reset, as Python-Markdown provides for reusing a converter between
documents; each build installs a new stand-in. `Page.render` then registers its own processors again, replacing
the last page's by name. tests/adapters/accel/test_internals.py pins that lookup and that pages come out the same.
"""

from __future__ import annotations

import markdown
from mkdocs.structure import pages


class _ReusingMarkdown:
    """The `markdown` module, but for `Markdown(extensions=…, extension_configs=…)`, which reuses its last converter."""

    def __init__(self) -> None:
        self._made_for: tuple | None = None
        self._converter: markdown.Markdown | None = None

    def __getattr__(self, name: str):
        return getattr(markdown, name)

    def Markdown(self, *, extensions, extension_configs) -> markdown.Markdown:  # noqa: N802 (the module's own name)
        if self._made_for == (extensions, extension_configs):
            return self._converter.reset()
        self._made_for = (extensions, extension_configs)
        self._converter = markdown.Markdown(extensions=extensions, extension_configs=extension_configs)
        return self._converter


def install(on: bool) -> None:
    """Render pages with one converter from now on (or, `on` False, with MkDocs' own again)."""
    pages.markdown = _ReusingMarkdown() if on else markdown
