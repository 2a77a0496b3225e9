"""The Markdown of each document's own page, as the core prepares it for any renderer."""

from __future__ import annotations

import posixpath

from ..meetings.checklist_markup import signature_block, tickable_body
from ..meetings.review import wrap_review_sections
from ..meetings.rubric import format_points, rating_conditions
from ..meetings.selfcheck import self_assessment_path
from ..model import Checklist, Document, ModelMeeting, Rubric
from .listings import escape_md


def document_markdown(doc: Document) -> str:
    if isinstance(doc, ModelMeeting):
        return wrap_review_sections(doc.body)
    if isinstance(doc, Checklist):
        sheet = tickable_body(doc) + "\n" + signature_block()
        if not doc.source_guide:
            return sheet
        guide = posixpath.relpath(doc.source_guide, posixpath.dirname(doc.url_path))
        return f"Danh mục này được lập từ phần các bước của [bài hướng dẫn gốc]({guide}).\n\n{sheet}"
    if isinstance(doc, Rubric):
        calculator = posixpath.relpath(self_assessment_path(doc), posixpath.dirname(doc.url_path))
        return f"[Tự chấm điểm theo khung này]({calculator}){{ .md-button }}\n\n" + _rubric_tables(doc) + "\n" + doc.body
    return doc.body


def _rubric_tables(rubric: Rubric) -> str:
    criteria = ["| Tiêu chí | Nội dung | Điểm tối đa |", "| --- | --- | ---: |"]
    criteria += [f"| {escape_md(c.id)} | {escape_md(c.title)} | {format_points(c.max)} |" for c in rubric.criteria]
    criteria.append(f"| | **Tổng** | **{format_points(rubric.max_total)}** |")
    ratings = ["| Xếp loại | Điều kiện |", "| --- | --- |"]
    ratings += [f"| {escape_md(rating.label)} | {rating_conditions(rating)} |" for rating in rubric.ratings]
    return "\n".join(["## Các tiêu chí", "", *criteria, "", "## Cách xếp loại", "", *ratings, ""])
