"""`sotay review` as the office runs it after an import: the draft's fields beside the source lines that state them."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from gen_import_corpus import letter_docx
from import_corpus_documents import LETTERS
from sotay.cli.main import cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_fields_beside_the_source_found_where_it_was_imported_from(tmp_path: Path):
    base = tmp_path / "base"
    inbox = base / "nhan"
    inbox.mkdir(parents=True)
    (inbox / "hd-07.docx").write_bytes(letter_docx(LETTERS[4]))
    assert run("import", str(inbox), "--root", str(base)).exit_code == 0
    result = run("review", str(base / "content" / "guides" / "hd-07-btctu.md"), "--root", str(base))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Nhập từ tệp hd-07.docx ngày 01/06/2025; chưa duyệt." in out and "Hình thức: van-ban; tình trạng: du-thao." in out
    assert any(line.split() == ["số", "hiệu", "07-HD/BTCTU", "[4]"] for line in out.splitlines()), out
    assert "cơ quan ban hành" in out and "Ban Tổ chức Tỉnh ủy Bình An" in out
    assert "Bản gốc (" in out and "tệp Word (.docx))" in out
    numbered = [line for line in out.splitlines() if "│ Số 07-HD/BTCTU" in line]
    assert numbered and "◂ số hiệu" in numbered[0]
    assert "Không có trường nào bị thiếu." in out
    assert "ghi verified: {date, source} và đổi status" in out


def test_without_the_source_the_draft_body_is_shown_and_what_is_missing(tmp_path: Path):
    out = tmp_path / "guides"
    assert run("import", str(FIXTURES / "cong-van-khong-ngay.txt"), "--out", str(out)).exit_code == 0
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    result = run("review", str(out / "tb-03-cb.md"), "--root", str(moved))
    assert result.exit_code == 0, result.output
    assert "Còn thiếu, cần xem lại:\n  - ngày ban hành" in result.stdout
    assert "Không thấy tệp gốc" in result.stdout or "Bản gốc (" in result.stdout


def test_a_file_that_is_no_draft_says_so(tmp_path: Path):
    page = tmp_path / "x.md"
    page.write_text("---\ntitle: Trang thường\nform: bai-viet\n---\nNội dung.\n", encoding="utf-8")
    result = run("review", str(page))
    assert result.exit_code == 0 and "không có dấu nhập (imported)" in result.stdout


def test_usage_errors_in_vietnamese(tmp_path: Path):
    missing = run("review")
    assert missing.exit_code == 2 and "Lỗi: cần tên tệp nháp" in missing.stderr
    absent = run("review", str(tmp_path / "khong-co.md"))
    assert absent.exit_code == 2 and "Lỗi: không thấy tệp" in absent.stderr
