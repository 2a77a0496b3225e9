"""In Chromium: a draft made by `sotay import` opens in the editor with the fields still to review highlighted;
"Đánh dấu đã duyệt" then Save gives the file a `verified` stamp and the document's status, changing only those
lines, and `sotay check` accepts it."""

from __future__ import annotations

import difflib

from click.testing import CliRunner

from sotay.cli.main import cli
from sotay.core.frontmatter import parse

from .conftest import log_in, shot

SOURCE = "tests/fixtures/import/cong-van-750.txt"
HIGHLIGHT = "rgb(255, 248, 225)"  # sotay-widgets.js highlightCss: the background of a field still to review


def import_draft(root, tmp_path) -> str:
    """`sotay import` of a letter whose signer's name is cut off: a van-ban draft missing "người ký"."""
    from pathlib import Path

    text = (Path(__file__).resolve().parents[3] / SOURCE).read_text(encoding="utf-8")
    letter = tmp_path / "cong-van.txt"
    letter.write_text(text.replace("Nguyễn Văn Hùng", ""), encoding="utf-8")
    done = CliRunner().invoke(cli, ["import", str(letter), "--root", str(root)])
    assert done.exit_code == 0, done.output
    return "cv-750-duk"


def background_of(page, field: str) -> str:
    return page.evaluate("""(name) => {
      const label = document.querySelector(`label[for^="${name}-field-"]`);
      return getComputedStyle(label.closest("[class*='ControlContainer']")).backgroundColor;
    }""", field)


def test_a_draft_shows_what_to_review_and_is_marked_reviewed(editor, editor_page, tmp_path):
    page = editor_page.page
    stem = import_draft(editor.root, tmp_path)
    draft = editor.root / "content" / "guides" / f"{stem}.md"
    before = draft.read_text(encoding="utf-8")
    assert "missing:\n  - người ký\n" in before and "status: du-thao\n" in before

    log_in(page, editor.url, f"#/collections/guides/entries/{stem}")
    review = page.locator(".sotay-review")
    review.wait_for()
    assert "Chưa duyệt." in review.inner_text() and "người ký" in review.locator(".sotay-review__missing").inner_text()
    assert background_of(page, "signer") == HIGHLIGHT
    assert background_of(page, "issuer") != HIGHLIGHT
    assert page.evaluate("""getComputedStyle(document.querySelector('label[for^="signer-field-"]').parentElement, '::after')
                            .content""") == '"cần xem lại"'

    page.locator("label[for^='signer-field-']").scroll_into_view_if_needed()
    shot(page, "draft-highlighted")
    page.locator(".sotay-review").scroll_into_view_if_needed()
    shot(page, "draft-review")

    page.locator("input[id^='signer-field-']").fill("Nguyễn Văn Hùng")
    page.locator("#sotay-review-source").fill("bản gốc lưu tại Văn phòng")
    page.get_by_role("button", name="Đánh dấu đã duyệt").click()
    assert "khi bấm Lưu" in review.inner_text()
    assert background_of(page, "signer") != HIGHLIGHT
    page.get_by_role("button", name="Lưu vào sổ tay").click()
    page.get_by_text("Lưu ngay").click()
    page.get_by_text("Thay đổi đã được lưu").wait_for()

    after = draft.read_text(encoding="utf-8")
    meta = parse(after.encode("utf-8"), str(draft)).meta
    assert meta["status"] == "hieu-luc" and meta["verified"]["source"] == "bản gốc lưu tại Văn phòng"
    assert str(meta["verified"]["date"]) >= str(meta["imported"]["date"])
    changed = [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
               if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert [line.split(":")[0] for line in changed] == ["-status", "+status", "+signer", "+verified"], changed
    checked = CliRunner().invoke(cli, ["check", "--root", str(editor.root)])
    assert checked.exit_code == 0, checked.output
    reviewed = CliRunner().invoke(cli, ["review", str(draft), "--root", str(editor.root)])
    assert "đã đối chiếu (verified)" in reviewed.output
