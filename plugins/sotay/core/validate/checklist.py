"""A checklist page needs at least one task-list item."""

from __future__ import annotations

from ..frontmatter import SourceFile
from ..meetings.checklist import parse_items


def rules(values: dict, source: SourceFile) -> tuple[dict, list]:
    items = parse_items(source.body)
    if not items:
        return {}, [("error", None, "danh mục kiểm tra chưa có mục nào", "viết mỗi việc một dòng dạng `- [ ] Việc cần làm`")]
    return {"items": items}, []
