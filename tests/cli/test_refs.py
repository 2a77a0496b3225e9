"""`sotay refs`: the documents cited but missing, with file and line, as text and JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import write_base
from sotay.cli.main import cli

CITING = """\
---
title: Tổng hợp
form: huong-dan
based_on: [18-KL/TW]
---
Theo Hướng dẫn 09-HD/BTCTW, chi bộ…

`09-HD/BTCTW` trong mã không tính; Hướng dẫn số 05-HD/TU có trong sổ tay.
Nhắc lại 09-HD/BTCTW ngày 02/3/2012.
"""


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def base(tiny_base: Path) -> Path:
    return write_base(tiny_base, {"content/guides/tong-hop.md": CITING})


def test_text_lists_each_missing_document_with_file_and_line(base: Path):
    result = run("refs", "--root", str(base))
    assert result.exit_code == 0
    assert result.stdout == (
        "09-HD/BTCTW (Hướng dẫn) — 2 lần\n"
        "  content/guides/tong-hop.md:6: Hướng dẫn 09-HD/BTCTW\n"
        "  content/guides/tong-hop.md:9: 09-HD/BTCTW ngày 02/3/2012\n"
        "18-KL/TW (Kết luận) — 1 lần\n"
        "  content/guides/tong-hop.md:4: based_on: 18-KL/TW\n"
    )
    assert "2 văn bản được dẫn chiếu nhưng chưa có trong sổ tay." in result.stderr


def test_json_has_the_same_rows(base: Path):
    rows = json.loads(run("refs", "--root", str(base), "--format", "json").stdout)
    assert [(r["number"], r["kind"], len(r["occurrences"])) for r in rows] == [("09-HD/BTCTW", "Hướng dẫn", 2), ("18-KL/TW", "Kết luận", 1)]
    assert rows[0]["occurrences"][0] == {"path": "content/guides/tong-hop.md", "line": 6, "text": "Hướng dẫn 09-HD/BTCTW"}


def test_a_base_citing_only_what_it_holds_lists_nothing(tiny_base: Path):
    result = run("refs", "--root", str(tiny_base), "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_missing_content_folder_is_an_error(tmp_path: Path):
    result = run("refs", "--root", str(tmp_path))
    assert result.exit_code == 1 and "không thấy thư mục" in result.stderr
