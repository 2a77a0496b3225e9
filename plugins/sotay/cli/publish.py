"""`sotay publish`: from one command, what each kind of host needs, in one folder (docs/trien-khai.md)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import click

from sotay.core.publish import host_files, prepare_web_folder
from sotay.core.starter import bundled

from .build import build_into, validated
from .options import root_option

WEB = "web"
NGINX = "nginx.conf"


@click.command()
@root_option
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Thư mục kết quả (mặc định: ROOT/publish).")
def publish(root: Path, out: Path | None) -> None:
    """Chuẩn bị để phát hành: thư mục cho máy chủ web (kèm tệp nén sẵn), cấu hình nginx, bản .zip dùng không cần
    mạng, mẫu cấu hình GitLab Pages và GitHub Pages."""
    kb, _ = validated(root)
    out = out or root / "publish"
    build_into(root, out / WEB, kb)
    prepared = prepare_web_folder(out / WEB)
    squeezed = prepared.compressed
    with tempfile.TemporaryDirectory(prefix="sotay-portable-") as portable:
        build_into(root, Path(portable) / "site", kb, portable=True)
        archives = sorted(Path(portable, "site").glob("*.zip"))  # none without sotay-offline in mkdocs.yml
        for archive in archives:
            for folder in (out, out / WEB):  # beside the web folder for USB sticks, in it for readers to download
                shutil.copyfile(archive, folder / archive.name)
    conf = root / "docs/reference" / NGINX
    shutil.copyfile(conf if conf.is_file() else bundled("docs") / "reference" / NGINX, out / NGINX)
    for path, data in host_files():
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_bytes(data)
    lines = [f"{WEB}/: chép lên máy chủ web; {squeezed.files} tệp chữ có bản .gz nén sẵn bên cạnh "
             f"({squeezed.plain_bytes // 1024} KB còn {squeezed.compressed_bytes // 1024} KB)"]
    lines += [f"{WEB}/{file.after}: tệp kiểu trình bày của giao diện, đã lược bỏ phần không trang nào dùng "
              f"({file.bytes_before // 1024} KB còn {file.bytes_after // 1024} KB)" for file in prepared.purged]
    lines.append(f"{NGINX}: cấu hình nginx (sửa server_name, root, chứng chỉ; xem trang Triển khai)")
    lines += [f"{archive.name}: bản mở từ USB hoặc thư mục, không cần mạng (cũng có trong {WEB}/, để người đọc tải về "
              "từ máy chủ)" for archive in archives] or ["không có bản .zip: mkdocs.yml chưa có sotay-offline"]
    lines.append("ci/: mẫu cấu hình GitLab Pages (.gitlab-ci.yml) và GitHub Pages (.github/workflows/pages.yml)")
    click.echo(f"Đã chuẩn bị trong {out}:\n" + "\n".join(f"- {line}" for line in lines))
