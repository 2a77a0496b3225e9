"""Over HTTP: pages once visited stay readable without a connection, the save button keeps a whole pack,
and a new build replaces what was saved."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sotay.adapters.mkdocs.site_build import build_site

from .browsing import PAGE_TYPES, PHONE, copy_bundled_base

SAVE = "Lưu để dùng khi không có mạng"
PACK = """\
---
title: Gói chuẩn bị thử
---

# Gói chuẩn bị thử

- [Quy trình sinh hoạt thường kỳ](../guides/quy-trinh-sinh-hoat-thuong-ky.md)
- [Ghi biên bản](../guides/ghi-bien-ban.md)
- [Chấm điểm](../rubrics/khung-100-diem.md)
"""
WORKER_READY = "() => navigator.serviceWorker.controller !== null"


@pytest.fixture
def base(tmp_path: Path) -> Path:
    root = copy_bundled_base(tmp_path / "base", {"docs/chuan-bi/goi-thu.md": PACK})
    build_site(root, root / "site")
    return root


def wait_until(page, predicate: str, arg=None, seconds: float = 20) -> None:
    """Poll an async predicate (wait_for_function takes a returned promise for a true value)."""
    for _ in range(int(seconds * 4)):
        if page.evaluate(predicate, arg):
            return
        page.wait_for_timeout(250)
    raise AssertionError(f"still false after {seconds} s: {predicate}")


def heading(page) -> str:
    return page.locator("article h1").first.inner_text().rstrip("¶")


def test_visited_pages_stay_readable_offline_and_others_show_the_notice(new_page, serve, hosted_site: Path):
    server, url = serve(hosted_site)
    page, watch = new_page(PHONE)
    first, second = PAGE_TYPES["guide, article"], PAGE_TYPES["checklist"]
    page.goto(url + first)
    page.wait_for_function(WORKER_READY)
    titles = {first: heading(page)}
    page.goto(url + second)
    titles[second] = heading(page)
    page.wait_for_load_state("networkidle")
    server.offline = True
    for path, title in titles.items():
        page.goto(url + path)
        assert heading(page) == title
    page.goto(url + PAGE_TYPES["rubric"])
    assert heading(page) == "Chưa có trang này trên máy"
    assert page.locator("#sotay-retry").get_attribute("href") == url + PAGE_TYPES["rubric"]
    saved = page.locator("#sotay-saved-pages a")
    saved.first.wait_for()
    assert set(titles.values()) <= {text.split(" - ")[0] for text in saved.all_inner_texts()}
    assert [e for e in watch.errors if "ERR_" not in e] == []  # the refused requests are logged by Chromium


def test_save_button_keeps_the_pack_and_every_page_it_links_to(new_page, serve, base: Path):
    server, url = serve(base / "site")
    page, watch = new_page(PHONE)
    page.goto(url + PAGE_TYPES["guide, article"])
    page.wait_for_function(WORKER_READY)
    assert page.get_by_role("button", name=SAVE).count() == 0, "only pages that ask for it get the button"
    page.goto(url + "chuan-bi/goi-thu/")
    page.get_by_role("button", name=SAVE).click()
    status = page.get_by_role("status")
    status.filter(has_text="Đã lưu").wait_for()
    assert "chưa lưu được" not in status.inner_text()
    server.offline = True
    for path, title in (("guides/ghi-bien-ban/", "Ghi biên bản"), ("rubrics/khung-100-diem/", "Khung")):
        page.goto(url + path)
        assert heading(page).startswith(title), path
    assert page.evaluate("() => getComputedStyle(document.querySelector('.md-header')).position") == "sticky"  # CSS saved too
    assert watch.errors == []


def test_a_new_build_replaces_the_saved_copies(new_page, serve, base: Path):
    server, url = serve(base / "site")
    page, watch = new_page(PHONE)
    path = "guides/ghi-bien-ban/"
    page.goto(url + path)
    page.wait_for_function(WORKER_READY)
    page.wait_for_load_state("networkidle")
    guide = base / "content/guides/ghi-bien-ban.md"
    guide.write_text(guide.read_text(encoding="utf-8") + "\nĐoạn bổ sung của bản mới.\n", encoding="utf-8")
    build_site(base, base / "site")
    version = re.search(r'const VERSION = "(\w+)"', (base / "site/sw.js").read_text(encoding="utf-8"))[1]
    page.goto(url + PAGE_TYPES["home"])
    wait_until(page, "v => caches.keys().then(names => names.length === 1 && names[0].endsWith(v))", version)
    server.offline = True
    page.goto(url + path)
    assert "Đoạn bổ sung của bản mới." in page.locator("article.md-content__inner").inner_text()
    assert watch.errors == []


STORED = "async (path) => (await caches.match(new URL(path, location.href))) !== undefined"


def test_the_first_page_keeps_its_own_scripts_and_no_other_page_s(new_page, serve, hosted_site: Path):
    """A first visit stores what every page loads and what this page loads, not every script of the site."""
    server, url = serve(hosted_site)
    page, watch = new_page(PHONE)
    explorer = url + PAGE_TYPES["trainer explorer"]
    page.goto(explorer)
    page.wait_for_function(WORKER_READY)
    wait_until(page, STORED, url + "assets/sotay/explorer.js")
    assert page.evaluate(STORED, url + "assets/sotay/offline.js")
    assert not page.evaluate(STORED, url + "assets/sotay/compare.js"), "the compare page's script waits for that page"
    server.offline = True
    page.goto(explorer)
    total = page.locator("thead th", has_text="Tổng điểm")
    total.locator("button").click()
    assert total.get_attribute("aria-sort") == "ascending", "the explorer's script ran from the device"
    assert [e for e in watch.errors if "ERR_" not in e] == []
