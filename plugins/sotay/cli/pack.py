"""`sotay pack`: chosen model meetings as one standalone, printable HTML file for a class."""

from __future__ import annotations

from pathlib import Path

import click

from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.meetings.training import FILTERS, PackSpec, meeting_facts, parse_filters, select, standalone_pack
from sotay.core.meetings.training.selection import BY_KEY, options

from .options import root_option


@click.command()
@root_option
@click.option("--filter", "filters", multiple=True, metavar="KHÓA=GIÁ_TRỊ",
              help=f"Chọn theo bộ lọc (lặp lại được; cùng khóa là 'hoặc'). Khóa: {', '.join(f.key for f in FILTERS)}.")
@click.option("--meeting", "slugs", multiple=True, metavar="TÊN_TỆP", help="Chọn từng buổi theo tên tệp (không có .md).")
@click.option("--title", default=PackSpec().title, show_default=True, help="Tiêu đề trên bìa.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="Tệp HTML ghi ra.")
def pack(root: Path, filters: tuple[str, ...], slugs: tuple[str, ...], title: str, out: Path) -> None:
    """Tạo bộ tài liệu tập huấn (một tệp HTML in được, không cần mạng) từ các buổi sinh hoạt mẫu."""
    kb = KnowledgeBase.load(root)
    if kb.errors:
        raise click.ClickException(f"nội dung có {len(kb.errors)} lỗi; chạy `sotay check` để xem")
    try:
        chosen_filters = parse_filters(list(filters))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--filter") from None
    facts = meeting_facts(kb.documents)
    unknown = sorted(set(slugs) - {f.slug for f in facts})
    if unknown:
        raise click.BadParameter(f"không có buổi sinh hoạt mẫu: {', '.join(unknown)}", param_hint="--meeting")
    chosen = select([f for f in facts if not slugs or f.slug in slugs], chosen_filters)
    if not chosen:
        raise click.ClickException("không có buổi nào khớp lựa chọn.\n" + _available(facts, chosen_filters))
    out.write_text(standalone_pack(chosen, PackSpec(title, _describe(facts, chosen_filters))), encoding="utf-8")
    click.echo(f"Đã ghi {len(chosen)} buổi vào {out}.")


def _describe(facts, chosen: dict[str, set[str]]) -> str:
    """"Loại sinh hoạt: Sinh hoạt thường kỳ; Năm: 2025": the filters in readers' words, for the cover."""
    parts = []
    for key, values in chosen.items():
        labels = {o.value: o.label for o in options(facts, key)}
        parts.append(f"{BY_KEY[key].title}: {', '.join(labels.get(v, v) for v in sorted(values))}")
    return "; ".join(parts)


def _available(facts, chosen: dict[str, set[str]]) -> str:
    return "\n".join(f"  {key}: {', '.join(o.value for o in options(facts, key))}" for key in chosen)
