"""Filters: the keys shared by the explorer, its URL and `sotay pack`."""

import pytest

from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.meetings.training import meeting_facts, parse_filters, select
from sotay.core.meetings.training.selection import options, tokens
from trainer_fixture import write_trainer_base


@pytest.fixture
def facts(tmp_path):
    return meeting_facts(KnowledgeBase.load(write_trainer_base(tmp_path / "base")).documents)


def slugs(chosen):
    return sorted(f.slug for f in chosen)


def test_keys_and_across_or_within(facts):
    assert slugs(select(facts, parse_filters(["meeting_type=thuong-ky", "cell_type=khu-dan-cu"]))) == ["a-thon-2024", "b-thon-2025"]
    assert slugs(select(facts, parse_filters(["cell_type=co-quan", "cell_type=su-nghiep", "year=2026"]))) == ["e-truong-2026", "f-truong-2026"]
    assert slugs(select(facts, parse_filters(["theme=phat-bieu"]))) == ["a-thon-2024", "e-truong-2026"]
    assert slugs(select(facts, parse_filters(["fits=chua-khop"]))) == ["b-thon-2025"]
    assert select(facts, {}) == facts


@pytest.mark.parametrize(("pairs", "message"), [
    (["meeting_type"], "phải có dạng KHÓA=GIÁ_TRỊ"),
    (["loai=thuong-ky"], "không có khóa lọc `loai`"),
    (["year="], "phải có dạng KHÓA=GIÁ_TRỊ"),
])
def test_bad_filters_are_named(pairs, message):
    with pytest.raises(ValueError, match=message):
        parse_filters(pairs)


def test_options_count_meetings_in_a_stable_order(facts):
    assert [(o.value, o.count) for o in options(facts, "year")] == [("2026", 2), ("2025", 3), ("2024", 1)]
    assert [(o.label, o.count) for o in options(facts, "rating")] == [("Tốt", 2), ("Khá", 2), ("Trung bình", 1), ("Chưa xếp loại", 1)]


def test_tokens_list_every_value_of_a_meeting(facts):
    first = next(f for f in facts if f.slug == "a-thon-2024")
    assert tokens(first) == ("meeting_type=thuong-ky cell_type=khu-dan-cu organization=dang-bo-xa-mot year=2024 rating=tot "
                             "fits=khop theme=phat-bieu theme=bien-ban")
