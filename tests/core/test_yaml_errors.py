"""YAML slips in real content files are told in Vietnamese, at the line where the slip is, with the line as it should read.

Each case edits a copy of a real file (tests/fixtures/yaml-slips/, front matter of content/guides/hd-42-btctw.md and
content/model-meetings/thon-na-mon-thuong-ky-2025-10.md) the way a person slips: (file, line as written, line as
slipped, expected file line, fragment of the message, fragment of the suggestion).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import PARSER_ENGLISH
from sotay.core.frontmatter import FrontMatterError, parse
from sotay.core.yaml_errors import explain

SLIPS = Path(__file__).parents[1] / "fixtures" / "yaml-slips"

TITLE = 'title: "Hướng dẫn 42-HD/BTCTW thực hiện Chỉ thị 50-CT/TW về sinh hoạt chi bộ"'
LUAT = '  - title: "LuatVietnam – Thời lượng sinh hoạt chi bộ tối thiểu 90 phút"'
NLD = '  - title: "Người Lao Động – Tiếp tục nâng cao chất lượng sinh hoạt chi bộ"'
NLD_URL = "    url: https://nld.com.vn/tiep-tuc-nang-cao-chat-luong-sinh-hoat-chi-bo-196251130215644743.htm"
TVPL = '  - title: "Thư Viện Pháp Luật – Hướng dẫn 42: nội dung cụ thể đối với một số loại hình chi bộ"'
TAGS = "tags: [hướng dẫn, thời lượng, chuẩn bị, văn bản trung ương]"
CHANGE = '  - {date: 2026-11-23, note: "Soạn lần đầu."}'
VERIFIED = 'verified: {date: 2026-11-23, source: "luatvietnam.vn; nld.com.vn; vietnam.vn"}'

CASES = {
    "double quote left open, later lines quoted": (
        "guide.md", TITLE, TITLE[:-1], 2, 'mở ngoặc kép (") mà chưa đóng', f"`{TITLE}`"),
    "double quote left open in a list item": (
        "guide.md", NLD, NLD[:-1], 17, 'mở ngoặc kép (") mà chưa đóng', f"`{NLD.strip()}`"),
    "single quote left open": (
        "meeting.md", 'cell: "Chi bộ thôn Nà Mòn"', "cell: 'Chi bộ thôn Nà Mòn", 4, "mở dấu nháy đơn (') mà chưa đóng",
        "`cell: 'Chi bộ thôn Nà Mòn'`"),
    "double quote left open inside braces": (
        "guide.md", VERIFIED, VERIFIED.replace('vietnam.vn"}', "vietnam.vn}"), 10, 'mở ngoặc kép (") mà chưa đóng',
        '"luatvietnam.vn; nld.com.vn; vietnam.vn"}`'),
    "a comma after a quoted title": (
        "guide.md", TITLE, TITLE + ",", 2, "thừa dấu phẩy sau giá trị", f"`{TITLE}`"),
    "quotation marks inside a quoted title": (
        "guide.md", TITLE, TITLE.replace("về sinh hoạt chi bộ", 'về "sinh hoạt chi bộ"'), 2,
        "giá trị trong ngoặc kép lại có dấu ngoặc kép ở giữa", "về “sinh hoạt chi bộ”\"`"),
    "apostrophes inside a single-quoted name": (
        "meeting.md", 'cell: "Chi bộ thôn Nà Mòn"', "cell: 'Chi bộ thôn 'Nà Mòn''", 4,
        "giá trị trong dấu nháy đơn lại có dấu nháy đơn ở giữa", "`cell: \"Chi bộ thôn 'Nà Mòn'\"`"),
    "words after the closing quote": (
        "guide.md", TITLE, 'title: "Hướng dẫn 42-HD/BTCTW" thực hiện Chỉ thị 50-CT/TW', 2, "có chữ sau dấu đóng ngoặc kép",
        '`title: "Hướng dẫn 42-HD/BTCTW thực hiện Chỉ thị 50-CT/TW"`'),
    "a source's url indented one space short": (
        "guide.md", NLD_URL, NLD_URL[1:], 18, "thụt lề không thẳng cột", "4 dấu cách, cho thẳng cột với `title:` ở dòng 17"),
    "a source's url indented two spaces short": (
        "guide.md", NLD_URL, NLD_URL[2:], 18, "thụt lề không thẳng cột", "4 dấu cách, cho thẳng cột với `title:` ở dòng 17"),
    "a field indented under the one above": (
        "guide.md", "issuer: Ban Tổ chức Trung ương", "  issuer: Ban Tổ chức Trung ương", 6, "thụt lề không thẳng cột",
        "bỏ các dấu cách ở đầu dòng, cho thẳng cột với `number:` ở dòng 5"),
    "a list item one space deeper than the others": (
        "guide.md", NLD, " " + NLD, 17, "phần tử danh sách thụt lề lệch", "2 dấu cách, cho dấu - thẳng cột với dấu - ở dòng 15"),
    "the first source one space deeper than the others": (
        "guide.md", LUAT, " " + LUAT, 15, "phần tử danh sách thụt lề lệch với các phần tử khác",
        "2 dấu cách, cho dấu - thẳng cột với dấu - ở dòng 17"),
    "a change item one space short": (
        "guide.md", CHANGE, CHANGE + "\n" + CHANGE[1:].replace("Soạn lần đầu.", "Bổ sung nguồn."), 25,
        "phần tử danh sách thụt lề lệch", "dòng 24"),
    "a list item indented with a tab": (
        "guide.md", NLD, "\t" + NLD.lstrip(), 17, "thụt lề bằng phím Tab", "dấu cách"),
    "a record's key indented with tabs": (
        "meeting.md", "    url: https://luatvietnam.vn", "\t\turl: https://luatvietnam.vn", 22, "thụt lề bằng phím Tab", "dấu cách"),
    "colon forgotten after the key": (
        "guide.md", "issuer: Ban Tổ chức Trung ương", "issuer Ban Tổ chức Trung ương", 6, "thiếu dấu hai chấm sau tên trường",
        "`issuer: Ban Tổ chức Trung ương`"),
    "colon forgotten in a list item": (
        "guide.md", NLD_URL, NLD_URL.replace("url:", "url"), 18, "thiếu dấu hai chấm sau tên trường",
        "`url: https://nld.com.vn/"),
    "colon forgotten before a quoted value": (
        "meeting.md", 'cell: "Chi bộ thôn Nà Mòn"', 'cell "Chi bộ thôn Nà Mòn"', 4, "thiếu dấu hai chấm sau tên trường",
        '`cell: "Chi bộ thôn Nà Mòn"`'),
    "no space after the colon": (
        "guide.md", "status: hieu-luc", "status:hieu-luc", 8, "thiếu dấu cách sau dấu hai chấm", "`status: hieu-luc`"),
    "a colon inside an unquoted title": (
        "guide.md", TVPL, TVPL.replace('"', ""), 21, "giá trị có dấu hai chấm mà chưa đặt trong ngoặc kép",
        '`- title: "Thư Viện Pháp Luật – Hướng dẫn 42: nội dung'),
    "a colon inside an unquoted summary": (
        "meeting.md", "rating: kha", "rating: kha\nsummary: Ưu điểm: chuẩn bị tốt; hạn chế: thời sự đọc chép", 17,
        "giá trị có dấu hai chấm mà chưa đặt trong ngoặc kép", '`summary: "Ưu điểm: chuẩn bị tốt; hạn chế: thời sự đọc chép"`'),
    "a list written on one line with dashes": (
        "guide.md", TAGS, "tags: - hướng dẫn - thời lượng - chuẩn bị", 11, "danh sách viết liền trên một dòng",
        "`tags: [hướng dẫn, thời lượng, chuẩn bị]`"),
    "square bracket left open": (
        "guide.md", TAGS, TAGS[:-1], 11, "mở ngoặc vuông [ mà chưa đóng", f"`{TAGS}`"),
    "square bracket left open on the last field": (
        "guide.md", "example: false", "example: false\nsupersedes: [12-HD/BTCTW", 26, "mở ngoặc vuông [ mà chưa đóng",
        "`supersedes: [12-HD/BTCTW]`"),
    "brace left open in a change": (
        "guide.md", CHANGE, CHANGE[:-1], 24, "mở ngoặc nhọn { mà chưa đóng", f"`{CHANGE.strip()}`"),
    "brace left open on verified": (
        "guide.md", VERIFIED, VERIFIED[:-1], 10, "mở ngoặc nhọn { mà chưa đóng", f"`{VERIFIED}`"),
    "an observer added at the end of the file": (
        "meeting.md", "example: true", 'example: true\n- "Đồng chí Bí thư Đoàn xã"', 28,
        "dòng bắt đầu bằng '- ' (một phần tử danh sách) nằm lẫn giữa các trường", "`observers` (dòng 12)"),
    "a field written as a list item": (
        "guide.md", "status: hieu-luc", "status: hieu-luc\n- expires: 2030-12-31", 9,
        "dòng bắt đầu bằng '- ' (một phần tử danh sách) nằm lẫn giữa các trường", "bỏ '- ' ở đầu dòng"),
    "a field written twice": (
        "guide.md", "example: false", "example: false\nstatus: het-hieu-luc", 26, "tình trạng hiệu lực [status] khai báo hai lần",
        "đã có ở dòng 8"),
    "a summary opening with Markdown emphasis": (
        "meeting.md", "rating: kha", "rating: kha\nsummary: *Ví dụ minh họa* buổi sinh hoạt của chi bộ thôn", 17,
        "giá trị bắt đầu bằng dấu * mà chưa đặt trong ngoặc kép", '`summary: "*Ví dụ minh họa* buổi sinh hoạt của chi bộ thôn"`'),
    "a summary opening with >": (
        "meeting.md", "rating: kha", "rating: kha\nsummary: >90% đảng viên dự", 17, "giá trị bắt đầu bằng dấu >",
        '`summary: ">90% đảng viên dự"`'),
    "a Windows path in double quotes": (
        "guide.md", "example: false", 'example: false\nimported: {file: "D:\\Van ban\\hd-42.docx", date: 2026-11-23}', 26,
        "dấu \\ trong ngoặc kép", "`imported: {file: 'D:\\Van ban\\hd-42.docx', date: 2026-11-23}`"),
}


def slipped(name: str, written: str, slip: str) -> bytes:
    text = (SLIPS / name).read_text(encoding="utf-8")
    assert text.count(written) == 1, f"{written!r} must occur once in {name}"
    return text.replace(written, slip).encode("utf-8")


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_a_slip_is_named_at_its_line_in_vietnamese(case: str):
    name, written, slip, line, message, suggestion = CASES[case]
    with pytest.raises(FrontMatterError) as caught:
        parse(slipped(name, written, slip), f"content/{name}")
    problem = caught.value.diagnostic
    assert (problem.line, message in problem.message, suggestion in problem.suggestion) == (line, True, True), problem
    for text in (problem.message, problem.suggestion):
        assert not PARSER_ENGLISH.search(text), f"the parser's English reached the author: {text}"


@pytest.mark.parametrize("name", ["guide.md", "meeting.md"])
def test_the_copies_as_written_are_read_without_a_problem(name: str):
    assert parse((SLIPS / name).read_bytes(), f"content/{name}").meta["title"]


def test_what_no_rule_recognises_gets_a_vietnamese_explanation_at_the_parser_line():
    text = "title: a\nsummary: {chú ý} thêm chữ\n"
    try:
        yaml.safe_load(text)
    except yaml.YAMLError as exc:
        problem = explain(text, exc, first_line=2)
    assert problem.line == 3 and "tên_trường: giá trị" in problem.message and not PARSER_ENGLISH.search(problem.message)
