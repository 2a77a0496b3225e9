"""`sotay check`, `sotay build` and `sotay schema` as a user runs them."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from click.testing import CliRunner

from conftest import write_base
from sotay.adapters.mkdocs.engine import engine_logger
from sotay.adapters.mkdocs.site_build import build_site
from sotay.cli.main import cli
from sotay.core.knowledge_base import KnowledgeBase


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_check_passes_on_a_valid_base_with_warnings_allowed(tiny_base: Path):
    result = run("check", "--root", str(tiny_base))
    assert result.exit_code == 0, result.output
    assert "ban-moi.md:14: cảnh báo: xếp loại ghi là \"Tốt\"" in result.output


def test_strict_turns_warnings_into_failure(tiny_base: Path):
    assert run("check", "--root", str(tiny_base), "--strict").exit_code == 1


def test_errors_exit_1_with_path_and_line(tiny_base: Path):
    write_base(tiny_base, {"content/guides/sai.md": "---\ntitle: Sai\nform: vanban\n---\n"})
    result = run("check", "--root", str(tiny_base))
    assert result.exit_code == 1
    assert "content/guides/sai.md:3: lỗi: hình thức [form]: `vanban` không phải giá trị được phép" in result.output


def test_json_format_lists_every_field(tiny_base: Path):
    result = run("check", "--root", str(tiny_base), "--format", "json")
    rows = json.loads(result.output)
    assert rows[0].keys() == {"path", "line", "field", "severity", "message", "suggestion"}
    assert rows[0]["severity"] == "warning" and rows[0]["field"] == "rating"


def test_fields_are_named_as_people_read_them_and_json_keeps_the_path(tiny_base: Path):
    write_base(tiny_base, {"content/guides/sai.md": "---\ntitle: Sai\nform: huong-dan\nmeeting_types: thuong-ky, chuyen-de\n"
                                                     "cell_types: [co-quan, co-qan]\n---\n"})
    text = run("check", "--root", str(tiny_base)).output
    assert "content/guides/sai.md:5: lỗi: loại hình chi bộ áp dụng, giá trị thứ 2 [cell_types.1]: `co-qan` không phải giá trị" in text
    assert "meeting_types" not in text, "a list of slugs written on one line is read as the list"
    rows = json.loads(run("check", "--root", str(tiny_base), "--format", "json").output)
    assert [row["field"] for row in rows if row["path"] == "content/guides/sai.md"] == ["cell_types.1"]


def test_a_yaml_slip_is_told_in_vietnamese_at_its_line(tiny_base: Path):
    write_base(tiny_base, {"content/guides/sai.md": '---\ntitle: "Hướng dẫn sinh hoạt\nsummary: "Tóm tắt"\nform: huong-dan\n---\n'})
    result = run("check", "--root", str(tiny_base))
    assert result.exit_code == 1
    assert ('content/guides/sai.md:2: lỗi: phần khai báo sai cú pháp: mở ngoặc kép (") mà chưa đóng (gợi ý: thêm dấu " ở cuối '
            'giá trị, trên cùng dòng: `title: "Hướng dẫn sinh hoạt"`)') in result.output


def test_usage_error_exits_2():
    assert run("check", "--format", "xml").exit_code == 2


def test_schema_describes_every_kind():
    schema = json.loads(run("schema").output)
    assert set(schema["$defs"]) == {"guides", "model-meetings", "checklists", "rubrics"}
    assert schema["$defs"]["guides"]["properties"]["status"]["enum"][0] == "hieu-luc"
    assert "form" in schema["$defs"]["guides"]["required"]


def test_build_refuses_bad_content_and_keeps_the_old_site(tiny_base: Path, tmp_path: Path):
    site = tmp_path / "out"
    assert run("build", "--root", str(tiny_base), "--site-dir", str(site)).exit_code == 0
    marker = (site / "index.html").read_bytes()
    write_base(tiny_base, {"content/guides/sai.md": "---\ntitle: Sai\n---\n"})
    result = run("build", "--root", str(tiny_base), "--site-dir", str(site))
    assert result.exit_code == 1 and "thiếu trường bắt buộc: hình thức [form]" in result.output
    assert (site / "index.html").read_bytes() == marker


def test_build_reads_the_base_once(tiny_base: Path, tmp_path: Path, monkeypatch):
    """The base sotay build validates is the one the site is built from, not read a second time."""
    loads = []
    load = KnowledgeBase.load.__func__
    monkeypatch.setattr(KnowledgeBase, "load", classmethod(lambda cls, root: loads.append(root) or load(cls, root)))
    assert run("build", "--root", str(tiny_base), "--site-dir", str(tmp_path / "out")).exit_code == 0
    assert len(loads) == 1 and (tmp_path / "out/guides/hd-05-tu/index.html").is_file()


CITES_THE_ENDED_GUIDE = {"content/guides/kinh-nghiem.md": """\
    ---
    title: Kinh nghiệm tổ chức sinh hoạt
    form: bai-viet
    ---
    Theo Hướng dẫn số 03-HD/TU, chi ủy họp trước.
    """}
WRONG_FORM = {"content/guides/sai.md": "---\ntitle: Sai\nform: vanban\n---\n"}


def _reported(output: str) -> list[str]:
    """The diagnostic lines and the count line of a command's output, in order."""
    return [line for line in output.splitlines() if ": lỗi: " in line or ": cảnh báo: " in line or "tài liệu, " in line]


def test_build_and_check_report_the_same_problems_counted_the_same_way(tiny_base: Path, tmp_path: Path):
    write_base(tiny_base, CITES_THE_ENDED_GUIDE | WRONG_FORM)
    check_result = run("check", "--root", str(tiny_base))
    build_result = run("build", "--root", str(tiny_base), "--site-dir", str(tmp_path / "out"))
    checked = _reported(check_result.output)
    assert checked == _reported(build_result.output)
    assert checked[-1] == "7 tài liệu, 1 lỗi, 4 cảnh báo."
    assert any("cảnh báo: trang này dẫn chiếu 03-HD/TU đã hết hiệu lực" in line for line in checked), "citations' warnings"
    assert any("cảnh báo: sổ tay theo quy ước nội dung cũ" in line for line in checked), "the contract's findings"
    assert check_result.exit_code == build_result.exit_code == 1


def test_the_engine_log_reports_what_check_reports(tiny_base: Path, tmp_path: Path, caplog):
    write_base(tiny_base, CITES_THE_ENDED_GUIDE)
    checked = _reported(run("check", "--root", str(tiny_base)).output)
    with caplog.at_level(logging.INFO, logger=engine_logger("plugins.sotay").name):
        build_site(tiny_base, tmp_path / "site")
    logged = [record.getMessage().removeprefix("sotay: ") for record in caplog.records
              if record.getMessage().startswith("sotay: ")]
    assert logged == checked and checked[-1] == "7 tài liệu, 0 lỗi, 4 cảnh báo."
