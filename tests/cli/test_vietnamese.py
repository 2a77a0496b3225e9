"""Every `sotay` command's help and usage errors in Vietnamese, with click's exit codes (cli/vietnamese.py)."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from sotay.cli import vietnamese
from sotay.cli.main import cli
from sotay.cli.vietnamese import MESSAGES, VietnameseGroup

# Click's messages a user of `sotay` never meets: mistakes in a command's own declaration, other systems.
DEVELOPER_MESSAGES = {
    "Could not determine name for option with declarations {decls!r}",
    "No options defined but a name was passed ({name}). Did you mean to declare an argument instead? "
    "Did you mean to pass '--{name}'?",
    "Arguments take exactly one parameter declaration, got {length}: {decls}.",
    "Name '{name}' defined twice",
    "Boolean option {decl!r} cannot use the same flag for true/false.",
    "Invalid start character for option ({option})",
    "Choice({choices})",
    "Unknown color {colour!r}",
    "Unknown standard stream '{name}'",
    "Windows error: {error}",
}
_PLACEHOLDER = re.compile(r"\{[^}]*\}|%\(\w+\)s")
# Value names click writes in capitals, in English, when a command gives none of its own.
_ENGLISH_METAVARS = re.compile(r"\b(OPTIONS|COMMAND|ARGS|TEXT|INTEGER|FLOAT|DIRECTORY|FILE|FILENAME|PATH|BOOLEAN)\b")


def click_message_ids() -> set[str]:
    """Every text click passes through gettext: the first argument of `_()`, both of `ngettext()`."""
    ids = set()
    for source in Path(click.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
                ids |= {arg.value for arg in node.args[:2] if isinstance(arg, ast.Constant) and isinstance(arg.value, str)}
    return ids | {"required"}  # passed as `_(extra["required"])`


ENGLISH = sorted({piece.strip() for message in click_message_ids() - DEVELOPER_MESSAGES
                  for piece in _PLACEHOLDER.split(message) if len(piece.strip()) >= 5})


def english_in(text: str) -> list[str]:
    return [phrase for phrase in ENGLISH if phrase in text] + _ENGLISH_METAVARS.findall(text)


def run(*args: str):
    return CliRunner().invoke(cli, list(args), prog_name="sotay")


def test_the_table_matches_the_pinned_click_both_ways():
    """A click release that rewords a message, or adds one, fails here instead of leaking English."""
    ids = click_message_ids()
    assert set(MESSAGES) - ids == set(), "no longer in click: reword these keys as click now writes them"
    assert ids - set(MESSAGES) - DEVELOPER_MESSAGES == set(), "new in click: translate them in MESSAGES"
    assert DEVELOPER_MESSAGES <= ids


@pytest.mark.parametrize("message", sorted(MESSAGES))
def test_a_translation_uses_only_the_values_click_gives(message: str):
    names = {name for _, name, _, _ in string.Formatter().parse(message) if name}
    used = {name for _, name, _, _ in string.Formatter().parse(MESSAGES[message]) if name}
    assert used <= names and re.findall(r"%\(\w+\)s", MESSAGES[message]) == re.findall(r"%\(\w+\)s", message)


@pytest.mark.parametrize("args", [["--help"], ["-h"], *[[name, "--help"] for name in cli.commands],
                                  *[[name, "-h"] for name in cli.commands]], ids=" ".join)
def test_help_of_the_group_and_of_every_command(args: list[str]):
    result = run(*args)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Cách dùng: sotay {args[0] + ' ' if len(args) == 2 else ''}[TÙY CHỌN]")
    assert "Tùy chọn:" in result.stdout and "-h, --help" in result.stdout and "Xem hướng dẫn này rồi thoát." in result.stdout
    assert english_in(result.stdout) == []


def test_the_group_lists_every_command_with_its_vietnamese_summary():
    result = run("--help")
    assert "Lệnh:" in result.stdout and "LỆNH [THAM SỐ]..." in result.stdout
    assert result.stdout.rstrip().endswith("Cách dùng từng lệnh: sotay LỆNH --help, ví dụ sotay new --help.")
    for name in cli.commands:
        assert re.search(rf"^  {name} +\S", result.stdout, re.M), name


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_argument_and_option_value_has_a_vietnamese_name(name: str):
    """Click names an argument by its Python name in capitals ("QUERY"): a command names its own."""
    command = cli.commands[name]
    with click.Context(command, info_name=name) as ctx:
        for param in command.params:
            if isinstance(param, click.Option) and (param.is_flag or param.count):
                continue  # a flag shows no value name
            shown = param.make_metavar(ctx)
            assert not _ENGLISH_METAVARS.search(shown) and (param.name or "").upper() not in shown, \
                f"sotay {name}: đặt metavar tiếng Việt cho {param.name} (đang hiện {shown})"


@pytest.mark.parametrize("args, message", [
    (["new", "tai-lieu"], "Lỗi: Thiếu tùy chọn '--title'."),
    (["new"], "Lỗi: Thiếu tham số 'LOẠI'. Chọn một trong: tai-lieu (guide), sinh-hoat-mau (model-meeting)"),
    (["search"], "Lỗi: Thiếu tham số 'TỪ_KHÓA'."),
    (["check", "--bogus"], "Lỗi: Không có tùy chọn '--bogus'."),
    (["new", "tai-lieu", "--tittle", "x"], "Lỗi: Không có tùy chọn '--tittle'. Có phải ý bạn là '--title'?"),
    (["check", "--format", "xml"], "Lỗi: Giá trị không dùng được cho '--format': 'xml' không phải một trong 'text', 'json'."),
    (["search", "--kind", "van-ban", "x"], "Lỗi: Giá trị không dùng được cho '--kind': «van-ban» là một hình thức (form)"),
    (["search", "--limit", "0", "x"], "Lỗi: Giá trị không dùng được cho '--limit': 0 nằm ngoài khoảng cho phép"),
    (["search", "--limit", "mười", "x"], "Lỗi: Giá trị không dùng được cho '--limit': 'mười' không phải là số."),
    (["pack", "--out"], "Lỗi: Tùy chọn '--out' cần một giá trị."),
    (["check", "thua"], "Lỗi: Thừa tham số không dùng đến: thua."),
    (["refs", "a", "b"], "Lỗi: Thừa các tham số không dùng đến: a b."),
    (["buidl"], "Lỗi: Không có lệnh 'buidl'. Có phải ý bạn là 'build'?"),
    (["kiem-tra"], "Lỗi: Không có lệnh 'kiem-tra'."),
    (["review", "khong-co.md"], "Lỗi: không thấy tệp khong-co.md"),
])
def test_usage_errors_in_vietnamese_exit_2(args: list[str], message: str):
    result = run(*args)
    command = f"sotay {args[0]}" if args[0] in cli.commands else "sotay"
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"Cách dùng: {command} ") and f"Xem hướng dẫn: {command} --help" in result.stderr
    assert message in result.stderr, result.stderr
    assert english_in(result.output) == []


def test_a_folder_given_a_file_is_refused_in_vietnamese(tmp_path: Path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    result = run("stats", "--root", str(tmp_path / "a.txt"))
    assert result.exit_code == 2
    assert f"Lỗi: Giá trị không dùng được cho '--root': '{tmp_path / 'a.txt'}' là một tệp, ở đây cần một thư mục." in result.stderr


def test_content_and_file_errors_exit_1_in_vietnamese(tmp_path: Path):
    assert run("schema", "--out", "-").stdout.startswith("{")
    written = run("schema", "--out", str(tmp_path / "khong-co" / "schema.json"))
    assert written.exit_code == 1 and "Lỗi: không ghi được" in written.stderr and "không có tệp hoặc thư mục này" in written.stderr
    (tmp_path / "content/guides").mkdir(parents=True)
    (tmp_path / "content/guides/hong.md").write_text("---\ntitle: [\n---\n", encoding="utf-8")
    stats = run("stats", "--root", str(tmp_path))
    assert stats.exit_code == 1 and stats.stderr.startswith("Lỗi: nội dung có 1 lỗi") and english_in(stats.output) == []


def later_command() -> click.Command:
    """A command written as any click command, with types no `sotay` command uses yet."""
    @click.command(name="later")
    @click.argument("source", metavar="NGUỒN", type=click.Path(exists=True))
    @click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Cổng.")
    @click.option("--mode", type=click.Choice(["a", "b"]), required=True, help="Chế độ.")
    @click.option("--config", type=click.Path(dir_okay=False), help="Tệp cấu hình.")
    def later(source: str, port: int, mode: str, config: str | None) -> None:
        """Một lệnh thêm sau."""
    return later


def test_a_command_added_later_speaks_vietnamese_by_being_added(tmp_path: Path):
    group = VietnameseGroup(name="sotay", context_settings={"help_option_names": ["-h", "--help"]})
    group.add_command(later_command())
    runner = CliRunner()
    shown = runner.invoke(group, ["later", "-h"], prog_name="sotay")
    assert shown.exit_code == 0 and english_in(shown.stdout) == [], shown.stdout
    assert "Cách dùng: sotay later [TÙY CHỌN] NGUỒN" in shown.stdout and "--config TỆP" in shown.stdout
    assert "[mặc định: 8000; 1<=x<=65535]" in shown.stdout and "[bắt buộc]" in shown.stdout
    absent = runner.invoke(group, ["later", str(tmp_path / "khong-co"), "--mode", "a"], prog_name="sotay")
    assert absent.exit_code == 2 and english_in(absent.output) == [], absent.output
    assert f"Lỗi: Giá trị không dùng được cho 'NGUỒN': không thấy '{tmp_path / 'khong-co'}'." in absent.stderr
    missing = runner.invoke(group, ["later", str(tmp_path)], prog_name="sotay")
    assert missing.exit_code == 2 and "Lỗi: Thiếu tùy chọn '--mode'. Chọn một trong:\n\ta,\n\tb" in missing.stderr


def test_another_click_program_keeps_its_language():
    """The translation answers only while a `sotay` command runs: importing sotay changes no other program."""
    assert run("--bogus").exit_code == 2
    other = CliRunner().invoke(click.command()(lambda: None), ["--bogus"])
    assert other.exit_code == 2 and "Error: No such option '--bogus'." in other.stderr and "Usage:" in other.stderr


def test_every_click_module_with_messages_is_translated():
    import sys

    run("--help")
    for name, module in list(sys.modules.items()):
        if name.startswith("click.") and hasattr(module, "_"):
            assert module in vietnamese._CLICK_MODULES and module._ is vietnamese._gettext, name
