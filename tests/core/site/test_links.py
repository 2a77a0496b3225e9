"""core/site/links.py: a link to a document the base lacks (in a body or a hand-written page), and a hand-written
page's loads from other hosts, are errors naming the page, the line and what to write instead."""

from __future__ import annotations

from pathlib import Path

from conftest import TINY_BASE, write_base
from sotay.core.diagnostics import format_text
from sotay.core.knowledge_base import KnowledgeBase


def test_a_link_to_a_missing_document_names_the_page_the_line_and_the_closest_documents(tmp_path: Path):
    root = write_base(tmp_path / "base", TINY_BASE | {
        "docs/gioi-thieu.md": "# Giới thiệu\n\nXem [hướng dẫn](guides/hd-05-tu.md), [bản cũ](guides/hd-5-tu.md#muc).\n\n"
                              "[Danh mục](checklists/index.md) [trang khác](cach-dung.md)\n"})
    kb = KnowledgeBase.load(root)
    assert [d.format() for d in kb.errors] == [
        "docs/gioi-thieu.md:3: lỗi: liên kết tới `guides/hd-5-tu.md` nhưng sổ tay không có tài liệu "
        "guides/hd-5-tu.md (gợi ý: có thể là: guides/hd-05-tu.md, guides/hd-03-tu.md)"]


def test_links_are_resolved_from_the_page_s_own_folder(tmp_path: Path):
    root = write_base(tmp_path / "base", TINY_BASE | {"docs/phan/trang.md": "[a](../guides/hd-05-tu.md) [b](guides/x.md)\n"})
    assert [d.message for d in KnowledgeBase.load(root).errors] == [], "phan/guides/x.md is not a content page"


def test_a_deleted_document_fails_check_where_a_page_still_links_to_it(tmp_path: Path):
    root = write_base(tmp_path / "base", TINY_BASE | {"docs/gioi-thieu.md": "[cũ](guides/hd-03-tu.md)\n"})
    assert not KnowledgeBase.load(root).errors
    (root / "content/guides/hd-03-tu.md").unlink()
    assert "docs/gioi-thieu.md:1: lỗi: liên kết tới `guides/hd-03-tu.md`" in format_text(KnowledgeBase.load(root).errors)


def test_an_image_from_another_host_on_a_hand_written_page_is_an_error(tmp_path: Path):
    root = write_base(tmp_path / "base", TINY_BASE | {"docs/anh.md": "# Ảnh\n\n![logo](https://example.org/logo.png)\n"})
    assert "docs/anh.md:3: lỗi: nội dung tải ảnh từ máy chủ khác (https://example.org/logo.png)" in format_text(KnowledgeBase.load(root).errors)


def test_a_document_body_linking_to_a_missing_document_names_its_file_and_line(tmp_path: Path):
    root = write_base(tmp_path / "base", TINY_BASE)
    guide = root / "content/guides/hd-05-tu.md"
    guide.write_text(guide.read_text(encoding="utf-8") + "\nXem [danh mục](../checklists/truoc-hop.md).\n", encoding="utf-8")
    errors = [d.format() for d in KnowledgeBase.load(root).errors]
    assert len(errors) == 1 and errors[0].startswith("content/guides/hd-05-tu.md:")
    assert "liên kết tới `../checklists/truoc-hop.md` nhưng sổ tay không có tài liệu checklists/truoc-hop.md" in errors[0]
    assert "(gợi ý: có thể là: checklists/truoc.md" in errors[0]
