"""What the sotay plugins of one build share: the knowledge base, the site's files, and what each adds to pages.

The content plugin opens a new context in every build's `on_config`, loading the base, unless a part was
prepared for it: `sotay build` hands over the base it has just validated, and sotay-accel a base loaded from the
last one's unchanged files, its way of running work beside the build, and what it keeps between rebuilds. The
other plugins read the context in their `on_config` and later. It lives on that build's configuration object.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Protocol, TypeVar

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from sotay.core.documents.references import CitationIndex
from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.model import Document

_ATTRIBUTE = "sotay_context"
_PREPARED = "sotay_context_parts"

PageContext = Callable[[Page], dict]
"""A plugin's additions to one page's template context."""
T = TypeVar("T")
Work = Callable[..., Generator[Any, Any, None]]
"""Work in two steps, a generator: it yields what the build needs first; `send` then gives it what its second
step needs (known only later, once the site folder is ready) and it does that step, yielding between parts."""


class Pending(Protocol):
    """Work begun by `BuildContext.beside`."""

    def first(self) -> Any:
        """Its first result, once there."""

    def go(self, *args: Any) -> None:
        """Let its second step begin, with `args`."""

    def finish(self) -> None:
        """Once the work is done (or goes on, where nothing in the build needs it)."""


class Done:
    """Work done here and now, as a plain build does it."""

    def __init__(self, work: Work, *args: Any):
        self._steps = work(*args)
        self._first = next(self._steps)

    def first(self) -> Any:
        return self._first

    def go(self, *args: Any) -> None:
        _finish(self._steps, args)

    def finish(self) -> None:
        pass


def _finish(steps: Generator, args: tuple) -> None:
    """Send `args` to a work past its first step and run it to its end."""
    try:
        steps.send(args)
        for _ in steps:
            pass
    except StopIteration:
        pass


@dataclass
class BuildContext:
    kb: KnowledgeBase
    by_src: dict[str, Document]
    """Each document by the source path of its page (guides/hd-42-btctw.md)."""
    files: Files | None = None
    """Every file of the site, once the content plugin has added its pages (on_files)."""
    page_contexts: list[PageContext] = field(default_factory=list)
    """What each plugin adds to a page's template context, in plugin order: the very functions their
    `on_page_context` calls, so whatever must know a page's inputs (sotay-accel) asks them too."""
    site_inputs: list[Callable[[], str]] = field(default_factory=list)
    """What every page's output depends on besides its own source and context (where citations link, say)."""
    beside: Callable[..., Pending] = Done
    """Starts work the build needs only later (`Work`): done here and now; sotay-accel runs it beside the build."""
    kept: dict[str, Any] | None = None
    """Objects kept from one build to the next: none in a plain build; sotay-accel keeps them under `mkdocs serve`."""

    def keep(self, name: str, make: Callable[[], T]) -> T:
        """`make()`, or the object made for `name` by an earlier build whose objects are kept."""
        if self.kept is None:
            return make()
        if name not in self.kept:
            self.kept[name] = make()
        return self.kept[name]

    def document(self, page: Page) -> Document | None:
        return self.by_src.get(page.file.src_uri)

    @cached_property
    def citations(self) -> CitationIndex:
        """Every citation in the base, made once per build for the plugins that read it (its problems, its links)."""
        return CitationIndex(self.kb)


def prepare_context(config: MkDocsConfig, **parts: Any) -> None:
    """Parts (`kb`, `beside`, `kept`) the next `open_context` of `config` takes instead of making them."""
    setattr(config, _PREPARED, getattr(config, _PREPARED, {}) | parts)


def open_context(config: MkDocsConfig) -> BuildContext:
    """A new context for this build, from the parts prepared for it; the base is loaded from the folder holding
    mkdocs.yml unless one was prepared."""
    parts = getattr(config, _PREPARED, {})
    setattr(config, _PREPARED, {})
    kb = parts.pop("kb", None) or KnowledgeBase.load(root_of(config))
    context = BuildContext(kb, {doc.url_path: doc for doc in kb.documents}, **parts)
    setattr(config, _ATTRIBUTE, context)
    return context


def context_of(config: MkDocsConfig) -> BuildContext | None:
    """The context of this build, if the content plugin has opened it."""
    return getattr(config, _ATTRIBUTE, None)


def required_context(config: MkDocsConfig, plugin: str) -> BuildContext:
    """The context of this build; a clear error when the content plugin is missing or comes later."""
    context = context_of(config)
    if context is None:
        raise PluginError(f"{plugin} cần plugin sotay-content, đặt trước nó trong mục plugins của mkdocs.yml.")
    return context


def root_of(config: MkDocsConfig) -> Path:
    """The base's root: the folder holding mkdocs.yml (and content/)."""
    return Path(config.config_file_path).parent
