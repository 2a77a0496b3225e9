"""core/site/home.py: the home page made from what the base holds, every link to a page the base makes."""

from __future__ import annotations

import re
from datetime import date

from conftest import TINY_BASE, write_base
from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.meetings.preparation import preparation_pages
from sotay.core.site.home import home_page
from sotay.core.site.listings import generated_pages


def made(root, site_name="Sổ tay chi bộ tỉnh Thử", description="Tài liệu sinh hoạt chi bộ của Đảng bộ tỉnh Thử."):
    kb = KnowledgeBase.load(root)
    preparations = preparation_pages(kb, date(2025, 6, 1))
    path, page = home_page(kb.documents, site_name, description, len(preparations) - 1)
    return kb, preparations, path, page


def test_the_home_page_names_the_base_and_links_only_pages_it_makes(tmp_path):
    root = write_base(tmp_path / "base", TINY_BASE)
    guide = root / "content/guides/hd-05-tu.md"
    guide.write_text(guide.read_text(encoding="utf-8").replace("title:", "featured: true\ntitle:", 1), encoding="utf-8")
    kb, preparations, path, page = made(root)
    assert path == "index.md" and "# Sổ tay chi bộ tỉnh Thử" in page and "Đảng bộ tỉnh Thử" in page
    assert "[Hướng dẫn mới về sinh hoạt chi bộ](guides/hd-05-tu.md)" in page, "a featured document"
    assert "[Hướng dẫn cũ về sinh hoạt chi bộ]" not in page.split("## Văn bản mới")[0], "not featured"
    pages = {p for p, _ in generated_pages(kb.documents) + preparations} | {d.url_path for d in kb.documents} | {"tap-huan/index.md"}
    targets = set(re.findall(r"\]\(([^)]+\.md)\)", page))
    assert targets and targets <= pages


def test_cards_without_content_for_them_are_left_out(tmp_path):
    files = {rel: text for rel, text in TINY_BASE.items() if "model-meetings" not in rel and "rubrics" not in rel}
    _, _, _, page = made(write_base(tmp_path / "base", files))
    assert "Tập huấn với sinh hoạt mẫu" not in page and "Tự chấm điểm" not in page
    assert "Chuẩn bị sinh hoạt" in page and "Văn bản mới và cập nhật" in page


def test_an_empty_base_says_how_to_add_documents(tmp_path):
    (tmp_path / "base/content").mkdir(parents=True)
    _, _, _, page = made(tmp_path / "base")
    assert "Sổ tay chưa có tài liệu nào" in page and "sotay new" in page and "](" not in page
