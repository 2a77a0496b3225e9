"""A YAML syntax error told in Vietnamese, at the line where the problem starts, with the line as it should read.

The parser names the place where it noticed a problem, often lines later (an unclosed quote is noticed at the next
quote or at the end), in English. What an author slipped on is read from the text itself: the lines up to that
place, the parser's context (which quote, bracket or key it was reading) and the character it stopped at. The
parser's own words never reach the author: anything not recognised gets a general Vietnamese explanation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml


@dataclass(frozen=True)
class SyntaxProblem:
    line: int  # in the file
    message: str
    suggestion: str


# (line of the text from 0, message, suggestion)
Found = tuple[int, str, str]

UNRECOGNISED = ("dòng này viết không đúng dạng `tên_trường: giá trị`",
                "so với một tệp mẫu: mỗi dòng `tên_trường: giá trị`, thụt lề bằng dấu cách, giá trị có dấu hai chấm, "
                "dấu ngoặc hay bắt đầu bằng ký hiệu thì đặt trong ngoặc kép")
# Characters that make YAML read a value as something other than text when they open it ([ and { open lists).
_INDICATORS = "*&!|>@`%,]}?#"
_KEY = re.compile(r"[^\s'\"\[\]{}#&*!|>%@`,?:-][^:#]*?:(?=\s|$)|-[^\s:#][^:#]*?:(?=\s|$)")


@dataclass(frozen=True)
class _Line:
    """A block line taken apart: `  - title: "x"` -> indent 2, dashes at 2, key "title" at 4, value at 11."""

    text: str
    indent: int
    dash: int | None  # column of the first `- `, when the line is a list item
    key: str | None
    key_column: int
    value: int  # column where the value starts (len(text) when there is none)

    @property
    def content(self) -> int:
        """Column of what follows the dashes: the key, or the item's value."""
        return self.key_column if self.key is not None else self.value


def _read(text: str) -> _Line:
    at = indent = len(text) - len(text.lstrip(" "))
    dash = None
    while text[at:at + 2] == "- " or text[at:].rstrip() == "-":
        dash = at if dash is None else dash
        at += 2
        at = len(text) - len(text[at:].lstrip(" ")) if at < len(text) else len(text)
    key, key_column = None, at
    if text[at:at + 1] in ("'", '"'):
        end = _closing(text, at)
        if end is not None and text[end:end + 1] == ":" and text[end + 1:end + 2] in ("", " "):
            key, at = text[at:end], end + 1
    elif match := _KEY.match(text, at):
        key, at = match.group()[:-1].rstrip(), match.end()
    if key is not None:
        at = len(text) - len(text[at:].lstrip(" ")) if at < len(text) else len(text)
    return _Line(text, indent, dash, key, key_column, at)


def _closing(text: str, start: int) -> int | None:
    """Index just after the quote that closes the one at `start`, or None when the line does not close it."""
    quote, at = text[start], start + 1
    while at < len(text):
        if quote == '"' and text[at] == "\\":
            at += 2
            continue
        if text[at] == quote:
            if quote == "'" and text[at + 1:at + 2] == "'":  # '' is an apostrophe inside single quotes
                at += 2
                continue
            return at + 1
        at += 1
    return None


def explain(text: str, exc: yaml.YAMLError, first_line: int = 1) -> SyntaxProblem:
    """What is wrong in the YAML `text` whose first line is line `first_line` of its file, in Vietnamese. The
    parser's wording is matched in both its forms (PyYAML's and libyaml's)."""
    lines = text.split("\n")
    mark = getattr(exc, "problem_mark", None)
    upto = min(mark.line if mark else len(lines) - 1, len(lines) - 1)
    found = _tab(lines, upto) or _quote(lines, upto) or _from_parser(lines, exc, first_line)
    number, message, suggestion = found or (mark.line if mark else 0, *UNRECOGNISED)
    return SyntaxProblem(min(number, len(lines)) + first_line, message, suggestion)


def _tab(lines: list[str], upto: int) -> Found | None:
    for number, line in enumerate(lines[:upto + 1]):
        if re.match(r"[ ]*\t", line):
            return number, "dòng này thụt lề bằng phím Tab", "xóa Tab, thụt lề bằng dấu cách cho thẳng cột với các dòng cùng cấp"
    return None


def _quote(lines: list[str], upto: int) -> Found | None:
    """The first line up to `upto` whose value opens a quote it leaves open, or has more text after it closes."""
    for number, text in enumerate(lines[:upto + 1]):
        line = _read(text)
        if text[line.value:line.value + 1] not in ("'", '"'):
            continue
        quote, start = text[line.value], line.value
        end = _closing(text, start)
        if end is None:
            return number, *_unclosed(text, start)
        after = text[end:].strip()
        if after == ",":
            return number, "thừa dấu phẩy sau giá trị", f"xóa dấu phẩy: `{text[:end].strip()}`"
        if after and after[0] not in "#]}":  # a bracket here closes a list begun on a line above
            return number, *_text_after_quote(text, start, end)
    return None


def _unclosed(text: str, start: int) -> tuple[str, str]:
    quote = text[start]
    body = text.rstrip()
    closed = re.sub(r"([\]}]*)$", lambda m: quote + m.group(1), body, count=1) if body[start + 1:].rstrip("]}") else body + quote
    what = "mở ngoặc kép (\")" if quote == '"' else "mở dấu nháy đơn (')"
    return f"{what} mà chưa đóng", f"thêm dấu {quote} ở cuối giá trị, trên cùng dòng: `{closed.strip()}`"


def _text_after_quote(text: str, start: int, end: int) -> tuple[str, str]:
    quote, head = text[start], text[:start].strip()
    if quote in text[end:]:  # a quotation inside the value: "… về "sinh hoạt" năm 2024"
        inner = text[start + 1:].rstrip().removesuffix(quote)
        if quote == '"':
            return ("giá trị trong ngoặc kép lại có dấu ngoặc kép ở giữa",
                    f"dùng ngoặc kép cong “ ” cho phần trích ở giữa: `{head} \"{_curly(inner)}\"`")
        fixed = f'"{inner}"' if '"' not in inner else "'" + inner.replace("'", "''") + "'"
        return "giá trị trong dấu nháy đơn lại có dấu nháy đơn ở giữa", f"đặt cả giá trị trong ngoặc kép: `{head} {fixed}`"
    inner = text[start + 1:end - 1] + " " + text[end:].strip()
    return "có chữ sau dấu đóng ngoặc kép", f"đặt cả giá trị trong ngoặc kép: `{head} {quote}{inner}{quote}`"


def _curly(text: str) -> str:
    """Straight double quotes inside a value turned into “ and ” in turn."""
    parts = text.split('"')
    return "".join(part + ("“" if index % 2 == 0 else "”") for index, part in enumerate(parts[:-1])) + parts[-1]


def _from_parser(lines: list[str], exc: yaml.YAMLError, first_line: int) -> Found | None:
    """A problem read from where the parser was (its context) and where it stopped (its problem)."""
    context, problem = str(getattr(exc, "context", "") or ""), str(getattr(exc, "problem", "") or "")
    context_mark, mark = getattr(exc, "context_mark", None), getattr(exc, "problem_mark", None)
    if isinstance(exc, yaml.MarkedYAMLError) and not mark and not context_mark:
        return None
    if context_mark and context_mark.line < len(lines):
        found = _from_context(lines, context, problem, context_mark)
        if found:
            return found
    if not mark or mark.line >= len(lines):
        return None
    text = lines[mark.line]
    if text[mark.column:mark.column + 1] == "\t":
        return mark.line, "có ký tự Tab", "thay Tab bằng dấu cách"
    if "mapping values are not allowed" in problem:
        return _misplaced_colon(lines, mark.line, mark.column, first_line)
    if "sequence entries are not allowed" in problem:
        return mark.line, "danh sách viết liền trên một dòng với dấu -", _one_line_list(text)
    if mark.column < len(text) and text[mark.column] in _INDICATORS:
        if mark.column == _read(text).value:
            return mark.line, *_starts_with_indicator(text, mark.column)
        if text[mark.column] in "]}":
            return mark.line, f"thừa dấu {text[mark.column]}", f"xóa dấu {text[mark.column]} thừa"
    if text.strip().startswith(":"):
        return mark.line, "dòng này thiếu tên trường trước dấu hai chấm", "viết `tên_trường: giá trị`, ví dụ `form: huong-dan`"
    line = _read(text)
    if mark.column == line.indent and (line.key is not None or line.dash is not None):
        return _indentation(lines, mark.line, first_line)
    return None


def _from_context(lines: list[str], context: str, problem: str, mark) -> Found | None:
    text, column = lines[mark.line], mark.column
    if "quoted scalar" in context and column < len(text) and text[column] in "'\"":
        if "escape" in problem or "hex" in problem:
            return mark.line, "dấu \\ trong ngoặc kép (sổ tay hiểu là ký tự đặc biệt)", _backslash(text, column)
        return mark.line, *_unclosed(text, column)
    if "flow sequence" in context or "flow mapping" in context:
        quote = _open_quote_in_flow(text, column)
        if quote is not None:
            return mark.line, *_unclosed(text, quote)
        opening, closing = ("[", "]") if "sequence" in context else ("{", "}")
        if text.count(opening) > text.count(closing):
            name = "ngoặc vuông [" if opening == "[" else "ngoặc nhọn {"
            return mark.line, f"mở {name} mà chưa đóng", f"thêm {closing} ở cuối, trên cùng dòng: `{text.strip()}{closing}`"
        return None
    if "simple key" in context:
        return mark.line, *_missing_colon(text)
    if any(word in context for word in ("alias", "anchor", "block scalar", "block node", "directive")):
        value = _read(text).value
        if value < len(text) and text[value] in _INDICATORS:
            return mark.line, *_starts_with_indicator(text, value)
    return None


def _open_quote_in_flow(text: str, start: int) -> int | None:
    """Column of a quote that opens a value inside brackets from `start` on and is not closed on its line."""
    at = start + 1
    while at < len(text):
        if text[at] in "'\"" and text[:at].rstrip()[-1:] in ("[", "{", ",", ":"):
            end = _closing(text, at)
            if end is None:
                return at
            at = end
        else:
            at += 1
    return None


def _missing_colon(text: str) -> tuple[str, str]:
    line = _read(text)
    head, rest = text[:line.content], text[line.content:].rstrip()
    word = re.match(r"([^\s:]+):(\S.*)", rest)
    if word:
        return "thiếu dấu cách sau dấu hai chấm", f"viết `{(head + word[1] + ': ' + word[2]).strip()}`"
    name, _, value = rest.partition(" ")
    fixed = f"{head}{name}: {value.strip()}" if value.strip() else f"{head}{name}: ..."
    return "thiếu dấu hai chấm sau tên trường", f"viết `{fixed.strip()}`"


def _misplaced_colon(lines: list[str], number: int, column: int, first_line: int) -> Found | None:
    """A colon the parser did not expect: inside an unquoted value, or a key line that continues the line above
    (which lacks its own colon, or sits less deep than this one)."""
    text = lines[number]
    line = _read(text)
    if line.key is None or column > line.key_column + len(line.key):
        value = _read(text[:column]).value if line.key is None else line.value
        head, rest = text[:value].strip(), text[value:].strip()
        quoted = '"' + _curly(rest) + '"'
        return number, "giá trị có dấu hai chấm mà chưa đặt trong ngoặc kép", f"đặt cả giá trị trong ngoặc kép: `{head} {quoted}`"
    above = _above(lines, number)
    if above is not None and _read(lines[above]).key is None and not _read(lines[above]).text.rstrip().endswith(":"):
        return above, *_missing_colon(lines[above])
    return _indentation(lines, number, first_line)


def _above(lines: list[str], number: int) -> int | None:
    """The nearest line above `number` that is neither blank nor a comment."""
    return next((n for n in range(number - 1, -1, -1) if lines[n].strip() and not lines[n].lstrip().startswith("#")), None)


def _indentation(lines: list[str], number: int, first_line: int) -> Found | None:
    line = _read(lines[number])
    if line.dash is not None and line.dash == line.indent:
        return _item_indentation(lines, number, first_line)
    above = _above(lines, number)
    if above is None:
        return number, "dòng đầu tiên không được thụt lề", "bỏ các dấu cách ở đầu dòng"
    sibling = _read(lines[above])
    expected = sibling.content
    if expected == line.indent:
        return None
    if sibling.dash is not None:  # the item above may be the one out of line, when the other items agree with this line
        other = next((n for n in (*range(number + 1, len(lines)), *range(above - 1, -1, -1))
                      if _read(lines[n]).dash is not None and _read(lines[n]).content == line.indent), None)
        if other is not None:
            return above, "phần tử danh sách thụt lề lệch với các phần tử khác", _align_dash(_read(lines[other]).dash, other + first_line)
    where = f"`{sibling.key}:` ở dòng {above + first_line}" if sibling.key is not None else f"dòng {above + first_line}"
    how = "bỏ các dấu cách ở đầu dòng" if expected == 0 else f"bắt đầu dòng bằng {expected} dấu cách"
    return number, "dòng này thụt lề không thẳng cột với các dòng cùng cấp", f"{how}, cho thẳng cột với {where}"


def _item_indentation(lines: list[str], number: int, first_line: int) -> Found | None:
    line = _read(lines[number])
    above = _above(lines, number)
    previous = _read(lines[above]) if above is not None else None
    if previous is not None and previous.key is not None and previous.dash is None and previous.value < len(previous.text) \
            and previous.indent == line.indent:
        owner = _owner(lines, number)
        whose = f"của `{_read(lines[owner]).key}` (dòng {owner + first_line})" if owner is not None else "của một danh sách"
        return number, "dòng bắt đầu bằng '- ' (một phần tử danh sách) nằm lẫn giữa các trường", (
            f"nếu đây là một phần tử {whose}, chuyển dòng này lên ngay dưới các phần tử khác của danh sách đó và thụt lề "
            "như chúng; nếu là một trường, bỏ '- ' ở đầu dòng")
    item = next((n for n in range(number - 1, -1, -1) if _read(lines[n]).dash is not None), None)
    if item is None:
        return number, "phần tử danh sách thụt lề không thẳng cột", "cho các dấu - của một danh sách thẳng cột với nhau"
    dashes = [_read(text).dash for n, text in enumerate(lines) if n not in (item, number)]
    if line.dash in dashes and _read(lines[item]).dash not in dashes:  # the other lists agree with this line: the one above is out
        return item, "phần tử danh sách thụt lề lệch với các phần tử khác", _align_dash(line.dash, number + first_line)
    return number, "phần tử danh sách thụt lề lệch với phần tử phía trên", _align_dash(_read(lines[item]).dash, item + first_line)


def _align_dash(column: int, line: int) -> str:
    how = "bỏ các dấu cách ở đầu dòng" if column == 0 else f"bắt đầu dòng bằng {column} dấu cách"
    return f"{how}, cho dấu - thẳng cột với dấu - ở dòng {line}"


def _owner(lines: list[str], number: int) -> int | None:
    """The list above that a stray item most likely belongs to: the nearest whose first item has its shape (a plain
    value, a `key: value` record, or a `{…}` one)."""
    def shape(line: _Line) -> tuple[bool, bool]:
        return line.key is not None, line.text[line.value:line.value + 1] in ("{", "[")

    stray = _read(lines[number])
    for n in range(number - 1, -1, -1):
        parent = _read(lines[n])
        first = next((m for m in range(n + 1, number) if lines[m].strip()), None)
        if parent.key is not None and parent.dash is None and parent.value >= len(parent.text) and first is not None \
                and _read(lines[first]).dash is not None and shape(_read(lines[first])) == shape(stray):
            return n
    return None


def _one_line_list(text: str) -> str:
    line = _read(text)
    head = text[:line.value].strip()
    items = [item.strip(" ,") for item in re.split(r"(?:^|\s|,)-\s", " " + text[line.value:]) if item.strip(" ,")]
    return (f"viết trong ngoặc vuông, các phần tử cách nhau bằng dấu phẩy: `{head} [{', '.join(items)}]`; "
            "hoặc xuống dòng, mỗi phần tử một dòng bắt đầu bằng '- '")


def _starts_with_indicator(text: str, column: int) -> tuple[str, str]:
    head, rest = text[:column].strip(), text[column:].strip()
    fixed = f'{head} "{_curly(rest)}"'.strip()
    return f"giá trị bắt đầu bằng dấu {text[column]} mà chưa đặt trong ngoặc kép", f"đặt cả giá trị trong ngoặc kép: `{fixed}`"


def _backslash(text: str, column: int) -> str:
    end = _closing(text, column) or len(text.rstrip()) + 1
    fixed = f"{text[:column]}'{text[column + 1:end - 1]}'{text[end:]}".strip()
    return f"viết giá trị trong dấu nháy đơn: `{fixed}`, hoặc viết \\\\ thay cho mỗi dấu \\"
