"""Generated pages: kind indexes, facet listings and what's new, as (path, markdown) pairs."""

import re
from datetime import date

import pytest

from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.model import Checklist, Guide
from sotay.core.site import listings
from sotay.core.site.listings import escape_md, generated_pages, link


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
    assert '<li><a href="hd-05-tu.md">Hướng dẫn mới về sinh hoạt chi bộ</a>' in index
    assert "03-HD/TU · Ban Thường vụ Tỉnh ủy · ban hành 08/10/2018 · Hết hiệu lực" in index
    assert index.startswith("---\nlinks_in_html: true\n---\n"), "its raw HTML links need resolving"


@pytest.mark.parametrize(("form", "number", "issuer", "said"), [
    ("van-ban", "03-HD/TU", "Ban Thường vụ Tỉnh ủy", "03-HD/TU · Ban Thường vụ Tỉnh ủy · ban hành 23/11/2026 · Còn hiệu lực"),
    ("huong-dan", None, "Ban Tổ chức Tỉnh ủy", "Ban Tổ chức Tỉnh ủy · ban hành 23/11/2026"),
    ("huong-dan", None, None, "đăng 23/11/2026"),
    ("bai-viet", None, None, "đăng 23/11/2026"),
    ("bai-viet", None, "Báo Nhân Dân", "Báo Nhân Dân · đăng 23/11/2026"),
])
def test_an_article_is_published_an_official_document_issued(form, number, issuer, said):
    guide = Guide(path="content/guides/x.md", slug="x", body="", title="X", form=form, number=number, issuer=issuer,
                  issued=date(2026, 11, 23))
    assert " · ".join(listings.describe(guide)) == said


def test_listing_entries_escape_titles_as_html():
    item = Checklist(path="content/checklists/x.md", slug="x", body="", title='<img src=x onerror=alert(1)> & "q"',
                     phase="truoc")
    line = listings.entry_html(item, "checklists/index.md")
    assert "<img" not in line and "&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;" in line


def test_titles_cannot_inject_markdown_or_html():
    assert escape_md("<script>[x](javascript:1)*") == "\\<script\\>\\[x\\](javascript:1)\\*"


def test_links_are_relative_between_source_paths():
    assert link("tra-cuu/nam/2024.md", "guides/a.md") == "../../guides/a.md"
    assert link("moi-cap-nhat.md", "guides/a.md") == "guides/a.md"


def test_a_long_listing_comes_in_pages_that_link_each_other(tiny_base, monkeypatch):
    monkeypatch.setattr(listings, "PAGE_SIZE", 1)
    pages = pages_of(tiny_base)
    first, second = pages["guides/index.md"], pages["guides/trang/2.md"]
    assert "guides/trang/3.md" not in pages
    assert '<a href="hd-05-tu.md">Hướng dẫn mới về sinh hoạt chi bộ</a>' in first and "hd-03-tu" not in first
    assert '<a href="../hd-03-tu.md">Hướng dẫn cũ về sinh hoạt chi bộ</a>' in second and "hd-05-tu" not in second
    assert "\n# Hướng dẫn và văn bản — trang 2\n" in second and "## Văn bản (tiếp)" in second
    assert re.findall(r'<a href="([^"]+)">([^<]+)</a>', second.split("\n## ")[0])[-2:] == [("../index.md", "‹ Trang trước"), ("../index.md", "1")]
    assert first.count('<nav class="sotay-pager"') == 2, "above and below the list"
    assert '<strong aria-current="page">1</strong> <a href="trang/2.md">2</a> <a href="trang/2.md">Trang sau ›</a>' in first
    facet = [p for p in pages if p.startswith("tra-cuu/loai-hinh-chi-bo/khu-dan-cu")]
    assert facet == ["tra-cuu/loai-hinh-chi-bo/khu-dan-cu.md", "tra-cuu/loai-hinh-chi-bo/khu-dan-cu/trang/2.md",
                     "tra-cuu/loai-hinh-chi-bo/khu-dan-cu/trang/3.md"]
    assert "[← Tất cả cách tra cứu](../../../index.md)" in pages["tra-cuu/loai-hinh-chi-bo/khu-dan-cu/trang/3.md"]


def test_a_short_listing_is_one_page_without_a_pager(tiny_base):
    pages = pages_of(tiny_base)
    assert not any("/trang/" in path for path in pages)
    assert "sotay-pager" not in pages["guides/index.md"]


def test_the_pager_links_the_ends_and_the_pages_near_this_one():
    paths = ["l/index.md"] + [f"l/trang/{n}.md" for n in range(2, 21)]
    shown = re.findall(r">(\d+)</a>|>(\d+)</strong>|(…)", listings._pager("l/trang/10.md", paths, 10))
    assert ["".join(match) for match in shown] == ["1", "…", "7", "8", "9", "10", "11", "12", "13", "…", "20"]


def test_values_with_one_slug_share_one_facet_page_and_lose_no_document(tiny_base):
    old = tiny_base / "content/guides/hd-03-tu.md"
    old.write_text(old.read_text(encoding="utf-8").replace("issuer: Ban Thường vụ Tỉnh ủy", "issuer: Ban Thường vụ Tỉnh ủy."),
                   encoding="utf-8")
    pages = pages_of(tiny_base)
    issuer_pages = [path for path in pages if path.startswith("tra-cuu/co-quan-ban-hanh/")]
    assert issuer_pages == ["tra-cuu/co-quan-ban-hanh/ban-thuong-vu-tinh-uy.md"]
    page = pages[issuer_pages[0]]
    assert "hd-03-tu.md" in page and "hd-05-tu.md" in page
    assert "(co-quan-ban-hanh/ban-thuong-vu-tinh-uy.md) (2)" in pages["tra-cuu/index.md"], "one line, both documents counted"
