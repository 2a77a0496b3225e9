"""An import no person has reviewed (an `imported` stamp, no `verified` since): a visible notice on its page, no
place in preparation pages or in-force listings, a lower rank in search, a line on the committee's review page,
and a warning from check. Once verified, it is an ordinary document."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from conftest import TINY_BASE, write_base
from sotay.adapters.mkdocs.site_build import build_site
from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.search.records import DEMOTION, records

DRAFT = """\
---
title: Hướng dẫn nhập thử về sinh hoạt chi bộ
form: van-ban
number: 07-HD/TU
issuer: Ban Thường vụ Tỉnh ủy
issued: 2025-02-03
status: du-thao
meeting_types: [thuong-ky]
cell_types: [khu-dan-cu]
imported: {file: 07-HD-TU.pdf, date: 2025-05-20, missing: [người ký]}
---
Văn bản nhập thử.

<!-- checklist: trong -->
- [ ] Việc trong văn bản nhập
<!-- /checklist -->
"""


@pytest.fixture(scope="module")
def drafted(tmp_path_factory) -> Path:
    root = write_base(tmp_path_factory.mktemp("drafts") / "base", TINY_BASE | {"content/guides/hd-07-tu.md": DRAFT})
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1748736000")  # 2025-06-01, the tests' build date
        build_site(root, root.parent / "site")
    return root.parent / "site"


def html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def test_the_page_says_it_is_an_unreviewed_import_and_what_is_left_to_check(drafted: Path):
    page = html(drafted, "guides/hd-07-tu")
    assert "Bản nhập tự động — chưa duyệt" in page and "07-HD-TU.pdf" in page and "<li>người ký</li>" in page
    assert "Bản nhập tự động" not in html(drafted, "guides/hd-05-tu")


def test_preparation_pages_leave_it_and_its_procedure_out(drafted: Path):
    pack = html(drafted, "chuan-bi/thuong-ky-khu-dan-cu")
    assert "Hướng dẫn mới về sinh hoạt chi bộ" in pack
    assert "Hướng dẫn nhập thử" not in pack and "Việc trong văn bản nhập" not in pack


def test_the_committee_lists_it_for_review(drafted: Path):
    page = html(drafted, "cap-uy/van-ban-cho-duyet")
    assert "Hướng dẫn nhập thử về sinh hoạt chi bộ" in page and "07-HD-TU.pdf" in page and "người ký" in page
    assert "1 bản nhập tự động chưa duyệt" in html(drafted, "cap-uy")


def test_search_ranks_it_below_reviewed_documents(drafted: Path):
    root = drafted.parent / "base"
    found = {r.source: r for r in records(KnowledgeBase.load(root))}
    assert found["guides/hd-07-tu.md"].factor == DEMOTION and found["guides/hd-05-tu.md"].factor == 1.0


def test_check_warns_until_it_is_verified(tmp_path: Path):
    root = write_base(tmp_path / "base", TINY_BASE | {"content/guides/hd-07-tu.md": DRAFT})
    warnings = [d.format() for d in KnowledgeBase.load(root).diagnostics if "chưa duyệt" in d.message]
    assert warnings and warnings[0].startswith("content/guides/hd-07-tu.md:10: cảnh báo: bản nhập tự động chưa duyệt")
    reviewed = DRAFT.replace("status: du-thao", "status: hieu-luc").replace(
        "imported:", "verified: {date: 2025-05-25, source: Văn phòng Tỉnh ủy}\nimported:")
    (root / "content/guides/hd-07-tu.md").write_text(reviewed, encoding="utf-8")
    kb = KnowledgeBase.load(root)
    assert not [d for d in kb.diagnostics if "chưa duyệt" in d.message]
    assert not next(d for d in kb.documents if d.slug == "hd-07-tu").unreviewed
