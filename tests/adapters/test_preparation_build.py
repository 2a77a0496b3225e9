"""Integration: checklists, preparation pages and the self-assessment page in a built tiny site."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from test_build import html, scripts

from sotay.core.knowledge_base import KnowledgeBase

PAGE_SCRIPTS = ("checklist.js", "rubric-score.js", "rubric-calculator.js", "print-button.js")  # core/site/page_assets.py


@pytest.fixture(scope="module")
def site(tiny_site: Path) -> Path:
    return tiny_site


def item_ids(page: str) -> list[str]:
    return re.findall(r'<input type="checkbox" id="ck-[^"]+" data-item="([^"]+)">', page)


def test_checklist_page_has_a_checkbox_per_item_with_its_stable_id(site: Path):
    checklist = next(d for d in KnowledgeBase.load(site.parent / "base").documents if d.url_path == "checklists/truoc.md")
    page = html(site, "checklists/truoc")
    assert item_ids(page) == [checklist.items[0].id, checklist.items[0].children[0].id, checklist.items[1].id]
    assert 'data-sotay-checklist="checklists/truoc"' in page and "0/3</strong>" in page
    assert '<p class="sotay-checklist__note">Ghi chú: ít nhất một ngày trước.</p>' in page
    assert "Người kiểm tra" in page and "sotay-print-only" in page


def test_procedure_drawn_from_a_guide_is_tickable_too(site: Path):
    page = html(site, "checklists/hd-05-tu")
    assert len(item_ids(page)) == 2 and 'data-sotay-checklist="checklists/hd-05-tu"' in page


def test_pack_is_reachable_from_the_navigation_and_inlines_its_checklists(site: Path):
    home = (site / "index.html").read_text(encoding="utf-8")
    assert '<a class="md-button md-button--primary" href="chuan-bi/">' in home, "the home page's first card"
    nav = re.search(r'<nav class="md-nav md-nav--primary".*?</nav>', html(site, "guides"), re.S).group(0)
    assert re.search(r'href="\.\./chuan-bi/"[^>]*>\s*<span class="md-ellipsis">\s*Chuẩn bị sinh hoạt', nav)
    index = html(site, "chuan-bi")
    assert 'href="thuong-ky-khu-dan-cu/"' in index
    pack = html(site, "chuan-bi/thuong-ky-khu-dan-cu")
    assert "Chuẩn bị sinh hoạt thường kỳ — Chi bộ khu dân cư (thôn, bản, tổ dân phố)" in pack
    assert len(item_ids(pack)) == 5, "before (3) and the guide's procedure during the meeting (2)"
    assert 'href="../../checklists/truoc/"' in pack and 'href="../../rubrics/khung/tu-cham-diem/"' in pack
    assert 'href="../../guides/hd-05-tu/"' in pack and "guides/hd-03-tu" not in pack
    assert 'href="../../model-meetings/ban-moi/"' in pack
    assert "BIÊN BẢN" in pack and 'id="bien-ban"' in pack
    for page in (index, pack, html(site, "rubrics/khung/tu-cham-diem"), html(site, "checklists/truoc")):
        assert not re.search(r'href="[^"]*\.md[#"]', page), "every link points at a built page, not a source file"


def test_self_assessment_page_embeds_the_rubric_and_is_linked_from_it(site: Path):
    page = html(site, "rubrics/khung/tu-cham-diem")
    assert '<form class="sotay-calc" data-sotay-rubric="khung"' in page
    assert '"require_max":["1","3"]' in page
    assert 'href="tu-cham-diem/"' in html(site, "rubrics/khung")


def test_scripts_are_classic_deferred_dependencies_first_and_only_where_their_markup_is(site: Path):
    page = html(site, "checklists/truoc")
    assert [name for name in scripts(page) if name in PAGE_SCRIPTS] == ["checklist.js"]
    assert 'type="module"' not in page and '../../assets/sotay/preparation.css"' in page
    calculator = html(site, "rubrics/khung/tu-cham-diem")
    assert [name for name in scripts(calculator) if name in PAGE_SCRIPTS] == ["rubric-score.js", "rubric-calculator.js", "print-button.js"]
    guide = html(site, "guides/hd-05-tu")
    assert not set(scripts(guide)) & set(PAGE_SCRIPTS) and "preparation.css" not in guide and "trainer.css" not in guide
    for name in PAGE_SCRIPTS:
        assert (site / "assets/sotay" / name).is_file()


def test_running_on_config_again_adds_no_second_copy_of_the_assets(tiny_base: Path, tmp_path: Path):
    config = load_config(config_file=str(tiny_base / "mkdocs.yml"), site_dir=str(tmp_path / "served"))
    build(config, serve_url=None)
    build(config.plugins.run_event("config", config), serve_url=None)
    page = html(tmp_path / "served", "checklists/truoc")
    assert page.count("assets/sotay/checklist.js") == 1 and page.count("assets/sotay/preparation.css") == 1
