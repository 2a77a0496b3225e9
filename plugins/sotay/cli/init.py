"""`sotay init`: a new base in an empty folder, which builds at once."""

from __future__ import annotations

from pathlib import Path

import click

from sotay.core.site.identity import name_problems
from sotay.core.starter import Starter, starter_files

NAME_LIMIT = 120


@click.command()
@click.argument("folder", metavar="THƯ_MỤC", type=click.Path(file_okay=False, path_type=Path))
@click.option("--name", required=True, help='Tên sổ tay, ví dụ "Sổ tay chi bộ Đảng bộ huyện Mường Tè".')
@click.option("--organization", default="", help="Cơ quan biên soạn, hiện ở chân trang và đầu trang in.")
@click.option("--with-examples", is_flag=True, help="Chép cả nội dung mẫu của Sổ tay chi bộ để bắt đầu từ đó.")
def init(folder: Path, name: str, organization: str, with_examples: bool) -> None:
    """Tạo sổ tay mới trong THƯ_MỤC (trống hoặc chưa có): cấu hình, thư mục nội dung, các trang giới thiệu."""
    name, organization = " ".join(name.split()), " ".join(organization.split())
    if not name or len(name) > NAME_LIMIT:
        raise click.BadParameter(f"cần một tên từ 1 đến {NAME_LIMIT} ký tự, ví dụ \"Sổ tay chi bộ Đảng bộ xã …\"",
                                 param_hint="--name")
    if problem := name_problems(name):
        raise click.BadParameter(problem[0], param_hint="--name")
    if folder.exists() and any(folder.iterdir()):
        raise click.UsageError(f"Thư mục {folder} đã có tệp: chọn một thư mục trống hoặc chưa có, để không ghi đè gì.")
    for path, data in starter_files(Starter(name, organization, with_examples)):
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "xb") as handle:
            handle.write(data)
    click.echo(f"Đã tạo sổ tay \"{name}\" trong {folder}.\n"
               f"Tiếp theo: cd {folder}, thêm tài liệu (sotay new guide --title \"…\"), rồi dựng trang: sotay build.\n"
               "Tên cơ quan, liên hệ, logo, màu: sửa phần sotay-content trong mkdocs.yml.")
