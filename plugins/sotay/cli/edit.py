"""`sotay edit`: the browser editor on this computer: the editor page, decap-server writing into the base's folder
and the live preview, all on 127.0.0.1, until Ctrl+C stops them together."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path

import click

from sotay.adapters.decap.install import EditorPackages, InstallError, ensure_installed, packages
from sotay.adapters.decap.server import HOST, EditorPage, export_page, serve_page, start_backend
from sotay.core.editor import cms_config

from .options import root_option

_READY_SECONDS = 20  # decap-server starts in about a second; a slow disk gets more


@click.command()
@root_option
@click.option("--port", type=int, default=8080, show_default=True, help="Cổng của trang biên tập.")
@click.option("--backend-port", type=int, default=8081, show_default=True, help="Cổng của decap-server (máy chủ lưu tệp).")
@click.option("--preview-port", type=int, default=8000, show_default=True, help="Cổng của bản xem trước.")
@click.option("--no-preview", is_flag=True, help="Không mở bản xem trước (khi đã chạy make serve ở cửa sổ khác).")
@click.option("--install-only", is_flag=True, help="Chỉ cài các gói của trình biên tập rồi thoát.")
@click.option("--export", "export_to", type=click.Path(file_okay=False, path_type=Path), default=None, metavar="THƯ_MỤC",
              help="Ghi các tệp của trang biên tập vào THƯ_MỤC để đặt trên máy chủ web (cho nhiều văn phòng, "
                   "xem docs/bien-tap.md) rồi thoát.")
def edit(root: Path, port: int, backend_port: int, preview_port: int, no_preview: bool, install_only: bool,
         export_to: Path | None) -> None:
    """Mở trình biên tập trong trình duyệt: soạn, sửa và duyệt tài liệu bằng biểu mẫu, không cần viết YAML.

    Lần đầu chạy, lệnh cài các gói của trình biên tập (khoảng 20 MB từ kho gói npm). Chỉ máy này mở được các
    địa chỉ in ra; bấm Ctrl+C để dừng.
    """
    if install_only or export_to:
        target = _install()
        if export_to:
            written = export_page(target, export_to)
            click.echo(f"Đã ghi {len(written)} tệp của trang biên tập vào {export_to}. Thêm config.yml: "
                       f"sotay cms-config --out {export_to / 'config.yml'}, rồi sửa phần backend (docs/bien-tap.md).")
        return
    if not (root / "content").is_dir():
        raise click.UsageError(f"không thấy thư mục content/ trong {root}: chạy lệnh ở thư mục gốc của sổ tay "
                               "hoặc thêm --root THƯ_MỤC")
    wanted = [port, backend_port] + ([] if no_preview else [preview_port])
    if busy := [str(number) for number in wanted if not _free(number)]:
        raise click.UsageError(f"cổng {', '.join(busy)} đang bận (có thể trình biên tập đã mở ở cửa sổ khác); "
                               "đóng chương trình đang dùng cổng đó hoặc chọn cổng khác, ví dụ --port 8090")
    target = _install()
    preview = None if no_preview else f"http://{HOST}:{preview_port}/"
    config = cms_config(root, backend_port, f"http://{HOST}:{preview_port}/")
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    try:
        backend_process = start_backend(target, root, backend_port)
    except FileNotFoundError as exc:
        raise click.ClickException(str(exc)) from None
    with ExitStack() as stack:
        backend = stack.enter_context(_child(backend_process))
        page = serve_page(EditorPage(target, config), port)
        stack.callback(page.shutdown)
        children = [backend]
        if preview:
            children.append(stack.enter_context(_child(_start_preview(root, preview_port, port))))
        if not _wait_for_port(backend_port, backend):
            raise click.ClickException(f"decap-server không chạy được trên cổng {backend_port}; xem thông báo ở trên.")
        click.echo(f"Trình biên tập: http://{HOST}:{port}/")
        if preview:
            click.echo(f"Bản xem trước:  {preview}")
        click.echo("Bấm Ctrl+C để dừng.")
        try:
            while all(child.poll() is None for child in children):
                time.sleep(0.5)
        except KeyboardInterrupt:
            click.echo("\nĐang dừng trình biên tập...")
            return
        stopped = next(child for child in children if child.poll() is not None)
        name = "decap-server" if stopped is backend else "bản xem trước (sotay serve)"
        raise click.ClickException(f"{name} đã dừng (mã {stopped.returncode}); trình biên tập cũng dừng.")


def _install() -> EditorPackages:
    target = packages()
    if not target.installed():
        click.echo("Đang cài trình biên tập (lần đầu, khoảng 20 MB)...")
    try:
        return ensure_installed(target)
    except InstallError as exc:
        raise click.ClickException(str(exc)) from None


def _start_preview(root: Path, preview_port: int, editor_port: int) -> subprocess.Popen:
    sotay = str(Path(sys.executable).with_name("sotay"))
    return subprocess.Popen([sotay, "serve", "--root", str(root), "-a", f"{HOST}:{preview_port}",
                             "--editor", f"http://{HOST}:{editor_port}/"], stdin=subprocess.DEVNULL)


class _child:
    """A child process stopped when the block ends: asked first (SIGTERM), then killed."""

    def __init__(self, process: subprocess.Popen) -> None:
        self.process = process

    def __enter__(self) -> subprocess.Popen:
        return self.process

    def __exit__(self, *exc) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _stop_on_sigterm(signum, frame) -> None:
    raise KeyboardInterrupt


def _free(port: int) -> bool:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # a port left in TIME_WAIT is free to listen on
        try:
            probe.bind((HOST, port))
        except OSError:
            return False
    return True


def _wait_for_port(port: int, process: subprocess.Popen) -> bool:
    deadline = time.monotonic() + _READY_SECONDS
    while time.monotonic() < deadline and process.poll() is None:
        try:
            socket.create_connection((HOST, port), timeout=0.5).close()
            return True
        except OSError:
            time.sleep(0.1)
    return False
