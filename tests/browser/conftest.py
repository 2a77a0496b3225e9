"""Browser fixtures: tiny knowledge bases built and served over HTTP, and Chromium pages at phone and
desktop size that fail the test on any console error.

Without Debian's Chromium (/usr/bin/chromium) these tests skip with a loud notice, except under CI=true,
where they fail: a green CI run must have run them.
"""

from __future__ import annotations

import functools
import json
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from sotay.adapters.mkdocs.site_build import build_site

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
VIEWPORTS = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 900}}
SHOTS = Path(os.environ.get("SOTAY_SHOTS", "/tmp/sotay-shots"))
_missing: list[str] = []


def _why_no_browser() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} not found (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Python playwright is not installed (make .venv/.installed)"
    return None


def pytest_terminal_summary(terminalreporter) -> None:
    if _missing:
        terminalreporter.write_sep("!", f"BROWSER TESTS SKIPPED: {_missing[0]}", red=True, bold=True)


@pytest.fixture(scope="session")
def browser():
    problem = _why_no_browser()
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests cannot run under CI: {problem}")
        _missing.append(problem)
        pytest.skip(f"BROWSER TESTS SKIPPED: {problem}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")  # a rebuilt site must be seen on reload
        super().end_headers()

    def log_message(self, format: str, *args) -> None:
        pass


@dataclass
class ServedSite:
    """A knowledge base in `root`, built into `site` and served at `url` (ending in /)."""

    root: Path
    site: Path
    url: str

    def page_url(self, path: str) -> str:
        return self.url + path

    def edit(self, rel: str, replace: str, by: str) -> None:
        path = self.root / rel
        text = path.read_text(encoding="utf-8")
        assert replace in text, f"{replace!r} not in {rel}"
        path.write_text(text.replace(replace, by), encoding="utf-8")

    def rebuild(self) -> None:
        build_site(self.root, self.site)


@pytest.fixture(scope="session")
def served_site(request, tmp_path_factory) -> Iterator[Callable[..., ServedSite]]:
    """`served_site(files, private=False)`: conftest.TINY_BASE plus `files`, built and served.

    Sites with the same files are built once per session; ask for a private one to edit and rebuild it.
    """
    root_conftest = request.config.pluginmanager.get_plugin(str(Path(__file__).resolve().parents[1] / "conftest.py"))
    servers: list[ThreadingHTTPServer] = []
    built: dict[str, ServedSite] = {}

    def serve(files: dict[str, str] | None = None, private: bool = False) -> ServedSite:
        files = {**root_conftest.TINY_BASE, **(files or {})}
        key = json.dumps(files, sort_keys=True, ensure_ascii=False)
        if key in built and not private:
            return built[key]
        home = tmp_path_factory.mktemp("served")
        root = root_conftest.write_base(home / "base", files)
        build_site(root, home / "site")
        server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(home / "site")))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        site = ServedSite(root, home / "site", f"http://127.0.0.1:{server.server_address[1]}/")
        if not private:
            built[key] = site
        return site

    yield serve
    for server in servers:
        server.shutdown()
        server.server_close()


def _open_page(browser, viewport: str) -> Iterator:
    context = browser.new_context(viewport=VIEWPORTS[viewport])
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    if errors:
        pytest.fail(f"console errors at {viewport} size: {errors}")


@pytest.fixture
def phone(browser) -> Iterator:
    yield from _open_page(browser, "phone")


@pytest.fixture
def desktop(browser) -> Iterator:
    yield from _open_page(browser, "desktop")


@pytest.fixture(params=list(VIEWPORTS))
def page(request, browser) -> Iterator:
    """The test runs once at phone size and once at desktop size."""
    yield from _open_page(browser, request.param)


def _screenshot(page, name: str, **options) -> Path:
    """Save a PNG under SHOTS, named for what it shows and the viewport, for a person to look at."""
    viewport = next(v for v, dims in VIEWPORTS.items() if dims == page.viewport_size)
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}-{viewport}.png"
    page.evaluate("window.scrollTo(0, 0)")  # else the sticky header lands mid-page in a full-page shot
    page.screenshot(path=str(path), **options)
    return path


@pytest.fixture
def screenshot() -> Callable[..., Path]:
    """`screenshot(page, name, **playwright_options)` -> the saved PNG (under $SOTAY_SHOTS, default /tmp/sotay-shots)."""
    return _screenshot
