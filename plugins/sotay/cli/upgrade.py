"""`sotay upgrade`: bring a base made by an earlier version to the current content contract."""

from __future__ import annotations

import time
from pathlib import Path

import click

from sotay.core.diagnostics import format_text
from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.upgrade.apply import upgrade as apply_upgrade
from sotay.core.upgrade.version import CONTRACT

from .options import root_option


@click.command()
@root_option
@click.option("--dry-run", is_flag=True, help="Chỉ liệt kê việc sẽ làm, không sửa tệp nào.")
def upgrade(root: Path, dry_run: bool) -> None:
    """Nâng sổ tay lên quy ước nội dung hiện hành: sửa những gì sửa được (bản gốc chép vào sao-luu-nang-cap/),
    liệt kê những gì cần người sửa."""
    result = apply_upgrade(KnowledgeBase.load(root), time.strftime("%Y%m%d-%H%M%S"), dry_run)
    if result.fixed:
        click.echo(("Sẽ sửa:" if dry_run else "Đã sửa:") + "\n" + format_text(result.fixed))
    if result.backup:
        click.echo(f"Bản gốc các tệp đã sửa: {result.backup}")
    if result.left:
        click.echo("Cần sửa tay:\n" + format_text(result.left), err=True)
        raise SystemExit(1)
    if result.version != CONTRACT:
        raise SystemExit(1)
    if not result.fixed:
        click.echo(f"Sổ tay đã theo quy ước nội dung phiên bản {CONTRACT}: không có gì cần sửa.")
    elif not dry_run:
        click.echo(f"Sổ tay nay theo quy ước nội dung phiên bản {CONTRACT}. Chạy `sotay check` rồi dựng lại trang.")
