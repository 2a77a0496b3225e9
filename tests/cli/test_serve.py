"""`sotay serve` as a user runs it, where it stops before serving (serving itself: tests/adapters/test_preview.py)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from sotay.cli.main import cli


def test_a_folder_without_a_base_is_named_and_exits_1(tmp_path: Path):
    result = CliRunner().invoke(cli, ["serve", "--root", str(tmp_path)])
    assert result.exit_code == 1
    assert f"Không thấy {tmp_path / 'mkdocs.yml'}: chạy lệnh trong thư mục gốc của sổ tay hoặc dùng --root." in result.output


def test_help_says_what_the_preview_does():
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    assert "Khi nội dung có lỗi, mọi trang hiện danh sách lỗi" in " ".join(result.output.split())
    assert "--editor" in result.output and "-a, --dev-addr" in result.output
