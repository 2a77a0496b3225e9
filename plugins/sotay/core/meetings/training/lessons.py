"""Strengths, limitations and lessons gathered from every write-up: by theme, meeting type and cell type.

Every point links back to its meeting. Within a page, themes come most frequent first, counted in
meetings (a meeting with two points on the minutes counts once), so a recurring limitation stands out.
A point whose text names two themes is listed under both. Each list shows the points of the newest
meetings, at most `POINTS_SHOWN`, and says how many more there are: counts are of every meeting, but
a page of a thousand points would be read by no one and would not open on a phone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace

from ...site.listings import escape_md, link
from ...vocabulary import values
from .aggregates import Aggregates
from .facts import SECTION_KINDS, SECTION_LABELS, MeetingFacts, Point, cell_type_label, meeting_type_label
from .markup import rebase_links
from .paths import EXPLORER, LESSONS, TITLES, lessons_page
from .themes import OTHER, THEMES, Theme
from .widgets import front_matter, meeting_link

THEME_GROUP, MEETING_TYPE_GROUP, CELL_TYPE_GROUP = "chu-de", "loai-sinh-hoat", "loai-hinh-chi-bo"
POINTS_SHOWN = 20


def lesson_pages(facts: list[MeetingFacts], agg: Aggregates) -> Iterator[tuple[str, str]]:
    yield _index(facts, agg)
    for theme in (*THEMES, OTHER):
        path = lessons_page(THEME_GROUP, theme.slug)
        chosen = [only for only in (_only(f, theme) for f in facts) if only is not None]
        if chosen:
            yield path, _theme_page(path, theme, chosen, len(facts))
    for group, key, labels, vocabulary in ((MEETING_TYPE_GROUP, "meeting_type", meeting_type_label, "meeting_types"),
                                          (CELL_TYPE_GROUP, "cell_type", cell_type_label, "cell_types")):
        for value in values(vocabulary):
            members = [f for f in facts if getattr(f, key) == value]
            if members:
                path = lessons_page(group, value)
                yield path, _group_page(path, labels(value), members)


def _index(facts: list[MeetingFacts], agg: Aggregates) -> tuple[str, str]:
    lines = [front_matter(TITLES[LESSONS]), f"# {TITLES[LESSONS]}", "",
             f"Gom từ phần rút kinh nghiệm của {len(facts)} buổi sinh hoạt mẫu. Mỗi ý dẫn về buổi sinh hoạt của nó.", "",
             "## Hạn chế gặp nhiều nhất", "",
             "| Hạn chế | Số buổi | |", "| --- | ---: | --- |"]
    for row in agg.limitation_themes:
        path = lessons_page(THEME_GROUP, row.theme.slug)
        lines.append(f"| [{escape_md(row.theme.problem)}]({link(LESSONS, path)}) | {row.count}/{agg.meetings} "
                     f"| [Xem các buổi]({link(LESSONS, EXPLORER)}?theme={row.theme.slug}) |")
    others = sum(1 for f in facts if any(not p.themes for p in f.points_of("limitations")))
    if others:
        lines.append(f"| [{OTHER.problem}]({link(LESSONS, lessons_page(THEME_GROUP, OTHER.slug))}) | {others}/{agg.meetings} | |")
    lines += ["", "Số buổi là số buổi có ít nhất một hạn chế thuộc chủ đề đó.", ""]
    for title, group, counts in (("Theo loại sinh hoạt", MEETING_TYPE_GROUP, agg.by_meeting_type),
                                 ("Theo loại hình chi bộ", CELL_TYPE_GROUP, agg.by_cell_type)):
        lines += [f"## {title}", ""]
        lines += [f"- [{escape_md(c.label)}]({link(LESSONS, lessons_page(group, c.key))}) ({c.count} buổi)" for c in counts]
        lines.append("")
    lines += ["## Các chủ đề được gom thế nào", "",
              "Mỗi ý ưu điểm, hạn chế, bài học được đối chiếu (không phân biệt dấu, chữ hoa) với một bảng từ khóa nhỏ: "
              "ví dụ ý có cụm \"biên bản\" hoặc \"thư ký\" thuộc chủ đề Biên bản; ý có \"ít đảng viên phát biểu\" thuộc chủ đề "
              "Đảng viên phát biểu. Một ý có thể thuộc nhiều chủ đề; ý không khớp từ khóa nào được xếp vào \"Chủ đề khác\". "
              "Từ khóa (tags) của từng buổi không dùng để đếm, vì con số phải khớp với các ý được liệt kê.", ""]
    return LESSONS, "\n".join(lines)


def _theme_page(path: str, theme: Theme, facts: list[MeetingFacts], total: int) -> str:
    with_limitation = sum(1 for f in facts if f.points_of("limitations"))
    title = f"Chủ đề: {theme.topic}"
    lines = [front_matter(title), f"# {escape_md(title)}", "",
             f"{with_limitation} trong {total} buổi có hạn chế thuộc chủ đề này.", "",
             f"[← Tổng hợp bài học]({link(path, LESSONS)})"
             + (f" · [Các buổi này trong bảng]({link(path, EXPLORER)}?theme={theme.slug})" if theme is not OTHER else ""), ""]
    if theme.question:
        lines += ['!!! question "Câu hỏi thảo luận"', "", f"    {escape_md(theme.question)}", ""]
    for kind in SECTION_KINDS:
        points = [(f, p) for f in facts for p in f.points_of(kind)]
        if points:
            lines += [f"## {SECTION_LABELS[kind]} ({_meetings(len({f.slug for f, _ in points}))})", ""]
            lines += _point_lines(points, path)
    return "\n".join(lines)


def _group_page(path: str, name: str, facts: list[MeetingFacts]) -> str:
    title = f"{name}: ưu điểm, hạn chế, bài học"
    lines = [front_matter(title), f"# {escape_md(title)}", "",
             f"Gom từ {_meetings(len(facts))}. [← Tổng hợp bài học]({link(path, LESSONS)})", ""]
    for kind in SECTION_KINDS:
        groups = _by_theme(facts, kind)
        if not groups:
            continue
        lines += [f"## {SECTION_LABELS[kind]}", ""]
        for theme, points in groups:
            heading = theme.problem if kind == "limitations" else theme.topic
            lines += [f"### {escape_md(heading)} ({_meetings(len({f.slug for f, _ in points}))})", ""]
            lines += _point_lines(points, path)
    return "\n".join(lines)


def _by_theme(facts: list[MeetingFacts], kind: str) -> list[tuple[Theme, list[tuple[MeetingFacts, Point]]]]:
    """Points of one section kind under each of their themes; themes met in most meetings first, "other" last."""
    groups: dict[str, list[tuple[MeetingFacts, Point]]] = defaultdict(list)
    for f in facts:
        for point in f.points_of(kind):
            for theme in point.themes or (OTHER,):
                groups[theme.slug].append((f, point))
    ranked = [t for t in (*THEMES, OTHER) if t.slug in groups]  # table order breaks ties; OTHER stays last
    ranked.sort(key=lambda t: (t is OTHER, -len({f.slug for f, _ in groups[t.slug]})))
    return [(theme, groups[theme.slug]) for theme in ranked]


def _only(f: MeetingFacts, theme: Theme) -> MeetingFacts | None:
    """The meeting with only the points of one theme (OTHER: the points of no theme); None when it has none."""
    keep = tuple(p for p in f.points if (theme in p.themes if theme is not OTHER else not p.themes))
    return replace(f, points=keep) if keep else None


def _point_lines(points: list[tuple[MeetingFacts, Point]], page: str) -> list[str]:
    """The first `POINTS_SHOWN` points (their meetings come newest first), then how many were left out."""
    lines = [_point_line(f, p, page) for f, p in points[:POINTS_SHOWN]]
    if len(points) > POINTS_SHOWN:
        lines += ["", f"Trên đây là {POINTS_SHOWN} ý của các buổi mới nhất, trong số {len(points)} ý."]
    return lines + [""]


def _point_line(f: MeetingFacts, point: Point, page: str) -> str:
    return f"- {rebase_links(point.text, f.url_path, page)} — {meeting_link(f, page)}"


def _meetings(count: int) -> str:
    return f"{count} buổi"
