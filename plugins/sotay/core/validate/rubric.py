"""A rubric's criteria ids are unique and its ratings are ordered and refer to real criteria."""

from __future__ import annotations

from ..field_labels import field_label
from ..frontmatter import SourceFile
from ..meetings.rubric import format_points, on_step
from ..model import Rubric


def rules(values: dict, source: SourceFile) -> tuple[dict, list]:
    findings = []
    ids = [c.id for c in values["criteria"]]
    for index, cid in enumerate(ids):
        if cid in ids[:index]:
            findings.append(("error", f"criteria.{index}.id", f"mã tiêu chí `{cid}` bị trùng", "mỗi tiêu chí một mã riêng"))
    step = values.get("step", Rubric.step)
    if step <= 0:
        findings.append(("error", "step", "bước điểm phải lớn hơn 0", "1 nếu chỉ chấm điểm nguyên, 0.5 nếu chấm được nửa điểm"))
    else:
        for index, criterion in enumerate(values["criteria"]):
            if not on_step(criterion.max, step):
                findings.append(("error", f"criteria.{index}.max", f"điểm tối đa {format_points(criterion.max)} của tiêu chí "
                                 f"`{criterion.id}` không phải bội của bước điểm {format_points(step)}", "sửa max hoặc step"))
    total = sum(c.max for c in values["criteria"])
    for index, rating in enumerate(values["ratings"]):
        for cid in rating.require_max + rating.forbid_zero:
            if cid not in ids:
                findings.append(("error", f"ratings.{index}",
                                 f"mức `{rating.id}` nhắc tới tiêu chí `{cid}` không có trong danh sách {field_label('criteria')}",
                                 f"các mã tiêu chí: {', '.join(ids)}"))
        if rating.min_total > total:
            findings.append(("error", f"ratings.{index}.min_total",
                             f"mức `{rating.id}` cần {rating.min_total:g} điểm nhưng tổng điểm tối đa chỉ là {total:g}", None))
        if index and rating.min_total > values["ratings"][index - 1].min_total:
            findings.append(("error", f"ratings.{index}", "các mức xếp loại phải xếp từ cao xuống thấp",
                             "đặt mức có min_total lớn hơn lên trước"))
    return {}, findings
