"""Browser fixtures of the editor: a tiny base with decap-server (its local file mode writing into the base) and
the editor page on free ports of 127.0.0.1, stopped in teardown; pages that record every request they make and
fail the test on console errors and on any request to a host other than 127.0.0.1.

The Chromium session (and its skip-or-fail rule) is tests/browser/conftest.py's `browser` fixture; node and npm
are tests/editor_fixture.py's (skip loudly, fail under CI=true).
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import TINY_BASE, write_base
from editor_fixture import editor_packages  # noqa: F401 (fixture)
from sotay.adapters.decap.server import HOST, EditorPage, serve_page, start_backend
from sotay.core.editor import cms_config

SIZES = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 800}}
SHOTS = Path(os.environ.get("SOTAY_SHOTS", "/tmp/sotay-shots"))
# The base the editor opens: the tiny base without the guide that supersedes 03-HD/TU, which the tests create.
BASE = {rel: text for rel, text in TINY_BASE.items() if rel != "content/guides/hd-05-tu.md"}
BASE["content/guides/hd-03-tu.md"] = TINY_BASE["content/guides/hd-03-tu.md"].replace("status: het-hieu-luc\n", "")


@dataclass
class Editor:
    root: Path
    url: str


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def _wait_for(port: int) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            socket.create_connection((HOST, port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"decap-server did not listen on {port}")


def open_editor(packages, root: Path) -> Iterator[Editor]:
    backend_port = _free_port()
    backend = start_backend(packages, root, backend_port)
    page = serve_page(EditorPage(packages, cms_config(root, backend_port)), 0)
    try:
        _wait_for(backend_port)
        yield Editor(root, f"http://{HOST}:{page.server_address[1]}/")
    finally:
        page.shutdown()
        page.server_close()
        backend.terminate()
        backend.wait(10)


@pytest.fixture
def editor(tmp_path, editor_packages) -> Iterator[Editor]:  # noqa: F811
    """The editor over a fresh copy of BASE."""
    yield from open_editor(editor_packages, write_base(tmp_path / "base", BASE))


@dataclass
class RecordedPage:
    page: object
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def open_page(browser, size: str) -> Iterator[RecordedPage]:
    # vi-VN: the date inputs show and take dd/mm/yyyy, as on an office computer set to Vietnamese.
    context = browser.new_context(viewport=SIZES[size], locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh")
    opened = RecordedPage(context.new_page())
    opened.page.on("request", lambda request: opened.requests.append(request.url))
    opened.page.on("console", lambda message: message.type == "error" and opened.errors.append(message.text))
    opened.page.on("pageerror", lambda error: opened.errors.append(str(error)))
    yield opened
    context.close()
    if opened.errors:
        pytest.fail(f"console errors at {size} size: {opened.errors}")
    elsewhere = [url for url in opened.requests if urlsplit(url).scheme != "data" and urlsplit(url).hostname != HOST]
    if elsewhere:
        pytest.fail(f"the editor page asked another host: {elsewhere}")


@pytest.fixture
def desktop_editor_page(browser) -> Iterator[RecordedPage]:
    yield from open_page(browser, "desktop")


@pytest.fixture(params=list(SIZES))
def editor_page(request, browser) -> Iterator[RecordedPage]:
    yield from open_page(browser, request.param)


def log_in(page, url: str, route: str = "") -> None:
    """Open the editor at `route` and pass the local backend's sign-in (one button, no password)."""
    page.goto(url + route)
    page.get_by_role("button", name="Đăng nhập").click()


def shot(page, name: str) -> Path:
    size = next(name for name, dims in SIZES.items() if dims == page.viewport_size)
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"editor-{name}-{size}.png"
    page.screenshot(path=str(path))
    return path
