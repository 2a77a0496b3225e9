"""`sotay serve`: the live preview, which shows what is wrong in the browser instead of leaving it waiting."""

from __future__ import annotations

import logging
import signal
from pathlib import Path

import click

from .build import show_log, use_engine
from .options import root_option


@click.command()
@root_option
@click.option("-a", "--dev-addr", "dev_addr", metavar="MÁY:CỔNG", default=None,
              help="Địa chỉ xem trước (mặc định: theo mkdocs.yml, thường là 127.0.0.1:8000).")
@click.option("--editor", metavar="ĐỊA_CHỈ", default=None,
              help="Địa chỉ trình soạn thảo (ví dụ http://127.0.0.1:8080/admin/): trang báo lỗi có nút mở "
                   "đúng tài liệu cần sửa trong đó.")
def serve(root: Path, dev_addr: str | None, editor: str | None) -> None:
    """Xem trước sổ tay trong trình duyệt; trang tự tải lại mỗi khi lưu tệp. Khi nội dung có lỗi, mọi trang
    hiện danh sách lỗi (tệp, dòng, trường, cách sửa) cho đến khi sửa xong."""
    if not (root / "mkdocs.yml").is_file():
        click.echo(f"Không thấy {root / 'mkdocs.yml'}: chạy lệnh trong thư mục gốc của sổ tay hoặc dùng --root.", err=True)
        raise SystemExit(1)
    use_engine()
    from mkdocs.exceptions import MkDocsException

    from sotay.adapters.mkdocs.engine import engine_logger
    from sotay.adapters.mkdocs.preview import serve as run_preview

    show_log(engine_logger(), logging.INFO)
    # Stopped by another program (a service manager, a script that started it) as by Ctrl+C: the temporary site
    # folder is removed.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        run_preview(root, dev_addr, editor, on_ready=lambda url: click.echo(
            f"Xem trước tại {url} — sửa rồi lưu tệp trong content/, trang tự tải lại. Dừng: Ctrl+C.", err=True))
    except (MkDocsException, OSError) as exc:
        click.echo(f"Không mở được bản xem trước: {exc}", err=True)
        raise SystemExit(1) from None


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt
