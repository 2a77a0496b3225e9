"""sotay-accel changes how fast a site is made, never what is made: with it (cold, warm, its page loop shared
among processes) and without it, the site is the same byte for byte, and MkDocs checks the same links."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from conftest import MKDOCS_YML
from sotay.adapters.mkdocs.accel import nav_once, split
from sotay.adapters.mkdocs.site_build import build_site
from test_incremental import ACCEL_YML, ANCHORS_WARN, same_files

SHARED_YML = MKDOCS_YML.replace("  - sotay-search\n", "  - sotay-search\n  - sotay-accel:\n      processes: 2\n")


@pytest.fixture
def forks(monkeypatch) -> list[int]:
    """Every page loop shares its pages, however few; the processes forked in a build, counted."""
    monkeypatch.setattr(split, "MIN_PAGES_PER_PROCESS", 1)
    counted: list[int] = []
    fork = os.fork

    def counting() -> int:
        pid = fork()
        if pid:
            counted.append(pid)
        return pid

    monkeypatch.setattr(split.os, "fork", counting)
    return counted


def test_the_site_is_the_same_with_and_without_sotay_accel(tiny_base: Path, tmp_path: Path, forks: list[int]):
    build_site(tiny_base, tmp_path / "plain")
    (tiny_base / "mkdocs.yml").write_text(SHARED_YML, encoding="utf-8")
    build_site(tiny_base, tmp_path / "shared")
    assert len(forks) == 2, "one process for the search index beside the build, one sharing the page loop"
    build_site(tiny_base, tmp_path / "stored")
    for accelerated in ("shared", "stored"):
        same_files(tmp_path / "plain", tmp_path / accelerated)

    (tiny_base / "mkdocs.yml").write_text(ACCEL_YML.replace("  - sotay-accel\n", "  - sotay-accel:\n      enabled: false\n"),
                                          encoding="utf-8")
    shutil.rmtree(tiny_base / ".cache")
    build_site(tiny_base, tmp_path / "off")
    same_files(tmp_path / "plain", tmp_path / "off")
    assert not (tiny_base / ".cache").exists(), "switched off, it stores nothing"


def test_links_to_anchors_on_pages_of_another_process_are_checked(tiny_base: Path, tmp_path: Path, forks, caplog):
    (tiny_base / "docs/muc.md").write_text(
        "# Mục\n\n[có](model-meetings/ban-moi.md#uu-iem) [không có](model-meetings/ban-moi.md#khong-co)\n",
        encoding="utf-8")
    expected = []
    for name, config in (("plain", MKDOCS_YML), ("shared", SHARED_YML)):
        (tiny_base / "mkdocs.yml").write_text(config + ANCHORS_WARN, encoding="utf-8")
        caplog.clear()
        with pytest.raises(Abort, match="1 warnings in strict mode"):
            build_site(tiny_base, tmp_path / name)
        expected.append([r.getMessage() for r in caplog.records if "does not contain an anchor" in r.getMessage()])
    assert forks, "the page loop was shared"
    assert expected[0] == expected[1] and len(expected[0]) == 1


def test_a_warning_in_a_forked_process_fails_a_strict_build(tiny_base: Path, tmp_path: Path, forks, caplog):
    """Two pages of one size come one after the other in the shares' order: one goes to each process."""
    for name in ("thu-a", "thu-b"):
        (tiny_base / f"docs/{name}.md").write_text(f"# Thử {name[-1]}\n\n[hỏng](khong-co.md)\n", encoding="utf-8")
    (tiny_base / "mkdocs.yml").write_text(SHARED_YML, encoding="utf-8")
    with pytest.raises(Abort, match="2 warnings in strict mode"):
        build_site(tiny_base, tmp_path / "site")
    assert "có cảnh báo khi dựng một phần các trang ở tiến trình song song" in caplog.text
    assert forks and not (tmp_path / "site").exists()


def test_pages_of_one_folder_share_one_rendering_of_the_navigation(tiny_base: Path, tmp_path: Path, monkeypatch):
    """What makes the comparisons above about the shared navigation: most pages took it from another page, and
    pages in the navigation (index pages, hand-written pages) rendered their own."""
    keys, kept = [], []
    key, keep = nav_once.NavOnce.key, nav_once.NavOnce.keep
    monkeypatch.setattr(nav_once.NavOnce, "key", lambda self, page, nav: keys.append(key(self, page, nav)) or keys[-1])
    monkeypatch.setattr(nav_once.NavOnce, "keep", lambda self, name, html: kept.append(name) or keep(self, name, html))
    (tiny_base / "mkdocs.yml").write_text(ACCEL_YML, encoding="utf-8")
    build_site(tiny_base, tmp_path / "site")
    shared = [name for name in keys if name is not None]
    assert None in keys and len(set(shared)) == len(kept) < len(shared)
