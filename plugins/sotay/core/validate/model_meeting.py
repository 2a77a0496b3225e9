"""Counts of a model meeting must agree with each other; its review sections are read from the body."""

from __future__ import annotations

from ..field_labels import field_label
from ..frontmatter import SourceFile
from ..meetings.review import read_sections


def rules(values: dict, source: SourceFile) -> tuple[dict, list]:
    findings = []
    members, attended, speakers = values.get("members"), values.get("attended"), values.get("speakers")
    if members is not None and attended is not None and attended > members:
        findings.append(("error", "attended", f"số dự ({attended}) lớn hơn số đảng viên ({members})",
                         "attended không được lớn hơn members"))
    if attended is not None and speakers is not None and speakers > attended:
        findings.append(("error", "speakers", f"số phát biểu ({speakers}) lớn hơn số dự ({attended})",
                         "speakers không được lớn hơn attended"))
    if ("scores" in values or "rating" in values) and "rubric" not in values:
        findings.append(("error", "scores" if "scores" in values else "rating", f"có điểm hoặc xếp loại nhưng thiếu trường {field_label('rubric')}",
                         "thêm `rubric: <mã khung chấm điểm>`"))
    sections = read_sections(source.body)
    if not (sections.strengths or sections.limitations or sections.lessons):
        findings.append(("warning", None, "bài chưa có mục \"Ưu điểm\", \"Hạn chế\" hay \"Bài học kinh nghiệm\"",
                         "thêm các tiêu đề ## Ưu điểm, ## Hạn chế, ## Bài học kinh nghiệm"))
    return {}, findings
