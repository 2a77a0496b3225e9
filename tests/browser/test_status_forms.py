"""What a reader sees: "in force on day …?" on a document page, and the in-force filter of the guides index.

Served over HTTP (an intranet) and opened from disk (a USB stick), at phone and desktop width.
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from datetime import datetime, time, timezone
from pathlib import Path

import pytest

from conftest import BUILD_DATE, MKDOCS_YML, TINY_BASE, write_base
from sotay.adapters.mkdocs.site_build import build_site



def _build(root: Path, portable: bool = False) -> Path:
    with pytest.MonkeyPatch.context() as patch:  # module scope: the autouse date fixture is not active yet
        patch.setenv("SOURCE_DATE_EPOCH", str(int(datetime.combine(BUILD_DATE, time(), timezone.utc).timestamp())))
        build_site(root, root / "site", portable=portable)
    return root / "site"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return _build(write_base(tmp_path_factory.mktemp("base"), TINY_BASE))


@pytest.fixture(scope="module")
def portable_site(tmp_path_factory) -> Path:
    """The copy for a USB stick (`sotay build --offline`, which needs sotay-offline), opened from disk."""
    config = MKDOCS_YML.replace("  - sotay-search\n", "  - sotay-search\n  - sotay-offline\n")
    return _build(write_base(tmp_path_factory.mktemp("portable"), {**TINY_BASE, "mkdocs.yml": config}), portable=True)


@pytest.fixture(scope="module")
def server(site: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    thread.join()
    httpd.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(params=[(360, 740), (1280, 900)], ids=["phone", "desktop"])
def page(browser, request):
    """`browser` is the one Chromium session of tests/browser/conftest.py (it skips or fails without Chromium)."""
    width, height = request.param
    page = browser.new_page(viewport={"width": width, "height": height})
    page.errors = []
    page.on("console", lambda message: page.errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    page.close()


def test_document_page_answers_whether_it_was_in_force_on_a_day(page, server):
    page.goto(f"{server}/guides/hd-03-tu/")
    form = page.locator("form.sotay-on-date")
    assert form.is_visible()
    answer = form.locator("output")
    form.locator("input[name=ngay]").fill("01/01/2020")
    assert answer.inner_text() == "Có. Còn hiệu lực: văn bản có hiệu lực từ ngày 08/10/2018 đến hết ngày 04/04/2024."
    form.locator("input[name=ngay]").fill("5/4/2024")
    assert answer.inner_text() == "Không. Hết hiệu lực từ ngày 05/04/2024: được thay thế bởi Hướng dẫn 05-HD/TU."
    form.locator("input[name=ngay]").fill("01-01-2018")
    assert answer.inner_text().startswith("Không. Chưa có hiệu lực")
    assert page.errors == []


@pytest.mark.parametrize("locale", ["en-US", "vi-VN", "de-DE"])
def test_the_day_is_shown_and_read_day_first_whatever_the_browser_locale(browser, server, locale):
    """A date field would follow the browser's locale (mm/dd/yyyy in an English Chromium): the day comes first here."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale=locale)
    page = context.new_page()
    page.goto(f"{server}/guides/hd-03-tu/")
    field, answer = page.locator("form.sotay-on-date input[name=ngay]"), page.locator("form.sotay-on-date output")
    today = page.evaluate("sotay.status.today(new Date())")
    assert field.input_value() == "/".join(reversed(today.split("-")))
    field.fill("04/05/2024")  # 4 May 2024: after the 5 April replacement, so no longer in force
    assert answer.inner_text().startswith("Không. Hết hiệu lực")
    field.fill("31/02/2024")
    assert answer.inner_text() == "Nhập ngày theo thứ tự ngày/tháng/năm, ví dụ 05/04/2024."
    assert field.get_attribute("aria-invalid") == "true"
    context.close()


def test_form_opens_with_today_answered(page, server):
    page.goto(f"{server}/guides/hd-05-tu/")
    form = page.locator("form.sotay-on-date")
    assert form.locator("input[name=ngay]").input_value() == page.evaluate("sotay.status.formatDay(sotay.status.today(new Date()))")
    assert form.locator("output").inner_text().startswith("Có. Còn hiệu lực")
    assert page.errors == []


def test_guides_index_filters_to_documents_in_force_on_a_day(page, server):
    page.goto(f"{server}/guides/")
    old, new = page.locator("li:has(> a[href='hd-03-tu/'])"), page.locator("li:has(> a[href='hd-05-tu/'])")
    assert old.is_visible() and new.is_visible()
    page.locator(".sotay-in-force-filter input[name=ngay]").fill("01/01/2020")
    page.locator(".sotay-in-force-filter input[type=checkbox]").check()
    assert old.is_visible() and not new.is_visible()
    assert page.locator(".sotay-in-force-filter output").inner_text() == "Có 1/2 văn bản còn hiệu lực vào ngày 01/01/2020."
    page.locator(".sotay-in-force-filter input[name=ngay]").fill("1/13/2020")
    assert page.locator(".sotay-in-force-filter output").inner_text() == "Nhập ngày theo thứ tự ngày/tháng/năm, ví dụ 05/04/2024."
    page.locator(".sotay-in-force-filter input[type=checkbox]").uncheck()
    assert old.is_visible() and new.is_visible()
    assert page.errors == []


def test_the_form_and_the_filter_work_from_disk(page, portable_site):
    """Classic scripts, data in the page: nothing is fetched, so a copy on a USB stick answers too."""
    page.goto((portable_site / "guides/hd-03-tu.html").as_uri())
    page.locator("form.sotay-on-date input[name=ngay]").fill("05/04/2024")
    assert page.locator("form.sotay-on-date output").inner_text().startswith("Không. Hết hiệu lực")
    page.goto((portable_site / "guides/index.html").as_uri())
    page.locator(".sotay-in-force-filter input[name=ngay]").fill("01/01/2020")
    page.locator(".sotay-in-force-filter input[type=checkbox]").check()
    assert page.locator(".sotay-in-force-filter output").inner_text() == "Có 1/2 văn bản còn hiệu lực vào ngày 01/01/2020."
    assert page.errors == []
