"""Browser fixtures for the search tests: built sites served on 127.0.0.1, Chromium pages at phone and
desktop size that fail the test on any console error. Chromium is the session shared by all browser tests
(tests/browser/conftest.py: skipped loudly without it, failed under CI=true)."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path
from urllib.parse import urlsplit

import gen_corpus
import pytest
from search_fixture import copy_base

from sotay.adapters.mkdocs.site_build import build_site

SIZES = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 900}}
PROJECT = Path(__file__).resolve().parents[3]


class Server:
    """A site served by a threaded http.server on 127.0.0.1."""

    def __init__(self, root: Path):
        handler = functools.partial(_QuietHandler, directory=str(root))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}/"
        self.root = root
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def _serve(root: Path):
    server = Server(root)
    yield server
    server.close()


@pytest.fixture(scope="session")
def search_site(tmp_path_factory) -> Path:
    """The search fixture base (tests/fixtures/search) built into a site."""
    root = copy_base(tmp_path_factory.mktemp("search-base") / "base")
    build_site(root, root.parent / "site")
    return root.parent / "site"


@pytest.fixture(scope="session")
def server(search_site: Path):
    yield from _serve(search_site)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    """A 400-document synthetic base (scripts/gen_corpus.py), built and served, with its needles."""
    root = tmp_path_factory.mktemp("corpus") / "base"
    needles = gen_corpus.generate(root, 400, seed=7)
    build_site(root, root.parent / "site")
    for server in _serve(root.parent / "site"):
        yield server, needles


class Page:
    """A Chromium page that records console errors and the files of the browser index it fetched (with sizes)."""

    def __init__(self, page, base: str):
        self.page, self.base = page, base
        self.errors: list[str] = []
        self.fetched: dict[str, int] = {}
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("requestfinished", self._finished)

    def _finished(self, request) -> None:
        path = urlsplit(request.url).path
        if path.startswith("/search/"):
            self.fetched[path.removeprefix("/search/")] = request.sizes()["responseBodySize"]

    def open_search(self, path: str) -> None:
        """Go to `path` and make the header search box usable (on a phone, tap the search button)."""
        self.page.goto(self.base + path)
        if self.page.viewport_size["width"] < 960:
            self.page.click("label.md-header__button[for=__search]")
        else:
            self.page.click("input[name=q]")
        self.page.wait_for_function("document.activeElement && document.activeElement.name === 'q'")


def _page(browser, request, base: str, **context):
    ctx = browser.new_context(viewport=SIZES[request.param], **context)
    ctx.set_default_timeout(8000)
    wrapped = Page(ctx.new_page(), base)
    yield wrapped
    ctx.close()
    assert wrapped.errors == [], f"console errors: {wrapped.errors}"


@pytest.fixture(params=list(SIZES))
def page(browser, server, request):
    yield from _page(browser, request, server.url)


@pytest.fixture(params=["desktop"])
def desktop(browser, server, request):
    yield from _page(browser, request, server.url)


@pytest.fixture(params=list(SIZES))
def corpus_page(browser, corpus, request):
    yield from _page(browser, request, corpus[0].url)


@pytest.fixture(params=list(SIZES))
def page_without_js(browser, server, request):
    yield from _page(browser, request, server.url, java_script_enabled=False)
