"""`sotay check`: validate every content file and the whole base."""

from __future__ import annotations

from pathlib import Path

import click

from sotay.core.clock import build_date
from sotay.core.diagnostics import format_json, format_text, has_errors
from sotay.core.documents.citation_view import References
from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.upgrade.apply import report

from .options import format_option, root_option


@click.command()
@root_option
@click.option("--strict", is_flag=True, help="Coi cảnh báo là lỗi.")
@format_option
def check(root: Path, strict: bool, fmt: str) -> None:
    """Kiểm tra nội dung: cú pháp, trường bắt buộc, giá trị, quan hệ và dẫn chiếu giữa văn bản, hạn xác minh hiệu lực, những gì cần đổi khi phần mềm đổi quy ước nội dung."""
    kb = KnowledgeBase.load(root)
    diagnostics = kb.diagnostics + References(kb, build_date()).diagnostics + report(kb)
    if fmt == "json":
        click.echo(format_json(diagnostics))
    else:
        if diagnostics:
            click.echo(format_text(diagnostics))
        errors = len(kb.errors)
        click.echo(f"{len(kb.documents)} tài liệu, {errors} lỗi, {len(diagnostics) - errors} cảnh báo.", err=True)
    raise SystemExit(1 if has_errors(diagnostics, strict) else 0)
