"""Checklists as tickable HTML inside Markdown: real checkboxes carrying the stable item ids.

The blocks use md_in_html (`markdown="span"`) so the page's own Markdown renders inline marks and
links in an item; the text is HTML-escaped first. assets/checklist.js keeps the ticks per checklist
in the browser under `data-sotay-checklist` (the checklist's page path), so the same checklist
ticked on its own page or inside a preparation page shows the same state.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape

from ..model import Checklist, ChecklistItem
from .checklist import parse_items, task_runs


def storage_key(checklist: Checklist) -> str:
    """The checklist's page path without `.md`, e.g. "checklists/truoc-sinh-hoat-thuong-ky"."""
    return checklist.url_path.removesuffix(".md")


@lru_cache(maxsize=1 << 12)  # every preparation page of a phase shows the same checklists, and `mkdocs serve` asks every rebuild
def tickable_body(checklist: Checklist) -> str:
    """The checklist's Markdown with each task list replaced by a tickable block; prose stays as written."""
    seen: dict[str, int] = {}
    parts = []
    for is_tasks, text in task_runs(checklist.body):
        first = not seen
        parts.append(tickable_block(checklist, parse_items(text, seen), bar=first) if is_tasks else text)
    return "\n".join(parts)


def tickable_block(checklist: Checklist, items: tuple[ChecklistItem, ...], bar: bool) -> str:
    """One raw HTML block of nested checkboxes; `bar` adds the checklist's progress count and reset
    button (hidden until the script runs, since neither works without it)."""
    head = [
        '<div class="sotay-checklist__bar" hidden>'
        f'<span class="sotay-checklist__progress" role="status">Đã xong <strong class="sotay-checklist__count">0/{checklist.item_count}</strong></span> '
        '<button type="button" class="sotay-checklist__reset">Làm lại</button></div>'
    ] if bar else []
    return "\n".join([
        "",
        f'<div class="sotay-checklist" data-sotay-checklist="{escape(storage_key(checklist))}" markdown="block">',
        *head,
        *_list(items, checklist.slug),
        "</div>",
        "",
    ])


def signature_block(role: str = "Người kiểm tra") -> str:
    """The date and signature lines at the foot of a printed sheet (printed only)."""
    return (
        '\n<div class="sotay-signature sotay-print-only">'
        '<p class="sotay-signature__date">Ngày …… tháng …… năm ……</p>'
        f'<p class="sotay-signature__role"><strong>{escape(role)}</strong><br><em>(ký, ghi rõ họ tên)</em></p>'
        "</div>\n"
    )


def _list(items: tuple[ChecklistItem, ...], prefix: str) -> list[str]:
    lines = ['<ul class="sotay-checklist__list" markdown="block">']
    for item in items:
        box = f"ck-{prefix}-{item.id}"
        lines += [
            '<li class="sotay-checklist__item" markdown="block">',
            f'<div class="sotay-checklist__row" markdown="span"><input type="checkbox" id="{escape(box)}" data-item="{escape(item.id)}">'
            f' <label for="{escape(box)}">{escape(item.text, quote=False)}</label></div>',
        ]
        if item.note:
            lines.append(f'<p class="sotay-checklist__note" markdown="span">Ghi chú: {escape(item.note, quote=False)}</p>')
        if item.children:
            lines += _list(item.children, prefix)
        lines.append("</li>")
    return lines + ["</ul>"]
