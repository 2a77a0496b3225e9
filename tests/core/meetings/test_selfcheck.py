"""The self-assessment page: a labelled input per criterion and the rubric embedded safely for the script."""

from __future__ import annotations

import json
import re
from dataclasses import replace

from sotay.core.meetings.selfcheck import calculator, self_assessment_page, self_assessment_path
from sotay.core.model import Criterion, Rating, Rubric

RUBRIC = Rubric(
    path="rubrics/khung.md", slug="khung", body="", title="Khung <thử> & kiểm", id="khung",
    criteria=(Criterion("1", "Dự </script><script>alert(1)</script>", 7.5), Criterion("2", "Nội dung \"chính\"", 92.5)),
    ratings=(Rating("tot", "Tốt", 90, ("1",)), Rating("kem", "Kém", 0, (), ("2",))),
)


def test_page_lives_under_the_rubric_and_links_back():
    path, page = self_assessment_page(RUBRIC)
    assert path == self_assessment_path(RUBRIC) == "rubrics/khung/tu-cham-diem.md"
    assert page.startswith("# Tự chấm điểm: Khung \\<thử\\> & kiểm\n")
    assert "(../khung.md)" in page
    assert "- **Tốt**: tổng điểm từ 90; tiêu chí 1 đạt điểm tối đa." in page
    assert "- **Kém**: tổng điểm từ 0; không tiêu chí nào trong 2 bị 0 điểm." in page


def test_each_criterion_is_a_labelled_text_field_that_takes_a_decimal_comma():
    """A number field refuses "7,5" (or reads it as 75) in many browsers: the script reads the text itself."""
    form = calculator(RUBRIC)
    inputs = re.findall(r'<label for="([^"]+)">([^<]*)</label></td><td><input type="text" id="([^"]+)" name="([^"]+)" '
                        r'inputmode="decimal" size="4" spellcheck="false" aria-describedby="khung-goi-y"></td><td>([^<]+)</td>', form)
    assert [(i[0] == i[2], i[3], i[4]) for i in inputs] == [(True, "1", "7,5"), (True, "2", "92,5")]
    assert "1. Dự &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in form
    assert '<output class="sotay-calc__total">0</output>' in form and "<td>100</td>" in form
    assert '<p class="sotay-calc__hint" id="khung-goi-y">Nhập điểm nguyên hoặc lẻ đến 0,5 điểm, dùng dấu phẩy: ví dụ 7 hoặc 7,5.</p>' in form
    assert '<span class="sotay-calc__provisional" hidden>(tạm tính)</span>' in form


def test_a_rubric_of_whole_points_asks_for_whole_points_on_a_numeric_keyboard():
    whole = replace(RUBRIC, step=1, criteria=(Criterion("1", "Dự", 10),))
    form = calculator(whole)
    assert 'inputmode="numeric"' in form and "Nhập điểm nguyên, ví dụ 7." in form and '"step":1' in form


def test_embedded_rubric_cannot_close_its_script_element_and_parses_back():
    form = calculator(RUBRIC)
    data = re.search(r'<script type="application/json" class="sotay-calc__data">(.*?)</script>', form, re.S).group(1)
    assert "<" not in data and ">" not in data and "&" not in data
    parsed = json.loads(data)
    assert parsed["criteria"][0] == {"id": "1", "title": "Dự </script><script>alert(1)</script>", "max": 7.5}
    assert parsed["ratings"] == [
        {"id": "tot", "label": "Tốt", "min_total": 90, "require_max": ["1"], "forbid_zero": []},
        {"id": "kem", "label": "Kém", "min_total": 0, "require_max": [], "forbid_zero": ["2"]},
    ]
