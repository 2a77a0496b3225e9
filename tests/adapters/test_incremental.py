"""Builds that reuse the last build's work (render cache, whoosh index) give what a build from nothing gives.

A base is built (filling ROOT/.cache/sotay/), one document is edited, and the base is built again: every
page the edit touches (the page, its backlinks, indexes, facets, preparation pages, search shards, the whoosh index)
shows the edit, and the whole site is byte for byte the site of a build with the cache deleted.
"""

from __future__ import annotations

import filecmp
import gzip
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

import sotay.adapters.mkdocs.content.plugin as content_plugin

from sotay.adapters.mkdocs.site_build import build_site
from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.search.records import records
from sotay.core.search.whoosh_index import CACHE_DIR, open_index

RARE = "Nậm Đăm"


def html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def edit_guide(root: Path) -> None:
    guide = root / "content/guides/hd-05-tu.md"
    text = guide.read_text(encoding="utf-8").replace("Hướng dẫn mới về", "Hướng dẫn sửa đổi về")
    text = text.replace("cell_types: [khu-dan-cu]", "cell_types: [co-quan]")
    guide.write_text(text + f"\nÁp dụng thí điểm ở bản {RARE}.\n", encoding="utf-8")


def search_text(site: Path) -> str:
    return "".join(gzip.decompress(p.read_bytes()).decode("utf-8") for p in (site / "search").rglob("*.gz"))


def same_files(first: Path, second: Path) -> None:
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    _, mismatch, errors = filecmp.cmpfiles(first, second, files, shallow=False)
    assert mismatch == [] and errors == []


def test_build_after_an_edit_shows_it_everywhere_and_equals_a_build_from_nothing(tiny_base: Path, tmp_path: Path):
    build_site(tiny_base, tmp_path / "before")
    assert any((tiny_base / ".cache/sotay/pages").rglob("*")), "the first build filled the render cache"
    edit_guide(tiny_base)
    warm = tmp_path / "warm"
    build_site(tiny_base, warm)

    assert "Hướng dẫn sửa đổi về sinh hoạt chi bộ" in html(warm, "guides/hd-05-tu") and RARE in html(warm, "guides/hd-05-tu")
    assert "Hướng dẫn sửa đổi về" in html(warm, "guides") and "Hướng dẫn mới về" not in html(warm, "guides")
    assert "Hướng dẫn sửa đổi về" in html(warm, "guides/hd-03-tu")  # "replaced by", on the superseded guide
    assert "Hướng dẫn sửa đổi về" in html(warm, "tra-cuu/loai-hinh-chi-bo/co-quan")
    assert "Hướng dẫn sửa đổi về" not in html(warm, "tra-cuu/loai-hinh-chi-bo/khu-dan-cu")
    assert "Hướng dẫn sửa đổi về" in html(warm, "checklists/hd-05-tu")  # the checklist made from the guide links back
    assert RARE in search_text(warm) and "Hướng dẫn mới về" not in search_text(warm)
    with open_index(tiny_base / CACHE_DIR, records(KnowledgeBase.load(tiny_base))) as index:
        assert index.search(RARE)[0].source == "guides/hd-05-tu.md"

    shutil.rmtree(tiny_base / ".cache")
    build_site(tiny_base, tmp_path / "cold")
    same_files(warm, tmp_path / "cold")


def test_serve_rebuilds_with_the_cache_match_a_build_from_nothing(tiny_base: Path, tmp_path: Path):
    """`mkdocs serve`: one config and its plugin instances, several builds, content edited and a file added between."""
    config = load_config(config_file=str(tiny_base / "mkdocs.yml"), site_dir=str(tmp_path / "served"))
    build(config, serve_url=None)
    edit_guide(tiny_base)
    (tiny_base / "content/guides/hd-07-tu.md").write_text(
        "---\ntitle: Hướng dẫn bảy\nform: van-ban\nnumber: 07-HD/TU\nissuer: Ban Thường vụ Tỉnh ủy\nissued: 2025-01-02\n---\n"
        "Căn cứ Hướng dẫn 05-HD/TU.\n", encoding="utf-8")
    config.plugins.on_startup(command="serve", dirty=False)
    try:
        build(config.plugins.run_event("config", config), serve_url=None)
    finally:
        config.plugins.on_shutdown()  # MkDocs keeps these plugin instances for every later config of this process
    served = tmp_path / "served"
    assert 'title="Hướng dẫn sửa đổi về sinh hoạt chi bộ — Còn hiệu lực"' in html(served, "guides/hd-07-tu")  # the citation

    shutil.rmtree(tiny_base / ".cache")
    build_site(tiny_base, tmp_path / "cold")
    same_files(served, tmp_path / "cold")


def test_dirty_serve_writes_only_the_pages_an_edit_touches_and_gives_the_site_of_a_build_from_nothing(
        tiny_base: Path, tmp_path: Path):
    """`mkdocs serve --dirty`: pages keep their output unless what they show changed (dirty.py), strict mode included."""
    served = tmp_path / "served"

    def rebuild() -> set[str]:
        """Build as serve does; the pages written by this build."""
        for page in served.rglob("*.html"):
            os.utime(page, ns=(0, 0))
        config = load_config(config_file=str(tiny_base / "mkdocs.yml"), site_dir=str(served))
        build(config, serve_url=None, dirty=True)
        config.plugins["sotay-search"].shards_written()  # serve writes them in a thread once the pages are written
        return {page.relative_to(served).parent.as_posix() for page in served.rglob("index.html") if page.stat().st_mtime_ns}

    def same_as_cold(name: str) -> None:
        """`sotay build` from nothing, in a process of its own as always (this one is serving)."""
        shutil.rmtree(tiny_base / ".cache", ignore_errors=True)
        subprocess.run([sys.executable, "-c", "from sotay.cli.main import cli; cli()", "build", "--root", str(tiny_base),
                        "--site-dir", str(tmp_path / name)], check=True, capture_output=True)
        same_files(served, tmp_path / name)

    load_config(config_file=str(tiny_base / "mkdocs.yml")).plugins.on_startup(command="serve", dirty=True)
    try:
        assert len(rebuild()) > 30, "the first build writes every page"
        guide = tiny_base / "content/guides/hd-05-tu.md"
        guide.write_text(guide.read_text(encoding="utf-8") + f"\nÁp dụng thí điểm ở bản {RARE}.\n", encoding="utf-8")
        written = rebuild()
        assert "guides/hd-05-tu" in written and RARE in html(served, "guides/hd-05-tu")
        assert {"guides", "rubrics/khung", "tra-cuu"}.isdisjoint(written)
        assert RARE in search_text(served)
        same_as_cold("after-body-edit")

        edit_guide(tiny_base)  # a title: every page that may cite the guide shows it in a link's title
        assert len(rebuild()) > 30
        assert "Hướng dẫn sửa đổi về" in html(served, "tra-cuu/loai-hinh-chi-bo/co-quan")
        same_as_cold("after-title-edit")
        assert rebuild() == {"."}, "nothing changed: only the hand-written home page is written again"
    finally:
        load_config(config_file=str(tiny_base / "mkdocs.yml")).plugins.on_shutdown()


def test_dirty_serve_writes_again_a_page_whose_citation_now_links_another_title(tiny_base: Path, tmp_path: Path):
    """A citation's link shows the cited document's title: a page citing it changes though nothing of its own did.
    Strict mode: MkDocs' warning that dirty builds go stale must not fail them (dirty.py drops it)."""
    mkdocs_yml = tiny_base / "mkdocs.yml"
    mkdocs_yml.write_text(mkdocs_yml.read_text(encoding="utf-8").replace(
        "  - sotay-search\n", "  - sotay-search:\n      related_limit: 0\n"), encoding="utf-8")  # no related documents
    checklist = tiny_base / "content/checklists/truoc.md"
    checklist.write_text(checklist.read_text(encoding="utf-8") + "- [ ] Đọc lại Hướng dẫn 05-HD/TU\n", encoding="utf-8")
    served = str(tmp_path / "served")
    load_config(config_file=str(mkdocs_yml)).plugins.on_startup(command="serve", dirty=True)
    try:
        build(load_config(config_file=str(mkdocs_yml), site_dir=served, strict=True), serve_url=None, dirty=True)
        guide = tiny_base / "content/guides/hd-05-tu.md"  # the title only: the same pages, the same facets
        guide.write_text(guide.read_text(encoding="utf-8").replace("Hướng dẫn mới về", "Hướng dẫn sửa đổi về"), encoding="utf-8")
        build(load_config(config_file=str(mkdocs_yml), site_dir=served, strict=True), serve_url=None, dirty=True)
    finally:
        load_config(config_file=str(mkdocs_yml)).plugins.on_shutdown()
    assert 'title="Hướng dẫn sửa đổi về sinh hoạt chi bộ' in html(Path(served), "checklists/truoc")


def test_a_page_that_warned_is_rendered_and_warns_again_next_build(tiny_base: Path, tmp_path: Path):
    """A stored rendering would hide its warning, and strict mode would pass the second time."""
    (tiny_base / "docs").mkdir(exist_ok=True)
    (tiny_base / "docs/thu.md").write_text("# Thử\n\n[hỏng](khong-co.md)\n", encoding="utf-8")
    for attempt in ("cold", "warm"):
        with pytest.raises(Abort, match="1 warnings in strict mode"):
            build_site(tiny_base, tmp_path / attempt)
    assert any((tiny_base / ".cache/sotay/pages").rglob("*")), "the pages that did not warn were stored"


def test_pages_rendered_on_every_core_give_the_site_of_one_process(tiny_base: Path, tmp_path: Path, monkeypatch):
    forked, sent, prerender = [], [], content_plugin.prerender

    def spy(pages, prepare, render, renderers, job):
        def prepared(page):  # what the content plugin hands a renderer: the key and Markdown of a miss
            work = prepare(page)
            sent.extend([work] if work else [])
            return work

        forked.append(prerender(pages, prepared, render, renderers, job))
        return forked[-1]

    monkeypatch.setattr(content_plugin, "prerender", spy)
    config = tiny_base / "mkdocs.yml"
    default = config.read_text(encoding="utf-8")
    for workers in (2, 1):
        shutil.rmtree(tiny_base / ".cache", ignore_errors=True)
        config.write_text(default.replace("  - sotay-content\n", f"  - sotay-content:\n      render_workers: {workers}\n"),
                          encoding="utf-8")
        build_site(tiny_base, tmp_path / str(workers))
    assert forked == [True, False], "a renderer and this process rendered the pages, then this process alone"
    assert sent, "some pages went to the renderer"
    same_files(tmp_path / "2", tmp_path / "1")
