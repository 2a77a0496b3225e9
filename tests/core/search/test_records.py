"""Search records: plain text from Markdown, fields, status, URLs."""

from __future__ import annotations

from pathlib import Path

import pytest

from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.search.records import DEMOTION, directory_url, plain_text, records


@pytest.mark.parametrize(("markdown", "text"), [
    ("# Tiêu đề\n\nĐoạn **đậm** và _nghiêng_.", "Tiêu đề\nĐoạn đậm và nghiêng."),
    ("- [ ] Họp chi ủy\n  - [x] Gửi tài liệu", "Họp chi ủy\nGửi tài liệu"),
    ("Xem [hướng dẫn](../guides/x.md) <!-- ẩn --> <b>nay</b>", "Xem hướng dẫn   nay"),
    ("| A | B |\n| --- | :---: |\n| một | hai |\n\n---\n", "A  B\nmột  hai"),
    ("> Trích dẫn\n1. Bước một", "Trích dẫn\nBước một"),
])
def test_plain_text(markdown: str, text: str):
    assert plain_text(markdown) == text


@pytest.mark.parametrize(("source", "url"), [("guides/x.md", "guides/x/"), ("tim-kiem/index.md", "tim-kiem/"), ("index.md", "")])
def test_directory_url(source: str, url: str):
    assert directory_url(source) == url


def test_records_of_the_tiny_base(tiny_base: Path):
    found = {r.source: r for r in records(KnowledgeBase.load(tiny_base))}
    assert [r.id for r in found.values()] == list(range(len(found)))
    old, new, meeting = found["guides/hd-03-tu.md"], found["guides/hd-05-tu.md"], found["model-meetings/ban-moi.md"]
    assert (old.number, old.status, old.factor, old.year) == ("03-HD/TU", "het-hieu-luc", DEMOTION, 2018)
    assert (new.status, new.factor, new.form, new.issuer) == ("hieu-luc", 1.0, "van-ban", "Ban Thường vụ Tỉnh ủy")
    assert "Ban Thường vụ Tỉnh ủy" in new.keywords and new.meeting_types == ("thuong-ky",)
    assert meeting.cell_types == ("khu-dan-cu",) and "Chi bộ thôn Bản Mới" in meeting.keywords and meeting.year == 2025
    assert meeting.body.startswith("Buổi sinh hoạt thử.") and "Ưu điểm" in meeting.body
    rubric = found["rubrics/khung.md"]
    assert rubric.body.startswith("Tỷ lệ dự\nNội dung\nBiên bản\nTốt")


def test_a_superseded_document_is_demoted_even_when_its_status_was_not_updated(tiny_base: Path):
    (tiny_base / "content/guides/hd-03-tu.md").write_text(
        (tiny_base / "content/guides/hd-03-tu.md").read_text(encoding="utf-8").replace("status: het-hieu-luc\n", ""), encoding="utf-8")
    old = next(r for r in records(KnowledgeBase.load(tiny_base)) if r.source == "guides/hd-03-tu.md")
    assert old.status == "het-hieu-luc" and old.demoted
