"""`sotay search`: ranked results from the whoosh index, built or refreshed from the content first."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.model import KINDS
from sotay.core.search.records import TOOLS, directory_url, records
from sotay.core.search.snippet import Snippet
from sotay.core.vocabulary import label

from .options import KindType, root_option

_KIND = KindType([*KINDS, TOOLS])

if TYPE_CHECKING:
    from sotay.core.search.whoosh_index import Hit


@click.command()
@root_option
@click.argument("query", metavar="TỪ_KHÓA")
@click.option("--kind", "kinds", multiple=True, type=_KIND,
              help=f"Chỉ tìm loại này (lặp lại được): {_KIND.described}.")
@click.option("--limit", type=click.IntRange(1), default=10, show_default=True, help="Số kết quả tối đa.")
@click.option("--json", "as_json", is_flag=True, help="In kết quả dạng JSON.")
def search(root: Path, query: str, kinds: tuple[str, ...], limit: int, as_json: bool) -> None:
    """Tìm tài liệu: gõ có dấu, không dấu hay kiểu Telex đều được, số hiệu như 03-HD/TU cũng được."""
    from sotay.core.search.whoosh_index import CACHE_DIR, inputs_of, open_index, open_unchanged  # here: the other commands need no whoosh

    inputs = inputs_of(root)
    opened = open_unchanged(root / CACHE_DIR, inputs)  # no file changed since the index was made: no need to load the base
    if opened is None:
        kb = KnowledgeBase.load(root)
        errors = len(kb.errors)
        index = open_index(root / CACHE_DIR, records(kb), inputs=inputs, errors=errors)
    else:
        index, errors = opened
    if errors:
        click.echo(f"Lưu ý: nội dung có {errors} lỗi, tài liệu lỗi không được tìm (chạy `sotay check`).", err=True)
    with index:
        hits = index.search(query, kinds, limit)
    if as_json:
        click.echo(json.dumps([_as_dict(rank, hit) for rank, hit in enumerate(hits, 1)], ensure_ascii=False, indent=2))
    elif not hits:
        click.echo(f"Không tìm thấy kết quả nào cho «{query}».")
    for rank, hit in enumerate([] if as_json else hits, 1):
        facts = " · ".join(part for part in (hit.number, label("status", hit.status) if hit.status else "") if part)
        click.echo(click.style(f"{rank}. {hit.title}", bold=True) + (f"  [{facts}]" if facts else ""))
        click.echo(f"   {hit.path or 'trang ' + directory_url(hit.source)}")
        click.echo(f"   {_styled(hit.snippet)}")


def _styled(snippet: Snippet) -> str:
    """The snippet with matched words in bold (plain text when the output is not a terminal)."""
    parts, last = [], 0
    for start, end in snippet.marks:
        parts += [snippet.text[last:start], click.style(snippet.text[start:end], bold=True)]
        last = end
    return "".join(parts) + snippet.text[last:]


def _as_dict(rank: int, hit: Hit) -> dict:
    return {"rank": rank, "title": hit.title, "path": hit.path, "url_path": hit.source, "kind": hit.kind,
            "number": hit.number or None, "status": hit.status or None, "score": round(hit.score, 4),
            "snippet": hit.snippet.text, "marks": [list(mark) for mark in hit.snippet.marks]}
