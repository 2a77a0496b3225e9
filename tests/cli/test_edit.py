"""`sotay edit` as a person runs it: it prints the editor's address, serves the page and decap-server on
127.0.0.1 only, and Ctrl+C stops it and its children; a busy port is refused in Vietnamese."""

from __future__ import annotations

import json
import re
import os
import signal
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

from click.testing import CliRunner

from editor_fixture import editor_packages  # noqa: F401 (fixture)
from sotay.cli.main import cli

SOTAY = str(Path(sys.executable).with_name("sotay"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def listening(port: int, host: str = "127.0.0.1") -> bool:
    try:
        socket.create_connection((host, port), timeout=0.5).close()
        return True
    except OSError:
        return False


def other_address() -> str | None:
    """An address of this machine other than loopback, to check nothing listens there (None when it has none)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: no packet is sent by connect() on UDP
            address = probe.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


def test_edit_serves_on_loopback_and_stops_its_children_on_ctrl_c(tiny_base, editor_packages):  # noqa: F811
    page_port, backend_port = free_port(), free_port()
    process = subprocess.Popen([SOTAY, "edit", "--root", str(tiny_base), "--port", str(page_port), "--backend-port",
                                str(backend_port), "--no-preview"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        first = process.stdout.readline()
        assert first == f"Trình biên tập: http://127.0.0.1:{page_port}/\n", first + process.stdout.read()
        assert process.stdout.readline() == "Bấm Ctrl+C để dừng.\n"
        page = urllib.request.urlopen(f"http://127.0.0.1:{page_port}/").read().decode("utf-8")
        assert '<html lang="vi">' in page and 'src="decap/decap-cms.js"' in page
        config = urllib.request.urlopen(f"http://127.0.0.1:{page_port}/config.yml").read().decode("utf-8")
        assert json.loads(config)["local_backend"]["url"] == f"http://127.0.0.1:{backend_port}/api/v1"
        request = urllib.request.Request(f"http://127.0.0.1:{backend_port}/api/v1", data=b'{"action":"info"}',
                                         headers={"Content-Type": "application/json"})
        assert json.loads(urllib.request.urlopen(request).read())["type"] == "local_fs"
        if address := other_address():
            assert not listening(page_port, address) and not listening(backend_port, address)
    finally:
        process.send_signal(signal.SIGINT)
        rest = process.communicate(timeout=20)[0]
    assert process.returncode == 0, rest
    assert "Đang dừng trình biên tập" in rest
    assert not listening(page_port) and not listening(backend_port)


def test_a_busy_port_is_refused_with_what_to_do(tiny_base):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["edit", "--root", str(tiny_base), "--port", str(port), "--no-preview"])
    assert result.exit_code == 2
    assert f"cổng {port} đang bận" in result.output and "--port 8090" in result.output


def test_a_folder_without_content_is_refused(tmp_path):
    result = CliRunner().invoke(cli, ["edit", "--root", str(tmp_path)])
    assert result.exit_code == 2 and "không thấy thư mục content/" in result.output


def test_export_writes_every_file_the_page_loads(tmp_path, editor_packages):  # noqa: F811
    out = tmp_path / "bien-tap"
    result = CliRunner().invoke(cli, ["edit", "--export", str(out)])
    assert result.exit_code == 0, result.output
    assert "sotay cms-config --out" in result.output
    page = (out / "index.html").read_text(encoding="utf-8")
    loaded = re.findall(r'(?:src|href)="([^":]+)"', page)
    assert "decap/decap-cms.js" in loaded and "config.yml" in loaded
    assert [name for name in loaded if name != "config.yml" and not (out / name).is_file()] == []
    script = (out / "sotay" / "sotay-editor.js").read_text(encoding="utf-8")
    [styles] = [line for line in script.splitlines() if ".css" in line and "forEach" in line]
    names = re.findall(r'"([\w/.-]+\.css)"', styles)
    assert len(names) == 4
    assert [name for name in names if not (out / (name if "/" in name else f"site/{name}")).is_file()] == []
