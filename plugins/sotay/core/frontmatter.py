"""Read a content file: bytes -> NFC text -> front matter (safe YAML, with line numbers) and body.

Nothing here executes YAML tags (SafeLoader, unknown tags are errors), alias expansion and nesting depth
are bounded (libyaml composes nodes recursively: thousands of nested lists overflow its stack), a BOM and
CRLF line ends are accepted, and text that is not UTF-8 is reported, naming a likely legacy encoding,
instead of being decoded into mojibake.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import yaml

from .diagnostics import Diagnostic, error
from .field_labels import field_label
from .legacy_encoding import guess_legacy_encoding
from .yaml_errors import explain

MAX_ALIASES = 32
MAX_NESTING = 16  # lists and mappings inside one another; the contract's deepest value is 4 deep
MAX_FRONT_MATTER = 64 * 1024  # characters; a real front matter is well under 2,000
_FENCE = re.compile(r"^---[ \t]*$", re.MULTILINE)


@dataclass(frozen=True)
class SourceFile:
    """A content file read and split: metadata values, the line of every field, and the Markdown body."""

    path: str
    meta: dict[str, Any]
    lines: dict[str, int] = field(repr=False)
    body: str
    body_line: int

    def line_of(self, field_path: str) -> int:
        return line_in(self.lines, field_path)


_SEPARATORS = {"\0", "\1"}


class LineMap:
    """A field -> line map kept as one string, for a loaded base to hold for every file (a tenth of a dict's
    memory; read only for diagnostics). NUL and SOH separate its entries; a key holding either (only a quoted
    YAML escape can write one) is left out, so its diagnostics name its parent's line."""

    __slots__ = ("_text",)

    def __init__(self, lines: dict[str, int]):
        self._text = "".join(f"\0{key}\1{line}" for key, line in lines.items() if not _SEPARATORS & set(key)) + "\0"

    def get(self, key: str) -> int | None:
        at = self._text.find(f"\0{key}\1")
        if at < 0:
            return None
        start = at + len(key) + 2
        return int(self._text[start:self._text.index("\0", start)])


def line_in(lines: dict[str, int] | LineMap, field_path: str) -> int:
    """Line of `field_path` ("sources.1.url"), falling back to its nearest parent, then the opening fence."""
    parts = field_path.split(".")
    while parts:
        if line := lines.get(".".join(parts)):
            return line
        parts.pop()
    return 1


class FrontMatterError(Exception):
    def __init__(self, diagnostic: Diagnostic):
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


class _TooManyAliases(yaml.YAMLError):
    def __init__(self, line: int):
        super().__init__(line)
        self.line = line


class _BoundedSafeLoader(yaml.SafeLoader):
    """SafeLoader that refuses documents with more than MAX_ALIASES aliases (the "billion laughs" guard)."""

    def __init__(self, stream: str):
        super().__init__(stream)
        self.alias_count = 0

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            self.alias_count += 1
            if self.alias_count > MAX_ALIASES:
                raise _TooManyAliases(self.peek_event().start_mark.line)
        return super().compose_node(parent, index)


class _FastSafeLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's safe loader, ten times faster, for front matter without anchors (so without aliases)."""


# Dates stay text here: the schema parses them, so an impossible date is a field error with a line, not a crash.
for _loader in (_BoundedSafeLoader, _FastSafeLoader):
    _loader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str)

# An anchor (&name) after a space or a YAML indicator; its absence rules out aliases, so the fast loader is safe.
_ANCHOR = re.compile(r"(?:^|[\s\[{,:?-])&\S")
# The characters the YAML reader refuses (PyYAML's NON_PRINTABLE).
_UNPRINTABLE = re.compile("[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")
# Control characters a Markdown body has no use for (NUL, ESC, …), which would reach the page as they are.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode(data: bytes, path: str) -> str:
    """UTF-8 (BOM allowed) to NFC text with LF line ends; anything else raises FrontMatterError, saying what the
    file seems to be (another Unicode encoding, a picture, a PDF, a legacy Vietnamese encoding)."""
    kind = _not_text(data)
    if kind:
        raise FrontMatterError(error(path, 1, None, f"tệp không phải văn bản UTF-8: {kind}", _HINTS.get(kind, _RESAVE)))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        legacy = guess_legacy_encoding(data)
        hint = (
            f"tệp có vẻ dùng bảng mã cũ {legacy}; hãy chuyển sang Unicode UTF-8 (ví dụ bằng `sotay import` hoặc Unikey)"
            if legacy
            else _RESAVE
        )
        raise FrontMatterError(error(path, line, None, "tệp không phải văn bản UTF-8", hint)) from None
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


_RESAVE = "lưu lại tệp với bảng mã Unicode UTF-8"
_SIGNATURES = (  # what a file's first bytes say it is
    (b"\xff\xfe\x00\x00", "văn bản mã UTF-32"), (b"\x00\x00\xfe\xff", "văn bản mã UTF-32"),
    (b"\xff\xfe", "văn bản mã UTF-16"), (b"\xfe\xff", "văn bản mã UTF-16"),
    (b"\x89PNG", "ảnh PNG"), (b"\xff\xd8\xff", "ảnh JPEG"), (b"GIF8", "ảnh GIF"), (b"%PDF", "tệp PDF"),
    (b"PK\x03\x04", "tệp nén (Word .docx, .zip…)"), (b"\xd0\xcf\x11\xe0", "tệp Word .doc cũ"), (b"{\\rtf", "tệp RTF"),
)
_HINTS = {
    "văn bản mã UTF-16": _RESAVE,
    "văn bản mã UTF-32": _RESAVE,
    "tệp PDF": "dùng `sotay import` để lấy nội dung văn bản, rồi xem lại bản nháp",
    "tệp nén (Word .docx, .zip…)": "dùng `sotay import` với tệp Word; tệp .md phải là văn bản",
    "tệp Word .doc cũ": "lưu lại thành .docx rồi dùng `sotay import`",
}


def _count(number: int) -> str:
    """A whole number as Vietnamese writes it: 65.536."""
    return f"{number:,}".replace(",", ".")


def _not_text(data: bytes) -> str | None:
    """What `data` is, when it is plainly not UTF-8 text: its signature, or NUL bytes (UTF-16 without a BOM has one
    every other byte; other binary files have them too)."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    head = data[:4096]
    if head.count(b"\x00") > len(head) // 4:
        return "văn bản mã UTF-16" if head[1::2].count(b"\x00") > len(head) // 4 or head[0::2].count(b"\x00") > len(head) // 4 else "tệp nhị phân"
    controls = sum(head.count(bytes([code])) for code in (*range(0x00, 0x09), *range(0x0e, 0x20), 0x7f))
    if controls > len(head) // 100 + 2:  # text, in any encoding, has next to none (a stray one is named with its line)
        return "tệp nhị phân"
    return None


def split(text: str, path: str) -> tuple[str, str, int]:
    """Return (yaml text, body, first line of body) of a file that opens with a `---` fence."""
    if not text.startswith("---"):
        raise FrontMatterError(
            error(path, 1, None, "tệp không mở đầu bằng phần khai báo (front matter) giữa hai dòng ---",
                  "thêm ở đầu tệp: ---, các trường như title: ..., rồi một dòng ---")
        )
    first = _FENCE.match(text)
    closing = _FENCE.search(text, first.end()) if first else None
    if not first or not closing:
        raise FrontMatterError(
            error(path, 1, None, "phần khai báo (front matter) không có dòng --- kết thúc", "thêm một dòng --- sau trường cuối cùng")
        )
    yaml_text = text[first.end() + 1 : closing.start()]
    body_start = min(closing.end() + 1, len(text))
    return yaml_text, text[body_start:], text.count("\n", 0, body_start) + 1


def parse(data: bytes, path: str) -> SourceFile:
    """Read a content file's bytes into a SourceFile; problems raise FrontMatterError naming file and line."""
    text = decode(data, path)
    yaml_text, body, body_line = split(text, path)
    if len(yaml_text) > MAX_FRONT_MATTER:
        raise FrontMatterError(error(path, 1, None, f"phần khai báo dài quá mức ({_count(len(yaml_text))} ký tự, tối đa {_count(MAX_FRONT_MATTER)})",
                                     "phần khai báo chỉ ghi các trường ngắn; nội dung dài đặt sau dòng --- thứ hai"))
    if control := _CONTROL.search(body):
        raise FrontMatterError(error(path, body_line + body.count("\n", 0, control.start()), None,
                                     f"nội dung có ký tự điều khiển không hiển thị được (mã U+{ord(control.group()):04X})",
                                     "xóa ký tự đó; thường do chép từ phần mềm khác"))
    unprintable = _UNPRINTABLE.search(yaml_text)
    if unprintable:  # YAML refuses these before parsing, without a line; name the line here
        raise FrontMatterError(error(path, yaml_text.count("\n", 0, unprintable.start()) + 2, None,
                                     f"có ký tự điều khiển không hiển thị được (mã U+{ord(unprintable.group()):04X})",
                                     "xóa ký tự đó; thường do chép từ phần mềm khác"))
    too_deep = _too_deep(yaml_text)
    if too_deep is not None:
        raise FrontMatterError(error(path, too_deep + 2, None, f"phần khai báo lồng nhau quá sâu (hơn {MAX_NESTING} cấp danh sách, bảng)",
                                     "viết giá trị phẳng: một danh sách chữ, hoặc danh sách các cặp `trường: giá trị`"))
    loader = (_BoundedSafeLoader if _ANCHOR.search(yaml_text) else _FastSafeLoader)(yaml_text)
    try:
        node = loader.get_single_node()
        if node is None:
            meta, lines = {}, {}
        else:
            if not isinstance(node, yaml.MappingNode):
                raise FrontMatterError(
                    error(path, node.start_mark.line + 2, None, "phần khai báo phải là các cặp `trường: giá trị`",
                          "mỗi dòng có dạng title: Tên tài liệu")
                )
            lines = {}
            _collect_lines(node, "", lines, path)
            meta = loader.construct_document(node)
    except _TooManyAliases as exc:
        raise FrontMatterError(error(path, exc.line + 2, None, f"phần khai báo có quá {MAX_ALIASES} chỗ lặp lại giá trị bằng dấu *",
                                     "viết thẳng giá trị thay cho các dấu & và *")) from None
    except yaml.YAMLError as exc:
        problem = explain(yaml_text, exc, first_line=2)
        raise FrontMatterError(error(path, problem.line, None, f"phần khai báo sai cú pháp: {problem.message}", problem.suggestion)) from None
    finally:
        loader.dispose()
    return SourceFile(path, meta, lines, body, body_line)


def _too_deep(yaml_text: str) -> int | None:
    """The line (from 0) where lists and mappings nest deeper than MAX_NESTING, or None. A count of what can
    open a level (brackets, braces, dashes, indentation) rules most texts out at once; the others are read
    as a stream of events, which libyaml makes without recursion."""
    widest = max((len(line) - len(line.lstrip(" ")) for line in yaml_text.split("\n")), default=0)
    if yaml_text.count("[") + yaml_text.count("{") + yaml_text.count("-") + widest <= MAX_NESTING:
        return None
    depth = 0
    try:
        for event in yaml.parse(yaml_text, Loader=_FastSafeLoader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_NESTING:
                    return event.start_mark.line
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return None  # a syntax error: the loader names it next
    return None


def _collect_lines(node: yaml.Node, prefix: str, lines: dict[str, int], path: str) -> None:
    """Record the file line (the fence is line 1) of every mapping key and list item, rejecting duplicate keys."""
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = f"{prefix}{key_node.value}"
            if key in lines:
                raise FrontMatterError(
                    error(path, key_node.start_mark.line + 2, key, f"{field_label(key)} khai báo hai lần",
                          f"trường này đã có ở dòng {lines[key]}: giữ một dòng, xóa dòng còn lại")
                )
            lines[key] = key_node.start_mark.line + 2
            _collect_lines(value_node, key + ".", lines, path)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[f"{prefix}{index}"] = item.start_mark.line + 2
            _collect_lines(item, f"{prefix}{index}.", lines, path)
