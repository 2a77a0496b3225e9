"""The portable copy opened from a folder or USB stick (file://): it reads, navigates and loads data with no server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import MKDOCS_YML, TINY_BASE, write_base
from sotay.adapters.mkdocs.site_build import build_site

from ..answers import wait_for_box, wait_for_results_page
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
    page.get_by_role("link", name="Quy trình sinh hoạt chi bộ thường kỳ").first.click()
    assert page.url.endswith("/guides/quy-trinh-sinh-hoat-thuong-ky.html")
    assert page.locator("article h1").first.inner_text().startswith("Quy trình sinh hoạt chi bộ thường kỳ")
    if viewport is PHONE:
        page.locator("label.md-header__button[for=__drawer]").click()
    page.locator(".md-nav--primary").get_by_role("link", name="Sinh hoạt mẫu").click()
    assert page.url.endswith("/model-meetings/index.html")
    page.locator("article a[href$='.html']").first.click()
    page.wait_for_selector(".sotay-doc")  # the click starts the navigation; on a loaded machine it may not have ended
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


HEADER_TITLES = "#sotay-search-list [role=option] h1"
HEADER_SNIPPETS = "#sotay-search-list .md-search-result__teaser"


def search_in_header(page, query: str) -> list[str]:
    """Open the header box as a person would (on a phone, the search button), type, wait for its answer."""
    if page.viewport_size["width"] < 960:
        page.locator("label.md-header__button[for=__search]").click()
    page.locator("[data-sotay-search] input[name=q]").type(query, delay=10)
    wait_for_box(page, query)
    return page.locator(HEADER_TITLES).all_inner_texts()


def see_all_results(page, query: str) -> list[str]:
    """Follow the box's "Xem tất cả" link to the results page; the result titles it shows."""
    page.locator(".md-search-result__meta a").first.click()
    wait_for_results_page(page, query)
    return page.locator(".sotay-hit__title").all_inner_texts()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_search_without_diacritics_works_from_disk(new_page, portable_site: Path, viewport, screenshot):
    page, watch, requests = open_from_disk(new_page, portable_site, viewport)
    titles = search_in_header(page, "ghi bien ban")
    assert titles[0] == "Ghi biên bản sinh hoạt chi bộ"
    assert page.locator(f"{HEADER_SNIPPETS} mark").first.inner_text().lower() in {"ghi", "biên", "bản"}
    screenshot(page, "portable-search-box")
    assert see_all_results(page, "ghi bien ban")[0] == "Ghi biên bản sinh hoạt chi bộ"
    screenshot(page, "portable-search-results")
    assert page.url.startswith((portable_site / "tim-kiem/index.html").as_uri() + "?q=")
    assert page.locator(".sotay-results__count").inner_text().startswith("Tìm thấy ")
    page.locator(".sotay-hit__title").first.click()
    assert page.url == (portable_site / "guides/ghi-bien-ban.html").as_uri()
    assert any(url.endswith("/search/manifest.json.js") for url in requests)
    assert [url for url in requests if not url.startswith("file://")] == []
    assert watch.errors == []


def test_checklist_ticks_from_disk_and_keeps_them(new_page, portable_site: Path, screenshot):
    page, watch, requests = open_from_disk(new_page, portable_site)
    page.goto((portable_site / "checklists/truoc-sinh-hoat-thuong-ky.html").as_uri())
    boxes = page.locator("[data-sotay-checklist] input[data-item]")
    count = page.locator(".sotay-checklist__count").first
    assert count.inner_text() == f"0/{boxes.count()}"
    boxes.nth(0).check()
    assert count.inner_text() == f"1/{boxes.count()}"
    screenshot(page, "portable-checklist")
    page.reload()
    assert boxes.nth(0).is_checked() and count.inner_text() == f"1/{boxes.count()}"
    assert watch.errors == []


def test_model_meetings_compare_side_by_side_from_disk(new_page, portable_site: Path):
    page, watch, requests = open_from_disk(new_page, portable_site)
    meetings = json.loads((portable_site / "tap-huan/so-sanh-du-lieu/0.json").read_text(encoding="utf-8"))["meetings"]
    chosen = [meeting["slug"] for meeting in meetings[:2]]
    page.goto((portable_site / "tap-huan/so-sanh.html").as_uri() + "?m=" + ",".join(chosen))
    page.wait_for_selector(".sotay-compare-table")
    headings = page.locator(".sotay-compare-table thead th a").all_inner_texts()
    assert headings == [meeting["cell"] for meeting in meetings[:2]]
    assert any(url.endswith("/tap-huan/so-sanh-du-lieu/0.json.js") for url in requests), "read through its script twin"
    assert page.locator(".sotay-compare-share a").count() == 0, "a file:/// address opens on no other computer"
    assert "chỉ mở được trên máy đang dùng" in page.inner_text(".sotay-compare-share")
    assert [url for url in requests if not url.startswith("file://")] == []
    assert watch.errors == []


PLANTED = '<img src=x onerror="window.planted=1"><script>window.planted=2</script>'
# The index keeps a document's words without its tags; a tag broken over two lines (here in a code block) stays.
PLANTED_IN_TEXT = '<img src=x\nonerror="window.planted=3">'


@pytest.fixture(scope="module")
def data_site(tmp_path_factory) -> Path:
    """The bundled base, built portable, plus a JSON data file (its script twin is what file:// pages load) and a
    guide whose title and text carry markup, which search must show as text."""
    data = json.dumps({"từ": ["sinh hoạt", "chi bộ"]}, ensure_ascii=False)
    guide = (f"---\ntitle: {json.dumps('Trang gài mã ' + PLANTED)}\nform: huong-dan\nexample: true\n---\n\n"
             f"Đoạn văn gài mã phải hiện thành chữ:\n\n```html\n{PLANTED_IN_TEXT}\n```\n")
    root = copy_bundled_base(tmp_path_factory.mktemp("data") / "base", {"docs/du-lieu/mau.json": data,
                                                                        "content/guides/gai-ma.md": guide})
    build_site(root, root / "site", portable=True)
    return root / "site"


def test_search_shows_planted_markup_as_text(new_page, data_site: Path):
    page, watch, requests = open_from_disk(new_page, data_site, DESKTOP)
    titles = search_in_header(page, "gai ma")
    assert titles[0] == "Trang gài mã " + PLANTED
    assert "<img src=x onerror=" in page.locator(HEADER_SNIPPETS).first.inner_text()
    assert page.locator("#sotay-search-list img, #sotay-search-list script").count() == 0
    assert see_all_results(page, "gai ma")[0] == "Trang gài mã " + PLANTED
    assert "<img src=x onerror=" in page.locator(".sotay-hit__snippet").first.inner_text()
    assert page.locator(".sotay-results img, .sotay-results script").count() == 0
    assert page.evaluate("window.planted") is None
    assert watch.errors == []


LOAD = "path => sotayOffline.load(path).then(data => JSON.stringify(data), error => 'lỗi: ' + error.message)"


def test_data_loads_from_disk_through_script_twins(new_page, data_site: Path):
    page, watch, requests = open_from_disk(new_page, data_site)
    assert page.evaluate("sotayOffline.local") is True
    assert json.loads(page.evaluate(LOAD, "du-lieu/mau.json")) == {"từ": ["sinh hoạt", "chi bộ"]}
    assert page.evaluate(LOAD, "du-lieu/khong-co.json") == "lỗi: Không tải được dữ liệu du-lieu/khong-co.json"
    assert any(url.endswith("/du-lieu/mau.json.js") for url in requests)
    assert [url for url in requests if not url.startswith("file://")] == []
    assert len(watch.errors) == 1 and watch.errors[0].startswith("Failed to load resource: net::ERR_FILE_NOT_FOUND")
    assert watch.errors[0].endswith("/du-lieu/khong-co.json.js)"), "the missing file, nothing else"


def test_data_loads_over_http_as_json(new_page, serve, data_site: Path):
    server, base = serve(data_site)
    page, watch = new_page()
    page.goto(base + "guides/ghi-bien-ban.html")
    assert page.evaluate("sotayOffline.local") is False
    assert json.loads(page.evaluate(LOAD, "du-lieu/mau.json")) == {"từ": ["sinh hoạt", "chi bộ"]}
    assert "/du-lieu/mau.json" in [entry.path for entry in server.log]
    assert watch.errors == []


def test_a_script_written_into_a_body_does_not_run_from_disk(new_page, tmp_path: Path):
    """A page opened from a folder gets no header: its CSP comes in a <meta>, as strict as the served one."""
    root = write_base(tmp_path / "base", TINY_BASE | {"mkdocs.yml": MKDOCS_YML.replace("  - sotay-search\n", "  - sotay-search\n  - sotay-offline\n")})
    guide = root / "content/guides/hd-05-tu.md"
    guide.write_text(guide.read_text(encoding="utf-8") + '\n<script>window.planted = 1</script>\n\n'
                     '<img src="khong-co.png" alt="" onerror="window.planted = 2">\n', encoding="utf-8")
    build_site(root, tmp_path / "copy", portable=True)
    page, watch = new_page()
    page.goto((tmp_path / "copy/guides/hd-05-tu.html").as_uri())
    page.wait_for_load_state("load")
    assert page.evaluate("window.planted") is None
    assert page.evaluate("typeof sotay") == "object", "the site's own scripts still run from disk"
    assert any("CSP violation: script-src" in error for error in watch.errors), watch.errors
