"""Every trainer page as (path, Markdown) pairs: the hub, the charts page, and the pages of the other modules."""

from __future__ import annotations

from collections.abc import Iterator

from ...model import Document, ModelMeeting, Rubric
from ...site.entries import SHORTCUT_PAGE, PageEntry
from ...site.listings import escape_md, link
from . import charts
from .aggregates import Aggregates, aggregate
from .compare import MAX_MEETINGS, compare_pages
from .explorer import explorer_pages
from .facts import MeetingFacts, meeting_facts
from .lessons import lesson_pages
from .pack import pack_page
from .paths import CHARTS, COMPARE, EXPLORER, HUB, LESSONS, PACK, TITLES
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


def training_entries(documents: list[Document]) -> list[PageEntry]:
    """The trainer's pages as search finds them; none when the base has no model meeting (training_pages makes none)."""
    if not any(isinstance(d, ModelMeeting) for d in documents):
        return []
    described = (
        (HUB, "Tìm, so sánh, thống kê các buổi sinh hoạt mẫu và in thành tài liệu cho lớp tập huấn.",
         ("cán bộ tập huấn", "tổ công tác", "lớp tập huấn", "bồi dưỡng"), SHORTCUT_PAGE),
        (EXPLORER, "Bảng mọi buổi sinh hoạt mẫu: lọc theo loại sinh hoạt, loại hình chi bộ, năm, xếp loại; sắp xếp theo tỷ lệ dự, "
         "điểm; chọn buổi để so sánh hoặc in.", ("bảng", "lọc", "sắp xếp", "tỷ lệ dự", "xếp loại"), ""),
        (CHARTS, "Số buổi theo năm, xếp loại, tỷ lệ dự và phát biểu, hạn chế gặp nhiều nhất; dưới mỗi biểu đồ có bảng số liệu.",
         ("thống kê", "số liệu", "đồ thị"), ""),
        (COMPARE, "Đặt các buổi sinh hoạt mẫu cạnh nhau: thông tin chung, điểm từng tiêu chí, xếp loại, ưu điểm, hạn chế, bài học.",
         ("đối chiếu", "so sánh điểm", "đặt cạnh nhau"), ""),
        (PACK, "Chọn các buổi sinh hoạt mẫu và in kèm bìa, mục lục và câu hỏi thảo luận cho lớp tập huấn.",
         ("in tài liệu", "tài liệu tập huấn", "câu hỏi thảo luận"), ""),
        (LESSONS, "Ưu điểm, hạn chế và bài học của mọi buổi, gom theo chủ đề, loại sinh hoạt và loại hình chi bộ.",
         ("rút kinh nghiệm", "hạn chế thường gặp", "bài học kinh nghiệm"), ""),
    )
    return [PageEntry(path, TITLES[path], description, keywords, shortcut=shortcut) for path, description, keywords, shortcut in described]


def _hub(facts: list[MeetingFacts], agg: Aggregates) -> tuple[str, str]:
    def to(target: str) -> str:
        return link(HUB, target)

    by_type = " · ".join(f"[{escape_md(c.label)}]({to(EXPLORER)}?meeting_type={c.key}) ({c.count})" for c in agg.by_meeting_type)
    top = agg.limitation_themes[:3]
    lines = [
        front_matter(TITLES[HUB], ("toc",)),
        f"# {TITLES[HUB]}", "",
        f"Dành cho cán bộ tập huấn và tổ công tác: {agg.meetings} buổi sinh hoạt mẫu để tìm, so sánh, thống kê "
        "và in thành tài liệu cho lớp.", "",
        '<div class="sotay-home-cards" markdown>', "",
        '<div markdown>', "", f"## [Các buổi sinh hoạt mẫu]({to(EXPLORER)})", "",
        "Bảng tất cả các buổi: lọc theo loại sinh hoạt, loại hình chi bộ, năm, xếp loại; sắp xếp theo tỷ lệ dự, điểm.", "",
        by_type, "", f"[So sánh từ 2 đến {MAX_MEETINGS} buổi]({to(COMPARE)})", "", "</div>", "",
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
    lines = [front_matter(TITLES[CHARTS]), f"# {TITLES[CHARTS]}", "",
             f"Số liệu từ {agg.meetings} buổi sinh hoạt mẫu trong sổ tay. Dưới mỗi biểu đồ có bảng số liệu.", ""]
    for make in CHARTS_SHOWN:
        chart = make(agg)
        lines += [f"## {escape_md(chart.title)}", "", charts.figure(chart), ""]
    return CHARTS, "\n".join(lines)
