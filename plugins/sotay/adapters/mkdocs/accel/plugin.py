"""`sotay-accel`: what makes builds and the live preview fast, and nothing else. Without it (or with
`enabled: false`) the site is the same, byte for byte (tests/adapters/accel/test_same_site.py).

- Memory (builds): generated pages' Markdown held compressed until read (compressed_markdown.py), each page's Markdown,
  HTML and table of contents let go once it is written.
- Page store (builds): a page whose fingerprint (fingerprints.py) has a stored output is written from the store,
  not rendered; a rendered page's output is stored for the next build, unless MkDocs warned about it or it links
  to an anchor (anchors.py: such a page is rendered every time, so that its links are checked every time).
- Shared page loop (builds): the pages left to render are shared among forked processes, one per core (split.py).
- Work beside the build (`BuildContext.beside`: search scoring and index): in a forked process in a build, in a
  thread under serve (beside.py).
- Navigation (builds and serve): rendered once for the pages of a folder that share it, not once per page
  (nav_once.py).
- Markdown (builds and serve): one converter for every page of a build, reset between pages (one_markdown.py).
- Live preview (`mkdocs serve`): the base reloads only the content files that changed, objects the plugins keep
  (`BuildContext.keep`) live from one rebuild to the next, and so do compiled templates; under `--dirty`, a page
  whose fingerprint is that of the output already in the site folder is not rendered again.

Page store and shared loop need MkDocs' dirty mode, in which `sotay build` builds into its empty folder; a plain
`mkdocs build` gets neither.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from functools import partial

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from sotay.core.knowledge_base import KnowledgeBase

from ..context import Pending, context_of, prepare_context, root_of
from ..engine import engine_logger
from . import nav_once, one_markdown
from .anchors import restore, reusable, taken
from .beside import Forked, Threaded
from .config import AccelConfig
from .fingerprints import fingerprints
from .internals import NO_TOC, mark_modified, quiet_dirty_warning
from .compressed_markdown import compress_generated, let_go
from .page_store import STORE_DIR, PageStore
from .split import PageLoop, WarningCount
from .templates import CompiledTemplates


@dataclass
class _Build:
    """One build's state; made in on_config, so no rebuild of `mkdocs serve` sees the last one's."""

    store: PageStore | None
    warnings: WarningCount = field(default_factory=WarningCount)
    loop: PageLoop = field(default_factory=PageLoop)
    beside: list[Forked] = field(default_factory=list)  # work begun beside this build (forked processes)
    marks: dict[str, str] = field(default_factory=dict)  # fingerprints of the pages this process renders
    warned: set[str] = field(default_factory=set)  # pages MkDocs warned about while rendering them here
    counted: dict[str, int] = field(default_factory=dict)  # warnings counted when each page's current step began
    files: Files | None = None  # the site's files, once gathered (on_nav)


class AccelPlugin(BasePlugin[AccelConfig]):
    command = ""
    dirty = False
    previous: KnowledgeBase | None = None  # under serve: the last build's base, whose unchanged files the next load reuses
    written: dict[str, str] | None = None  # under serve --dirty: the fingerprint of each page in the site folder
    compiled: CompiledTemplates | None = None  # under serve
    kept: dict | None = None  # under serve: what the plugins keep from one rebuild to the next (BuildContext.keep)
    threads: list[Threaded] | tuple = ()  # under serve: work of the last build still going on after it

    # MkDocs keeps a plugin with on_startup for every build of one command: what serve reuses lives from here to
    # on_shutdown, each piece valid only for the same inputs; the rest is made in on_config.
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.on_shutdown()
        self.command, self.dirty = command, dirty
        if command == "serve":
            self.compiled, self.kept, self.threads = CompiledTemplates(), {}, []
            self.written = {} if dirty else None
        quiet_dirty_warning(dirty)

    def on_shutdown(self) -> None:
        for thread in self.threads:
            thread.wait()
        self.command, self.dirty, self.previous, self.written, self.compiled, self.kept = "", False, None, None, None, None
        quiet_dirty_warning(False)

    def _stop_threads(self) -> None:
        for thread in self.threads:
            thread.stop()
        self.threads = []

    @property
    def serving(self) -> bool:
        return self.command == "serve"

    # Before sotay-content's (50), which opens the build context with what this prepares: under serve, the base
    # loaded reusing the last build's documents of unchanged files.
    @event_priority(100)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.build = None
        if not self.config.enabled:
            return config
        if self.serving:
            self._stop_threads()  # before this build writes the site folder again
            self.previous = KnowledgeBase.load(root_of(config), self.previous)
            prepare_context(config, kb=self.previous, kept=self.kept, beside=self._in_thread)
        else:
            prepare_context(config, beside=self._forked)
        stored = self.dirty and not self.serving and self.config.store
        self.build = _Build(PageStore(root_of(config) / STORE_DIR) if stored else None)
        engine_logger().addHandler(self.build.warnings)
        one_markdown.install(True)
        return config

    def _forked(self, work, *args) -> Pending:
        pending = Forked(work, *args)
        self.build.beside.append(pending)
        return pending

    def _in_thread(self, work, *args) -> Pending:
        pending = Threaded(work, *args)
        self.threads.append(pending)
        return pending

    # Last: every plugin has added its pages.
    @event_priority(-100)
    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        if self.build and not self.serving:  # under serve, speed matters more than the memory of one build
            compress_generated(files)
        return files

    # Last: every plugin has set up what pages are made from.
    @event_priority(-100)
    def on_nav(self, nav, config: MkDocsConfig, files: Files):
        context = context_of(config)
        if not (self.build and context and self.dirty):
            return nav
        self.build.files = files
        pages = [file for file in files.documentation_pages() if file.page is not None]
        marks = fingerprints(config, context) if self.build.store or self.written is not None else {}
        left = [file for file in pages if not self._reused(file, marks.get(file.src_uri))]
        self.build.marks = {file.src_uri: marks[file.src_uri] for file in left if file.src_uri in marks}
        if not self.serving:
            for pending in self.build.beside:
                pending.first()  # read here, once: a process forked next would share the pipe it comes through
            statics = [file for file in files if not file.is_documentation_page()]
            self.build.loop.share(left, statics, self.config.processes or _cores(), partial(_titled, left, config, files))
        return nav

    def _reused(self, file: File, mark: str | None) -> bool:
        """Whether the page's output is already in place: in the site folder (serve) or written from the store.
        A page without a fingerprint (hand-written) is always rendered."""
        reused = False
        if mark is not None and self.written is not None:
            reused = self.written.get(file.src_uri) == mark and os.path.isfile(file.abs_dest_path)
        elif mark is not None and self.build.store:
            anchors = self.build.store.write_stored(file, mark)
            if anchors is not None:
                restore(file.page, anchors)
                reused = True
        mark_modified(file, not reused)
        return reused

    def on_env(self, env, config: MkDocsConfig, files: Files):
        if not self.build:
            return env
        if self.compiled:
            env.bytecode_cache = self.compiled
        nav_once.install(env)
        return env

    # First and last of each step of a page (read and render; template and write): MkDocs' warnings in between are its.
    @event_priority(100)
    def on_pre_page(self, page: Page, config: MkDocsConfig, files: Files) -> Page:
        self._begin(page)
        return page

    @event_priority(-100)
    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        self._end(page)
        return html

    @event_priority(100)
    def on_page_context(self, template_context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
        self._begin(page)
        return template_context

    @event_priority(-100)
    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        if not self.build:
            return output
        self._end(page)
        mark = self.build.marks.get(page.file.src_uri)
        if mark and self.build.store and page.file.src_uri not in self.build.warned and reusable(page):
            self.build.store.keep(page.file, mark, output, frozenset(page.present_anchor_ids or ()))
        if self.build.loop.forked:
            self.build.loop.anchors.append(taken(page))
        else:
            self.build.loop.written(self.build.files)
        # Written next: MkDocs would hold every page's Markdown, HTML and table of contents to the end of the build.
        page.markdown, page.content, page.toc = None, None, NO_TOC
        let_go(page.file)
        return output

    def _begin(self, page: Page) -> None:
        if self.build:
            self.build.counted[page.file.src_uri] = self.build.warnings.count

    def _end(self, page: Page) -> None:
        if self.build and self.build.warnings.count > self.build.counted.pop(page.file.src_uri, self.build.warnings.count):
            self.build.warned.add(page.file.src_uri)

    # First: a forked process ends here; the build's own waits for them before any plugin reads the site folder.
    @event_priority(100)
    def on_post_build(self, config: MkDocsConfig) -> None:
        if not self.build:
            return
        if self.build.loop.forked:
            self.build.loop.end_forked()
        self._detach()
        self.build.loop.wait()
        if self.written is not None:
            self.written.update({source: mark for source, mark in self.build.marks.items() if source not in self.build.warned})

    def on_build_error(self, error: Exception) -> None:
        if not self.build:
            return
        if self.build.loop.forked:
            self.build.loop.end_forked(failed=True)
        self._detach()
        self.build.loop.stop()
        for pending in self.build.beside:
            pending.stop()
        if self.written is not None and self.build.files is not None:
            # Stopped in its page loop: some pages may be half written or missing, the next build writes all.
            # Stopped before (content errors stop it in on_config), it left the site folder as it was.
            self.written.clear()

    def _detach(self) -> None:
        engine_logger().removeHandler(self.build.warnings)
        one_markdown.install(False)


def _titled(pages: list[File], config: MkDocsConfig, files: Files) -> None:
    """Hand-written pages take their titles from their first heading, known once rendered. Every process sharing
    the page loop lists them in its navigation, so they are rendered here, before it is shared, and again by the
    process that writes them, which reports what MkDocs finds wrong in them (silent here, so it is said once)."""
    logging.disable(logging.WARNING)
    try:
        for file in pages:
            if file.generated_by is None:
                file.page.read_source(config)
                file.page.render(config, files)
    finally:
        logging.disable(logging.NOTSET)


def _cores() -> int:
    affinity = getattr(os, "sched_getaffinity", None)  # Linux: the cores this process may use
    return len(affinity(0)) if affinity else os.cpu_count() or 1
