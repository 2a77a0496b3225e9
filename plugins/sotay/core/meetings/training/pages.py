"""Every trainer page as (path, Markdown) pairs: the hub, the charts page, and the pages of the other modules."""

from __future__ import annotations

from collections.abc import Iterator

from ...model import Document, Rubric
from ...site.listings import escape_md, link
from . import charts
from .aggregates import Aggregates, aggregate
from .compare import compare_pages
from .explorer import explorer_pages
from .facts import MeetingFacts, meeting_facts
from .lessons import lesson_pages
from .pack import pack_page
from .paths import CHARTS, COMPARE, EXPLORER, HUB, LESSONS, PACK
from .widgets import front_matter

CHARTS_SHOWN = (charts.meetings_per_year, charts.rating_distribution, charts.participation, charts.limitation_themes)


def training_pages(documents: list[Document]) -> Iterator[tuple[str, str]]:
    """The tap-huan/ pages, made one at a time (a large base's explorer and compare data are megabytes each);
    only the hub, saying so, when the base has no model meeting yet (hand-written pages may link to it)."""
    facts = meeting_facts(documents)
    if not facts:
        yield HUB, (f"{front_matter('Tập huấn với sinh hoạt mẫu', ('toc',))}# Tập huấn với sinh hoạt mẫu\n\n"
                    "Sổ tay chưa có buổi sinh hoạt mẫu nào. Khi có, trang này giúp cán bộ tập huấn tìm, so sánh, "
                    "thống kê các buổi sinh hoạt mẫu và in thành tài liệu cho lớp.\n")
        return
    agg = aggregate(facts, [d for d in documents if isinstance(d, Rubric)])
    yield _hub(facts, agg)
    yield from explorer_pages(facts)
    yield _charts_page(agg)
    yield from compare_pages(facts)
    yield pack_page(facts)
    yield from lesson_pages(facts, agg)


def _hub(facts: list[MeetingFacts], agg: Aggregates) -> tuple[str, str]:
    def to(target: str) -> str:
        return link(HUB, target)

    by_type = " · ".join(f"[{escape_md(c.label)}]({to(EXPLORER)}?meeting_type={c.key}) ({c.count})" for c in agg.by_meeting_type)
    top = agg.limitation_themes[:3]
    lines = [
        front_matter("Tập huấn với sinh hoạt mẫu", ("toc",)),
        "# Tập huấn với sinh hoạt mẫu", "",
        f"Dành cho cán bộ tập huấn và tổ công tác: {agg.meetings} buổi sinh hoạt mẫu để tìm, so sánh, thống kê "
        "và in thành tài liệu cho lớp.", "",
        '<div class="sotay-home-cards" markdown>', "",
        '<div markdown>', "", f"## [Các buổi sinh hoạt mẫu]({to(EXPLORER)})", "",
        "Bảng tất cả các buổi: lọc theo loại sinh hoạt, loại hình chi bộ, năm, xếp loại; sắp xếp theo tỷ lệ dự, điểm.", "",
        by_type, "", f"[So sánh hai đến bốn buổi]({to(COMPARE)})", "", "</div>", "",
        '<div markdown>', "", f"## [Hạn chế thường gặp]({to(LESSONS)})", "",
        "Ưu điểm, hạn chế và bài học của mọi buổi, gom theo chủ đề, loại sinh hoạt, loại hình chi bộ.", "",
        *[f"- {escape_md(t.theme.problem)}: {t.count}/{agg.meetings} buổi" for t in top], "", "</div>", "",
        '<div markdown>', "", "## Biểu đồ và tài liệu in", "",
        f"- [Biểu đồ]({to(CHARTS)}): số buổi theo năm, xếp loại, tỷ lệ dự và phát biểu, hạn chế gặp nhiều nhất.",
        f"- [In bộ tài liệu]({to(PACK)}): chọn các buổi, in kèm bìa, mục lục và câu hỏi thảo luận.", "", "</div>", "",
        "</div>", "",
    ]
    if agg.mismatches:
        lines += ['!!! warning "Xếp loại chưa khớp khung chấm điểm"', "",
                  f"    {len(agg.mismatches)} trong {agg.scored} buổi có điểm ghi xếp loại mà khung chấm điểm không cho phép. "
                  f"Xem cột \"So với khung\" trong [bảng các buổi]({to(EXPLORER)}?fits=chua-khop).", ""]
    lines += ["## Hạn chế gặp nhiều nhất", "", charts.figure(charts.limitation_themes(agg)), "",
              "## Dùng từ dòng lệnh", "",
              "- `sotay stats` in các số liệu trên (thêm `--format json` để dùng trong bảng tính).",
              "- `sotay pack --filter meeting_type=thuong-ky --filter cell_type=khu-dan-cu --out bo-tai-lieu.html` "
              "tạo một tệp HTML in được, không cần mạng.", ""]
    return HUB, "\n".join(lines)


def _charts_page(agg: Aggregates) -> tuple[str, str]:
    lines = [front_matter("Biểu đồ sinh hoạt mẫu"), "# Biểu đồ sinh hoạt mẫu", "",
             f"Số liệu từ {agg.meetings} buổi sinh hoạt mẫu trong sổ tay. Dưới mỗi biểu đồ có bảng số liệu.", ""]
    for make in CHARTS_SHOWN:
        chart = make(agg)
        lines += [f"## {escape_md(chart.title)}", "", charts.figure(chart), ""]
    return CHARTS, "\n".join(lines)
