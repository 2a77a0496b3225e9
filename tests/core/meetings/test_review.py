"""Strengths, limitations and lessons read from a model-meeting write-up."""

from sotay.core.meetings.review import read_sections, wrap_review_sections

BODY = """\
Diễn biến buổi họp.

## Ưu điểm

- Chuẩn bị kỹ.
- Đúng giờ.

## Tồn tại, hạn chế

Ít đảng viên phát biểu.

## Rút kinh nghiệm:

1. Giao nội dung trước.

## Phụ lục

- Không phải bài học.
"""


def test_sections_by_either_heading_name():
    sections = read_sections(BODY)
    assert sections.strengths == ("Chuẩn bị kỹ.", "Đúng giờ.")
    assert sections.limitations == ("Ít đảng viên phát biểu.",)
    assert sections.lessons == ("Giao nội dung trước.",)


def test_wrapping_marks_each_section_and_closes_before_the_next_heading():
    wrapped = wrap_review_sections(BODY)
    assert wrapped.count('<div class="sotay-review') == 3 and wrapped.count("</div>") == 3
    assert wrapped.index("</div>", wrapped.index("lessons")) < wrapped.index("## Phụ lục")
