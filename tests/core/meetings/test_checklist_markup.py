"""Checklist items: ids that survive edits, runs of tasks in a body, and the tickable HTML made from them."""

from __future__ import annotations

import re

import markdown
import pytest

from sotay.core.meetings.checklist import parse_items, task_runs
from sotay.core.meetings.checklist_markup import signature_block, storage_key, tickable_body
from sotay.core.model import Checklist

BODY = """\
Làm lần lượt.

- [ ] Họp chi ủy
  Ghi chú: bí thư triệu tập.
  - [ ] Thống nhất nội dung
- [ ] Gửi tài liệu

Phần sau buổi họp:

- [ ] Họp chi ủy
"""


def checklist(body: str = BODY, slug: str = "truoc") -> Checklist:
    return Checklist(path=f"checklists/{slug}.md", slug=slug, body=body, title="Trước", phase="truoc", items=parse_items(body))


def ids(items) -> list[str]:
    return [i for item in items for i in [item.id, *ids(item.children)]]


def rendered(body: str) -> str:
    """The tickable body through the Markdown the site uses, as a reader's browser gets it."""
    return markdown.markdown(tickable_body(checklist(body)), extensions=["md_in_html", "attr_list"])


def test_runs_give_the_text_back_and_split_prose_from_tasks():
    runs = task_runs(BODY)
    assert "\n".join(text for _, text in runs) == BODY.rstrip("\n")
    assert [is_tasks for is_tasks, _ in runs] == [False, True, False, True]
    assert runs[1][1].endswith("- [ ] Gửi tài liệu") and runs[2][1].startswith("\nPhần sau")


def test_parsing_runs_one_by_one_gives_the_ids_of_the_whole_body():
    seen: dict[str, int] = {}
    pieces = [item for is_tasks, text in task_runs(BODY) if is_tasks for item in parse_items(text, seen)]
    assert ids(pieces) == ids(parse_items(BODY))
    assert ids(pieces)[3] == ids(pieces)[0] + "-2", "repeated text gets a counter"


@pytest.mark.parametrize("edit, changed", [
    (lambda body: body.replace("- [ ] Gửi tài liệu", "- [ ] Gửi tài liệu lên Sổ tay đảng viên điện tử"), 1),
    (lambda body: body.replace("- [ ] Gửi tài liệu", "- [ ] Báo cấp ủy viên cấp trên\n- [ ] Gửi tài liệu"), 0),
    (lambda body: body.replace("Làm lần lượt.", "- [ ] Rà soát nghị quyết tháng trước"), 0),
    (lambda body: body.replace("  - [ ] Thống nhất nội dung\n", ""), 1),
], ids=["reworded", "inserted", "inserted-first", "removed"])
def test_editing_or_inserting_one_item_keeps_the_other_ids(edit, changed):
    before = {(item.text, item.id) for item in _flat(parse_items(BODY))}
    after = {(item.text, item.id) for item in _flat(parse_items(edit(BODY)))}
    assert len(before & after) == len(before) - changed


def _flat(items):
    return [x for item in items for x in [item, *_flat(item.children)]]


def test_every_item_becomes_a_labelled_checkbox_with_its_stable_id():
    html = rendered(BODY)
    boxes = re.findall(r'<input type="checkbox" id="ck-truoc-([^"]+)" data-item="([^"]+)"> <label for="ck-truoc-([^"]+)">', html)
    assert [b[1] for b in boxes] == ids(parse_items(BODY))
    assert all(a == b == c for a, b, c in boxes)


def test_nesting_notes_prose_and_one_progress_bar_for_the_checklist():
    html = rendered(BODY)
    assert re.search(r"Họp chi ủy</label></div>\s*<p class=\"sotay-checklist__note\">Ghi chú: bí thư triệu tập.</p>\s*"
                     r"<ul class=\"sotay-checklist__list\">\s*<li class=\"sotay-checklist__item\">\s*<div[^>]*><input[^>]*> "
                     r"<label[^>]*>Thống nhất nội dung", html)
    assert "<p>Làm lần lượt.</p>" in html and "<p>Phần sau buổi họp:</p>" in html
    assert html.count('data-sotay-checklist="checklists/truoc"') == 2
    assert html.count("sotay-checklist__bar") == 1 and "0/4</strong>" in html and ">Làm lại</button>" in html


def test_item_text_is_escaped_but_inline_markdown_is_rendered():
    html = rendered('- [ ] Đọc **kỹ** [văn bản](../guides/a.md) <script>alert("x")</script> & ký\n'
                    '  Ghi chú: <b>không</b> in đậm\n')
    assert "<strong>kỹ</strong>" in html and '<a href="../guides/a.md">văn bản</a>' in html
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp; ký" in html
    assert "&lt;b&gt;không&lt;/b&gt;" in html


def test_checklists_are_stored_under_their_page_path_and_signed_on_paper():
    assert storage_key(checklist()) == "checklists/truoc"
    block = signature_block()
    assert "sotay-print-only" in block and "Ngày …… tháng …… năm ……" in block
    assert "Người kiểm tra" in block and "(ký, ghi rõ họ tên)" in block
