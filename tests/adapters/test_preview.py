"""`sotay serve`: the engine's live preview never leaves a request waiting; while the content has errors every page
is the error page, and the next good save gives the site back. These run the command in a process of its own
and pin what preview.py relies on in the engine: a rebuild that returns reloads the pages it served."""

from __future__ import annotations

import logging
import re
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from mkdocs.livereload import LiveReloadServer

from preview_fixture import GUIDE, UNCLOSED_QUOTE, running_preview
from sotay.adapters.mkdocs.engine import engine_logger
from sotay.adapters.mkdocs.preview import REQUEST_LOG

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
            assert "<h2>Hướng dẫn mới về sinh hoạt chi bộ</h2>" in answer.text, "the title as its broken line writes it"
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


def test_the_engine_logs_each_answer_but_200_at_warning_from_log_request(tmp_path: Path, caplog):
    """What preview.py shows at INFO instead, so that a strict rebuild does not count it as its own warning."""
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    server.server_bind()
    server.server_activate()
    server.serve_thread.start()
    try:
        with caplog.at_level(logging.DEBUG, logger=engine_logger("livereload").name):
            with pytest.raises(urllib.error.HTTPError):
                urllib.request.urlopen(f"http://127.0.0.1:{server.server_address[1]}/khong-co.png", timeout=10)
            deadline = time.monotonic() + 10  # the server logs an answer once it has sent it, in the request's thread
            while not logged(caplog) and time.monotonic() < deadline:
                time.sleep(0.02)
    finally:
        server.shutdown()
        server.serve_thread.join()
    assert logged(caplog) == [(REQUEST_LOG, logging.WARNING)]


def logged(caplog) -> list[tuple[str, int]]:
    return [(r.funcName, r.levelno) for r in caplog.records if "khong-co.png" in r.getMessage()]


def test_pages_asked_for_during_a_strict_rebuild_do_not_fail_it(tiny_base: Path):
    """A reader's browser polls while the author saves: the error pages (500) and missing files (404) it gets must
    not count as warnings of the rebuild going on meanwhile, which strict mode would fail."""
    settings = tiny_base / "mkdocs.yml"  # strict and with sotay-accel, as the bundled base and `sotay init`'s
    settings.write_text("strict: true\n" + settings.read_text(encoding="utf-8").replace(
        "  - sotay-search\n", "  - sotay-search\n  - sotay-accel\n"), encoding="utf-8")
    (tiny_base / GUIDE).write_text((tiny_base / GUIDE).read_text(encoding="utf-8").replace(*UNCLOSED_QUOTE), encoding="utf-8")
    with running_preview(tiny_base) as preview:
        done = threading.Event()

        def poll(path: str) -> None:
            while not done.is_set():
                preview.get(path, timeout=60)
                time.sleep(0.05)

        readers = [threading.Thread(target=poll, args=(path,)) for path in ("guides/", "khong-co.png")]
        for reader in readers:
            reader.start()
        try:
            build = preview.build()
            preview.edit(GUIDE, *reversed(UNCLOSED_QUOTE))
            preview.wait_for_build_after(build)
        finally:
            done.set()
            for reader in readers:
                reader.join()
        assert preview.get("guides/").status == 200, preview.log.read_text(encoding="utf-8")
