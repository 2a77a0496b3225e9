"""Preparation pages: which checklists, guides and model meetings land on which page, and what it prints."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.meetings.preparation import PREPARATION_INDEX, build_preparation, covered, preparation_markdown, preparation_pages

TODAY = date(2025, 6, 1)


def meeting(slug: str, meeting_type: str, cell_type: str, when: str) -> tuple[str, str]:
    return f"content/model-meetings/{slug}.md", (
        f"---\ntitle: Họp {slug}\ncell: Chi bộ {slug}\norganization: Đảng bộ xã Thử\ndate: {when}\n"
        f"meeting_type: {meeting_type}\ncell_type: {cell_type}\n---\nBuổi họp.\n")


def guide(slug: str, number: str, extra: str = "", body: str = "Nội dung.\n") -> tuple[str, str]:
    return f"content/guides/{slug}.md", (
        f"---\ntitle: Văn bản {number}\nform: van-ban\nnumber: {number}\nissuer: Ban Thường vụ Tỉnh ủy\nissued: 2024-01-02\n"
        f"meeting_types: [thuong-ky]\ncell_types: [khu-dan-cu]\n{extra}---\n{body}")


EXTRA = dict([
    guide("hd-07-tu", "07-HD/TU", body="<!-- checklist: sau -->\n- [ ] Việc theo văn bản cũ\n<!-- /checklist -->\n"),  # 09-HD/TU supersedes it
    guide("hd-09-tu", "09-HD/TU", "supersedes: [07-HD/TU]\n"),
    guide("hd-11-tu", "11-HD/TU", "expires: 2025-01-01\n"),
    guide("hd-13-tu", "13-HD/TU", "status: du-thao\n"),
    ("content/checklists/trong.md", "---\ntitle: Trong buổi họp\nphase: trong\n---\n- [ ] Điểm danh đảng viên\n"),
    ("content/checklists/chuyen-de.md", "---\ntitle: Chuẩn bị chuyên đề\nphase: truoc\nmeeting_types: [chuyen-de]\n---\n- [ ] Chọn chủ đề\n"),
    meeting("thon-a-2024", "thuong-ky", "khu-dan-cu", "2024-05-01"),
    meeting("thon-b-2025", "thuong-ky", "khu-dan-cu", "2025-04-20"),
    meeting("co-quan-2025", "thuong-ky", "co-quan", "2025-04-01"),
    meeting("thon-chuyen-de-2025", "chuyen-de", "khu-dan-cu", "2025-05-01"),
])


@pytest.fixture
def kb(tiny_base: Path) -> KnowledgeBase:
    for rel, text in EXTRA.items():
        (tiny_base / rel).write_text(text, encoding="utf-8")
    base = KnowledgeBase.load(tiny_base)
    assert base.errors == []
    return base


def slugs(documents) -> list[str]:
    return [d.slug for d in documents]


def test_a_preparation_page_for_every_pair_the_content_names(kb: KnowledgeBase):
    assert covered(kb, TODAY) == [("thuong-ky", "khu-dan-cu"), ("thuong-ky", "co-quan"), ("chuyen-de", "khu-dan-cu")]


def test_tiny_base_alone_has_one_preparation_page(tiny_base: Path):
    assert covered(KnowledgeBase.load(tiny_base), TODAY) == [("thuong-ky", "khu-dan-cu")]


def test_checklists_per_phase_a_file_before_a_procedure_drawn_from_a_guide(kb: KnowledgeBase):
    preparation = build_preparation(kb, "thuong-ky", "khu-dan-cu", TODAY)
    assert [(p.phase, slugs(p.inlined), slugs(p.linked)) for p in preparation.phases] == [
        ("truoc", ["truoc"], []),
        ("trong", ["trong"], ["hd-05-tu"]),  # the file is printed; the guide's procedure is only linked
        ("sau", [], []),  # the procedure drawn from the superseded 07-HD/TU is left out
    ]
    assert "hd-07-tu" in slugs(d for d in kb.documents if d.kind == "checklists"), "the procedure exists, the preparation page leaves it out"
    chuyen_de = build_preparation(kb, "chuyen-de", "khu-dan-cu", TODAY)
    assert [(p.phase, slugs(p.inlined)) for p in chuyen_de.phases] == [("truoc", ["chuyen-de"]), ("trong", ["trong"]), ("sau", [])]


def test_only_guides_in_force_superseded_expired_and_drafts_left_out(kb: KnowledgeBase):
    assert slugs(build_preparation(kb, "thuong-ky", "khu-dan-cu", TODAY).guides) == ["hd-05-tu", "hd-09-tu"]
    assert slugs(build_preparation(kb, "thuong-ky", "khu-dan-cu", date(2024, 12, 31)).guides) == ["hd-05-tu", "hd-09-tu", "hd-11-tu"]
    assert slugs(build_preparation(kb, "thuong-ky", "co-quan", TODAY).guides) == []


def test_three_model_meetings_same_types_first_newest_first(kb: KnowledgeBase):
    assert slugs(build_preparation(kb, "thuong-ky", "khu-dan-cu", TODAY).meetings) == ["thon-b-2025", "ban-moi", "thon-a-2024"]
    assert slugs(build_preparation(kb, "thuong-ky", "co-quan", TODAY).meetings) == ["co-quan-2025", "thon-b-2025", "ban-moi"]
    assert slugs(build_preparation(kb, "chuyen-de", "khu-dan-cu", TODAY).meetings) == ["thon-chuyen-de-2025", "thon-b-2025", "ban-moi"]


def test_preparation_page_inlines_checklists_and_prints_as_one_document(kb: KnowledgeBase):
    preparation = build_preparation(kb, "thuong-ky", "khu-dan-cu", TODAY)
    page = preparation_markdown(preparation)
    assert preparation.path == "chuan-bi/thuong-ky-khu-dan-cu.md"
    assert page.startswith("# Chuẩn bị sinh hoạt thường kỳ — Chi bộ khu dân cư (thôn, bản, tổ dân phố)\n")
    assert [h for h in re.findall(r"^## (.+?)(?: \{.*\})?$", page, re.M)] == [
        "Trước cuộc họp", "Trong cuộc họp", "Sau cuộc họp", "Văn bản, hướng dẫn đang áp dụng",
        "Sinh hoạt mẫu để tham khảo", "Tự chấm điểm chất lượng", "Mẫu biên bản"]
    assert 'data-sotay-checklist="checklists/truoc"' in page and 'data-sotay-checklist="checklists/trong"' in page
    assert "Thống nhất nội dung" in page, "nested items are inlined, not only linked"
    assert "Xem thêm: [Các bước: Hướng dẫn mới về sinh hoạt chi bộ](../checklists/hd-05-tu.md)" in page
    assert "Chưa có danh mục cho giai đoạn này." in page
    assert page.count("Người kiểm tra") == 1
    assert "[Hướng dẫn cũ về sinh hoạt chi bộ]" not in page and "Văn bản 07-HD/TU" not in page
    assert "[Tự chấm điểm trên máy](../rubrics/khung/tu-cham-diem.md){ .md-button .md-button--primary }" in page
    assert "| 1. Tỷ lệ dự | 20 | |" in page
    assert "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG …… NĂM ……" in page


def test_index_lists_preparation_pages_by_meeting_type_with_what_each_holds(kb: KnowledgeBase):
    pages = dict(preparation_pages(kb, TODAY))
    assert list(pages) == [PREPARATION_INDEX, "chuan-bi/thuong-ky-khu-dan-cu.md", "chuan-bi/thuong-ky-co-quan.md",
                           "chuan-bi/chuyen-de-khu-dan-cu.md", "chuan-bi/bien-ban-thuong-ky.md", "chuan-bi/bien-ban-chuyen-de.md"]
    index = pages[PREPARATION_INDEX]
    assert index.index("## Sinh hoạt thường kỳ") < index.index("(thuong-ky-co-quan.md)") < index.index("## Sinh hoạt chuyên đề")
    assert "- [Chi bộ khu dân cư (thôn, bản, tổ dân phố)](thuong-ky-khu-dan-cu.md)" in index
    assert "3 việc trước cuộc họp · 1 việc trong cuộc họp · 2 văn bản, hướng dẫn · 3 sinh hoạt mẫu" in index
    assert "- [Mẫu biên bản sinh hoạt chi bộ chuyên đề](bien-ban-chuyen-de.md)" in index.split("## Mẫu biên bản")[1]


def test_each_meeting_type_has_a_blank_minutes_form_of_its_own_to_print(kb: KnowledgeBase):
    pages = dict(preparation_pages(kb, TODAY))
    form = pages["chuan-bi/bien-ban-chuyen-de.md"]
    assert form.startswith("# Mẫu biên bản sinh hoạt chi bộ chuyên đề\n")
    assert "SINH HOẠT CHI BỘ CHUYÊN ĐỀ THÁNG" in form and "<strong>Chuyên đề:</strong>" in form
    assert "data-sotay-print hidden>In mẫu biên bản</button> [Bộ tài liệu chuẩn bị sinh hoạt](index.md)" in form
    assert "Mẫu khác: [Mẫu biên bản sinh hoạt chi bộ thường kỳ](bien-ban-thuong-ky.md)." in form

def test_an_empty_base_still_has_an_index_that_says_so(tmp_path: Path):
    (tmp_path / "content").mkdir()
    (path, index), *forms = preparation_pages(KnowledgeBase.load(tmp_path), TODAY)
    assert path == PREPARATION_INDEX and "Chưa có bộ tài liệu nào" in index
    assert [path for path, _ in forms] == ["chuan-bi/bien-ban-thuong-ky.md", "chuan-bi/bien-ban-chuyen-de.md"]


def test_a_large_base_gives_a_bounded_preparation_page_most_specific_checklists_printed(tiny_base: Path):
    for n in range(20):  # generic checklists first in title order, then three written for this very pair
        (tiny_base / f"content/checklists/chung-{n:02}.md").write_text(
            f"---\ntitle: A chung {n:02}\nphase: sau\n---\n- [ ] Việc {n}\n", encoding="utf-8")
    for n in range(3):
        (tiny_base / f"content/checklists/rieng-{n}.md").write_text(
            f"---\ntitle: Z riêng {n}\nphase: sau\nmeeting_types: [thuong-ky]\ncell_types: [khu-dan-cu]\n---\n- [ ] Việc riêng {n}\n",
            encoding="utf-8")
    for n in range(14):
        path, text = guide(f"hd-{n:02}-x", f"{n + 20}-HD/TU")
        (tiny_base / path).write_text(text, encoding="utf-8")
    kb = KnowledgeBase.load(tiny_base)
    assert kb.errors == []
    preparation = build_preparation(kb, "thuong-ky", "khu-dan-cu", TODAY)
    sau = preparation.phases[-1]
    assert slugs(sau.inlined) == ["rieng-0", "rieng-1", "rieng-2"]
    assert slugs(sau.linked) == [f"chung-{n:02}" for n in range(20)]
    page = preparation_markdown(preparation)
    assert page.count('data-sotay-checklist="checklists/') == 3 + 1 + 1, "three for the last phase, one for each other"
    assert "[A chung 09](../checklists/chung-09.md); còn 10 danh mục khác trong [danh sách đầy đủ](../checklists/index.md)." in page
    assert "chung-10.md" not in page
    guides = re.search(r"### Văn bản\n\n(.*?)\n\n(.*?)\n", page, re.S)
    assert guides and guides.group(1).count("\n- ") == 9, "ten guides listed"
    assert guides.group(2) == "Trên đây là 10 văn bản mới nhất; còn 5 văn bản khác trong [danh sách đầy đủ](../guides/index.md)."
