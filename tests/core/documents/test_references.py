"""Citations scanned from Markdown bodies: backlinks, missing documents, ambiguity, stale citations."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conftest import write_base
from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.documents.references import CitationIndex, Occurrence, prose_only
from sotay.core.validate.references import reference_diagnostics

REGULATION = """\
---
title: Quy định 14-QĐi/TU về chấm điểm
form: van-ban
number: 14-QĐi/TU
issuer: Tỉnh ủy
issued: 2024-04-05
verified: {date: 2025-05-01, source: Văn phòng Tỉnh ủy}
---
Văn bản 14-QĐi/TU quy định việc chấm điểm.
"""
DECISION = """\
---
title: Quyết định 14-QĐ/TU về khen thưởng
form: van-ban
number: 14-QĐ/TU
issuer: Tỉnh ủy
issued: 2023-01-09
verified: {date: 2025-05-01, source: Văn phòng Tỉnh ủy}
---
Quyết định khen thưởng.
"""
NOTES = """\
---
title: Ghi chú chuẩn bị
form: huong-dan
---
Theo Hướng dẫn số 05-HD/TU, chi ủy họp trước.
Hướng dẫn cũ 03-HD/TU quy định khác.

Chưa có Hướng dẫn 09-HD/BTCTW ngày 03/02/2012 và
cả 09-HD/BTCTW.

`05-HD/TU` trong mã và <!-- 09-HD/BTCTW trong chú thích --> không tính.

```
03-HD/TU trong khối mã
```

Văn bản 14-QĐ/TU còn mơ hồ.
"""
STALE = """\
---
title: Trang cũ
form: bai-viet
---
Chi bộ làm theo Hướng dẫn số 03-HD/TU.
"""


@pytest.fixture
def kb(tiny_base: Path) -> KnowledgeBase:
    write_base(tiny_base, {"content/guides/qdi-14-tu.md": REGULATION, "content/guides/qd-14-tu.md": DECISION,
                           "content/guides/ghi-chu.md": NOTES, "content/guides/trang-cu.md": STALE})
    return KnowledgeBase.load(tiny_base)


def by_slug(kb: KnowledgeBase, slug: str):
    return next(d for d in kb.documents if d.slug == slug and not getattr(d, "source_guide", None))


def test_prose_only_blanks_code_and_comments_but_keeps_offsets():
    text = "a `03-HD/TU` b\n```\n05-HD/TU\n```\n<!-- 07-HD/TU -->\nc 09-HD/TU"
    prose = prose_only(text)
    assert len(prose) == len(text) and prose.count("\n") == text.count("\n")
    assert "03-HD" not in prose and "05-HD" not in prose and "07-HD" not in prose
    assert prose.endswith("c 09-HD/TU")


def test_backlinks_list_the_documents_whose_text_cites_a_guide(kb: KnowledgeBase):
    index = CitationIndex(kb)
    cited_by_new = [d.slug for d in index.cited_by(by_slug(kb, "hd-05-tu"))]
    assert cited_by_new == ["ghi-chu"]          # the code span in the same file does not count twice, nor itself
    assert [d.slug for d in index.cited_by(by_slug(kb, "hd-03-tu"))] == ["ghi-chu", "hd-05-tu", "trang-cu"]
    assert index.cited_by(by_slug(kb, "qdi-14-tu")) == []  # its own text cites itself: not a backlink


def test_missing_documents_are_grouped_with_every_place_they_are_cited(kb: KnowledgeBase):
    [missing] = CitationIndex(kb).missing()
    assert (missing.number, missing.kind) == ("09-HD/BTCTW", "Hướng dẫn")
    assert missing.occurrences == (
        Occurrence("content/guides/ghi-chu.md", 8, "Hướng dẫn 09-HD/BTCTW ngày 03/02/2012"),
        Occurrence("content/guides/ghi-chu.md", 9, "09-HD/BTCTW"),
    )


def test_relation_targets_the_base_lacks_are_missing_too(tiny_base: Path):
    write_base(tiny_base, {"content/guides/ke-hoach.md": "---\ntitle: Kế hoạch\nform: huong-dan\nbased_on: [18-KL/TW]\n---\nNội dung.\n"})
    [missing] = CitationIndex(KnowledgeBase.load(tiny_base)).missing()
    assert missing.number == "18-KL/TW" and missing.occurrences == (Occurrence("content/guides/ke-hoach.md", 4, "based_on: 18-KL/TW"),)


def test_diagnostics_report_ambiguity_and_stale_citations(kb: KnowledgeBase):
    found = [(d.path, d.line, d.severity.value, d.message) for d in reference_diagnostics(kb, CitationIndex(kb), date(2025, 6, 1))]
    assert found == [
        ("content/guides/ghi-chu.md", 17, "warning",
         '"14-QĐ/TU" có thể chỉ 14-QĐ/TU (content/guides/qd-14-tu.md) hoặc 14-QĐi/TU (content/guides/qdi-14-tu.md); sổ tay không tự chọn'),
        ("content/guides/trang-cu.md", 5, "warning",
         "trang này dẫn chiếu 03-HD/TU đã hết hiệu lực; văn bản thay thế: Hướng dẫn 05-HD/TU"),
    ]


def test_a_page_that_also_cites_the_replacement_or_replaced_it_is_not_stale(kb: KnowledgeBase):
    stale = CitationIndex(kb).stale(date(2025, 6, 1))
    assert [(s.source.slug, s.target.number, [r.number for r in s.replacements]) for s in stale] == [
        ("trang-cu", "03-HD/TU", ["05-HD/TU"])]  # ghi-chu cites 05-HD/TU too; hd-05-tu supersedes 03-HD/TU


def test_before_the_replacement_nothing_is_stale(kb: KnowledgeBase):
    assert CitationIndex(kb).stale(date(2024, 1, 1)) == []


def test_ambiguous_relation_target_is_a_check_warning(tiny_base: Path):
    write_base(tiny_base, {"content/guides/qdi-14-tu.md": REGULATION, "content/guides/qd-14-tu.md": DECISION,
                           "content/guides/sua-doi.md": "---\ntitle: Sửa đổi\nform: huong-dan\namends: [14-QĐ/TU]\n---\nx\n"})
    kb = KnowledgeBase.load(tiny_base)
    [edge] = [e for e in kb.relations.edges if e.relation == "amends"]
    assert edge.target is None and len(edge.candidates) == 2
    assert [d.format() for d in kb.diagnostics if d.field == "amends"] == [
        "content/guides/sua-doi.md:4: cảnh báo: số hiệu 14-QĐ/TU trong sửa đổi, bổ sung văn bản [amends] có thể chỉ "
        "14-QĐ/TU (content/guides/qd-14-tu.md) "
        "hoặc 14-QĐi/TU (content/guides/qdi-14-tu.md); sổ tay không tự chọn (gợi ý: viết đúng số hiệu đầy đủ của văn bản "
        "(ví dụ 14-QĐi/TU, ĐUK thay cho DUK) hoặc ghi rõ loại và ngày ban hành)"]
