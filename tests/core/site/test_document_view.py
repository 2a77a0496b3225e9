"""What a document page shows around its text."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import write_base
from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.site.document_view import page_view

ARTICLE = """\
---
title: Kinh nghiệm sinh hoạt chi bộ ở thôn
form: bai-viet
issued: 2026-11-23
---
Bài viết.
"""


@pytest.mark.parametrize(("slug", "label"), [("bai-viet", "Ngày đăng"), ("hd-05-tu", "Ngày ban hành")])
def test_an_article_is_dated_by_publication_an_official_document_by_issue(tiny_base: Path, slug: str, label: str):
    kb = KnowledgeBase.load(write_base(tiny_base, {"content/guides/bai-viet.md": ARTICLE}))
    doc = next(d for d in kb.documents if d.url_path == f"guides/{slug}.md")
    labels = [fact["label"] for fact in page_view(doc, kb, str)["facts_first"]]
    assert label in labels and not ({"Ngày đăng", "Ngày ban hành"} - {label}) & set(labels)
