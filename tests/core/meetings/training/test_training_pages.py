"""The tap-huan/ pages as (path, Markdown) pairs: what each page lists, links back to, and embeds."""

import json
import re

import pytest

from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.meetings.training import training_pages
from sotay.core.meetings.training import compare, explorer
from sotay.core.meetings.training.paths import COMPARE_DATA, EXPLORER_DATA, data_part
from sotay.core.meetings.training.pack import discussion_questions
from sotay.core.meetings.training import meeting_facts
from trainer_fixture import write_trainer_base


@pytest.fixture
def kb(tmp_path):
    return KnowledgeBase.load(write_trainer_base(tmp_path / "base"))


@pytest.fixture
def pages(kb):
    return dict(training_pages(kb.documents))


def test_every_page_lives_under_tap_huan(pages):
    assert {"tap-huan/index.md", "tap-huan/sinh-hoat-mau.md", "tap-huan/bieu-do.md", "tap-huan/so-sanh.md",
            "tap-huan/bo-tai-lieu.md", "tap-huan/bai-hoc/index.md", "tap-huan/bai-hoc/chu-de/bien-ban.md",
            "tap-huan/bai-hoc/chu-de/khac.md", "tap-huan/bai-hoc/loai-sinh-hoat/chuyen-de.md",
            "tap-huan/bai-hoc/loai-hinh-chi-bo/su-nghiep.md"} <= set(pages)
    assert "tap-huan/bai-hoc/chu-de/moi-dai-dien.md" not in pages, "a theme no point names has no page"
    assert all(path.startswith("tap-huan/") for path in pages)


def test_without_model_meetings_only_the_hub_says_there_are_none_yet():
    [(path, markdown)] = training_pages([])
    assert path == "tap-huan/index.md" and "Sổ tay chưa có buổi sinh hoạt mẫu nào." in markdown


def test_lessons_index_ranks_limitations_by_meetings(pages):
    index = pages["tap-huan/bai-hoc/index.md"]
    rows = re.findall(r"^\| \[(.+?)\]\(chu-de/([a-z-]+)\.md\) \| (\d+)/6 ", index, re.M)
    assert rows == [("Biên bản chưa đầy đủ", "bien-ban", "4"), ("Ít đảng viên phát biểu", "phat-bieu", "2"),
                    ("Thời lượng chưa đủ", "thoi-luong", "1"), ("Thông tin thời sự đọc chép, dàn trải", "thoi-su", "1"),
                    ("Nghị quyết, kết luận chung chung", "nghi-quyet", "1"), ("Hạn chế khác", "khac", "1")]
    assert "[Xem các buổi](../sinh-hoat-mau.md?theme=bien-ban)" in index


def test_theme_page_lists_each_point_with_a_link_to_its_meeting(pages):
    page = pages["tap-huan/bai-hoc/chu-de/bien-ban.md"]
    assert "4 trong 6 buổi có hạn chế thuộc chủ đề này." in page
    limitations = page.split("## Hạn chế (4 buổi)")[1].split("##")[0]
    assert limitations.count("](../../../model-meetings/") == 4
    assert "- Biên bản sơ sài. — [Chi bộ thôn B, 02/05/2025](../../../model-meetings/b-thon-2025.md)" in limitations
    assert "Câu hỏi thảo luận" in page


def test_group_page_orders_themes_by_meetings_and_rebases_links(pages):
    page = pages["tap-huan/bai-hoc/loai-sinh-hoat/thuong-ky.md"]
    limitations = page.split("\n## Hạn chế\n")[1].split("\n## ")[0]
    assert re.findall(r"^### (.+)$", limitations, re.M) == [  # ties keep the theme table's order; "other" last
        "Biên bản chưa đầy đủ (3 buổi)", "Thông tin thời sự đọc chép, dàn trải (1 buổi)", "Ít đảng viên phát biểu (1 buổi)",
        "Hạn chế khác (1 buổi)"]
    assert "[khung chấm điểm](../../../rubrics/khung.md)" in page, "a link in a point still reaches its target"


def test_explorer_has_one_row_per_meeting_with_filters_and_sort_keys(pages):
    page = pages["tap-huan/sinh-hoat-mau.md"]
    rows = re.findall(r'<tr data-filters="([^"]+)"', page)
    assert len(rows) == 6 and "theme=bien-ban" in rows[0]
    assert '<a href="../model-meetings/c-co-quan-2025.md">Chi bộ Văn phòng &lt;Khối&gt; &amp; Ban</a>' in page
    assert "links_in_html: true" in page and 'markdown="1"' not in page, "raw HTML, its links resolved by the site"
    assert '<td data-sort="chưa khớp" class="sotay-misfit">Chưa khớp: theo khung là Khá</td>' in page
    assert 'aria-sort="descending">Ngày</th>' in page


def test_explorer_holds_the_newest_rows_and_files_the_others(kb, monkeypatch):
    monkeypatch.setattr(explorer, "ROWS_IN_PAGE", 2)
    monkeypatch.setattr(explorer, "ROWS_A_PART", 3)
    pages = dict(training_pages(kb.documents))
    page = pages["tap-huan/sinh-hoat-mau.md"]
    assert re.findall(r'<th scope="row" data-slug="([^"]+)"><a href="../model-meetings/\1.md">', page) == ["f-truong-2026", "e-truong-2026"]
    assert f'data-sotay-rows="{EXPLORER_DATA}" data-parts="2"' in page
    assert "thêm 4 buổi còn lại" in page and "[danh sách sinh hoạt mẫu](../model-meetings/index.md)" in page
    parts = [json.loads(pages[data_part(EXPLORER_DATA, n)])["rows"] for n in (0, 1)]
    assert [len(rows) for rows in parts] == [3, 1] and data_part(EXPLORER_DATA, 2) not in pages
    assert all(re.match(r'<tr data-filters="[^"]+"><th scope="row" data-slug="[a-z0-9-]+"><a>', row) for rows in parts for row in rows)
    assert 'data-slug="a-thon-2024"' in parts[1][0]


def test_a_small_explorer_is_all_in_its_page(pages):
    assert "data-sotay-rows" not in pages["tap-huan/sinh-hoat-mau.md"] and "data-sotay-rows-note" not in pages["tap-huan/sinh-hoat-mau.md"]
    assert not any(path.startswith(EXPLORER_DATA) for path in pages)


def test_compare_page_names_its_data_files_and_links_for_no_script(pages):
    page = pages["tap-huan/so-sanh.md"]
    assert f'data-sotay-compare="{COMPARE_DATA}" data-max="4" data-firsts="a-thon-2024"' in page
    assert "<script" not in page, "the meetings are not in the page"
    data = json.loads(pages[data_part(COMPARE_DATA, 0)])
    assert [m["slug"] for m in data["meetings"]] == sorted(m["slug"] for m in data["meetings"])
    b = next(m for m in data["meetings"] if m["slug"] == "b-thon-2025")
    assert ["Xếp loại", "Theo khung", "Khá", "short"] in b["rows"]
    assert ["Điểm theo tiêu chí", "1. Tỷ lệ dự", "18/20", "short"] in b["rows"]
    assert '{ data-slug="b-thon-2025" }' in page and "cần JavaScript" in page
    assert page.count("data-slug=") == 6 and "Trang này liệt kê" not in page


def test_compare_data_files_follow_the_slugs_and_the_page_lists_the_newest(kb, monkeypatch):
    monkeypatch.setattr(compare, "PART_SIZE", 4)
    monkeypatch.setattr(compare, "PICKER_SIZE", 2)
    pages = dict(training_pages(kb.documents))
    parts = [[m["slug"] for m in json.loads(pages[data_part(COMPARE_DATA, n)])["meetings"]] for n in (0, 1)]
    assert parts == [["a-thon-2024", "b-thon-2025", "c-co-quan-2025", "d-co-quan-2025"], ["e-truong-2026", "f-truong-2026"]]
    assert data_part(COMPARE_DATA, 2) not in pages
    page = pages["tap-huan/so-sanh.md"]
    assert 'data-firsts="a-thon-2024 e-truong-2026"' in page
    assert re.findall(r'data-slug="([^"]+)"', page) == ["f-truong-2026", "e-truong-2026"]
    assert "Trang này liệt kê 2 buổi mới nhất trong 6 buổi" in page and "(sinh-hoat-mau.md)" in page


def test_pack_page_has_cover_contents_and_a_question_box_per_meeting(pages):
    page = pages["tap-huan/bo-tai-lieu.md"]
    assert page.count('<section class="sotay-pack-meeting"') == 6
    assert page.count("### Câu hỏi thảo luận") == 6
    assert page.count("](#buoi-") == 6
    assert '<input type="checkbox" name="m" value="a-thon-2024"' in page
    assert "### Ưu điểm" in page and "\n## Ưu điểm" not in page, "write-up headings sit one level under the meeting"


def test_questions_follow_the_meetings_limitations_and_rating(kb):
    b = next(f for f in meeting_facts(kb.documents) if f.slug == "b-thon-2025")
    questions = discussion_questions(b)
    assert any("thời sự" in q for q in questions) and any("Biên bản" in q for q in questions)
    assert any("Chi bộ ghi xếp loại Tốt, còn theo khung chấm điểm là Khá" in q for q in questions)


def test_pack_page_holds_the_newest_meetings_only_and_says_how_many_are_left_out(kb, monkeypatch):
    from sotay.core.meetings.training import pack
    monkeypatch.setattr(pack, "PAGE_MEETINGS", 4)
    page = dict(training_pages(kb.documents))["tap-huan/bo-tai-lieu.md"]
    newest = [f.slug for f in meeting_facts(kb.documents)][:4]
    assert re.findall(r'<section class="sotay-pack-meeting" id="buoi-([^"]+)"', page) == newest
    assert re.findall(r'name="m" value="([^"]+)"', page) == newest
    assert "Trang này có 4 buổi mới nhất trong số 6 buổi sinh hoạt mẫu" in page
    monkeypatch.setattr(pack, "PAGE_MEETINGS", 6)
    assert "Trang này có" not in dict(training_pages(kb.documents))["tap-huan/bo-tai-lieu.md"], "no notice when all fit"


def test_lesson_lists_show_the_newest_meetings_points_and_count_the_rest(kb, monkeypatch):
    from sotay.core.meetings.training import lessons
    monkeypatch.setattr(lessons, "POINTS_SHOWN", 1)
    pages = dict(training_pages(kb.documents))
    page = pages["tap-huan/bai-hoc/loai-sinh-hoat/thuong-ky.md"]
    lists = re.findall(r"^### .*?\n\n((?:- .*\n)+)(?:\nTrên đây là 1 ý của các buổi mới nhất, trong số (\d+) ý\.\n)?", page, re.M)
    assert lists and all(block.count("\n") == 1 for block, _ in lists), "one point per list"
    assert any(int(count or 0) > 1 for _, count in lists), "a longer list says how many points it has"
    newest = [f.slug for f in meeting_facts(kb.documents) if f.meeting_type == "thuong-ky"]
    first = re.search(r"\]\(\.\./\.\./\.\./model-meetings/([^/.)]+)", lists[0][0])
    assert first and first.group(1) in newest
