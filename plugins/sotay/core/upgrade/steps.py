"""What changed in the contract at each version, found in a base made for an earlier one, and fixed where a
program can do it without guessing.

Version 2 (the first with a version): the home page is made from the base (site/home.py), so a hand-written
docs/index.md copied from the reference base links to guides this base lacks and stops the build; tables align
with an attribute, since the pages' content security policy refuses inline styles; the header colours are the
base's own (sotay-content's `primary`, `accent`) over the theme's `custom` palette.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..diagnostics import Diagnostic, warning
from ..knowledge_base import KnowledgeBase
from ..site.links import DOCS_DIR, dead_links_of_page

CONFIG = "mkdocs.yml"
HOME = "docs/index.md"
_BARE_TABLES = re.compile(r"^(?P<indent>[ \t]*)-[ \t]*tables[ \t]*(?P<comment>#.*)?$", re.MULTILINE)
_PALETTE = re.compile(r"^(?P<indent>[ \t]+)palette:", re.MULTILINE)
_COLOUR = re.compile(r"^(?P<lead>[ \t]+-?[ \t]*(?P<key>primary|accent):[ \t]*)(?P<value>[^\s#]+)", re.MULTILINE)


@dataclass(frozen=True)
class Finding:
    """One thing a base must change for the current contract; `fix` rewrites the file under the base's root, or
    is None when a person has to decide."""

    diagnostic: Diagnostic
    fix: Callable[[Path], None] | None = None


@dataclass(frozen=True)
class Step:
    since: int  # the contract version that brought the change
    find: Callable[[KnowledgeBase], list[Finding]]


def _own_home_with_dead_links(kb: KnowledgeBase) -> list[Finding]:
    dead = dead_links_of_page(kb.root, kb.documents, HOME.removeprefix(DOCS_DIR + "/"))
    if not dead:
        return []
    return [Finding(warning(HOME, dead[0].line, None,
                            f"trang chủ viết tay có {len(dead)} liên kết tới tài liệu sổ tay không có; từ quy ước 2 trang chủ "
                            "được tạo từ nội dung của sổ tay",
                            "sotay upgrade cất tệp vào thư mục sao lưu để dùng trang chủ tự tạo; muốn giữ trang chủ riêng thì "
                            "sửa các liên kết"),
                    lambda root: (root / HOME).unlink())]


def _tables_without_align_attribute(kb: KnowledgeBase) -> list[Finding]:
    text = _config_text(kb.root)
    match = _BARE_TABLES.search(text)
    if not match:
        return []

    def fix(root: Path) -> None:
        old = _config_text(root)
        found = _BARE_TABLES.search(old)
        indent, comment = found["indent"], f"   {found['comment']}" if found["comment"] else ""
        new = f"{indent}- tables:{comment}\n{indent}    use_align_attribute: true"
        (root / CONFIG).write_text(old[:found.start()] + new + old[found.end():], encoding="utf-8")

    return [Finding(warning(CONFIG, _line(text, match.start()), "markdown_extensions.tables",
                            "bảng căn lề bằng thuộc tính style bị chính sách bảo mật của trang chặn, cột số không căn phải",
                            "sotay upgrade đổi thành `- tables:` với tùy chọn `use_align_attribute: true`"), fix)]


def _theme_colours(kb: KnowledgeBase) -> list[Finding]:
    text = _config_text(kb.root)
    found = []
    for start, end in _palette_blocks(text):
        for colour in _COLOUR.finditer(text, start, end):
            if colour["value"].strip("'\"") != "custom":
                found.append(Finding(
                    warning(CONFIG, _line(text, colour.start()), f"theme.palette.{colour['key']}",
                            f"màu `{colour['value']}` của giao diện: chữ trắng trên màu có sẵn của Material có thể không đủ "
                            "tương phản, và màu riêng của sổ tay không được dùng",
                            f"sotay upgrade đặt `{colour['key']}: custom`; màu riêng của sổ tay ghi ở tùy chọn "
                            f"{colour['key']} của sotay-content"),
                    _set_custom))
    return found[:1]  # one fix rewrites every colour of every palette


def _set_custom(root: Path) -> None:
    text = _config_text(root)
    for start, end in reversed(_palette_blocks(text)):
        text = text[:start] + _COLOUR.sub(lambda m: m["lead"] + "custom", text[start:end]) + text[end:]
    (root / CONFIG).write_text(text, encoding="utf-8")


def _palette_blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each `palette:` block: its lines up to the first one indented no deeper than the key."""
    blocks = []
    for palette in _PALETTE.finditer(text):
        depth, end = len(palette["indent"]), len(text)
        for line in re.finditer(r"^([ \t]*)\S", text[palette.end():], re.MULTILINE):
            if len(line[1]) <= depth:
                end = palette.end() + line.start()
                break
        blocks.append((palette.end(), end))
    return blocks


def _config_text(root: Path) -> str:
    path = root / CONFIG
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


STEPS = (Step(2, _own_home_with_dead_links), Step(2, _tables_without_align_attribute), Step(2, _theme_colours))

__all__ = ["STEPS", "Finding", "Step"]
