"""Pieces several trainer pages share: front matter, data files, the filter form, a meeting's back link."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from ...site.listings import escape_md, link
from .facts import MeetingFacts
from .markup import attr, text
from .paths import data_part
from .selection import FILTERS, options

T = TypeVar("T")


def front_matter(title: str, hide: tuple[str, ...] = (), scripts: tuple[str, ...] = (), links_in_html: bool = False) -> str:
    """Front matter (JSON is YAML) giving MkDocs the title early and hiding sidebars the page does not need.
    `scripts`: files under assets/sotay/ the page loads after the site's own, dependencies first.
    `links_in_html`: links to source files (`….md`) in the page's raw HTML are checked and rewritten too."""
    meta: dict = ({"title": title} | ({"hide": list(hide)} if hide else {}) | ({"scripts": list(scripts)} if scripts else {})
                  | ({"links_in_html": True} if links_in_html else {}))
    return "---\n" + "\n".join(f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in meta.items()) + "\n---\n\n"


def data_files(folder: str, key: str, items: Sequence[T], size: int, record: Callable[[T], object]) -> Iterator[tuple[str, str]]:
    """A page's data files (`folder`/0.json, 1.json, …): `items` `size` a file, each {key: [record(item), …]}, made
    one at a time."""
    for number, start in enumerate(range(0, len(items), size)):
        records = [record(item) for item in items[start:start + size]]
        yield data_part(folder, number), json.dumps({key: records}, ensure_ascii=False, separators=(",", ":"))


def filter_form(facts: list[MeetingFacts], purpose: str) -> str:
    """Filter selects with counts; hidden until the page's script runs, since only the script can filter."""
    fields = []
    for key in FILTERS:
        found = options(facts, key.key)
        if len(found) < 2:
            continue
        choices = [f'<option value="" data-label="Tất cả">Tất cả ({len(facts)})</option>']
        choices += [f'<option value="{attr(o.value)}" data-label="{attr(o.label)}">{text(o.label)} ({o.count})</option>' for o in found]
        fields.append(f'<div class="sotay-filter"><label for="loc-{key.key}">{text(key.title)}</label>'
                      f'<select id="loc-{key.key}" name="{key.key}">{"".join(choices)}</select></div>')
    return (f'<form class="sotay-filters" data-sotay-filters hidden aria-label="{attr(purpose)}">'
            '<details class="sotay-filter-box" open><summary>Bộ lọc</summary>'
            f'<div class="sotay-filter-fields">{"".join(fields)}</div>'
            '<p class="sotay-filter-actions"><button type="reset" class="md-button">Bỏ lọc</button></p></details>'
            '<p class="sotay-filter-status" role="status" aria-live="polite"></p></form>')


def meeting_link(f: MeetingFacts, from_page: str) -> str:
    """"[Chi bộ thôn Nà Mòn, 12/10/2025](…)": a Markdown link back to the meeting's page."""
    return f"[{escape_md(f.cell)}, {escape_md(f.date_label)}]({link(from_page, f.url_path)})"
