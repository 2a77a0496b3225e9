"""`sotay` in Vietnamese: click's own texts (help headings, usage errors, type errors) and the `sotay` group.

Click writes every text of its own through gettext (`_("Usage:")`, `ngettext(…)`), each module binding the function
at import. `MESSAGES` translates those message ids; `speak_vietnamese` puts a lookup in their place in click's modules,
which answers in Vietnamese only while a `sotay` command runs (`VietnameseGroup.main`), so another click program in
the same process keeps its language. A message id is the English text itself, so a click release that rewords one
leaves it in English: tests/cli/test_vietnamese.py checks the table against the pinned click's ids both ways.

What click writes without gettext is set on the commands themselves by `localize`: "[OPTIONS]", "COMMAND [ARGS]...",
and the value names of types ("TEXT", "DIRECTORY"); and every usage error shows the usage line and where to find
help, including those click's parser raises without saying which command it was reading (`UsageContext`). The group
localizes every command added to it.
"""

from __future__ import annotations

import errno
import gettext
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import click
from click import core, decorators, exceptions, formatting, parser, shell_completion, termui, types
from click import _termui_impl, utils

__all__ = ["MESSAGES", "OPTIONS_METAVAR", "VietnameseGroup", "localize", "os_reason", "speak_vietnamese"]

# Click's message ids (English) -> Vietnamese. Placeholders as click passes them; a translation may leave one out
# (`{name}` of a path is English, fixed when the type was made). Sub-messages follow a colon: lower case.
MESSAGES = {
    # help
    "Usage:": "Cách dùng:",
    "Options": "Tùy chọn",
    "Positional arguments": "Tham số",
    "Commands": "Lệnh",
    "Show this message and exit.": "Xem hướng dẫn này rồi thoát.",
    "Show the version and exit.": "Xem phiên bản rồi thoát.",
    "%(prog)s, version %(version)s": "%(prog)s, phiên bản %(version)s",
    "default: {default}": "mặc định: {default}",
    "env var: {var}": "biến môi trường: {var}",
    "required": "bắt buộc",
    "(dynamic)": "(tính khi chạy)",
    "deprecated": "không còn dùng",
    "DeprecationWarning: The command {name!r} is deprecated.{extra_message}":
        "Lưu ý: lệnh {name!r} không còn được dùng.{extra_message}",
    "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}":
        "Lưu ý: {name!r} không còn được dùng.{extra_message}",
    "Do you want to continue?": "Tiếp tục?",
    "Confirm the action without prompting.": "Đồng ý luôn, không hỏi lại.",
    # usage errors
    "Error: {message}": "Lỗi: {message}",
    "Try '{command} {option}' for help.": "Xem hướng dẫn: {command} {option}",
    "Aborted!": "Đã dừng.",
    "unknown error": "lỗi không rõ",
    "Missing command.": "Thiếu tên lệnh.",
    "No such command {name!r}.": "Không có lệnh {name!r}.",
    "No such option {name!r}.": "Không có tùy chọn {name!r}.",
    "Did you mean {possibility}?": "Có phải ý bạn là {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Có phải ý bạn là một trong: {possibilities}?)",
    "Missing argument": "Thiếu tham số",
    "Missing option": "Thiếu tùy chọn",
    "Missing parameter": "Thiếu tham số",
    "Missing {param_type}": "Thiếu {param_type}",
    "Missing parameter: {param_name}": "Thiếu tham số: {param_name}",
    "Invalid value for {param_hint}: {message}": "Giá trị không dùng được cho {param_hint}: {message}",
    "Invalid value: {message}": "Giá trị không dùng được: {message}",
    "Got unexpected extra argument ({args})": "Thừa tham số không dùng đến: {args}.",
    "Got unexpected extra arguments ({args})": "Thừa các tham số không dùng đến: {args}.",
    "Option {name!r} does not take a value.": "Tùy chọn {name!r} không nhận giá trị.",
    "Option {name!r} requires an argument.": "Tùy chọn {name!r} cần một giá trị.",
    "Option {name!r} requires {nargs} arguments.": "Tùy chọn {name!r} cần {nargs} giá trị.",
    "Argument {name!r} takes {nargs} values.": "Tham số {name!r} cần {nargs} giá trị.",
    "Takes {nargs} values but 1 was given.": "cần {nargs} giá trị nhưng chỉ có 1.",
    "Takes {nargs} values but {len} were given.": "cần {nargs} giá trị nhưng có {len}.",
    "Value must be an iterable.": "cần một danh sách giá trị.",
    # values of a type
    "Choose from:\n\t{choices}": "Chọn một trong:\n\t{choices}",
    "{value!r} is not {choice}.": "{value!r} không phải {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} không phải một trong {choices}.",
    "{value!r} is not a valid {number_type}.": "{value!r} không phải là số.",
    "{value} is not in the range {range}.": "{value} nằm ngoài khoảng cho phép ({range}).",
    "{value!r} is not a valid boolean. Recognized values: {states}":
        "{value!r} không phải giá trị có/không. Dùng một trong: {states}",
    "{value!r} is not a valid UUID.": "{value!r} không phải mã UUID hợp lệ.",
    "{value!r} does not match the format {format}.": "{value!r} không đúng dạng {format}.",
    "{value!r} does not match the formats {formats}.": "{value!r} không đúng dạng nào trong: {formats}.",
    "{len_type} values are required, but {len_value} was given.": "cần {len_type} giá trị nhưng có {len_value}.",
    "{len_type} values are required, but {len_value} were given.": "cần {len_type} giá trị nhưng có {len_value}.",
    "file": "tệp",
    "directory": "thư mục",
    "path": "đường dẫn",
    "{name} {filename!r} does not exist.": "không thấy {filename!r}.",
    "{name} {filename!r} is a file.": "{filename!r} là một tệp, ở đây cần một thư mục.",
    "{name} {filename!r} is a directory.": "{filename!r} là một thư mục, ở đây cần một tệp.",
    "{name} {filename!r} is not readable.": "không đọc được {filename!r} (không có quyền đọc).",
    "{name} {filename!r} is not writable.": "không ghi được vào {filename!r} (không có quyền ghi).",
    "{name} {filename!r} is not executable.": "không chạy được {filename!r} (không có quyền chạy).",
    "Could not open file {filename!r}: {message}": "không mở được tệp {filename!r}: {message}",
    # prompts and the terminal
    "Repeat for confirmation": "Nhập lại để xác nhận",
    "Error: The two entered values do not match.": "Lỗi: hai lần nhập không khớp nhau.",
    "Error: invalid input": "Lỗi: giá trị nhập không dùng được",
    "Press any key to continue...": "Bấm phím bất kỳ để tiếp tục...",
    "d": " ngày",
    "{editor}: Editing failed": "{editor}: không sửa được",
    "{editor}: Editing failed: {e}": "{editor}: không sửa được: {e}",
    "Shell completion is not supported for Bash versions older than 4.4.":
        "Gợi ý lệnh khi gõ cần Bash từ bản 4.4 trở lên.",
    "Couldn't detect Bash version, shell completion is not supported.":
        "Không rõ phiên bản Bash: chưa gợi ý lệnh khi gõ được.",
}

# Why the system refused to read or write a file, for the errors people meet; others keep the system's words.
_OS_REASONS = {errno.ENOENT: "không có tệp hoặc thư mục này", errno.EACCES: "không có quyền", errno.EPERM: "không có quyền",
               errno.EISDIR: "đó là một thư mục", errno.ENOTDIR: "một phần của đường dẫn không phải thư mục",
               errno.ENOSPC: "ổ đĩa đã đầy", errno.EROFS: "ổ đĩa chỉ cho đọc",
               errno.EEXIST: "đã có một tệp trùng tên với thư mục cần tạo"}

OPTIONS_METAVAR = "[TÙY CHỌN]"
SUBCOMMAND_METAVAR = "LỆNH [THAM SỐ]..."
# Value names click writes as a type's name in capitals, by the type's class (a path: by what it accepts).
_METAVARS = {types.StringParamType: "CHỮ", types.IntParamType: "SỐ", types.IntRange: "SỐ",
             types.FloatParamType: "SỐ", types.FloatRange: "SỐ", types.BoolParamType: "CÓ|KHÔNG", types.File: "TỆP"}

_CLICK_MODULES = (core, decorators, exceptions, formatting, parser, shell_completion, termui, types, _termui_impl, utils)
_speaking = ContextVar("sotay_speaks_vietnamese", default=False)


def _gettext(message: str) -> str:
    return MESSAGES.get(message, message) if _speaking.get() else gettext.gettext(message)


def _ngettext(singular: str, plural: str, count: int) -> str:
    if not _speaking.get():
        return gettext.ngettext(singular, plural, count)
    message = singular if count == 1 else plural
    return MESSAGES.get(message, message)


def speak_vietnamese() -> None:
    """Put the Vietnamese lookup in place of gettext in click's modules (idempotent)."""
    for module in _CLICK_MODULES:
        if hasattr(module, "_"):
            module._ = _gettext
        if hasattr(module, "ngettext"):
            module.ngettext = _ngettext


class UsageContext(click.Context):
    """A context that names its command in the usage errors raised while it is current (a missing option value)."""

    @contextmanager
    def scope(self, cleanup: bool = True) -> Iterator[click.Context]:
        try:
            with super().scope(cleanup) as ctx:
                yield ctx
        except click.UsageError as exc:
            if exc.ctx is None:
                exc.ctx = self
            raise


def localize(command: click.Command) -> click.Command:
    """`command` (and, for a group, its subcommands) with the texts click writes without gettext in Vietnamese."""
    if command.context_class is click.Context:
        command.context_class = UsageContext
    if command.options_metavar == "[OPTIONS]":
        command.options_metavar = OPTIONS_METAVAR
    for param in command.params:
        if isinstance(param, click.Option) and param.metavar is None and not param.is_flag and (name := _metavar(param.type)):
            param.metavar = name
    if isinstance(command, click.Group):
        if command.subcommand_metavar.startswith("COMMAND"):
            command.subcommand_metavar = SUBCOMMAND_METAVAR
        for sub in command.commands.values():
            localize(sub)
    return command


def _metavar(kind: click.ParamType) -> str | None:
    if isinstance(kind, types.Path):
        return "TỆP" if not kind.dir_okay else "THƯ_MỤC" if not kind.file_okay else "ĐƯỜNG_DẪN"
    return _METAVARS.get(type(kind))


def os_reason(exc: OSError) -> str:
    """Why a file could not be read or written, in Vietnamese where the reason is a common one."""
    return _OS_REASONS.get(exc.errno, exc.strerror or str(exc))


class VietnameseGroup(click.Group):
    """A command group that speaks Vietnamese: its help and errors, and those of every command added to it."""

    group_class = type  # a group made with `@cli.group()` is one of these too
    context_class = UsageContext

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", OPTIONS_METAVAR)
        kwargs.setdefault("subcommand_metavar", SUBCOMMAND_METAVAR)
        super().__init__(*args, **kwargs)

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        super().add_command(localize(cmd), name)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        speak_vietnamese()
        token = _speaking.set(True)
        try:
            return super().main(*args, **kwargs)
        finally:
            _speaking.reset(token)
