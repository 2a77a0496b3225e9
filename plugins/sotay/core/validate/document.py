"""One content file -> one typed Document plus the diagnostics that stand in its way."""

from __future__ import annotations

from ..contract import SPECS
from ..diagnostics import Diagnostic, error, warning
from ..frontmatter import SourceFile
from ..model import KINDS, Document
from ..privacy import body_loads
from . import checklist, guide, model_meeting, rubric
from .fields import Finding, check_fields

# Kind-specific rules: each takes (converted values, source file) and returns
# (extra model fields, findings).
RULES = {
    "guides": guide.rules,
    "model-meetings": model_meeting.rules,
    "checklists": checklist.rules,
    "rubrics": rubric.rules,
}


def build_document(source: SourceFile, kind: str, slug: str) -> tuple[Document | None, list[Diagnostic]]:
    values, findings = check_fields(source.meta, SPECS[kind])
    if any(severity == "error" for severity, *_ in findings):
        return None, _diagnostics(source, findings)
    extra, more = RULES[kind](values, source)
    diagnostics = _diagnostics(source, findings + more)
    diagnostics += _body_diagnostics(source) + external_load_errors(source.path, source.body, source.body_line)
    if any(d.is_error for d in diagnostics):
        return None, diagnostics
    document = KINDS[kind](path=source.path, slug=slug, body=source.body, body_line=source.body_line, **values, **extra)
    return document, diagnostics


def _diagnostics(source: SourceFile, findings: list[Finding]) -> list[Diagnostic]:
    diagnostics = []
    for severity, field, message, hint in findings:
        make = error if severity == "error" else warning
        line = source.line_of(field) if field else source.body_line
        diagnostics.append(make(source.path, line, field, message, hint))
    return diagnostics


def external_load_errors(path: str, markdown: str, first_line: int) -> list[Diagnostic]:
    """A page must open without a connection and send nothing to another host: every load from one is an error."""
    return [error(path, load.line, None, f"nội dung tải {load.how} từ máy chủ khác ({load.url}): trang phải mở được khi "
                  "không có mạng và không gửi gì ra ngoài",
                  "chép ảnh vào sổ tay, hoặc để một liên kết thường [tên](địa chỉ) cho người đọc tự mở")
            for load in body_loads(path, markdown, first_line)]


def _body_diagnostics(source: SourceFile) -> list[Diagnostic]:
    """The page title comes from `title`; a level-1 heading in the body would show a second, diverging title."""
    for offset, line in enumerate(source.body.splitlines()):
        if line.startswith("# "):
            return [warning(source.path, source.body_line + offset, None, f"nội dung có tiêu đề cấp 1: {line[2:].strip()}",
                            "bỏ dòng này: tiêu đề trang lấy từ trường title; dùng ## cho các mục")]
        if line.strip():
            return []
    return []
