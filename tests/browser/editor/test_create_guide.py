"""In Chromium, as an office worker would: create a guide through the editor's form, pick the document it
replaces from the base, save; the file is in content/guides/, `sotay check` accepts it, and the live preview
(`sotay serve`, as `sotay edit` starts it) shows the new page and the old one as replaced. Every request the editor
page makes goes to 127.0.0.1."""

from __future__ import annotations

import time
from urllib.parse import urlsplit

from click.testing import CliRunner

from preview_fixture import running_preview
from sotay.cli.main import cli
from sotay.core.frontmatter import parse

from .conftest import log_in, shot


def choose(page, field: str, label: str) -> None:
    """Pick `label` in the select widget of `field` (typed, then Enter, as on a phone's keyboard)."""
    page.locator(f"input[id^='{field}-field-']").fill(label)
    page.keyboard.press("Enter")


def test_a_new_guide_replacing_one_in_the_base(editor, editor_page):
    with running_preview(editor.root, "--editor", editor.url) as preview:
        _create_and_see(editor, editor_page, preview)


def _create_and_see(editor, editor_page, preview) -> None:
    page = editor_page.page
    log_in(page, editor.url, "#/collections/guides/new")
    page.locator("input[id^='title-field-']").fill("Hướng dẫn 07-HD/TU về sinh hoạt chi bộ")
    choose(page, "form", "Văn bản")
    page.locator("input[id^='number-field-']").fill("07-HD/TU")
    page.locator("input[id^='issuer-field-']").fill("Ban Thường vụ Tỉnh ủy")
    page.locator("input[id^='issued-field-']").fill("05/03/2026")
    choose(page, "status", "Còn hiệu lực")
    picker = page.locator("input[id^='supersedes-field-']")
    picker.fill("huong dan cu")  # part of the title, typed without diacritics
    suggestion = page.get_by_role("option").filter(has_text="03-HD/TU")
    suggestion.get_by_role("button").click()
    assert page.locator(".sotay-doc-picker__chip").filter(has_text="03-HD/TU").filter(has_text="Hướng dẫn cũ").count() == 1
    page.locator("[id^='verified-field-']").get_by_role("button").first.click()  # the stamp opens on request
    page.locator("input[id^='source-field-']").fill("Văn phòng Tỉnh ủy")
    page.locator("input[id^='date-field-']").last.fill("6/3/2026")  # verified: when it was checked
    page.locator("input[id^='date-field-']").first.fill("06/03/2026")  # the first entry of the change history
    page.locator("textarea[id^='note-field-']").fill("Soạn lần đầu.")
    page.locator("[contenteditable='true']").last.click()  # the body's rich-text box
    page.keyboard.type("Thay thế Hướng dẫn 03-HD/TU.")
    page.get_by_role("button", name="Lưu vào sổ tay").click()
    page.get_by_text("Lưu ngay").click()
    page.get_by_text("Thay đổi đã được lưu").wait_for()

    saved = editor.root / "content" / "guides" / "huong-dan-07-hd-tu-ve-sinh-hoat-chi-bo.md"
    assert saved.is_file(), sorted(p.name for p in (editor.root / "content" / "guides").iterdir())
    text = saved.read_text(encoding="utf-8")
    meta = parse(text.encode("utf-8"), str(saved)).meta
    assert (meta["title"], meta["form"], meta["number"], str(meta["issued"]), meta["supersedes"]) == (
        "Hướng dẫn 07-HD/TU về sinh hoạt chi bộ", "van-ban", "07-HD/TU", "2026-03-05", ["03-HD/TU"])
    assert text.startswith('---\ntitle: "Hướng dẫn 07-HD/TU về sinh hoạt chi bộ"\nform: van-ban\nnumber: 07-HD/TU\n'), text
    assert 'changes:\n  - {date: 2026-03-06, note: "Soạn lần đầu."}\n' in text
    assert text.endswith("---\nThay thế Hướng dẫn 03-HD/TU.\n"), text
    assert "supersedes: [03-HD/TU]\n" in text and "verified: {date: 2026-03-06, source: \"Văn phòng Tỉnh ủy\"}\n" in text

    checked = CliRunner().invoke(cli, ["check", "--root", str(editor.root)])
    assert checked.exit_code == 0, checked.output
    new_page = _page_once_built(preview, f"guides/{saved.stem}/")
    old_page = preview.get("guides/hd-03-tu/").text
    assert "Hướng dẫn 07-HD/TU về sinh hoạt chi bộ" in new_page
    assert "Bị thay thế bởi" in old_page and "07-HD/TU" in old_page and "sotay-status--het-hieu-luc" in old_page

    hosts = {urlsplit(url).hostname for url in editor_page.requests if not url.startswith("data:")}
    assert hosts == {"127.0.0.1"}, sorted(editor_page.requests)
    shot(page, "guide-saved")


def _page_once_built(preview, path: str, seconds: float = 90) -> str:
    """The preview's page at `path` once the rebuild the save set off has written it."""
    deadline = time.monotonic() + seconds
    while (answer := preview.get(path)).status != 200:
        assert time.monotonic() < deadline, f"{path}: {answer.status} after {seconds} s:\n{preview.log.read_text(encoding='utf-8')}"
        time.sleep(0.5)
    return answer.text
