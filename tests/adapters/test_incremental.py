"""Builds that reuse the last build's work (render cache, whoosh index) give what a build from nothing gives.

A base is built (filling ROOT/.cache/sotay/), one document is edited, and the base is built again: every
page the edit touches (the page, its backlinks, indexes, facets, packs, search shards, the whoosh index)
shows the edit, and the whole site is byte for byte the site of a build with the cache deleted.
"""

from __future__ import annotations

import filecmp
import gzip
import shutil
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

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
    build(config.plugins.run_event("config", config), serve_url=None)
    served = tmp_path / "served"
    assert 'title="Hướng dẫn sửa đổi về sinh hoạt chi bộ — Còn hiệu lực"' in html(served, "guides/hd-07-tu")  # the citation

    shutil.rmtree(tiny_base / ".cache")
    build_site(tiny_base, tmp_path / "cold")
    same_files(served, tmp_path / "cold")
