"""`sotay-content`: content/ -> validated pages, generated indexes, metadata panels.

Loads the base once per build (the build context), adds the document pages and the core's generated pages in
`on_files`, and gives each document page its metadata panel through the template context.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from functools import partial
from itertools import chain
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from sotay.core.clock import build_date
from sotay.core.diagnostics import format_text
from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.meetings.preparation import preparation_pages
from sotay.core.meetings.selfcheck import self_assessment_pages
from sotay.core.meetings.training import training_pages
from sotay.core.memo import LastResult
from sotay.core.model import Document, ModelMeeting, Rubric
from sotay.core.problems import base_diagnostics, tally
from sotay.core.site.document_page import document_markdown
from sotay.core.site.document_view import page_view
from sotay.core.site.home import HOME, home_page
from sotay.core.site.identity import Identity
from sotay.core.site.listings import generated_pages
from sotay.core.site.page_assets import page_assets
from sotay.core.upgrade.apply import findings

from ..context import BuildContext, context_of, open_context
from ..engine import engine_logger
from ..files import add_pairs, add_styles, asset_pairs, page_href
from ..links_in_html import resolve_links
from ..titles import escape_titles
from .config import ContentConfig
from .identity import footer, identity_of, identity_pairs

log = engine_logger("plugins.sotay")
OVERRIDES = Path(__file__).resolve().parents[1] / "overrides"
STYLES = ("sotay.css",)  # every page's; the others load on the pages with their markup (core/site/page_assets.py)


class ContentPlugin(BasePlugin[ContentConfig]):
    identity = Identity()  # made again from the options by every on_config
    # First of our plugins: the others read the base this loads.
    @event_priority(50)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if not self.config.enabled:
            return config
        context = open_context(config)
        if context.kb.errors:
            older = "\nSổ tay theo quy ước nội dung cũ: `sotay check` chỉ ra việc cần đổi, `sotay upgrade` sửa những việc sửa được." \
                if findings(context.kb) else ""
            raise PluginError("Nội dung sổ tay có lỗi, chưa dựng trang:\n" + format_text(context.kb.errors) + older)
        # What `sotay check` reports, counted as it counts; at info: content warnings are sotay check's business,
        # and strict MkDocs must not fail on them.
        diagnostics = base_diagnostics(context.kb, build_date(), context.citations)
        if diagnostics:
            for line in [*format_text(diagnostics).splitlines(), tally(context.kb, diagnostics)]:
                log.info("sotay: %s", line)
        context.page_contexts.append(partial(_document_context, context))
        config.theme.dirs.insert(0, str(OVERRIDES))
        self.identity = identity_of(self.config, config)
        context.site_inputs.append(lambda: repr(footer(self.identity, context.kb.documents, context.files)))
        add_styles(config, STYLES)
        return config

    # After the other plugins' on_files: generated pages replace any stray file of the same path, and the
    # navigation lists every section page they added.
    @event_priority(-50)
    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        context = context_of(config)
        if context is None:
            return files
        # Kept between rebuilds (sotay-accel, under serve), the trainer pages are made again only when a model
        # meeting or a rubric changed.
        trainer_pages = context.keep("trainer-pages", lambda: LastResult(_trainer_pages))
        preparations = preparation_pages(context.kb, build_date())
        home = [] if files.get_file_from_path(HOME) else [  # a base's own docs/index.md wins over the made one
            home_page(context.kb.documents, config.site_name, config.site_description or "", len(preparations) - 1)]
        add_pairs(files, config, chain(_pages(context.kb, preparations, trainer_pages), home, asset_pairs(),
                                       identity_pairs(self.identity)))
        if config.nav is None and self.config.nav_generate:
            config.nav = _navigation(files)
        context.files = files
        return files

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        return resolve_links(html, page, files) if context_of(config) and page.meta.get("links_in_html") else html

    def on_env(self, env, config: MkDocsConfig, files: Files):
        escape_titles(file.page for file in files.documentation_pages() if file.page)
        context = context_of(config)
        env.globals["sotay_identity"] = footer(self.identity, context.kb.documents, files) if context else {}
        return env

    def on_page_context(self, context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
        build = context_of(config)
        if not build:
            return context
        return context | _document_context(build, page) | {"sotay_assets": page_assets(page.content or "")}


def _pages(kb: KnowledgeBase, preparations: list[tuple[str, str]],
           trainer_pages: Callable[[list, list], list]) -> Iterator[tuple[str, str]]:
    """Every page made from the base: the documents' own, then the generated ones."""
    yield from ((doc.url_path, _with_title(doc)) for doc in kb.documents)
    yield from self_assessment_pages(kb.by_kind(Rubric))
    yield from preparations
    yield from generated_pages(kb.documents)
    yield from trainer_pages(kb.by_kind(ModelMeeting), kb.by_kind(Rubric))


def _trainer_pages(meetings: list[ModelMeeting], rubrics: list[Rubric]) -> list[tuple[str, str | bytes]]:
    return list(training_pages(meetings + rubrics))


def _document_context(context: BuildContext, page: Page) -> dict:
    """A document page's metadata panel, relations and status (core/site/document_view.py), as `sotay` in its template."""
    doc = context.document(page)
    return {"sotay": page_view(doc, context.kb, page_href(context.files, page))} if doc else {}


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
