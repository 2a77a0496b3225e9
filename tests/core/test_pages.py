"""Generated pages: kind indexes, facet listings and what's new, as (path, markdown) pairs."""

from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.pages import escape_md, generated_pages, link


def pages_of(root):
    return dict(generated_pages(KnowledgeBase.load(root).documents))


def test_every_kind_index_and_facet_value_has_a_page(tiny_base):
    pages = pages_of(tiny_base)
    assert {"guides/index.md", "model-meetings/index.md", "checklists/index.md", "rubrics/index.md",
            "tra-cuu/index.md", "moi-cap-nhat.md"} <= set(pages)
    assert {"tra-cuu/nam/2018.md", "tra-cuu/nam/2025.md", "tra-cuu/loai-hinh-chi-bo/khu-dan-cu.md",
            "tra-cuu/co-quan-ban-hanh/ban-thuong-vu-tinh-uy.md", "tra-cuu/hinh-thuc/van-ban.md"} <= set(pages)


def test_facet_overview_counts_documents(tiny_base):
    overview = pages_of(tiny_base)["tra-cuu/index.md"]
    assert "[Chi bộ khu dân cư (thôn, bản, tổ dân phố)](loai-hinh-chi-bo/khu-dan-cu.md) (3)" in overview
    assert overview.index("[2025]") < overview.index("[2018]"), "years newest first"


def test_guide_index_groups_by_form_and_shows_status(tiny_base):
    index = pages_of(tiny_base)["guides/index.md"]
    assert "## Văn bản" in index
    assert "[Hướng dẫn mới về sinh hoạt chi bộ](hd-05-tu.md)" in index
    assert "03-HD/TU · Ban Thường vụ Tỉnh ủy · ban hành 08/10/2018 · Hết hiệu lực" in index


def test_titles_cannot_inject_markdown_or_html():
    assert escape_md("<script>[x](javascript:1)*") == "\\<script\\>\\[x\\](javascript:1)\\*"


def test_links_are_relative_between_source_paths():
    assert link("tra-cuu/nam/2024.md", "guides/a.md") == "../../guides/a.md"
    assert link("moi-cap-nhat.md", "guides/a.md") == "guides/a.md"
