"""Integration: a build writes the browser shards, lists related documents, renders the header search box
and the results page; it writes no whoosh index (`sotay search` makes its own)."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from sotay.adapters.mkdocs.site_build import build_site
from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.search.records import records
from sotay.core.search.shards import shard_pairs
from sotay.core.search.whoosh_index import CACHE_DIR
from test_build import scripts

BOX_SCRIPTS = ["search/box.js"]  # it adds the scripts that search when first used
SEARCH_SCRIPTS = ["search/analysis.js", "search/rank.js", "search/store.js", "search/render.js"]  # dependencies first


def html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def test_build_writes_the_shards_and_nothing_into_the_sources(tiny_site: Path):
    manifest = json.loads((tiny_site / "search/manifest.json").read_text(encoding="utf-8"))
    assert manifest["version"] == 2 and manifest["docs"]["count"] == 6 + 21  # the documents, then the generated pages
    assert len(list((tiny_site / "search/t").glob("*.json.gz"))) == manifest["shards"]
    block = json.loads(gzip.decompress((tiny_site / "search/d/0.json.gz").read_bytes()))
    assert {row[1] for row in block} >= {"guides/hd-03-tu/", "model-meetings/ban-moi/"}
    root = tiny_site.parent / "base"
    assert not list((root / "content").rglob(".*")) and not list((root / "docs").rglob("search*"))


def test_the_build_leaves_the_whoosh_index_to_sotay_search(tiny_site: Path):
    assert not (tiny_site.parent / "base" / CACHE_DIR).exists()


def test_the_shards_are_those_of_the_core(tiny_site: Path):
    expected = dict(shard_pairs(records(KnowledgeBase.load(tiny_site.parent / "base"))))
    written = {path.relative_to(tiny_site).as_posix(): path.read_bytes() for path in (tiny_site / "search").rglob("*") if path.is_file()}
    assert written == expected


def test_document_pages_list_related_documents(tiny_site: Path):
    page = html(tiny_site, "guides/hd-03-tu")
    section = re.search(r'<section class="sotay-related".*?</section>', page, re.S).group(0)
    assert "Tài liệu liên quan" in section
    assert '<a href="../hd-05-tu/">Hướng dẫn mới về sinh hoạt chi bộ</a> (05-HD/TU)' in section
    assert "hd-03-tu" not in section


def test_related_documents_no_longer_in_force_are_marked(tiny_site: Path):
    section = re.search(r'<section class="sotay-related".*?</section>', html(tiny_site, "guides/hd-05-tu"), re.S).group(0)
    assert re.search(r'Hướng dẫn cũ về sinh hoạt chi bộ</a> \(03-HD/TU\) <span class="sotay-status sotay-status--het-hieu-luc">Hết hiệu lực', section)


def test_every_page_has_the_header_search_form_that_works_without_javascript(tiny_site: Path):
    page = html(tiny_site, "guides/hd-05-tu")
    form = re.search(r'<form class="md-search__form" action="([^"]+)" method="get">.*?</form>', page, re.S)
    assert form and form.group(1) == "../../tim-kiem/"
    assert 'name="q"' in form.group(0) and 'role="combobox"' in form.group(0)
    assert [name for name in scripts(page) if name.startswith("search/")] == BOX_SCRIPTS
    assert 'data-md-component="search"' not in page, "material's search component would look for its own index"


def test_results_page_has_the_form_the_no_script_notice_and_browse_links(tiny_site: Path):
    page = html(tiny_site, "tim-kiem")
    assert [name for name in scripts(page) if name.startswith("search/")] == BOX_SCRIPTS + SEARCH_SCRIPTS + ["search/page.js"]
    assert 'data-sotay-search-page' in page and '<input id="sotay-search-q" type="search" name="q"' in page
    notice = re.search(r"<noscript>.*?</noscript>", page, re.S).group(0)
    assert "Tìm kiếm cần JavaScript" in notice
    assert 'href="../guides/"' in page and 'href="../tra-cuu/"' in page and 'href="../chuan-bi/"' in page
    assert "Xem theo loại tài liệu</h2>" in page and "Trang hay dùng</h2>" in page
    assert 'src="../assets/sotay/search/page.js"' in page
    for module in ("analysis", "rank", "store", "render", "box", "page"):
        assert (tiny_site / f"assets/sotay/search/{module}.js").is_file()


def test_rebuild_with_the_same_plugin_instances_indexes_the_new_content(tiny_base: Path, tmp_path: Path):
    config = load_config(config_file=str(tiny_base / "mkdocs.yml"), site_dir=str(tmp_path / "served"))
    build(config, serve_url=None)
    meeting = tiny_base / "content/model-meetings/ban-moi.md"
    meeting.write_text(meeting.read_text(encoding="utf-8").replace("Bản Mới", "Nà Mòn"), encoding="utf-8")
    config = load_config(config_file=str(tiny_base / "mkdocs.yml"), site_dir=str(tmp_path / "served"))
    build(config, serve_url=None)
    site = tmp_path / "served"
    titles = [row[0] for path in (site / "search/d").glob("*.json.gz") for row in json.loads(gzip.decompress(path.read_bytes()))]
    assert "Sinh hoạt thường kỳ chi bộ thôn Nà Mòn" in titles and not any("Bản Mới" in t for t in titles)
