"""The self-assessment calculator in a browser agrees with core/meetings/rubric.py on the shared cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import expect

from sotay.core.meetings.rubric import format_points

SHARED = json.loads((Path(__file__).resolve().parents[1] / "fixtures" / "rubric_cases.json").read_text(encoding="utf-8"))
RUBRIC = SHARED["rubric"]
PAGE = f"rubrics/{RUBRIC['id']}/tu-cham-diem/"


def rubric_file() -> dict[str, str]:
    """The shared rubric as a content file (its JSON values are valid YAML)."""
    fields = {key: RUBRIC[key] for key in ("title", "id", "criteria", "ratings")}
    front = "\n".join(f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in fields.items())
    return {f"content/rubrics/{RUBRIC['id']}.md": f"---\n{front}\n---\nKhung dùng cho kiểm thử trình duyệt.\n"}


@pytest.fixture(scope="module")
def site(served_site):
    return served_site(rubric_file())


def field(page, criterion: dict):
    return page.get_by_label(f"{criterion['id']}. {criterion['title']}", exact=True)


def shown(page) -> tuple[str, str, str]:
    return tuple(page.locator(f".sotay-calc__{part}").inner_text() for part in ("total", "rating", "reason"))


def test_pure_script_gives_the_python_results_for_every_case(phone, site):
    phone.goto(site.page_url(PAGE))
    results = phone.evaluate("""([rubric, cases]) => {
        const { assess } = sotay.rubricScore;
        return cases.map((c) => { const r = assess(rubric, c.scores); return [r.total, r.rating && r.rating.label, r.reason]; });
    }""", [RUBRIC, SHARED["cases"]])
    assert results == [[c["total"], c["rating"], c["reason"]] for c in SHARED["cases"]]


def test_typing_each_case_shows_the_python_total_rating_and_reason(page, site, screenshot):
    page.goto(site.page_url(PAGE))
    for case in SHARED["cases"]:
        for criterion in RUBRIC["criteria"]:
            score = case["scores"].get(criterion["id"])
            field(page, criterion).fill("" if score is None else str(score))
        if not case["scores"]:
            assert shown(page) == ("0", "……", "Nhập điểm từng tiêu chí để xem xếp loại."), case["name"]
            continue
        reason = f"Lý do: {case['reason']}." if case["reason"] else "Đạt mức cao nhất của khung."
        assert shown(page) == (format_points(case["total"]), case["rating"], reason), case["name"]
        if case["name"].startswith("93 điểm"):
            screenshot(page, "self-assessment-filled", full_page=True)


def test_keyboard_only_with_labels_and_a_score_above_the_maximum_is_flagged(phone, site):
    phone.goto(site.page_url(PAGE))
    first, second = RUBRIC["criteria"][:2]
    field(phone, first).focus()
    phone.keyboard.type("15")
    phone.keyboard.press("Tab")
    assert phone.evaluate("document.activeElement.id") == field(phone, second).get_attribute("id")
    phone.keyboard.type("12")
    assert field(phone, second).get_attribute("aria-invalid") == "true"
    assert shown(phone) == ("15", "……", "Tiêu chí 2: điểm phải từ 0 đến 10.")
    phone.keyboard.press("Backspace")
    assert shown(phone)[:2] == ("16", "Kém")
    phone.get_by_role("button", name="Xóa điểm đã nhập").click()
    expect(phone.locator(".sotay-calc__total")).to_have_text("0")  # the form updates just after its reset event
    assert shown(phone) == ("0", "……", "Nhập điểm từng tiêu chí để xem xếp loại.")


def test_inputs_are_bounded_by_each_criterion(phone, site):
    phone.goto(site.page_url(PAGE))
    for criterion in RUBRIC["criteria"]:
        box = field(phone, criterion)
        assert (box.get_attribute("type"), box.get_attribute("min"), box.get_attribute("step")) == ("number", "0", "0.5")
        assert float(box.get_attribute("max")) == criterion["max"]
