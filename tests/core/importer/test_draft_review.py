"""What `sotay review` shows (core/importer/review.py; named apart from tests/core/meetings/test_review.py): each
field beside the source lines that state it, however the source writes it."""

from __future__ import annotations

from datetime import date

import pytest

from sotay.core.importer.review import locate, origin_of, shown_fields

LINES = ["ĐẢNG BỘ TỈNH ĐIỆN BIÊN\tĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG", "TỈNH ĐIỆN BIÊN\tngày 7 tháng 3 năm 2023",
         "Số 215-CV/ĐU", "về tổ chức sinh hoạt chi bộ", "Căn cứ Quy định số 09-QĐ/TU;", "Chi bộ có 24 đảng viên.",
         "Nguyễn Văn A"]


@pytest.mark.parametrize("value, lines", [
    (date(2023, 3, 7), (2,)),
    ("215-CV/ĐU", (3,)),
    (["09-QĐi/TU"], (5,)),  # the text spells the code QĐ
    ("Đảng ủy các cơ quan Đảng tỉnh Điện Biên", (1, 2)),  # over two lines, in capitals
    ("Công văn 215-CV/ĐU về tổ chức sinh hoạt chi bộ", (3, 4)),  # the number, then the subject
    (24, (6,)),
    ("Nguyễn Văn A", (7,)),
    ("Trần Văn B", ()),
])
def test_values_found_however_the_source_writes_them(value, lines):
    assert locate(value, LINES) == lines


def test_fields_in_order_with_labels_and_shown_values():
    meta = {"number": "215-CV/ĐU", "title": "Công văn 215-CV/ĐU về tổ chức sinh hoạt chi bộ", "issued": date(2023, 3, 7)}
    assert [(f.label, f.value, f.lines) for f in shown_fields(meta, LINES)] == [
        ("tiêu đề", "Công văn 215-CV/ĐU về tổ chức sinh hoạt chi bộ", (3, 4)), ("số hiệu", "215-CV/ĐU", (3,)),
        ("ngày ban hành", "07/03/2023", (2,))]


def test_the_origin_is_read_from_the_first_comment():
    text = "---\n# Bản nháp do `sotay import` nhập (PDF có lớp chữ); đối chiếu … Tệp gốc: nhan/thang 11/cv (1).pdf\ntitle: x\n---\n"
    assert origin_of(text) == "nhan/thang 11/cv (1).pdf"
    assert origin_of("---\ntitle: x\n---\n") is None
