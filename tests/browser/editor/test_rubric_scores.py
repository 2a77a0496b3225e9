"""In Chromium: a model meeting's score rows follow the rubric chosen in the form, in a base with two rubrics."""

from __future__ import annotations

import pytest

from conftest import write_base
from editor_fixture import editor_packages  # noqa: F401 (fixture)

from .conftest import BASE, log_in, open_editor

SECOND_RUBRIC = """\
---
title: Khung thứ hai
id: khung-hai
example: true
criteria:
  - {id: "4", title: Thời lượng, max: 50}
  - {id: "5", title: Phát biểu, max: 50}
ratings:
  - {id: tot, label: Tốt, min_total: 90}
  - {id: kem, label: Kém, min_total: 0}
---
Khung dùng cho kiểm thử.
"""


@pytest.fixture
def two_rubrics(tmp_path, editor_packages):  # noqa: F811
    yield from open_editor(editor_packages, write_base(tmp_path / "base", {**BASE, "content/rubrics/khung-hai.md": SECOND_RUBRIC}))


VISIBLE = """[...document.querySelectorAll("[id^='scores-field-'] label")]
  .filter((label) => label.closest("[class*='ControlContainer']").offsetParent !== null)
  .map((label) => label.htmlFor.split("-field-")[0]).sort().join(" ")"""


def visible_scores(page) -> str:
    return page.evaluate(VISIBLE)


def test_the_scores_shown_are_the_chosen_rubrics(two_rubrics, desktop_editor_page):
    page = desktop_editor_page.page
    log_in(page, two_rubrics.url, "#/collections/model-meetings/new")
    page.locator("input[id^='rubric-field-']").wait_for()
    assert visible_scores(page) == "1 2 3 4 5"
    for rubric, shown in (("Khung thứ hai", "4 5"), ("Khung thử", "1 2 3")):
        page.locator("input[id^='rubric-field-']").fill(rubric)
        page.get_by_role("option", name=rubric, exact=True).click()
        page.wait_for_function(f"() => ({VISIBLE}) === {shown!r}", timeout=5000)
        assert visible_scores(page) == shown, rubric
