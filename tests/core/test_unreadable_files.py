"""Only regular files inside the base are read as content; anything else is an error naming it, never a hang,
a traceback or a silently published file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import TINY_BASE, write_base
from sotay.core.diagnostics import format_text
from sotay.core.knowledge_base import MAX_FILE_BYTES, WARN_FILE_BYTES, KnowledgeBase

GUIDE = "---\ntitle: Hướng dẫn thử\nform: huong-dan\n---\nNội dung.\n"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return write_base(tmp_path / "base", TINY_BASE)


def problems(root: Path) -> str:
    return format_text(KnowledgeBase.load(root).diagnostics)


def test_a_dangling_link_is_reported(root: Path):
    (root / "content/guides/mat.md").symlink_to(root / "khong-con.md")
    assert "content/guides/mat.md: lỗi: tệp là liên kết hỏng" in problems(root)


def test_a_link_to_a_file_outside_the_base_is_not_read(root: Path, tmp_path: Path):
    outside = tmp_path / "bi-mat.md"
    outside.write_text(GUIDE.replace("Nội dung.", "Thư riêng."), encoding="utf-8")
    (root / "content/guides/ngoai.md").symlink_to(outside)
    kb = KnowledgeBase.load(root)
    assert "content/guides/ngoai.md: lỗi: tệp là liên kết tới một tệp ngoài thư mục sổ tay" in format_text(kb.diagnostics)
    assert all("Thư riêng" not in doc.body for doc in kb.documents)


def test_a_link_inside_the_base_is_read(root: Path):
    (root / "content/guides/ban-sao.md").symlink_to(root / "content/guides/hd-05-tu.md")
    assert any(doc.slug == "ban-sao" for doc in KnowledgeBase.load(root).documents)


def test_a_pipe_named_like_a_content_file_does_not_hang_the_load(root: Path):
    os.mkfifo(root / "content/guides/ong.md")
    assert "content/guides/ong.md: lỗi: đây không phải một tệp văn bản thường" in problems(root)


def test_large_files_are_warned_about_and_huge_ones_refused(root: Path):
    (root / "content/guides/lon.md").write_text(GUIDE + "Dòng dài. " * (WARN_FILE_BYTES // 10 + 1), encoding="utf-8")
    (root / "content/guides/qua-lon.md").write_text(GUIDE + "Dòng dài. " * (MAX_FILE_BYTES // 10 + 1), encoding="utf-8")
    kb = KnowledgeBase.load(root)
    text = format_text(kb.diagnostics)
    assert "content/guides/lon.md: cảnh báo: tệp lớn (0,6 MB)" in text and "content/guides/qua-lon.md: lỗi: tệp quá lớn" in text
    assert {doc.slug for doc in kb.documents} >= {"lon"} and "qua-lon" not in {doc.slug for doc in kb.documents}


def test_a_folder_without_content_is_one_clear_error(tmp_path: Path):
    kb = KnowledgeBase.load(tmp_path)
    assert [d.message for d in kb.errors] == [f"không thấy thư mục {tmp_path / 'content'}"]
    assert kb.relations.edges == []
