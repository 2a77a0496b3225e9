"""Renderer processes: the pages are shared between the build and the renderers it starts, each page rendered
once, stored in the render cache as the build's own rendering would be, and nothing lost when a renderer fails."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import get_files
from mkdocs.structure.pages import Page

from sotay.adapters.mkdocs import renderer, workers
from sotay.adapters.mkdocs.render_cache import rendering
from sotay.core.cache import ResultCache

PAGES = 12


@pytest.fixture
def site(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for n in range(PAGES):
        target = "khong-co.md" if n == 5 else f"p{(n + 1) % PAGES}.md"  # page 5 links to a missing page: it warns
        (docs / f"p{n}.md").write_text(f"# Trang {n}\n\n[Tiếp]({target}#muc)\n\n" + "Nội dung. " * 400 * (n + 1),
                                       encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: Thử\nmarkdown_extensions:\n  - toc:\n      permalink: true\n",
                                         encoding="utf-8")
    config = load_config(str(tmp_path / "mkdocs.yml"))
    files = get_files(config)
    pages = [Page(None, file, config) for file in files.documentation_pages()]
    return config, files, pages, tmp_path / "cache"


def run(site, renderers: int) -> tuple[list[str], list[str], ResultCache]:
    """prerender with a `render` that renders and stores here; (sent to renderers, rendered here, the cache).
    The pages (~1 MB) overflow the pipe while the renderer starts, so both processes take some."""
    config, files, pages, directory = site
    store, sent, here = ResultCache(directory), [], []

    def prepare(page: Page):
        page.read_source(config)
        sent.append(page.file.src_uri)
        return f"key-{page.file.src_uri}", page.markdown

    def render(page: Page) -> None:
        page.read_source(config)
        page.render(config, files)
        here.append(page.file.src_uri)
        store.put(page.file.src_uri, f"key-{page.file.src_uri}", rendering(page, page.content))

    assert workers.prerender(pages, prepare, render, renderers, lambda: renderer.job(config, files, directory))
    return sent, here, store


def reference(site, src_uri: str) -> dict:
    """The page rendered in this process, as MkDocs would."""
    config, files, _, _ = site
    page = Page(None, files.get_file_from_path(src_uri), config)
    page.read_source(config)
    page.render(config, files)
    return rendering(page, page.content)


def test_every_page_is_rendered_once_here_or_by_a_renderer_and_stored_as_here(site):
    sent, here, store = run(site, 1)
    assert sent and here, "both the build and the renderer took pages"
    assert sorted(sent + here) == sorted(f"p{n}.md" for n in range(PAGES)) and not set(sent) & set(here)
    for src_uri in sent:
        stored = store.get(src_uri, f"key-{src_uri}")
        if src_uri == "p5.md":
            assert stored is None, "a rendering that warned is left to MkDocs' loop, which warns"
            continue
        expected = reference(site, src_uri)
        assert stored["html"] == expected["html"] and stored["links"] == expected["links"]
        assert stored["anchors"] == expected["anchors"] and stored["title"] == expected["title"]
        assert [item.id for item in stored["toc"]] == [item.id for item in expected["toc"]]


def test_a_renderer_that_cannot_start_leaves_every_page_here(site, monkeypatch):
    monkeypatch.setattr(workers.sys, "executable", "/khong-co/python")
    sent, here, _ = run(site, 1)
    assert not sent and sorted(here) == sorted(f"p{n}.md" for n in range(PAGES))


def test_nothing_is_started_for_too_few_pages_or_without_renderers(site):
    config, files, pages, directory = site
    never = lambda page: pytest.fail("nothing should render")  # noqa: E731
    job = lambda: renderer.job(config, files, directory)  # noqa: E731
    assert not workers.prerender(pages, never, never, 0, job)
    assert not workers.prerender(pages[:3], never, never, 1, job)


def test_renderers_are_one_per_other_core_or_as_requested():
    assert workers.renderer_count(1) == 0 and workers.renderer_count(3) == 2
    assert workers.renderer_count(0) == workers._cores() - 1
