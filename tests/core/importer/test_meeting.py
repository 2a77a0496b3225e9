"""Model-meeting reports: the meeting each states, in every text layout; what a report does not say stays out."""

from __future__ import annotations

from dataclasses import replace

import pytest

from gen_import_corpus import letter_txt
from import_corpus_documents import REPORTS
from sotay.core.importer import read_draft, read_source
from sotay.core.importer.meeting import cell_name


def meeting_of(text: str):
    draft = read_draft(read_source(text.encode("utf-8"), "bao-cao.txt"))
    assert draft.layout == "meeting"
    return draft.meeting


@pytest.mark.parametrize("layout", ["tabs", "stacked", "runon", "markdown", "right-first"])
@pytest.mark.parametrize("report", REPORTS, ids=lambda report: report.letter.slug)
def test_every_report_gives_its_meeting(report, layout):
    meeting = meeting_of(letter_txt(replace(report.letter, txt_layout=layout)))
    found = {name: getattr(meeting, name) for name in ("cell", "organization", "meeting_type", "cell_type", "members",
                                                        "attended", "speakers")}
    found |= {"date": meeting.date.isoformat(), "strengths": len(meeting.strengths),
              "limitations": len(meeting.limitations), "lessons": len(meeting.lessons)}
    assert found == report.meeting_expected


@pytest.mark.parametrize("text, name", [
    ("ngày 15/3/2025 Chi bộ thôn Giàng Tả tổ chức", "Chi bộ thôn Giàng Tả"),
    ("Chi bộ Công ty Cổ phần Nông sản Sơn Lâm tổ chức", "Chi bộ Công ty Cổ phần Nông sản Sơn Lâm"),
    ("Chi bộ Quân sự xã Phiêng Lu tổ chức sinh hoạt", "Chi bộ Quân sự xã Phiêng Lu"),
    ("tại Chi bộ bản Huổi Lếch", "Chi bộ bản Huổi Lếch"),
    ("Chi bộ Trường THCS Hòa Bình (xã Nà Hẩu)", "Chi bộ Trường THCS Hòa Bình"),
    ("Chi bộ tổ dân phố 5, phường Tân Phong", "Chi bộ tổ dân phố 5"),
    ("các chi bộ trong xã", None),
    ("Chi bộ Phòng Giáo dục hằng tháng", None),  # where the name ends is not sure: left out
])
def test_cell_names_end_where_the_sentence_goes_on(text, name):
    assert cell_name(text) == name


def test_counts_given_two_ways_are_left_out():
    report = REPORTS[0]
    body = report.letter.body[:1] + ("Chi bộ có 24 đảng viên, dự sinh hoạt 22/24 đồng chí; 9 đồng chí phát biểu.",
                                     "Có mặt 20 đồng chí.") + report.letter.body[2:]
    meeting = meeting_of(letter_txt(replace(report.letter, body=body)))
    assert (meeting.members, meeting.attended, meeting.speakers) == (24, None, 9)


def test_a_report_without_review_sections_is_a_letter():
    letter = replace(REPORTS[0].letter, body=("Ngày 15/3/2025 Chi bộ thôn Giàng Tả tổ chức sinh hoạt chuyên đề mẫu.",))
    assert read_draft(read_source(letter_txt(letter).encode("utf-8"), "x.txt")).layout == "letter"
