"""Browser fixtures of the trainer pages: the six-meeting fixture built once and served on 127.0.0.1,
pages at phone (360×740) and desktop (1280×900) width that fail the test on any console error.

The Chromium session (and its skip-or-fail rule) is tests/browser/conftest.py's `browser` fixture:
one Playwright per process, since a second sync Playwright cannot start inside the first one's loop.
"""

from __future__ import annotations

import functools
import http.server
import sys
import threading

import pytest

from sotay.adapters.mkdocs.site_build import build_site
from sotay.core.meetings.training import compare, explorer
from trainer_fixture import write_trainer_base

SIZES = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 900}}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        """A browser that moves on before a file is sent closes the connection: not a failure."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@pytest.fixture(scope="session")
def site_url(tmp_path_factory) -> str:
    """The explorer holds 2 rows in its page and 3 in each data file, the compare page lists 5 meetings and
    has 4 in each data file: their tests go through the files, and through a meeting the page does not list."""
    root = write_trainer_base(tmp_path_factory.mktemp("trainer-base"))
    site = root.parent / "trainer-site"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(explorer, "ROWS_IN_PAGE", 2)
        patch.setattr(explorer, "ROWS_A_PART", 3)
        patch.setattr(compare, "PICKER_SIZE", 5)
        patch.setattr(compare, "PART_SIZE", 4)
        build_site(root, site)
    server = _Server(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


def visit(page, url: str, ready: str) -> None:
    """Open `url` and wait until the page's script has run: it shows or adds the `ready` element."""
    page.goto(url)
    page.wait_for_selector(ready, state="attached")


def open_page(browser, size: str, javascript: bool = True):
    """A page of its own context, recording console errors and uncaught exceptions in `page.errors`."""
    context = browser.new_context(viewport=SIZES[size], java_script_enabled=javascript)
    page = context.new_page()
    page.errors = []
    page.on("console", lambda message: message.type == "error" and page.errors.append(message.text))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    return page


@pytest.fixture(params=list(SIZES))
def view(request, browser):
    """A page at phone, then desktop, width; the test fails if the page logged an error."""
    page = open_page(browser, request.param)
    page.size = request.param
    yield page
    errors = list(page.errors)
    page.context.close()
    assert errors == [], f"console errors at {request.param} width: {errors}"


@pytest.fixture
def static_view(browser):
    """A page with JavaScript turned off, at phone width."""
    page = open_page(browser, "phone", javascript=False)
    yield page
    page.context.close()
