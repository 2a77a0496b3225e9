"""Charts drawn at build time as accessible SVG: horizontal bars, a label line above each group.

Horizontal bars keep long Vietnamese labels readable on a 360 px phone: the viewBox is 360 units wide
and the SVG scales to the column (capped in CSS), so 14-unit text stays about 13 px on a phone.
Each chart has role="img" with <title> and <desc> (the numbers in words) and a data table beside it.
The second series is striped as well as coloured, so it still reads in black-and-white print.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from .aggregates import Aggregates
from .facts import percent
from .markup import attr, text

WIDTH = 360
FONT = 14
BAR = 16
BAR_GAP = 4
GROUP_GAP = 14
VALUE_ROOM = 52
WRAP = 44  # characters per label line at FONT units in WIDTH units
COLOURS = ("#a31515", "#1f4e8c", "#5f6368")


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class BarChart:
    id: str
    title: str
    summary: str
    category_name: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    rates: bool = False
    """Values are shares (0..1) shown as percentages on a fixed 0–100% scale."""

    def format(self, value: float | None) -> str:
        if value is None:
            return "không có số liệu"
        return percent(value) if self.rates else f"{value:g}"

    @property
    def scale(self) -> float:
        return 1.0 if self.rates else max((v for s in self.series for v in s.values if v), default=1) or 1

    def description(self) -> str:
        groups = [f"{name}: " + ", ".join(f"{s.name} {self.format(s.values[i])}" for s in self.series)
                  if len(self.series) > 1 else f"{name}: {self.format(self.series[0].values[i])}"
                  for i, name in enumerate(self.categories)]
        return f"{self.summary} " + "; ".join(groups) + "."


def meetings_per_year(agg: Aggregates) -> BarChart:
    types = agg.by_meeting_type
    return BarChart("bd-nam", "Số buổi sinh hoạt mẫu theo năm và loại sinh hoạt",
                    f"Tổng cộng {agg.meetings} buổi.", "Năm", tuple(str(y.year) for y in agg.by_year),
                    tuple(Series(t.label, tuple(y.by_type[i].count for y in agg.by_year)) for i, t in enumerate(types)))


def rating_distribution(agg: Aggregates) -> BarChart:
    return BarChart("bd-xep-loai", "Xếp loại: chi bộ ghi và theo khung chấm điểm",
                    f"{agg.scored} buổi có điểm theo khung; {len(agg.mismatches)} buổi ghi xếp loại mà khung không cho phép.",
                    "Xếp loại", tuple(r.label for r in agg.ratings),
                    (Series("Chi bộ ghi", tuple(r.recorded for r in agg.ratings)),
                     Series("Theo khung chấm điểm", tuple(r.computed for r in agg.ratings))))


def participation(agg: Aggregates) -> BarChart:
    rows = agg.participation
    return BarChart("bd-tham-gia", "Tỷ lệ dự và tỷ lệ phát biểu theo loại hình chi bộ",
                    "Bình quân các buổi có ghi số đảng viên; tỷ lệ phát biểu tính trên số đảng viên dự.",
                    "Loại hình chi bộ", tuple(r.label for r in rows),
                    (Series("Tỷ lệ dự", tuple(r.attendance for r in rows)),
                     Series("Tỷ lệ phát biểu", tuple(r.speaking for r in rows))), rates=True)


def limitation_themes(agg: Aggregates, limit: int = 8) -> BarChart:
    top = agg.limitation_themes[:limit]
    return BarChart("bd-han-che", "Hạn chế gặp nhiều nhất",
                    f"Số buổi (trong {agg.meetings} buổi) có ít nhất một hạn chế thuộc chủ đề.",
                    "Hạn chế", tuple(t.theme.problem for t in top), (Series("Số buổi", tuple(t.count for t in top)),))


def svg(chart: BarChart) -> str:
    parts: list[str] = []
    y = 0
    if len(chart.series) > 1:
        for index, series in enumerate(chart.series):
            parts.append(f'<rect x="0" y="{y + 2}" width="{FONT}" height="{FONT}" fill="{_fill(chart, index)}" stroke="{COLOURS[index]}"/>'
                         f'<text x="{FONT + 6}" y="{y + FONT}">{text(series.name)}</text>')
            y += FONT + 8
        y += 6
    for i, category in enumerate(chart.categories):
        for line in textwrap.wrap(category, WRAP) or [""]:
            y += FONT + 2
            parts.append(f'<text x="0" y="{y}" font-weight="700">{text(line)}</text>')
        y += 5
        for index, series in enumerate(chart.series):
            value = series.values[i]
            length = 0 if not value else max(1.0, round((WIDTH - VALUE_ROOM) * value / chart.scale, 1))
            parts.append(f'<rect x="0" y="{y}" width="{length:g}" height="{BAR}" fill="{_fill(chart, index)}" stroke="{COLOURS[index]}"'
                         f' data-series="{attr(series.name)}" data-category="{attr(category)}" data-value="{"" if value is None else f"{value:g}"}"/>'
                         f'<text x="{length + 5:g}" y="{y + BAR - 3}">{text(chart.format(value))}</text>')
            y += BAR + BAR_GAP
        y += GROUP_GAP
    defs = (f'<defs><pattern id="{chart.id}-soc" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
            f'<rect width="6" height="6" fill="#dce6f4"/><rect width="3" height="6" fill="{COLOURS[1]}"/></pattern></defs>')
    return (f'<svg class="sotay-chart-svg" role="img" aria-labelledby="{chart.id}-title {chart.id}-desc" viewBox="0 0 {WIDTH} {y}" '
            f'width="100%" font-size="{FONT}" font-family="system-ui, sans-serif" fill="currentColor" xmlns="http://www.w3.org/2000/svg">'
            f'<title id="{chart.id}-title">{text(chart.title)}</title><desc id="{chart.id}-desc">{text(chart.description())}</desc>'
            f'{defs}{"".join(parts)}</svg>')


def _fill(chart: BarChart, index: int) -> str:
    return f"url(#{chart.id}-soc)" if index == 1 else COLOURS[index]


def data_table(chart: BarChart) -> str:
    head = "".join(f'<th scope="col">{text(s.name)}</th>' for s in chart.series)
    rows = "".join(f'<tr><th scope="row">{text(name)}</th>' + "".join(f"<td>{text(chart.format(s.values[i]))}</td>" for s in chart.series) + "</tr>"
                   for i, name in enumerate(chart.categories))
    return (f'<table class="sotay-chart-data"><thead><tr><th scope="col">{text(chart.category_name)}</th>{head}</tr></thead>'
            f"<tbody>{rows}</tbody></table>")


def figure(chart: BarChart) -> str:
    """The chart, what it counts, and its numbers as a table (folded away until asked for), as one HTML block."""
    return (f'<figure class="sotay-chart" id="{chart.id}">{svg(chart)}'
            f"<figcaption>{text(chart.summary)}</figcaption>"
            f"<details><summary>Bảng số liệu</summary>{data_table(chart)}</details></figure>")
