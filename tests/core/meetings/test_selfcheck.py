"""The self-assessment page: a labelled input per criterion and the rubric embedded safely for the script."""

from __future__ import annotations

import json
import re

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


def test_each_criterion_is_a_labelled_number_input_bounded_by_its_maximum():
    form = calculator(RUBRIC)
    inputs = re.findall(r'<label for="([^"]+)">([^<]*)</label></td><td><input type="number" id="([^"]+)" name="([^"]+)" '
                        r'min="0" max="([^"]+)" step="0.5" inputmode="decimal">', form)
    assert [(i[0] == i[2], i[3], i[4]) for i in inputs] == [(True, "1", "7.5"), (True, "2", "92.5")]
    assert "1. Dự &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in form
    assert '<output class="sotay-calc__total">0</output>' in form and "<td>100</td>" in form


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
