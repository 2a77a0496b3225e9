"""sotay-accel: builds and `mkdocs serve` rebuilds that reuse earlier work give what a build from nothing gives.

A base is built, one document is edited, and the base is built again: every page the edit touches (the page,
its backlinks, indexes, facets, preparation pages, search shards) shows the edit, and the whole site is byte for
byte the site of a build with the cache deleted.
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

from conftest import MKDOCS_YML
from sotay.adapters.mkdocs.site_build import build_site

RARE = "Nậm Đăm"
ACCEL_YML = MKDOCS_YML.replace("  - sotay-search\n", "  - sotay-search\n  - sotay-accel\n")
ANCHORS_WARN = "validation:\n  links:\n    anchors: warn\n"  # as the bundled base has it


@pytest.fixture
def base(tiny_base: Path) -> Path:
    """The tiny base with sotay-accel in its plugins."""
    (tiny_base / "mkdocs.yml").write_text(ACCEL_YML, encoding="utf-8")
    return tiny_base


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


def dirty_serve_build(base: Path, served: Path, plugins) -> set[str]:
    """Build as `mkdocs serve --dirty` does; the pages written by this build."""
    for page in served.rglob("*.html"):
        os.utime(page, ns=(0, 0))
    build(load_config(config_file=str(base / "mkdocs.yml"), site_dir=str(served)), serve_url=None, dirty=True)
    for thread in plugins["sotay-accel"].threads:  # serve writes the search index in a thread once the pages are written
        thread.wait()
    return {page.relative_to(served).parent.as_posix() for page in served.rglob("index.html") if page.stat().st_mtime_ns}


def test_build_after_an_edit_shows_it_everywhere_and_equals_a_build_from_nothing(base: Path, tmp_path: Path):
    build_site(base, tmp_path / "before")
    assert any((base / ".cache/sotay/pages").rglob("*")), "the first build filled the page store"
    edit_guide(base)
    warm = tmp_path / "warm"
    build_site(base, warm)

    assert "Hướng dẫn sửa đổi về sinh hoạt chi bộ" in html(warm, "guides/hd-05-tu") and RARE in html(warm, "guides/hd-05-tu")
    assert "Hướng dẫn sửa đổi về" in html(warm, "guides") and "Hướng dẫn mới về" not in html(warm, "guides")
    assert "Hướng dẫn sửa đổi về" in html(warm, "guides/hd-03-tu")  # "replaced by", on the superseded guide
    assert "Hướng dẫn sửa đổi về" in html(warm, "tra-cuu/loai-hinh-chi-bo/co-quan")
    assert "Hướng dẫn sửa đổi về" not in html(warm, "tra-cuu/loai-hinh-chi-bo/khu-dan-cu")
    assert "Hướng dẫn sửa đổi về" in html(warm, "checklists/hd-05-tu")  # the checklist made from the guide links back
    assert RARE in search_text(warm) and "Hướng dẫn mới về" not in search_text(warm)

    shutil.rmtree(base / ".cache")
    build_site(base, tmp_path / "cold")
    same_files(warm, tmp_path / "cold")


def test_a_warm_build_writes_unchanged_pages_from_the_store_without_rendering_them(base: Path, tmp_path: Path, monkeypatch):
    build_site(base, tmp_path / "cold")
    rendered: list[str] = []
    render = __import__("mkdocs.structure.pages", fromlist=["Page"]).Page.render

    def counting(page, config, files):
        rendered.append(page.file.src_uri)
        return render(page, config, files)

    monkeypatch.setattr("mkdocs.structure.pages.Page.render", counting)
    build_site(base, tmp_path / "warm")
    assert rendered == ["gioi-thieu.md"], "only the hand-written page is rendered again"
    same_files(tmp_path / "cold", tmp_path / "warm")


def test_serve_rebuilds_match_a_build_from_nothing(base: Path, tmp_path: Path):
    """`mkdocs serve`: the same plugin instances, a new configuration each build, content edited and a file added."""
    served = tmp_path / "served"
    load_config(config_file=str(base / "mkdocs.yml")).plugins.on_startup(command="serve", dirty=False)
    try:
        build(load_config(config_file=str(base / "mkdocs.yml"), site_dir=str(served)), serve_url=None)
        edit_guide(base)
        (base / "content/guides/hd-07-tu.md").write_text(
            "---\ntitle: Hướng dẫn bảy\nform: van-ban\nnumber: 07-HD/TU\nissuer: Ban Thường vụ Tỉnh ủy\nissued: 2025-01-02\n---\n"
            "Căn cứ Hướng dẫn 05-HD/TU.\n", encoding="utf-8")
        build(load_config(config_file=str(base / "mkdocs.yml"), site_dir=str(served)), serve_url=None)
    finally:
        load_config(config_file=str(base / "mkdocs.yml")).plugins.on_shutdown()  # waits for the search index's thread
    assert 'title="Hướng dẫn sửa đổi về sinh hoạt chi bộ — Còn hiệu lực"' in html(served, "guides/hd-07-tu")  # the citation
    assert RARE in search_text(served)

    shutil.rmtree(base / ".cache", ignore_errors=True)
    build_site(base, tmp_path / "cold")
    same_files(served, tmp_path / "cold")


def test_dirty_serve_writes_only_the_pages_an_edit_touches_and_gives_the_site_of_a_build_from_nothing(
        base: Path, tmp_path: Path):
    """`mkdocs serve --dirty`: pages keep their output unless what they show changed (fingerprints.py), strict mode included."""
    served = tmp_path / "served"
    plugins = load_config(config_file=str(base / "mkdocs.yml")).plugins

    def rebuild() -> set[str]:
        return dirty_serve_build(base, served, plugins)

    def same_as_cold(name: str) -> None:
        """`sotay build` from nothing, in a process of its own as always (this one is serving)."""
        shutil.rmtree(base / ".cache", ignore_errors=True)
        subprocess.run([sys.executable, "-c", "from sotay.cli.main import cli; cli()", "build", "--root", str(base),
                        "--site-dir", str(tmp_path / name)], check=True, capture_output=True)
        same_files(served, tmp_path / name)

    plugins.on_startup(command="serve", dirty=True)
    try:
        assert len(rebuild()) > 30, "the first build writes every page"
        guide = base / "content/guides/hd-05-tu.md"
        guide.write_text(guide.read_text(encoding="utf-8") + f"\nÁp dụng thí điểm ở bản {RARE}.\n", encoding="utf-8")
        written = rebuild()
        assert "guides/hd-05-tu" in written and RARE in html(served, "guides/hd-05-tu")
        assert {"guides", "rubrics/khung", "tra-cuu"}.isdisjoint(written)
        assert RARE in search_text(served)
        same_as_cold("after-body-edit")

        edit_guide(base)  # a title: every page that may cite the guide shows it in a link's title
        assert len(rebuild()) > 30
        assert "Hướng dẫn sửa đổi về" in html(served, "tra-cuu/loai-hinh-chi-bo/co-quan")
        same_as_cold("after-title-edit")
        assert rebuild() == {"gioi-thieu"}, "nothing changed: only the hand-written page is written again"
    finally:
        plugins.on_shutdown()


def test_dirty_serve_writes_again_a_page_whose_citation_now_links_another_title(base: Path, tmp_path: Path):
    """A citation's link shows the cited document's title: a page citing it changes though nothing of its own did.
    Strict mode: MkDocs' warning that dirty builds go stale must not fail them (internals.py drops it)."""
    mkdocs_yml = base / "mkdocs.yml"
    mkdocs_yml.write_text(mkdocs_yml.read_text(encoding="utf-8").replace(
        "  - sotay-search\n", "  - sotay-search:\n      related_limit: 0\n"), encoding="utf-8")  # no related documents
    checklist = base / "content/checklists/truoc.md"
    checklist.write_text(checklist.read_text(encoding="utf-8") + "- [ ] Đọc lại Hướng dẫn 05-HD/TU\n", encoding="utf-8")
    served = str(tmp_path / "served")
    load_config(config_file=str(mkdocs_yml)).plugins.on_startup(command="serve", dirty=True)
    try:
        build(load_config(config_file=str(mkdocs_yml), site_dir=served, strict=True), serve_url=None, dirty=True)
        guide = base / "content/guides/hd-05-tu.md"  # the title only: the same pages, the same facets
        guide.write_text(guide.read_text(encoding="utf-8").replace("Hướng dẫn mới về", "Hướng dẫn sửa đổi về"), encoding="utf-8")
        build(load_config(config_file=str(mkdocs_yml), site_dir=served, strict=True), serve_url=None, dirty=True)
    finally:
        load_config(config_file=str(mkdocs_yml)).plugins.on_shutdown()
    assert 'title="Hướng dẫn sửa đổi về sinh hoạt chi bộ' in html(Path(served), "checklists/truoc")


def test_a_page_that_warned_is_rendered_and_warns_again_next_build(base: Path, tmp_path: Path):
    """A stored output would hide its warning, and strict mode would pass the second time."""
    (base / "docs/thu.md").write_text("# Thử\n\n[hỏng](khong-co.md)\n", encoding="utf-8")
    guide = base / "content/guides/hd-05-tu.md"
    guide.write_text(guide.read_text(encoding="utf-8") + "\n[mục không có](#khong-co)\n", encoding="utf-8")
    (base / "mkdocs.yml").write_text(ACCEL_YML + ANCHORS_WARN, encoding="utf-8")
    for attempt in ("cold", "warm"):
        with pytest.raises(Abort, match="2 warnings in strict mode"):
            build_site(base, tmp_path / attempt)
    assert any((base / ".cache/sotay/pages").rglob("*")), "the pages that did not warn were stored"


def test_links_to_anchors_of_reused_pages_are_still_checked(base: Path, tmp_path: Path, caplog):
    (base / "docs/muc.md").write_text(
        "# Mục\n\n[có](model-meetings/ban-moi.md#uu-iem) [không có](model-meetings/ban-moi.md#khong-co)\n",
        encoding="utf-8")
    (base / "mkdocs.yml").write_text(ACCEL_YML + ANCHORS_WARN, encoding="utf-8")
    for attempt in ("cold", "warm"):
        caplog.clear()
        with pytest.raises(Abort, match="1 warnings in strict mode"):
            build_site(base, tmp_path / attempt)
        missing = [r.getMessage() for r in caplog.records if "does not contain an anchor" in r.getMessage()]
        assert len(missing) == 1 and "'#khong-co'" in missing[0], (attempt, missing)


def test_dirty_serve_after_a_content_error_writes_only_the_pages_the_fix_touches(base: Path, tmp_path: Path):
    """A save with an error stops the build before any page is written: the next good save is as fast as any edit."""
    served = tmp_path / "served"
    plugins = load_config(config_file=str(base / "mkdocs.yml")).plugins

    def rebuild() -> set[str]:
        return dirty_serve_build(base, served, plugins)

    plugins.on_startup(command="serve", dirty=True)
    try:
        rebuild()
        guide = base / "content/guides/hd-05-tu.md"
        good = guide.read_text(encoding="utf-8")
        guide.write_text(good.replace("title: Hướng dẫn mới", 'title: "Hướng dẫn mới'), encoding="utf-8")
        with pytest.raises(Abort):
            rebuild()
        guide.write_text(good + f"\nÁp dụng thí điểm ở bản {RARE}.\n", encoding="utf-8")
        written = rebuild()
        assert "guides/hd-05-tu" in written and {"guides", "rubrics/khung", "tra-cuu"}.isdisjoint(written)
    finally:
        plugins.on_shutdown()
