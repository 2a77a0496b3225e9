"""The pure parts of our editor widgets (editor/sotay-widgets.js), run in node: the document picker's
suggestions and the fields an imported draft's `missing` list highlights."""

from __future__ import annotations

import pytest

from editor_fixture import editor_packages, run_editor_script  # noqa: F401 (fixture)
from sotay.core.importer import MISSING_FIELDS

DOCUMENTS = [
    {"number": "42-HD/BTCTW", "title": "Hướng dẫn 42-HD/BTCTW thực hiện Chỉ thị 50-CT/TW về sinh hoạt chi bộ"},
    {"number": "50-CT/TW", "title": "Chỉ thị 50-CT/TW về đổi mới sinh hoạt chi bộ"},
    {"number": "14-QĐi/TU", "title": "Quy định 14 về đánh giá chất lượng"},
]


@pytest.mark.parametrize("query, chosen, expected", [
    ("42", [], ["42-HD/BTCTW"]),
    ("50-ct", [], ["50-CT/TW", "42-HD/BTCTW"]),  # the number first, then a title that cites it
    ("danh gia chat luong", [], ["14-QĐi/TU"]),  # typed without diacritics
    ("qđi", [], ["14-QĐi/TU"]),
    ("sinh hoạt chi bộ", ["50-CT/TW"], ["42-HD/BTCTW"]),  # a chosen document is not offered again
    ("", [], []),
    ("không có", [], []),
])
def test_the_picker_suggests_documents_by_number_or_title(editor_packages, query, chosen, expected):
    found = run_editor_script(editor_packages, "output(globalThis.SotayEditor.widgets.suggest(input.docs, input.q, input.chosen)"
                              ".map((d) => d.number));", {"docs": DOCUMENTS, "q": query, "chosen": chosen})
    assert found == expected


def test_the_missing_list_points_at_the_fields_the_configuration_names(editor_packages):
    """The table is the configuration's `missing_fields` (the importer's MISSING_FIELDS); a note names no field."""
    missing = ["ngày đăng", "tiêu đề bị cắt còn 300 ký tự: xem lại", "Tác giả", "số hiệu", "ngày đăng"]
    found = run_editor_script(editor_packages, "output(globalThis.SotayEditor.widgets.missingFields(input.missing, input.table));",
                              {"missing": missing, "table": MISSING_FIELDS})
    assert found == ["issued", "body", "number"]


@pytest.mark.parametrize("text, stored", [
    ("05/03/2026", "2026-03-05"), ("5/3/2026", "2026-03-05"), ("05.03.2026", "2026-03-05"), (" 05-03-2026 ", "2026-03-05"),
    ("", ""), ("31/02/2026", None), ("05/03/26", None), ("05/03/202", None), ("2026-03-05", None), ("ngày 5", None),
])
def test_a_date_is_typed_day_first_and_stored_as_the_contract_stores_it(editor_packages, text, stored):
    assert run_editor_script(editor_packages, "output(globalThis.SotayEditor.widgets.parseDay(input));", text) == stored


@pytest.mark.parametrize("chosen, hidden", [
    ("khung", ["4", "5"]), ("khung-hai", ["1", "2", "3"]), ("chung", ["2", "5"]), (None, []), ("khong-co", []),
])
def test_the_score_rows_hidden_are_the_other_rubrics_criteria(editor_packages, chosen, hidden):
    rubrics = {"khung": ["1", "2", "3"], "khung-hai": ["4", "5"], "chung": ["1", "3", "4"]}
    script = "output(globalThis.SotayEditor.rubricScores.hiddenCriteria(input.rubrics, input.chosen));"
    assert run_editor_script(editor_packages, script, {"rubrics": rubrics, "chosen": chosen}) == hidden
