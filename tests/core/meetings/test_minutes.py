"""The blank minutes form carries the headings of a cell meeting's minutes (FACTS F34)."""

from __future__ import annotations

import re

import pytest

from sotay.core.meetings.minutes import minutes_form


@pytest.mark.parametrize("meeting_type, title", [
    ("thuong-ky", "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG …… NĂM ……"),
    ("chuyen-de", "SINH HOẠT CHI BỘ CHUYÊN ĐỀ THÁNG …… NĂM ……"),
])
def test_title_names_the_meeting_with_month_and_year(meeting_type, title):
    assert f"<strong>BIÊN BẢN</strong><br><strong>{title}</strong>" in minutes_form(meeting_type)


def test_every_standard_heading_in_order():
    text = re.sub(r"<[^>]+>", "", minutes_form("thuong-ky"))
    expected = ["Thời gian:", "giờ", "Địa điểm:", "Thành phần:", "Đại biểu, khách mời", "Chủ trì: đồng chí", "thư ký: đồng chí",
                "Tổng số đảng viên", "chính thức:", "dự bị:", "Có mặt:", "Vắng mặt:", "Họ và tên", "Lý do vắng",
                "Nội dung sinh hoạt", "Diễn biến thảo luận", "người phát biểu", "Kết luận của đồng chí chủ trì", "Biểu quyết:",
                "tán thành", "kết thúc lúc", "THƯ KÝ", "CHỦ TRÌ"]
    positions = [text.index(phrase) for phrase in expected]
    assert positions == sorted(positions)
    assert text.count("(ký, ghi rõ họ tên)") == 2


def test_topic_line_only_for_a_thematic_meeting():
    assert "Chuyên đề:" in minutes_form("chuyen-de") and "Chuyên đề:" not in minutes_form("thuong-ky")


def test_form_is_one_raw_html_block_and_cites_its_sources():
    form = minutes_form("thuong-ky").strip("\n")
    assert "\n\n" not in form and form.startswith('<div class="sotay-minutes">') and form.endswith("</div>")
    assert "stdt.danguykhoibinhthuan.vn" in form
