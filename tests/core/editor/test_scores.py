"""A model meeting's scores follow the rubrics of the base; rubric and rating are picked from them."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RUBRIC, TINY_BASE, write_base
from editor_fields import by_name
from sotay.core.editor import cms_config

SECOND_RUBRIC = """\
---
title: Khung 10 điểm
id: khung-10
criteria:
  - {id: "1", title: Chuẩn bị, max: 4}
  - {id: "9", title: Kết luận, max: 6}
ratings:
  - {id: tot, label: Tốt, min_total: 8}
  - {id: dat, label: Đạt, min_total: 5}
  - {id: kem, label: Chưa đạt, min_total: 0}
step: 1
---
Khung thứ hai.
"""


def meeting_fields(root: Path) -> dict[str, dict]:
    config = cms_config(root)
    return by_name(next(c for c in config["collections"] if c["name"] == "model-meetings"))


def test_scores_has_one_number_per_criterion_of_the_rubric(tiny_base: Path):
    fields = meeting_fields(tiny_base)
    scores = fields["scores"]
    assert scores["widget"] == "object"
    assert [(f["name"], f["max"], f["step"], f["required"]) for f in scores["fields"]] == [
        ("1", 20, 0.5, False), ("2", 50, 0.5, False), ("3", 30, 0.5, False)]
    assert scores["fields"][0]["label"] == "Tiêu chí 1: Tỷ lệ dự (tối đa 20)"
    assert all(f["widget"] == "number" and f["value_type"] == "float" and f["min"] == 0 for f in scores["fields"])
    assert scores["rubrics"] == {"khung": ["1", "2", "3"]}


def test_rubric_and_rating_are_picked_from_the_base(tiny_base: Path):
    fields = meeting_fields(tiny_base)
    assert fields["rubric"]["options"] == [{"label": "Khung thử", "value": "khung"}]
    assert fields["rating"]["options"] == [{"label": "Tốt", "value": "tot"}, {"label": "Khá", "value": "kha"},
                                           {"label": "Trung bình", "value": "trung-binh"}, {"label": "Kém", "value": "kem"}]


def test_several_rubrics_share_one_field_per_criterion_id(tiny_base: Path):
    """The rubrics in file order (khung-10.md before khung.md), each one's criteria in its order."""
    write_base(tiny_base, {"content/rubrics/khung-10.md": SECOND_RUBRIC})
    fields = meeting_fields(tiny_base)
    scores = {f["name"]: f for f in fields["scores"]["fields"]}
    assert list(scores) == ["1", "9", "2", "3"]
    assert scores["1"]["label"] == "Tiêu chí 1: Chuẩn bị (tối đa 4) — khung-10; Tỷ lệ dự (tối đa 20) — khung"
    assert (scores["1"]["max"], scores["1"]["step"]) == (20, 0.5)
    assert (scores["9"]["max"], scores["9"]["step"]) == (6, 1)
    assert fields["scores"]["rubrics"] == {"khung-10": ["1", "9"], "khung": ["1", "2", "3"]}
    ratings = {o["value"]: o["label"] for o in fields["rating"]["options"]}
    assert ratings == {"tot": "Tốt", "kha": "Khá", "trung-binh": "Trung bình", "kem": "Chưa đạt / Kém", "dat": "Đạt"}


@pytest.mark.parametrize("name", ["rubric", "rating"])
def test_without_rubrics_the_slugs_are_typed(tmp_path: Path, name: str):
    root = write_base(tmp_path, {rel: text for rel, text in TINY_BASE.items() if text is not RUBRIC})
    fields = meeting_fields(root)
    assert fields[name]["widget"] == "string" and fields[name]["pattern"][0] == "^[a-z0-9][a-z0-9-]*$"
    assert fields["scores"]["widget"] == "hidden"
