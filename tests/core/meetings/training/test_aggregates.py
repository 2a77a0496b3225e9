"""Aggregates of a six-meeting fixture whose counts are worked out by hand (tests/trainer_fixture.py)."""

import pytest

from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.meetings.training import aggregate, meeting_facts
from trainer_fixture import write_trainer_base


@pytest.fixture
def kb(tmp_path):
    return KnowledgeBase.load(write_trainer_base(tmp_path / "base"))


@pytest.fixture
def agg(kb):
    return aggregate(meeting_facts(kb.documents), kb.rubrics.values())


def test_facts_are_newest_first_and_know_whether_the_rating_fits(kb):
    facts = meeting_facts(kb.documents)
    assert [f.slug for f in facts] == ["f-truong-2026", "e-truong-2026", "d-co-quan-2025", "c-co-quan-2025",
                                       "b-thon-2025", "a-thon-2024"]
    by_slug = {f.slug: f for f in facts}
    assert by_slug["b-thon-2025"].rating_fits is False and by_slug["b-thon-2025"].computed_label == "Khá"
    assert by_slug["f-truong-2026"].rating_fits is True  # Khá below the Tốt the rules allow is the cell's choice
    assert by_slug["d-co-quan-2025"].rating_fits is None and by_slug["d-co-quan-2025"].rating_label == "Chưa xếp loại"
    assert by_slug["f-truong-2026"].date_label == "tháng 2/2026"
    assert by_slug["a-thon-2024"].total == 95 and by_slug["a-thon-2024"].max_total == 100


def test_counts_per_year_and_meeting_type(agg):
    assert agg.meetings == 6
    assert [(y.year, [(c.key, c.count) for c in y.by_type]) for y in agg.by_year] == [
        (2024, [("thuong-ky", 1), ("chuyen-de", 0)]),
        (2025, [("thuong-ky", 2), ("chuyen-de", 1)]),
        (2026, [("thuong-ky", 1), ("chuyen-de", 1)]),
    ]
    assert [(c.key, c.count) for c in agg.by_meeting_type] == [("thuong-ky", 4), ("chuyen-de", 2)]
    assert [(c.key, c.count) for c in agg.by_cell_type] == [("khu-dan-cu", 2), ("co-quan", 2), ("su-nghiep", 2)]


def test_recorded_and_computed_ratings(agg):
    assert [(r.label, r.recorded, r.computed) for r in agg.ratings] == [
        ("Tốt", 2, 2), ("Khá", 2, 2), ("Trung bình", 1, 1), ("Kém", 0, 0), ("Chưa xếp loại", 1, 0)]
    assert agg.scored == 5
    assert agg.mismatches == ("b-thon-2025",)


def test_participation_is_the_mean_of_the_measured_meetings(agg):
    rows = {p.cell_type: p for p in agg.participation}
    assert rows["khu-dan-cu"].attendance == pytest.approx(0.85)
    assert rows["khu-dan-cu"].speaking == pytest.approx((6 / 18 + 2 / 8) / 2)
    assert (rows["co-quan"].meetings, rows["co-quan"].measured, rows["co-quan"].attendance) == (2, 1, 1.0)
    assert rows["su-nghiep"].attendance == pytest.approx(0.9)


def test_limitation_themes_most_frequent_first_counted_in_meetings(agg):
    assert [(t.theme.slug, t.count) for t in agg.limitation_themes] == [
        ("bien-ban", 4), ("phat-bieu", 2), ("thoi-luong", 1), ("thoi-su", 1), ("nghi-quyet", 1)]
    assert agg.limitation_themes[0].meetings == ("f-truong-2026", "c-co-quan-2025", "b-thon-2025", "a-thon-2024")


def test_a_base_without_meetings_aggregates_to_nothing():
    empty = aggregate([])
    assert (empty.meetings, empty.by_year, empty.ratings, empty.limitation_themes) == (0, (), (), ())
