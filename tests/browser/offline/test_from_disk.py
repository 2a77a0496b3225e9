"""The portable copy opened from a folder or USB stick (file://): it reads, navigates and loads data with no server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sotay.adapters.mkdocs.site_build import build_site

from .browsing import DESKTOP, PHONE, copy_bundled_base


def open_from_disk(new_page, site: Path, viewport=PHONE):
    page, watch = new_page(viewport)
    requests: list[str] = []
    page.context.on("request", lambda request: requests.append(request.url))
    page.goto((site / "index.html").as_uri())
    return page, watch, requests


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_reader_navigates_from_the_home_page_to_a_procedure_and_a_listing(new_page, portable_site: Path, viewport):
    page, watch, requests = open_from_disk(new_page, portable_site, viewport)
    page.get_by_role("link", name="Quy trình sinh hoạt thường kỳ").first.click()
    assert page.url.endswith("/guides/quy-trinh-sinh-hoat-thuong-ky.html")
    assert page.locator("article h1").first.inner_text().startswith("Quy trình sinh hoạt chi bộ thường kỳ")
    if viewport is PHONE:
        page.locator("label.md-header__button[for=__drawer]").click()
    page.locator(".md-nav--primary").get_by_role("link", name="Sinh hoạt mẫu").click()
    assert page.url.endswith("/model-meetings/index.html")
    page.locator("article a[href$='.html']").first.click()
    assert page.locator(".sotay-doc").count() == 1
    assert [url for url in requests if not url.startswith("file://")] == []
    assert watch.errors == []


def test_every_page_of_the_portable_copy_opens_without_errors(new_page, portable_site: Path):
    page, watch, requests = open_from_disk(new_page, portable_site)
    pages = sorted(p for p in portable_site.rglob("*.html") if p.name != "404.html")
    for path in pages:
        page.goto(path.as_uri())
        assert page.locator("h1").count() >= 1, path
    assert len(pages) > 30
    assert [url for url in requests if not url.startswith("file://")] == []
    assert watch.errors == []


@pytest.fixture(scope="module")
def data_site(tmp_path_factory) -> Path:
    """The bundled base plus one JSON data file, built portable: its script twin is what file:// pages load."""
    data = json.dumps({"từ": ["sinh hoạt", "chi bộ"]}, ensure_ascii=False)
    root = copy_bundled_base(tmp_path_factory.mktemp("data") / "base", {"docs/du-lieu/mau.json": data})
    build_site(root, root / "site", portable=True)
    return root / "site"


LOAD = "path => sotayOffline.load(path).then(data => JSON.stringify(data), error => 'lỗi: ' + error.message)"


def test_data_loads_from_disk_through_script_twins(new_page, data_site: Path):
    page, watch, requests = open_from_disk(new_page, data_site)
    assert page.evaluate("sotayOffline.local") is True
    assert json.loads(page.evaluate(LOAD, "du-lieu/mau.json")) == {"từ": ["sinh hoạt", "chi bộ"]}
    assert page.evaluate(LOAD, "du-lieu/khong-co.json") == "lỗi: Không tải được dữ liệu du-lieu/khong-co.json"
    assert any(url.endswith("/du-lieu/mau.json.js") for url in requests)
    assert [url for url in requests if not url.startswith("file://")] == []
    assert watch.errors == ["Failed to load resource: net::ERR_FILE_NOT_FOUND"]  # the missing file, nothing else


def test_data_loads_over_http_as_json(new_page, serve, data_site: Path):
    server, base = serve(data_site)
    page, watch = new_page()
    page.goto(base + "guides/ghi-bien-ban.html")
    assert page.evaluate("sotayOffline.local") is False
    assert json.loads(page.evaluate(LOAD, "du-lieu/mau.json")) == {"từ": ["sinh hoạt", "chi bộ"]}
    assert "/du-lieu/mau.json" in [entry.path for entry in server.log]
    assert watch.errors == []
