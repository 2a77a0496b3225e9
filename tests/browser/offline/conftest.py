"""Browser tests of the offline, private and accessible site: Debian's Chromium driven by Playwright.

Without /usr/bin/chromium the tests skip with a loud message; under CI=true they fail instead.
The bundled knowledge base is built once per session (tests/conftest.py), for hosting (served like
docs/reference/nginx.conf) and as the portable copy opened from disk.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from sotay.core.publish import prepare_web_folder

from .browsing import AXE, AXE_MISSING, PHONE
from .offline_server import SiteServer


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    skipped = " ".join(str(report.longrepr) for report in terminalreporter.stats.get("skipped", []))
    if AXE_MISSING in skipped:
        terminalreporter.write_sep("!", AXE_MISSING, red=True, bold=True)


def require(present: bool, message: str) -> None:
    """Skip loudly when a tool is missing on a developer's machine; fail under CI, which must run everything."""
    if not present:
        if os.environ.get("CI") == "true":
            pytest.fail(message + " — CI must run them.")
        pytest.skip(message)


@pytest.fixture(scope="session")
def chromium(browser):
    """The one Chromium session all browser tests share (tests/browser/conftest.py: skips loudly, fails under CI)."""
    return browser


@pytest.fixture(scope="session")
def published_site(hosted_site: Path, tmp_path_factory) -> Path:
    """The bundled base's web folder as `sotay publish` prepares it (theme stylesheets purged, gzip twins), made
    from the session's hosted build: read, never change."""
    site = tmp_path_factory.mktemp("published") / "web"
    shutil.copytree(hosted_site, site)
    prepare_web_folder(site)
    return site


@pytest.fixture(scope="session")
def axe_source() -> str:
    require(AXE.is_file(), AXE_MISSING)
    return AXE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def hosted_url(hosted_site: Path) -> Iterator[str]:
    """The session's hosted build served once, as our nginx configuration serves it: for tests that only read it."""
    server = SiteServer(hosted_site)
    yield server.start()
    server.stop()


@pytest.fixture
def serve() -> Iterator:
    """serve(site) -> (SiteServer, base URL); every server stops after the test."""
    servers: list[SiteServer] = []

    def start(site: Path) -> tuple[SiteServer, str]:
        server = SiteServer(site)
        servers.append(server)
        return server, server.start()

    yield start
    for server in servers:
        server.stop()


class PageWatch:
    """Console errors, uncaught exceptions and CSP violations of one page: a test fails on any of them."""

    def __init__(self, page) -> None:
        self.errors: list[str] = []
        page.on("console", lambda message: message.type == "error" and self.errors.append(_located(message)))
        page.on("pageerror", lambda error: self.errors.append(f"uncaught: {error}"))
        page.add_init_script(
            "document.addEventListener('securitypolicyviolation', e => console.error("
            "'CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber))")


def _located(message) -> str:
    """A console error with the address it came from: "Failed to load resource" alone does not say which."""
    url = message.location.get("url") if message.location else ""
    return f"{message.text} ({url})" if url else message.text


@pytest.fixture
def new_page(chromium) -> Iterator:
    """new_page(viewport=PHONE, **context options) -> (page, PageWatch); contexts close after the test."""
    contexts = []

    def make(viewport: dict = PHONE, **options):
        context = chromium.new_context(viewport=viewport, locale="vi-VN", **options)
        contexts.append(context)
        page = context.new_page()
        return page, PageWatch(page)

    yield make
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def _readers(chromium) -> Iterator[dict]:
    readers: dict[tuple[int, int], tuple] = {}
    yield readers
    for page, _ in readers.values():
        page.context.close()


@pytest.fixture
def reader(_readers, chromium):
    """reader(viewport=PHONE) -> (page, PageWatch): one page per screen size kept for the session, service workers
    blocked, for tests that load pages and read them (a context of its own would cost each test a renderer process
    and a cold cache). What a test leaves behind goes: its errors, print emulation, the storage of the page it is on."""

    def get(viewport: dict = PHONE):
        key = (viewport["width"], viewport["height"])
        if key not in _readers:
            context = chromium.new_context(viewport=viewport, locale="vi-VN", service_workers="block")
            page = context.new_page()
            _readers[key] = (page, PageWatch(page))
        page, watch = _readers[key]
        watch.errors.clear()
        page.emulate_media(media="null")
        if page.url.startswith("http"):
            page.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }")
        return page, watch

    return get
