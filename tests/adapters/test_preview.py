"""`sotay serve`: the engine's live preview never leaves a request waiting; while the content has errors every page
is the error page, and the next good save gives the site back. These run the command in a process of its own
and pin what preview.py relies on in the engine: a rebuild that returns reloads the pages it served."""

from __future__ import annotations

import re
from pathlib import Path

from preview_fixture import GUIDE, UNCLOSED_QUOTE, running_preview

PAGES = ("", "guides/", "guides/hd-05-tu/", "guides/hd-05-tu/index.html", "guides/hd-05-tu", "khong-co-trang-nay/")


def test_a_base_broken_at_start_answers_every_page_with_the_error_page(tiny_base: Path):
    (tiny_base / GUIDE).write_text((tiny_base / GUIDE).read_text(encoding="utf-8").replace(*UNCLOSED_QUOTE), encoding="utf-8")
    with running_preview(tiny_base, "--editor", "http://127.0.0.1:8081/admin/") as preview:
        for path in PAGES:
            answer = preview.get(path, timeout=10)
            assert answer.status == 500 and answer.headers["Content-Type"] == "text/html; charset=utf-8", path
            assert answer.headers["Cache-Control"] == "no-store"
            assert "<h1>Nội dung sổ tay có 1 lỗi, chưa xem trước được</h1>" in answer.text
            assert "<code>content/guides/hd-05-tu.md</code>" in answer.text
            assert 'href="http://127.0.0.1:8081/admin/#/collections/guides/entries/hd-05-tu"' in answer.text
        assert preview.get("assets/sotay/sotay.css", timeout=10).status == 404, "files are the engine's: none built yet"


def test_an_error_reloads_the_served_pages_into_the_error_page_and_the_fix_gives_the_site_back(tiny_base: Path):
    with running_preview(tiny_base) as preview:
        page = preview.get("guides/hd-05-tu/")
        assert page.status == 200 and "<h1" in page.text and "Hướng dẫn mới về sinh hoạt chi bộ" in page.text
        epoch, request = re.search(r"livereload\((\d+), (\d+)\)", page.text).groups()

        build = preview.build()
        preview.edit(GUIDE, *UNCLOSED_QUOTE)
        # The engine's reload poll of the page answers a newer epoch once the failed rebuild returns.
        assert int(preview.get(f"livereload/{epoch}/{request}", timeout=70).text) > int(epoch)
        preview.wait_for_build_after(build)
        broken = preview.get("guides/hd-05-tu/")
        assert broken.status == 500 and "Hướng dẫn mới về sinh hoạt chi bộ" in broken.text, "the title last read"
        assert re.search(r"<dt>Dòng</dt><dd>\d+</dd>", broken.text)

        build = preview.build()
        preview.edit(GUIDE, *reversed(UNCLOSED_QUOTE))
        preview.wait_for_build_after(build)
        again = preview.get("guides/hd-05-tu/")
        assert again.status == 200 and "livereload(" in again.text and "Xem trước sổ tay" not in again.text


def test_an_engine_failure_is_shown_too_and_its_fix_gives_the_site_back(tiny_base: Path):
    with running_preview(tiny_base) as preview:
        build = preview.build()
        settings = tiny_base / "mkdocs.yml"
        good = settings.read_text(encoding="utf-8")
        settings.write_text(good + "nav: [\n", encoding="utf-8")
        preview.wait_for_build_after(build)
        broken = preview.get("guides/")
        assert broken.status == 500 and "<h1>Nội dung sổ tay có 1 lỗi, chưa xem trước được</h1>" in broken.text
        assert "<dd>bộ dựng trang dừng lại: " in broken.text and "mkdocs.yml" in broken.text

        build = preview.build()
        settings.write_text(good, encoding="utf-8")
        preview.wait_for_build_after(build)
        assert preview.get("guides/").status == 200
