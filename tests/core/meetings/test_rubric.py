"""The rubric engine: totals, ratings and the reason a rating is not one level higher."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sotay.core.meetings.rubric import assess, blocking_rules, format_points, rating_conditions
from sotay.core.model import Criterion, Rating, Rubric

CASES_FILE = Path(__file__).resolve().parents[2] / "fixtures" / "rubric_cases.json"


def rubric_from(data: dict) -> Rubric:
    """A Rubric from the plain data of rubric_cases.json (the same data the browser test types in)."""
    return Rubric(path=f"rubrics/{data['id']}.md", slug=data["id"], body="", title=data["title"], id=data["id"],
                  criteria=tuple(Criterion(**c) for c in data["criteria"]),
                  ratings=tuple(Rating(r["id"], r["label"], r["min_total"], tuple(r["require_max"]), tuple(r["forbid_zero"]))
                                for r in data["ratings"]))


SHARED = json.loads(CASES_FILE.read_text(encoding="utf-8"))
SHARED_RUBRIC = rubric_from(SHARED["rubric"])


@pytest.mark.parametrize("case", SHARED["cases"], ids=[c["name"] for c in SHARED["cases"]])
def test_shared_cases_agree_with_the_browser_calculator(case):
    result = assess(SHARED_RUBRIC, case["scores"])
    assert (result.total, result.rating and result.rating.label, result.reason) == (case["total"], case["rating"], case["reason"])


def test_shared_cases_cover_every_boundary():
    totals = {case["total"] for case in SHARED["cases"]}
    assert {100, 90, 89.5, 70, 69.5, 50, 49.5, 0} <= totals
    assert any("bị 0 điểm" in case["reason"] for case in SHARED["cases"])


SIMPLE = rubric_from({
    "id": "don-gian", "title": "Khung hai tiêu chí",
    "criteria": [{"id": "a", "title": "A", "max": 50}, {"id": "b", "title": "B", "max": 50}],
    "ratings": [
        {"id": "tot", "label": "Tốt", "min_total": 90, "require_max": ["a"], "forbid_zero": []},
        {"id": "dat", "label": "Đạt", "min_total": 50, "require_max": [], "forbid_zero": ["a", "b"]},
    ],
})


@pytest.mark.parametrize("scores, total, rating, reason", [
    ({"a": 50, "b": 50}, 100, "Tốt", ""),
    ({"a": 50, "b": 40}, 90, "Tốt", ""),
    ({"a": 50, "b": 39.5}, 89.5, "Đạt", "tổng điểm 89,5 chưa đạt 90 nên không thể xếp loại Tốt"),
    ({"a": 49.5, "b": 50}, 99.5, "Đạt", "tiêu chí a chưa đạt điểm tối đa nên không thể xếp loại Tốt"),
    ({"a": 50, "b": 0}, 50, None, "tiêu chí b bị 0 điểm nên không thể xếp loại Đạt"),
    ({"a": 10, "b": 0}, 10, None, "tổng điểm 10 chưa đạt 50 và tiêu chí b bị 0 điểm nên không thể xếp loại Đạt"),
    ({}, 0, None, "tổng điểm 0 chưa đạt 50 và tiêu chí a, b bị 0 điểm nên không thể xếp loại Đạt"),
    ({"a": 25, "b": 25}, 50, "Đạt", "tổng điểm 50 chưa đạt 90 và tiêu chí a chưa đạt điểm tối đa nên không thể xếp loại Tốt"),
    ({"a": 50, "b": 50, "khac": 99}, 100, "Tốt", ""),
])
def test_boundaries_zero_capping_and_no_rating(scores, total, rating, reason):
    result = assess(SIMPLE, scores)
    assert (result.total, result.rating and result.rating.label, result.reason) == (total, rating, reason)


@pytest.mark.parametrize("scores, expected", [
    ({"a": 50, "b": 50}, []),
    ({"a": 49, "b": 41}, ["tiêu chí a chưa đạt điểm tối đa"]),
    ({"a": 40, "b": 40}, ["tổng điểm 80 chưa đạt 90", "tiêu chí a chưa đạt điểm tối đa"]),
])
def test_blocking_rules_list_every_broken_rule_of_a_rating(scores, expected):
    assert blocking_rules(SIMPLE, SIMPLE.ratings[0], scores) == expected


@pytest.mark.parametrize("rating, expected", [
    (SIMPLE.ratings[0], "tổng điểm từ 90; tiêu chí a đạt điểm tối đa"),
    (SIMPLE.ratings[1], "tổng điểm từ 50; không tiêu chí nào trong a, b bị 0 điểm"),
    (Rating("kem", "Kém", 0), "tổng điểm từ 0"),
])
def test_rating_conditions_in_words(rating, expected):
    assert rating_conditions(rating) == expected


@pytest.mark.parametrize("value, text", [(12.0, "12"), (7.5, "7,5"), (89.5, "89,5"), (0, "0"), (100, "100"), (0.1 + 0.2, "0,3")])
def test_points_are_written_the_vietnamese_way(value, text):
    assert format_points(value) == text
