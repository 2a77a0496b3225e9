"""Generated pages in search: each described by the module that makes it, under the page's own title, and a query
naming a tool finds that tool first (on the bundled base, as a secretary or a trainer types it)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import BUILD_DATE, REPO
from generated_pages import made_pages
from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.search.generated import page_entries
from sotay.core.search.records import TOOLS, records
from sotay.core.search.whoosh_index import open_index
from sotay.core.site.entries import SHORTCUT_KIND, SHORTCUT_PAGE

_TITLE = re.compile(r'^title: "(.*)"$|^# (.*)$', re.M)


def title_of(markdown: str) -> str:
    found = _TITLE.search(markdown)
    return (found[1] or found[2]).replace("\\", "")


def test_every_entry_is_a_page_the_site_makes_under_that_title(tiny_base: Path):
    kb = KnowledgeBase.load(tiny_base)
    pages = made_pages(kb, BUILD_DATE)
    entries = page_entries(kb, BUILD_DATE)
    assert len({e.source for e in entries}) == len(entries)
    for entry in entries:
        assert entry.source in pages, entry.source
        assert title_of(pages[entry.source]) == entry.title, entry.source
        assert entry.description.endswith(".") and entry.keywords, entry.source
    assert {e.source for e in entries} >= {"chuan-bi/index.md", "chuan-bi/thuong-ky-khu-dan-cu.md", "chuan-bi/bien-ban-thuong-ky.md",
                                           "chuan-bi/bien-ban-chuyen-de.md", "rubrics/khung/tu-cham-diem.md", "guides/index.md",
                                           "tra-cuu/index.md", "moi-cap-nhat.md", "tap-huan/index.md", "tap-huan/so-sanh.md",
                                           "tap-huan/bieu-do.md", "tap-huan/sinh-hoat-mau.md", "cap-uy/index.md"}


def test_shortcuts_are_the_kinds_then_the_pages_used_most(tiny_base: Path):
    entries = page_entries(KnowledgeBase.load(tiny_base), BUILD_DATE)
    assert [e.title for e in entries if e.shortcut == SHORTCUT_KIND] == [
        "Hướng dẫn và văn bản", "Sinh hoạt mẫu", "Danh mục kiểm tra", "Tiêu chí chấm điểm"]
    assert [e.title for e in entries if e.shortcut == SHORTCUT_PAGE] == [
        "Chuẩn bị sinh hoạt", "Mẫu biên bản sinh hoạt chi bộ thường kỳ", "Tự chấm điểm: Khung thử", "Tra cứu",
        "Văn bản mới và cập nhật", "Tập huấn với sinh hoạt mẫu"]


def test_without_model_meetings_or_committee_pages_none_of_their_pages(tiny_base: Path):
    (tiny_base / "content/model-meetings/ban-moi.md").unlink()
    sources = {e.source for e in page_entries(KnowledgeBase.load(tiny_base), BUILD_DATE, committee=False)}
    assert not any(s.startswith(("tap-huan/", "cap-uy/")) for s in sources)


def test_generated_pages_follow_the_documents_as_tool_records(tiny_base: Path):
    found = records(KnowledgeBase.load(tiny_base), BUILD_DATE)
    kinds = [r.kind for r in found]
    first_tool = kinds.index(TOOLS)
    assert TOOLS not in kinds[:first_tool] and set(kinds[first_tool:]) == {TOOLS}
    calculator = next(r for r in found if r.source == "rubrics/khung/tu-cham-diem.md")
    assert (calculator.title, calculator.path, calculator.number, calculator.year) == ("Tự chấm điểm: Khung thử", "", "", None)
    assert calculator.body.startswith("Nhập điểm chi bộ tự chấm cho 3 tiêu chí") and "tự chấm điểm" in calculator.keywords
    preparation = next(r for r in found if r.source == "chuan-bi/thuong-ky-khu-dan-cu.md")
    assert (preparation.meeting_types, preparation.cell_types) == (("thuong-ky",), ("khu-dan-cu",))


@pytest.fixture(scope="module")
def bundled_index(tmp_path_factory):
    found = records(KnowledgeBase.load(REPO), BUILD_DATE)
    with open_index(tmp_path_factory.mktemp("bundled") / "whoosh", found) as index:
        yield index


@pytest.mark.parametrize(("query", "first"), [
    ("chuan bi sinh hoat khu dan cu", r"chuan-bi/(thuong-ky|chuyen-de)-khu-dan-cu\.md"),
    ("tu cham diem", r"rubrics/khung-100-diem/tu-cham-diem\.md"),
    ("mau bien ban", r"chuan-bi/bien-ban-thuong-ky\.md"),
    ("so sanh", r"tap-huan/so-sanh\.md"),
    ("bieu do", r"tap-huan/bieu-do\.md"),
    ("Tự chấm điểm", r"rubrics/khung-100-diem/tu-cham-diem\.md"),
])
def test_a_query_naming_a_tool_finds_it_first_in_the_bundled_base(bundled_index, query: str, first: str):
    hits = [hit.source for hit in bundled_index.search(query, limit=5)]
    assert hits and re.fullmatch(first, hits[0]), hits
