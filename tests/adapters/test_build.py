"""Integration: build a tiny knowledge base with MkDocs and read the produced HTML."""

from __future__ import annotations

import filecmp
import logging
import re
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from sotay.adapters.mkdocs.engine import engine_logger
from sotay.adapters.mkdocs.site_build import build_site
from sotay.core.site import listings
from conftest import MKDOCS_YML


def build_into(root: Path, site: Path) -> Path:
    build_site(root, site)
    return site


def html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


# The theme's inline bootstrap as files: each runs where it stands, as the inline script did.
THEME_BOOTSTRAP = ("theme-boot.js", "theme-palette.js")


def scripts(page: str) -> list[str]:
    """The packaged scripts a page loads, in order (paths under assets/sotay/). Each must be a classic deferred
    script: module scripts do not run from file://, and `defer` keeps the order that dependencies need."""
    tags = re.findall(r'<script src="(?:\.\./)*assets/sotay/([^"]+)"([^>]*)>', page)
    assert all(attributes == " defer" for _, attributes in tags if _ not in THEME_BOOTSTRAP), tags
    return [name for name, _ in tags]


@pytest.fixture(scope="module")
def site(tiny_site: Path) -> Path:
    return tiny_site


def test_every_content_file_becomes_a_page_at_its_file_name(site: Path):
    for page in ("guides/hd-03-tu", "guides/hd-05-tu", "model-meetings/ban-moi", "checklists/truoc", "rubrics/khung"):
        assert (site / page / "index.html").is_file(), page


def test_metadata_panel_shows_number_issuer_and_dates_day_first(site: Path):
    page = html(site, "guides/hd-05-tu")
    assert "<dd>05-HD/TU</dd>" in page
    assert "<dd>Ban Thường vụ Tỉnh ủy</dd>" in page
    assert "<dd>05/04/2024</dd>" in page
    assert 'sotay-status--hieu-luc">Còn hiệu lực<' in page


def test_superseded_document_carries_a_banner_linking_its_replacement(site: Path):
    page = html(site, "guides/hd-03-tu")
    banner = re.search(r'<div class="admonition danger sotay-banner".*?</div>', page, re.S).group(0)
    assert "hết hiệu lực" in banner
    assert 'href="../hd-05-tu/"' in banner
    assert "Bị thay thế bởi" in page and "Thay thế" in html(site, "guides/hd-05-tu")


def test_example_material_shows_a_visible_notice(site: Path):
    assert "Ví dụ minh họa" in html(site, "model-meetings/ban-moi")
    assert "Ví dụ minh họa" not in html(site, "guides/hd-05-tu")


def test_model_meeting_shows_rates_scores_and_separated_review(site: Path):
    page = html(site, "model-meetings/ban-moi")
    assert "18/20 (90%)" in page and "6/18 (33%)" in page
    for name in ("strengths", "limitations", "lessons"):
        assert f'sotay-review sotay-review--{name}"' in page
    assert "Xếp loại chưa khớp khung chấm điểm" in page
    assert "tiêu chí 3 chưa đạt điểm tối đa" in page


def test_each_page_shows_its_own_table_of_contents(tiny_base: Path, tmp_path: Path):
    """Each page's headings in its own table of contents, in a cold build and in a warm one (with sotay-accel,
    whose page store writes the page again without rendering it)."""
    (tiny_base / "mkdocs.yml").write_text(MKDOCS_YML.replace("  - sotay-search\n", "  - sotay-search\n  - sotay-accel\n"),
                                          encoding="utf-8")
    for attempt in ("cold", "warm"):
        page = html(build_into(tiny_base, tmp_path / attempt), "model-meetings/ban-moi")
        toc = page[page.index('md-nav--secondary" aria-label="Mục lục"'):]
        toc = toc[:toc.index("</nav>")]
        assert re.findall(r'href="#([^"]+)"', toc) == ["uu-iem", "han-che", "bai-hoc-kinh-nghiem"], attempt


def test_a_missing_link_in_raw_html_warns_like_a_markdown_link(tiny_base: Path, tmp_path: Path):
    (tiny_base / "docs").mkdir(exist_ok=True)
    (tiny_base / "docs/bang.md").write_text(
        '---\nlinks_in_html: true\n---\n\n# Bảng\n\n<p><a href="model-meetings/khong-co.md">hỏng</a> '
        '<a href="model-meetings/ban-moi.md#uu-iem">được</a></p>\n', encoding="utf-8")
    with pytest.raises(Abort, match="1 warnings in strict mode"):
        build_site(tiny_base, tmp_path / "site")
    build_site(tiny_base, tmp_path / "site", strict=False)
    page = html(tmp_path / "site", "bang")
    assert 'href="model-meetings/khong-co.md"' in page and 'href="../model-meetings/ban-moi/#uu-iem"' in page


def test_links_to_anchors_of_other_pages_are_still_checked(tiny_base: Path, tmp_path: Path, caplog):
    (tiny_base / "docs").mkdir(exist_ok=True)
    (tiny_base / "docs/muc.md").write_text(
        "# Mục\n\n[có](model-meetings/ban-moi.md#uu-iem) [không có](model-meetings/ban-moi.md#khong-co)\n",
        encoding="utf-8")
    with caplog.at_level(logging.INFO, logger=engine_logger().name):
        build_site(tiny_base, tmp_path / "site")
    missing = [r.getMessage() for r in caplog.records if "does not contain an anchor" in r.getMessage()]
    assert len(missing) == 1 and "'#khong-co'" in missing[0], missing


def test_generated_indexes_and_facets_list_documents(site: Path):
    guides = html(site, "guides")
    assert "Hướng dẫn mới về sinh hoạt chi bộ" in guides and "Hết hiệu lực" in guides
    facet = html(site, "tra-cuu/loai-hinh-chi-bo/khu-dan-cu")
    assert "Sinh hoạt thường kỳ chi bộ thôn Bản Mới" in facet and "Hướng dẫn mới về sinh hoạt chi bộ" in facet
    assert (site / "tra-cuu/nam/2024/index.html").is_file()
    assert "Bổ sung phần biên bản." in html(site, "moi-cap-nhat")


def test_long_listings_are_paged_with_working_links(tiny_base: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(listings, "PAGE_SIZE", 1)
    site = build_into(tiny_base, tmp_path / "site")  # strict: every pager link reaches its page
    second = html(site, "tra-cuu/loai-hinh-chi-bo/khu-dan-cu/trang/2")
    pager = re.search(r'<nav class="sotay-pager" aria-label="Các trang của danh sách">(.*?)</nav>', second).group(1)
    assert re.findall(r'<a href="([^"]+)">([^<]+)</a>|<strong aria-current="page">(\d)</strong>', pager) == [
        ("../../", "‹ Trang trước", ""), ("../../", "1", ""), ("", "", "2"), ("../3/", "3", ""), ("../3/", "Trang sau ›", "")]
    assert "Sinh hoạt thường kỳ chi bộ thôn Bản Mới" in second and "Hướng dẫn mới" not in second


def test_procedure_marked_in_a_guide_becomes_a_linked_checklist(site: Path):
    page = html(site, "checklists/hd-05-tu")
    assert "Điểm danh" in page and 'href="../../guides/hd-05-tu/"' in page


def test_navigation_lists_sections_not_every_document(site: Path):
    nav = re.search(r'<nav class="md-nav md-nav--primary".*?</nav>', html(site, "guides/hd-05-tu"), re.S).group(0)
    assert "Sinh hoạt mẫu" in nav and "Tra cứu" in nav
    assert "Hướng dẫn cũ về sinh hoạt chi bộ" not in nav


def test_home_page_lists_recent_updates(site: Path):
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "01/05/2024" in home and "guides/hd-05-tu/" in home


def test_two_builds_give_identical_files(tiny_base: Path, tmp_path: Path):
    first, second = build_into(tiny_base, tmp_path / "a"), build_into(tiny_base, tmp_path / "b")
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    _, mismatch, errors = filecmp.cmpfiles(first, second, files, shallow=False)
    assert mismatch == [] and errors == []


def test_content_error_stops_the_build_and_keeps_the_previous_site(tiny_base: Path, tmp_path: Path, caplog):
    site = build_into(tiny_base, tmp_path / "site")
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    (tiny_base / "content/guides/hd-05-tu.md").write_text("---\ntitle: Hỏng\nform: van-ban\n---\n", encoding="utf-8")
    with pytest.raises(Exception, match="BuildError"):
        build_site(tiny_base, site)
    assert "content/guides/hd-05-tu.md:3: lỗi: văn bản (form: van-ban) phải có trường số hiệu [number]" in caplog.text
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before
    assert not list(site.parent.glob(".site-*")), "no staging folder is left behind"


def test_rebuild_with_the_same_plugin_instances_has_no_stale_state(tiny_base: Path, tmp_path: Path):
    """What `mkdocs serve` does: one config (and plugin instances), several builds, content edited between."""
    config = load_config(config_file=str(tiny_base / "mkdocs.yml"), site_dir=str(tmp_path / "served"))
    build(config, serve_url=None)
    meeting = tiny_base / "content/model-meetings/ban-moi.md"
    meeting.write_text(meeting.read_text(encoding="utf-8").replace("Bản Mới", "Nà Mòn"), encoding="utf-8")
    (tiny_base / "content/checklists/truoc.md").unlink()
    config.plugins.on_startup(command="serve", dirty=False)
    build(config.plugins.run_event("config", config), serve_url=None)
    site = tmp_path / "served"
    listing = html(site, "model-meetings")
    assert "Nà Mòn" in listing and "Bản Mới" not in listing
    assert listing.count("Nà Mòn") == 1
    assert "Việc cần làm trước sinh hoạt" not in html(site, "checklists")
