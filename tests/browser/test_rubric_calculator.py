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


WHOLE_POINTS = {"content/rubrics/khung-nguyen.md": """---
title: Khung chấm điểm nguyên
id: khung-nguyen
step: 1
criteria:
  - {id: "1", title: Chuẩn bị, max: 10}
  - {id: "2", title: Biên bản, max: 10}
ratings:
  - {id: dat, label: Đạt, min_total: 10}
  - {id: chua-dat, label: Chưa đạt, min_total: 0}
---
Khung chỉ chấm điểm nguyên.
"""}


def field(page, criterion: dict):
    return page.get_by_label(f"{criterion['id']}. {criterion['title']}", exact=True)


def shown(page) -> tuple[str, str, str]:
    return tuple(page.locator(f".sotay-calc__{part}").inner_text() for part in ("total", "rating", "reason"))


def provisional(page) -> bool:
    return page.locator(".sotay-calc__provisional").is_visible()


def test_pure_script_gives_the_python_results_for_every_case(phone, site):
    phone.goto(site.page_url(PAGE))
    results = phone.evaluate("""([rubric, cases]) => {
        const { assess } = sotay.rubricScore;
        return cases.map((c) => { const r = assess(rubric, c.scores); return [r.total, r.rating && r.rating.label, r.reason]; });
    }""", [RUBRIC, SHARED["cases"]])
    assert results == [[c["total"], c["rating"], c["reason"]] for c in SHARED["cases"]]


def test_typing_each_case_shows_the_python_total_rating_and_reason(page, site, screenshot):
    """Scores typed as a Vietnamese reader writes them (7,5); a rating only once every criterion has one."""
    page.goto(site.page_url(PAGE))
    for case in SHARED["cases"]:
        for criterion in RUBRIC["criteria"]:
            score = case["scores"].get(criterion["id"])
            field(page, criterion).fill("" if score is None else format_points(score))
        missing = [c["id"] for c in RUBRIC["criteria"] if c["id"] not in case["scores"]]
        if not case["scores"]:
            assert shown(page) == ("0", "……", "Nhập điểm từng tiêu chí để xem xếp loại."), case["name"]
            assert not provisional(page)
        elif missing:
            assert shown(page) == (format_points(case["total"]), "……",
                                   f"Còn {len(missing)} tiêu chí chưa nhập ({', '.join(missing)}); xếp loại hiện khi đã nhập đủ."), case["name"]
            assert provisional(page), case["name"]
            screenshot(page, "self-assessment-partial", full_page=True)
        else:
            reason = f"Lý do: {case['reason']}." if case["reason"] else "Đạt mức cao nhất của khung."
            assert shown(page) == (format_points(case["total"]), case["rating"], reason), case["name"]
            assert not provisional(page), case["name"]
        if case["name"].startswith("93 điểm"):
            screenshot(page, "self-assessment-filled", full_page=True)


def test_keyboard_only_with_labels_and_a_score_above_the_maximum_is_flagged(phone, site):
    phone.goto(site.page_url(PAGE))
    phone.on("dialog", lambda dialog: dialog.accept())
    first, second = RUBRIC["criteria"][:2]
    field(phone, first).focus()
    phone.keyboard.type("15")
    phone.keyboard.press("Tab")
    assert phone.evaluate("document.activeElement.id") == field(phone, second).get_attribute("id")
    phone.keyboard.type("12")
    assert field(phone, second).get_attribute("aria-invalid") == "true"
    assert shown(phone) == ("15", "……", "Tiêu chí 2: điểm phải từ 0 đến 10. Còn 6 tiêu chí chưa nhập (3, 4, 5, 6, 7, 8); "
                                          "xếp loại hiện khi đã nhập đủ.")
    phone.keyboard.press("Backspace")
    assert shown(phone)[:2] == ("16", "……") and provisional(phone)
    phone.get_by_role("button", name="Xóa điểm đã nhập").click()
    expect(phone.locator(".sotay-calc__total")).to_have_text("0")  # the form updates just after its reset event
    assert shown(phone) == ("0", "……", "Nhập điểm từng tiêu chí để xem xếp loại.")


@pytest.mark.parametrize(("typed", "problem"), [
    ("7,5", None), ("7.5", None), ("7,25", "khung này chấm lẻ đến 0,5 điểm: nhập 7 hoặc 7,5"), ("bảy", "cần một số điểm, ví dụ 7 hoặc 7,5"),
    ("-2", "cần một số điểm, ví dụ 7 hoặc 7,5"), ("10,5", "điểm phải từ 0 đến 10"),
])
def test_a_decimal_comma_is_read_where_the_rubric_allows_half_points(phone, site, typed, problem):
    phone.goto(site.page_url(PAGE))
    second = RUBRIC["criteria"][1]
    field(phone, second).fill(typed)
    assert phone.locator(".sotay-calc__hint").inner_text() == "Nhập điểm nguyên hoặc lẻ đến 0,5 điểm, dùng dấu phẩy: ví dụ 7 hoặc 7,5."
    if problem is None:
        assert shown(phone)[0] == "7,5" and field(phone, second).get_attribute("aria-invalid") == "false"
    else:
        assert shown(phone)[2].startswith(f"Tiêu chí 2: {problem}.") and field(phone, second).get_attribute("aria-invalid") == "true"


def test_a_rubric_of_whole_points_says_so(phone, served_site):
    whole = served_site({**rubric_file(), **WHOLE_POINTS})
    phone.goto(whole.page_url("rubrics/khung-nguyen/tu-cham-diem/"))
    assert phone.locator(".sotay-calc__hint").inner_text() == "Nhập điểm nguyên, ví dụ 7."
    assert phone.get_by_label("1. Chuẩn bị", exact=True).get_attribute("inputmode") == "numeric"
    phone.get_by_label("1. Chuẩn bị", exact=True).fill("7,5")
    assert shown(phone)[2].startswith("Tiêu chí 1: khung này chấm điểm nguyên: nhập 7 hoặc 8.")
    phone.get_by_label("1. Chuẩn bị", exact=True).fill("8")
    phone.get_by_label("2. Biên bản", exact=True).fill("9")
    assert shown(phone) == ("17", "Đạt", "Đạt mức cao nhất của khung.")


def test_scores_are_kept_on_reload_per_rubric_until_reset_and_printed(phone, served_site):
    site = served_site({**rubric_file(), **WHOLE_POINTS})
    phone.goto(site.page_url(PAGE))
    first, second = RUBRIC["criteria"][:2]
    field(phone, first).fill("12,5")
    field(phone, second).fill("10")
    phone.reload()
    assert (field(phone, first).input_value(), field(phone, second).input_value()) == ("12,5", "10")
    assert shown(phone)[0] == "22,5" and provisional(phone)
    phone.goto(site.page_url("rubrics/khung-nguyen/tu-cham-diem/"))
    assert phone.get_by_label("1. Chuẩn bị", exact=True).input_value() == "", "each rubric keeps its own scores"
    phone.goto(site.page_url(PAGE))
    phone.emulate_media(media="print")
    assert field(phone, first).is_visible() and field(phone, first).input_value() == "12,5"
    assert not phone.get_by_role("button", name="Xóa điểm đã nhập").is_visible()
    phone.emulate_media(media="screen")
    phone.once("dialog", lambda dialog: dialog.dismiss())
    phone.get_by_role("button", name="Xóa điểm đã nhập").click()
    assert field(phone, first).input_value() == "12,5", "a reset the reader cancels keeps the scores"
    phone.once("dialog", lambda dialog: dialog.accept())
    phone.get_by_role("button", name="Xóa điểm đã nhập").click()
    expect(field(phone, first)).to_have_value("")
    phone.reload()
    assert field(phone, first).input_value() == "" and shown(phone)[0] == "0"


def test_inputs_take_a_decimal_keyboard_and_are_labelled(phone, site):
    phone.goto(site.page_url(PAGE))
    for criterion in RUBRIC["criteria"]:
        box = field(phone, criterion)
        assert (box.get_attribute("type"), box.get_attribute("inputmode")) == ("text", "decimal")
