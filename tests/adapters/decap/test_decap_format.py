"""The `sotay-frontmatter` format (editor/sotay-format.js), run in node: every shipped content file and imported
draft reads and writes back unchanged; a changed field changes one line; a new file is written in our style."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from editor_fixture import editor_packages, run_editor_script  # noqa: F401 (fixture)
from sotay.core.contract import SPECS
from sotay.core.frontmatter import parse

REPO = Path(__file__).resolve().parents[3]
SHIPPED = sorted((REPO / "content").glob("*/*.md"))
DRAFTS = sorted((REPO / "tests" / "fixtures" / "import" / "expected").glob("*.md"))

ROUND_TRIP = """
const f = globalThis.SotayEditor.format;
output(input.map((item) => {
  const data = f.fromFile(item.text);
  if (item.fresh) delete data[f.SOURCE_KEY];
  Object.assign(data, item.set || {});
  return f.toFile(data);
}));
"""


def written(packages, items: list[dict]) -> list[str]:
    return run_editor_script(packages, ROUND_TRIP, items)


def changed_lines(before: str, after: str) -> list[str]:
    return [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def test_every_shipped_file_and_draft_is_written_back_unchanged(editor_packages):
    files = SHIPPED + DRAFTS
    assert len(SHIPPED) > 20 and len(DRAFTS) >= 5
    texts = [path.read_text(encoding="utf-8") for path in files]
    out = written(editor_packages, [{"text": text} for text in texts])
    assert [path.name for path, text, back in zip(files, texts, out) if back != text] == []


def test_the_house_style_alone_reproduces_the_shipped_files_but_for_end_of_line_comments(editor_packages):
    """Written as if new (without the original lines to keep), a shipped file differs only where a field carries
    a comment after its value: the comment is the one thing the form cannot hold."""
    texts = [path.read_text(encoding="utf-8") for path in SHIPPED]
    out = written(editor_packages, [{"text": text, "fresh": True} for text in texts])
    differences = {path.name: changed_lines(text, back) for path, text, back in zip(SHIPPED, texts, out) if back != text}
    assert differences == {
        "hd-12-btctw-2018.md": ["-status: chua-xac-minh   # các nguồn đã đọc không cho biết văn bản còn hiệu lực hay không",
                                "+status: chua-xac-minh"],
        "kl-18-tw.md": ["-status: chua-xac-minh   # các nguồn đã đọc không cho biết văn bản còn hiệu lực hay không",
                        "+status: chua-xac-minh"],
        "lu-doan-101-sinh-hoat-thuong-ky-mau-2025.md": ["-date: 2025-08   # nguồn chỉ nêu tháng 8/2025", "+date: 2025-08"],
    }


@pytest.mark.parametrize("change, expected", [
    ({"title": "Tên mới: có dấu hai chấm"}, ['-title: "Hướng dẫn cũ"', '+title: "Tên mới: có dấu hai chấm"']),
    ({"tags": ["một", "hai", "ba"]}, ["-tags: [một, hai]", "+tags: [một, hai, ba]"]),
    ({"featured": True}, ["+featured: true"]),
    ({"supersedes": ["01-HD/TU", "14-QĐi/TU"]}, ["+supersedes: [01-HD/TU, 14-QĐi/TU]"]),
    ({"summary": ""}, ['-summary: "Tóm tắt."']),
    ({"changes": [{"date": "2026-01-02", "note": "Soạn."}, {"date": "2026-02-03", "note": "Sửa \"lời\"."}]},
     ['+  - {date: 2026-02-03, note: "Sửa \\"lời\\"."}']),
])
def test_a_changed_field_changes_its_own_lines_only(editor_packages, change, expected):
    text = """\
---
# Ghi chú của người soạn.
title: "Hướng dẫn cũ"
summary: "Tóm tắt."
form: van-ban
number: 02-HD/TU
status: hieu-luc   # đã đối chiếu
tags: [một, hai]
changes:
  - {date: 2026-01-02, note: "Soạn."}
example: false
---
Nội dung.
"""
    [out] = written(editor_packages, [{"text": text, "set": change}])
    assert changed_lines(text, out) == expected
    assert "# Ghi chú của người soạn.\n" in out and "hieu-luc   # đã đối chiếu" in out


def test_a_new_guide_from_the_form_is_written_in_our_style_and_reads_back(editor_packages):
    form = {  # what Decap hands over for a new entry: every field, empty ones included, in no particular order, the
              # body without the final line break our files end with
        "body": "Nội dung mới.", "example": False, "tags": ["sinh hoạt", "a, b"], "meeting_types": ["thuong-ky"],
        "sources": [{"title": "Báo: trang tin", "url": "https://example.org/a?b=1"}], "summary": "",
        "number": "05-HD/TU", "issuer": "Ban Thường vụ Tỉnh ủy", "issued": "2026-03-05", "status": "hieu-luc",
        "supersedes": ["02-HD/TU"], "amends": [], "verified": {"date": "2026-03-06", "source": "bản giấy"},
        "form": "van-ban", "title": "Hướng dẫn 05-HD/TU về sinh hoạt chi bộ", "featured": False, "cell_types": [],
        "changes": [{"date": "2026-03-06", "note": "Soạn lần đầu."}], "imported": None,
    }
    [out] = run_editor_script(editor_packages, "output([globalThis.SotayEditor.format.toFile(input)]);", form)
    assert out == """\
---
title: "Hướng dẫn 05-HD/TU về sinh hoạt chi bộ"
form: van-ban
number: 05-HD/TU
issuer: Ban Thường vụ Tỉnh ủy
issued: 2026-03-05
status: hieu-luc
supersedes: [02-HD/TU]
verified: {date: 2026-03-06, source: "bản giấy"}
tags: [sinh hoạt, "a, b"]
meeting_types: [thuong-ky]
sources:
  - title: "Báo: trang tin"
    url: https://example.org/a?b=1
changes:
  - {date: 2026-03-06, note: "Soạn lần đầu."}
example: false
featured: false
---
Nội dung mới.
"""
    meta = parse(out.encode("utf-8"), "moi.md").meta
    assert meta["tags"] == ["sinh hoạt", "a, b"] and str(meta["issued"]) == "2026-03-05" and meta["supersedes"] == ["02-HD/TU"]


def test_the_house_order_places_every_field_of_the_contract(editor_packages):
    """The format's ORDER is the one list of our files' field order; a contract field missing from it would be written
    after every other field of a new file."""
    order = run_editor_script(editor_packages, "output(globalThis.SotayEditor.format.ORDER);", None)
    assert {spec.name for specs in SPECS.values() for spec in specs} - set(order) == set()
