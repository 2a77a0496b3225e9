"""The committee pages: missing documents and documents to verify again, as Markdown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import write_base
from sotay.core.documents.committee_pages import HUB, MISSING, VERIFY, committee_pages
from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.documents.references import CitationIndex

CITING = """\
---
title: Tổng hợp [dẫn chiếu]
form: huong-dan
based_on: [18-KL/TW]
---
Theo Hướng dẫn 09-HD/BTCTW và
Hướng dẫn 09-HD/BTCTW ngày 03/02/2012.
"""
UNVERIFIED = """\
---
title: Kế hoạch chưa xác minh
form: van-ban
number: 114-KH/ĐUK
issuer: Đảng ủy Khối
issued: 2022-05-05
---
Nội dung.
"""


def pages(root: Path, day: date = date(2025, 6, 1), feed: str | None = "feed.xml") -> dict[str, str]:
    return dict(committee_pages(CitationIndex(KnowledgeBase.load(root)), day, feed))


def test_missing_page_lists_each_document_with_links_to_where_it_is_cited(tiny_base: Path):
    write_base(tiny_base, {"content/guides/tong-hop.md": CITING})
    page = pages(tiny_base)[MISSING]
    assert page.startswith("# Văn bản được dẫn chiếu nhưng chưa có trong sổ tay\n")
    assert "Có 2 văn bản." in page
    assert ("- **09-HD/BTCTW** (Hướng dẫn), 2 lần: [Tổng hợp \\[dẫn chiếu\\]](../guides/tong-hop.md) (dòng 6, 7)") in page
    assert "- **18-KL/TW** (Kết luận), 1 lần: [Tổng hợp \\[dẫn chiếu\\]](../guides/tong-hop.md) (dòng 4)" in page
    assert page.index("09-HD/BTCTW") < page.index("18-KL/TW"), "most cited first"


def test_missing_page_says_when_nothing_is_missing(tiny_base: Path):
    assert "Mọi văn bản được dẫn chiếu đều đã có trong sổ tay." in pages(tiny_base)[MISSING]


def test_verify_page_lists_official_documents_in_force_and_unverified_or_old(tiny_base: Path):
    write_base(tiny_base, {"content/guides/kh-114-duk.md": UNVERIFIED})
    page = pages(tiny_base)[VERIFY]
    assert "(tính đến ngày 01/06/2025)" in page and "Có 1 văn bản." in page
    assert "- [Kế hoạch chưa xác minh](../guides/kh-114-duk.md) — 114-KH/ĐUK: hiệu lực chưa từng được xác minh" in page
    assert "hd-03-tu" not in page, "a superseded document needs no verification"
    later = pages(tiny_base, date(2026, 3, 1))[VERIFY]
    assert "Có 2 văn bản." in later and "hd-05-tu.md) — 05-HD/TU: hiệu lực xác minh lần cuối ngày 15/01/2025" in later


def test_hub_links_the_pages_and_the_feed_only_when_there_is_one(tiny_base: Path):
    hub = pages(tiny_base)[HUB]
    assert "[Văn bản cần xác minh lại](can-xac-minh-lai.md): 0 văn bản." in hub and "(../feed.xml)" in hub
    assert "feed.xml" not in pages(tiny_base, feed=None)[HUB]
