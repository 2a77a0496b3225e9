"""`sotay-content`: content/ -> validated pages, generated indexes, metadata panels."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import chain
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from sotay.core.cache import LastResult
from sotay.core.diagnostics import format_text
from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.meetings.preparation import preparation_pages
from sotay.core.meetings.selfcheck import self_assessment_pages
from sotay.core.meetings.training import training_pages
from sotay.core.memo import forget_all
from sotay.core.model import Document, ModelMeeting, Rubric
from sotay.core.site.document_page import document_markdown
from sotay.core.site.document_view import page_view
from sotay.core.site.listings import HOME_MARKER, generated_pages, recent_entries

from ..compiled_templates import CompiledTemplates
from ..dirty import Fingerprints, silence_dirty_warning
from ..files import ASSETS_URL, SPILL_DIR, PackedFile, Spill, add_pairs, add_scripts, asset_pairs, page_href
from ..held_html import NO_TOC, HeldHtml, check_anchor_links
from ..html_links import resolve_links
from .. import renderer
from ..memory import Trimmer, give_back
from ..render_cache import CACHE_DIR, RenderCache
from ..titles import escape_titles
from ..workers import prerender, renderer_count
from .config import ContentConfig

log = logging.getLogger("mkdocs.plugins.sotay")
OVERRIDES = Path(__file__).resolve().parents[1] / "overrides"
STYLES = ("sotay.css", "preparation.css", "trainer.css")
SCRIPTS = ("checklist.js", "rubric-score.js", "rubric-calculator.js", "print-button.js")  # each does nothing on pages without its markup


@dataclass
class _Build:
    """State of one build; made anew in on_config so `mkdocs serve` rebuilds never see the last one."""

    kb: KnowledgeBase
    by_src: dict[str, Document]
    render_cache: RenderCache | None
    files: Files | None = None
    spill: Spill | None = None  # where the generated pages' Markdown waits (a build's, not serve's)
    held: HeldHtml = field(default_factory=HeldHtml)
    trimmer: Trimmer = field(default_factory=Trimmer)

    def close(self) -> None:
        if self.spill:
            self.spill.close()


class ContentPlugin(BasePlugin[ContentConfig]):
    loaded: KnowledgeBase | None = None
    """The base of this root, already loaded by the caller (site_build); used by the next build only."""
    fingerprints: Fingerprints | None = None
    """Under `mkdocs serve --dirty`: what the pages written by the last build were made from (dirty.py)."""
    previous: KnowledgeBase | None = None
    """Under `mkdocs serve`: the base of the last build, whose unchanged files the next load reuses."""
    serving = False
    trainer_pages = staticmethod(training_pages)
    compiled: CompiledTemplates | None = None

    # MkDocs keeps a plugin with on_startup across the builds of one command: what `mkdocs serve` reuses lives
    # from its startup to its shutdown, each piece valid only for the same inputs; the rest is made in on_config.
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.on_shutdown()
        if command == "serve":
            self.serving = True
            self.trainer_pages = LastResult(lambda documents: list(training_pages(documents)))
            self.compiled = CompiledTemplates()
            self.fingerprints = Fingerprints() if dirty else None
            silence_dirty_warning(dirty)

    def on_shutdown(self) -> None:
        self.serving, self.fingerprints, self.previous, self.compiled = False, None, None, None
        self.trainer_pages = training_pages
        silence_dirty_warning(False)

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.build = None
        if not self.config.enabled:
            return config
        root = Path(self.config.root or Path(config.config_file_path).parent)
        kb, self.loaded = self.loaded, None
        if kb is None or kb.root.resolve() != root.resolve():
            kb = KnowledgeBase.load(root, self.previous)
        if self.serving:
            self.previous = kb
        if kb.errors:
            raise PluginError("Nội dung sổ tay có lỗi, chưa dựng trang:\n" + format_text(kb.errors))
        for diagnostic in kb.diagnostics:
            log.info(diagnostic.format())  # content warnings are sotay check's business; strict MkDocs must not fail on them
        cache = RenderCache(root / CACHE_DIR, config) if self.config.cache_enabled else None
        self.build = _Build(kb, {doc.url_path: doc for doc in kb.documents}, cache)
        config.theme.dirs.insert(0, str(OVERRIDES))
        _add_assets(config)
        return config

    # Runs after other plugins' on_files, so generated pages replace any stray file of the same path.
    @event_priority(-50)
    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        if not self.build:
            return files
        self.build.spill = None if self.serving else Spill(self.build.kb.root / SPILL_DIR)
        add_pairs(files, config, chain(self._pages(self.build.kb), asset_pairs()), self.build.spill)
        if config.nav is None and self.config.nav_generate:
            config.nav = _navigation(files)
        self.build.files = files
        return files

    def _pages(self, kb: KnowledgeBase) -> Iterator[tuple[str, str]]:
        """Every page made from the base, one kind at a time: add_pairs compresses each as it comes, so the
        Markdown of the whole site is never held as text at once (10,000 documents: ~110 MB)."""
        yield from ((doc.url_path, _with_title(doc)) for doc in kb.documents)
        yield from self_assessment_pages(kb.by_kind(Rubric))
        yield from preparation_pages(kb, date.today())
        yield from generated_pages(kb.documents)
        yield from self.trainer_pages(kb.by_kind(ModelMeeting) + kb.by_kind(Rubric))

    # Last: MkDocs reads and renders the pages right after this event; every plugin has set up its state.
    @event_priority(-100)
    def on_nav(self, nav, config: MkDocsConfig, files: Files):
        if not self.build:
            return nav
        if self.fingerprints:
            pages = self.fingerprints.mark(config, files, config.plugins.values())
        else:
            pages = [file.page for file in files.documentation_pages() if file.page]
        if not self.serving:
            forget_all()  # the pages are made: what the memos hold for making them (10,000 documents: ~60 MB) can go
            give_back()  # and leave the process before the renderers start beside it (10,000 documents: 205 -> 177 MB)
        if self.build.render_cache:
            _render_ahead(self.build.render_cache, pages, config, files, self.config.render_workers)
        return nav

    # Last: the render cache's key must cover every plugin's change to the Markdown.
    @event_priority(-100)
    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        if not self.build:
            return markdown
        if HOME_MARKER in markdown:
            markdown = markdown.replace(HOME_MARKER, recent_entries(self.build.kb.documents, page.file.src_uri, 5))
        return self.build.render_cache.lookup(markdown, page, files) if self.build.render_cache else markdown

    # First: the cache keeps Markdown's own HTML, before other plugins (sotay-refs links citations) change it.
    @event_priority(100)
    def _cached_html(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        if not (self.build and self.build.render_cache):
            return html
        return self.build.render_cache.restore_or_store(html, page, files)

    def _links_in_html(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        return resolve_links(html, page, files) if self.build and page.meta.get("links_in_html") else html

    # Last: every plugin has changed the HTML; it waits compressed for its page to be written (held_html.py).
    @event_priority(-100)
    def _held_html(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        if not self.build:
            return html
        return self.build.held.hold(page, html)

    on_page_content = CombinedEvent(_cached_html, _links_in_html, _held_html)

    def on_env(self, env, config: MkDocsConfig, files: Files):
        if self.compiled:
            env.bytecode_cache = self.compiled
        pages = [file.page for file in files.documentation_pages() if file.page]
        escape_titles(pages)
        if self.build:
            check_anchor_links(pages, files, config.validation.links.anchors)
        return env

    # First: the page's HTML is back before any other plugin or the template reads it.
    @event_priority(100)
    def on_page_context(self, context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
        if not self.build:
            return context
        self.build.held.restore(page)
        return context | self.page_context(page)

    def page_context(self, page: Page) -> dict:
        doc = self.build and self.build.by_src.get(page.file.src_uri)
        return {"sotay": page_view(doc, self.build.kb, page_href(self.build.files, page))} if doc else {}

    def site_inputs(self) -> str:
        return ""  # a document page shows the base only through page_view

    # Last: every plugin has read the page; its output is made, so its HTML, table of contents and Markdown
    # are of no further use (MkDocs would otherwise keep those of every page until the end of the build).
    @event_priority(-100)
    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        if self.build:
            page.content, page.toc = None, NO_TOC
            if isinstance(page.file, PackedFile):
                page.file.let_go()
            self.build.trimmer.tick()  # the page's template output and texts are freed
        return output

    # Every page is written: the base and this build's state go (the search indexes, written next, need the memory).
    def on_post_build(self, config: MkDocsConfig) -> None:
        if self.fingerprints:
            self.fingerprints.commit()
        if self.build:
            self.build.close()
        self.build = None
        if not self.serving:
            forget_all()  # with the memos' keys, the base's last documents go

    def on_build_error(self, error: Exception) -> None:
        if self.fingerprints:
            self.fingerprints.forget()
        if self.build:
            self.build.close()


def _render_ahead(cache: RenderCache, pages: list[Page], config: MkDocsConfig, files: Files, processes: int) -> None:
    """The pages the render cache misses rendered into it on every core (workers.py) before MkDocs' loop."""

    def markdown_of(page: Page) -> str:  # what MkDocs does to a page up to its final Markdown
        page = config.plugins.on_pre_page(page, config=config, files=files)
        page.read_source(config)
        markdown = config.plugins.on_page_markdown(page.markdown, page=page, config=config, files=files)
        page.markdown = None  # MkDocs' loop reads it again
        return markdown

    def prepare(page: Page) -> tuple[str, str] | None:  # for a renderer: (key, Markdown) of a miss
        markdown = markdown_of(page)
        key = cache.handed_over(page)
        return (key, markdown) if key else None

    def render(page: Page) -> None:  # here: up to the HTML, keeping only the cache entry
        page.markdown = markdown_of(page)
        page.render(config, files)
        cache.restore_or_store(page.content, page, files)
        page.markdown = page.content = None

    if prerender(cache.likely_misses(pages, files), prepare, render, renderer_count(processes),
                 lambda: renderer.job(config, files, cache.directory)):
        give_back()  # the temporaries of this process's share


def _add_assets(config: MkDocsConfig) -> None:
    """Our stylesheets and scripts, once even when on_config runs again on the same config."""
    config.extra_css += [f"{ASSETS_URL}/{name}" for name in STYLES if f"{ASSETS_URL}/{name}" not in config.extra_css]
    add_scripts(config, SCRIPTS)


def _with_title(doc: Document) -> str:
    """The page source: a one-field front matter (JSON is valid YAML) so MkDocs knows the title early."""
    return f"---\ntitle: {json.dumps(doc.title, ensure_ascii=False)}\n---\n\n{document_markdown(doc)}"


NAV = (
    ("Chuẩn bị sinh hoạt", "chuan-bi/index.md"),
    ("Hướng dẫn và văn bản", "guides/index.md"),
    ("Sinh hoạt mẫu", "model-meetings/index.md"),
    ("Danh mục kiểm tra", "checklists/index.md"),
    ("Tiêu chí chấm điểm", "rubrics/index.md"),
    ("Tra cứu", "tra-cuu/index.md"),
    ("Tập huấn", "tap-huan/index.md"),
    ("Mới cập nhật", "moi-cap-nhat.md"),
    ("Dành cho cấp ủy", "cap-uy/index.md"),
)


def _navigation(files: Files) -> list:
    """Sections and index pages only: a sidebar that stays small however many documents there are."""
    nav: list = [{"Trang chủ": "index.md"}] if files.get_file_from_path("index.md") else []
    nav += [{title: path} for title, path in NAV if files.get_file_from_path(path)]
    handwritten = sorted(f.src_uri for f in files.documentation_pages()
                         if f.abs_src_path and f.src_uri != "index.md" and "/" not in f.src_uri)
    if handwritten:
        nav.append({"Giới thiệu": handwritten})
    return nav
