"""Integration: the trainer's pages built by MkDocs from the six-meeting fixture."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sotay.adapters.mkdocs.site_build import build_site
from test_build import scripts
from trainer_fixture import write_trainer_base


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = write_trainer_base(tmp_path_factory.mktemp("base"))
    build_site(root, root.parent / "site")
    return root.parent / "site"


def html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def test_every_trainer_page_is_built(site: Path):
    for page in ("tap-huan", "tap-huan/sinh-hoat-mau", "tap-huan/bieu-do", "tap-huan/so-sanh", "tap-huan/bo-tai-lieu",
                 "tap-huan/bai-hoc", "tap-huan/bai-hoc/chu-de/bien-ban", "tap-huan/bai-hoc/loai-sinh-hoat/thuong-ky"):
        assert (site / page / "index.html").is_file(), page


def test_explorer_links_reach_meeting_pages(site: Path):
    page = html(site, "tap-huan/sinh-hoat-mau")
    hrefs = re.findall(r'<th scope="row" data-slug="[^"]+"><a href="([^"]+)"', page)
    assert len(hrefs) == 6 and all(h.startswith("../../model-meetings/") and h.endswith("/") for h in hrefs)
    assert ".md" not in "".join(re.findall(r'href="([^"]+)"', page))
    assert 'href="../so-sanh/"' in page and 'data-sotay-action="compare"' in page


@pytest.mark.parametrize(("page", "own"), [
    ("tap-huan/sinh-hoat-mau", ["filters.js", "selection.js", "filter-form.js", "table-sort.js", "site-data.js", "explorer.js"]),
    ("tap-huan/so-sanh", ["compare-model.js", "selection.js", "site-data.js", "compare.js"]),
    ("tap-huan/bo-tai-lieu", ["filters.js", "selection.js", "filter-form.js", "pack.js"]),
])
def test_each_trainer_page_loads_its_scripts_last_dependencies_first(site: Path, page: str, own: list[str]):
    loaded = scripts(html(site, page))
    assert loaded[-len(own):] == own, "after the site's scripts, in the order of the page's front matter"
    assert 'href="../../assets/sotay/trainer.css"' in html(site, page)
    for asset in own + ["trainer.css", "pack.css"]:
        assert (site / "assets/sotay" / asset).is_file(), asset


def test_pages_without_trainer_markup_load_no_trainer_script(site: Path):
    assert not {"explorer.js", "compare.js", "pack.js", "filter-form.js"} & set(scripts(html(site, "tap-huan")))


def test_compare_page_reads_its_meetings_from_json_files(site: Path):
    page = html(site, "tap-huan/so-sanh")
    assert 'data-sotay-compare="tap-huan/so-sanh-du-lieu"' in page
    data = json.loads((site / "tap-huan/so-sanh-du-lieu/0.json").read_text(encoding="utf-8"))
    assert {m["cell"] for m in data["meetings"]} >= {"Chi bộ Văn phòng <Khối> & Ban", "Chi bộ thôn A"}
    assert re.search(r'<a data-slug="a-thon-2024" href="../../model-meetings/a-thon-2024/">', page)


def test_charts_page_has_accessible_svg_with_tables(site: Path):
    page = html(site, "tap-huan/bieu-do")
    assert page.count('role="img"') == 4 and page.count('<table class="sotay-chart-data">') == 4
    assert "<title id=\"bd-nam-title\">" in page


def test_nav_and_home_link_to_the_hub(site: Path):
    nav = re.search(r'<nav class="md-nav md-nav--primary".*?</nav>', html(site, "tap-huan/bieu-do"), re.S).group(0)
    assert "Tập huấn" in nav
