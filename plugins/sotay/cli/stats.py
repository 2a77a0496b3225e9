"""`sotay stats`: the model-meeting aggregates the trainer pages show, as text or JSON."""

from __future__ import annotations

import json
from pathlib import Path

import click

from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.meetings.training import aggregate, meeting_facts, stats_json, stats_text

from .options import format_option, root_option


@click.command()
@root_option
@format_option
def stats(root: Path, fmt: str) -> None:
    """Thống kê các buổi sinh hoạt mẫu: theo năm, xếp loại, tỷ lệ dự, hạn chế gặp nhiều nhất."""
    kb = KnowledgeBase.load(root)
    if kb.errors:
        raise click.ClickException(f"nội dung có {len(kb.errors)} lỗi; chạy `sotay check` để xem")
    agg = aggregate(meeting_facts(kb.documents), kb.rubrics.values())
    click.echo(json.dumps(stats_json(agg), ensure_ascii=False, indent=2) if fmt == "json" else stats_text(agg), nl=fmt == "json")
