"""Every problem of a base from one function, counted one way."""

from __future__ import annotations

from pathlib import Path

from conftest import BUILD_DATE, write_base
from sotay.core.documents.references import CitationIndex
from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.problems import base_diagnostics, tally


def test_the_base_its_citations_and_the_contract_each_add_their_problems(tiny_base: Path):
    write_base(tiny_base, {"content/guides/kinh-nghiem.md": "---\ntitle: Kinh nghiệm\nform: bai-viet\n---\nTheo Hướng dẫn 03-HD/TU.\n",
                           "content/guides/sai.md": "---\ntitle: Sai\nform: vanban\n---\n"})
    kb = KnowledgeBase.load(tiny_base)
    found = base_diagnostics(kb, BUILD_DATE)
    assert found[:len(kb.diagnostics)] == kb.diagnostics
    added = [d.message for d in found[len(kb.diagnostics):]]
    assert any("dẫn chiếu 03-HD/TU đã hết hiệu lực" in m for m in added)
    assert any("quy ước nội dung cũ" in m for m in added)
    assert base_diagnostics(kb, BUILD_DATE, CitationIndex(kb)) == found
    errors = len(kb.errors)
    assert tally(kb, found) == f"{len(kb.documents)} tài liệu, {errors} lỗi, {len(found) - errors} cảnh báo." and errors == 1


def test_tally_of_nothing(tmp_path: Path):
    kb = KnowledgeBase.load(write_base(tmp_path, {"content/guides/.keep": ""}))
    assert tally(kb, []) == "0 tài liệu, 0 lỗi, 0 cảnh báo."
