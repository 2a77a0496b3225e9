"""Freed memory goes back to the system between the phases of a build (glibc's malloc_trim), and the base is freed
before the search indexes are written."""

from __future__ import annotations

import gc
import platform
import sys
import weakref

import pytest

from sotay.adapters.mkdocs import memory
from sotay.adapters.mkdocs.content import plugin as content_plugin
from sotay.adapters.mkdocs.files import PackedFile
from sotay.adapters.mkdocs.search import plugin as search_plugin
from sotay.adapters.mkdocs.site_build import build_site
from sotay.core.knowledge_base import KnowledgeBase


def _resident_mb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:")) >> 10


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc", reason="glibc only")
def test_memory_freed_below_a_live_allocation_is_given_back():
    chunks = [bytes(2000) + bytes([n % 256]) for n in range(100_000)]  # 200 MB from malloc's heap, not Python's arenas
    pinned = bytes(2000) + b"x"  # above them: the heap cannot just shrink from its top
    before = _resident_mb()
    del chunks
    memory.give_back()
    assert before - _resident_mb() > 100, "the freed pages left the process"
    assert pinned.endswith(b"x")


def test_the_base_is_let_go_before_the_search_indexes_are_written(tiny_base, tmp_path, monkeypatch):
    """Once the pages are written, no plugin state or memo keeps a document: the indexes get that memory."""
    holder = [KnowledgeBase.load(tiny_base)]
    documents = [weakref.ref(doc) for doc in holder[0].documents]
    alive_then = []
    write = search_plugin._write_indexes

    def spy(build, site):
        gc.collect()
        alive_then.append(sum(ref() is not None for ref in documents))
        write(build, site)

    monkeypatch.setattr(search_plugin, "_write_indexes", spy)
    build_site(tiny_base, tmp_path / "site", kb=holder.pop())
    assert alive_then == [0] and len(documents) > 3


def test_written_pages_let_their_markdown_and_anchors_go(tiny_base, tmp_path, monkeypatch):
    """Generated pages' Markdown goes once written; anchors and links to anchors once checked (test_build.py)."""
    packed, still_held = [], []
    write = search_plugin._write_indexes

    def spy(build, site):
        pages = [f for f in build.files.documentation_pages() if isinstance(f, PackedFile)]
        packed.extend(pages)
        still_held.extend(f.src_uri for f in pages if f._spilled is not None)
        still_held.extend(f.src_uri for f in build.files.documentation_pages()
                          if f.page.present_anchor_ids is not None or f.page.links_to_anchors is not None)
        write(build, site)

    monkeypatch.setattr(search_plugin, "_write_indexes", spy)
    build_site(tiny_base, tmp_path / "site")
    assert len(packed) > 10 and still_held == []
    assert "Hướng dẫn mới về sinh hoạt chi bộ" in (tmp_path / "site" / "guides" / "hd-05-tu" / "index.html").read_text(encoding="utf-8")


def test_generated_pages_wait_in_a_spill_file_not_in_memory(tiny_base, tmp_path, monkeypatch):
    seen = []
    render_ahead = content_plugin._render_ahead

    def spy(cache, pages, config, files, processes):  # on_nav: every page is made, none read yet
        packed = [f for f in files.documentation_pages() if isinstance(f, PackedFile)]
        seen.append((len(packed), [f.src_uri for f in packed if any(isinstance(v, (str, bytes)) and len(v) > 200 for v in vars(f).values())],
                     packed[0].content_string.startswith("---\n"), list((tiny_base / ".cache" / "sotay").glob("tmp*"))))
        render_ahead(cache, pages, config, files, processes)

    monkeypatch.setattr(content_plugin, "_render_ahead", spy)
    build_site(tiny_base, tmp_path / "site")
    [(count, held, readable, named)] = seen
    assert count > 10 and held == [] and readable and named == [], "an unnamed file: nothing is left behind"
    assert "Hướng dẫn mới về sinh hoạt chi bộ" in (tmp_path / "site" / "guides" / "index.html").read_text(encoding="utf-8")


def test_a_trimmer_trims_once_every_period(monkeypatch):
    trims = []
    monkeypatch.setattr(memory, "trim", lambda: trims.append(1))
    trimmer = memory.Trimmer(period=3)
    for _ in range(10):
        trimmer.tick()
    assert len(trims) == 4  # steps 1, 4, 7 and 10


def test_the_build_trims_along_its_loops(tiny_base, tmp_path, monkeypatch):
    """Rendering ahead, the generated pages, the page loop and the shards each trim as they go."""
    callers = set()
    monkeypatch.setattr(memory, "TRIM_PERIOD", 1)
    monkeypatch.setattr(memory, "trim", lambda: callers.add(sys._getframe(2).f_code.co_name))  # tick()'s caller
    build_site(tiny_base, tmp_path / "site")
    assert {"prerender", "add_pairs", "on_post_page", "_write_shards"} <= callers, callers
