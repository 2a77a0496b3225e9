"""`sotay cms-config`: the browser editor's configuration (Decap CMS), generated from the content contract."""

from __future__ import annotations

import os
from pathlib import Path

import click
import yaml

from sotay.core.diagnostics import format_text
from sotay.core.editor import BACKEND_PORT, PREVIEW_URL, BaseChoices, config_for
from sotay.core.knowledge_base import CONTENT_DIR, KnowledgeBase

from .options import root_option
from .vietnamese import os_reason


@click.command("cms-config")
@root_option
@click.option("--out", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path), default=None,
              help="Tệp ghi ra, thay cho tệp cũ khi đã ghi xong (mặc định, hoặc -: màn hình).")
@click.option("--backend-port", type=click.IntRange(1, 65535), default=BACKEND_PORT, show_default=True,
              help="Cổng của máy chủ lưu bài trên máy này (decap-server).")
@click.option("--preview-url", default=PREVIEW_URL, show_default=True, help="Địa chỉ trang xem trước (sotay serve).")
def cms_config(root: Path, out: Path | None, backend_port: int, preview_url: str) -> None:
    """Tạo cấu hình của trình biên tập trên trình duyệt (Decap CMS) từ mẫu nội dung và các tài liệu của sổ tay."""
    base = KnowledgeBase.load(root)
    if not (root / CONTENT_DIR).is_dir():
        click.echo(format_text(base.errors), err=True)
        raise SystemExit(1)
    config = config_for(BaseChoices.of(base), backend_port, preview_url.rstrip("/"))
    text = yaml.safe_dump(config, allow_unicode=True, sort_keys=False, width=120)
    if out is None or out == Path("-"):
        click.echo(text, nl=False)
        return
    try:
        _write_atomically(out, text)
    except OSError as exc:
        raise click.ClickException(f"không ghi được {out}: {os_reason(exc)}") from None
    click.echo(f"Đã ghi cấu hình trình biên tập vào {out}.", err=True)


def _write_atomically(path: Path, text: str) -> None:
    """The editor reading the file meanwhile sees the old configuration or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")  # beside the target: the rename stays on one disk
    try:
        with open(temporary, "x", encoding="utf-8", newline="\n") as stream:  # created with the usual permissions
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
