"""`sotay new`: start a content file with the front matter its kind needs; never overwrite one."""

from __future__ import annotations

from pathlib import Path

import click

from sotay.core.clock import build_date
from sotay.core.scaffold import KINDS, new_document

from .options import KindType, root_option

_KIND = KindType(KINDS)


@click.command()
@click.argument("kind", type=_KIND, help=f"{_KIND.described}.")
@click.option("--title", required=True, help="Tiêu đề tài liệu, viết có dấu; tên tệp được tạo từ tiêu đề.")
@root_option
def new(kind: str, title: str, root: Path) -> None:
    """Tạo tệp nội dung mới với phần khai báo cần có, ví dụ: sotay new tai-lieu --title "Hướng dẫn sinh hoạt
    chuyên đề"."""
    try:
        scaffold = new_document(kind, title, build_date())
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    target = root / scaffold.path
    if target.exists():
        click.echo(f"Đã có tệp {target}: không ghi đè. Chọn tiêu đề khác hoặc sửa trực tiếp tệp đó.", err=True)
        raise SystemExit(1)
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "x", encoding="utf-8") as handle:  # "x": a file appearing meanwhile is not overwritten either
        handle.write(scaffold.text)
    click.echo(f"Đã tạo {target}. Sửa các dòng TODO rồi chạy `sotay check`.")
